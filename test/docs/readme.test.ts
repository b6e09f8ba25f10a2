/**
 * What scripts/readme-app.js reads from the README is there: the app's marked blocks, the Install section's npm lines
 * with the peer ranges of package.json, and the cdktf.json and tsconfig.json a user writes. (The script itself
 * installs and synthesizes the app; .ci/run runs it.) Also: the README's first lines are the two commands for a
 * fresh machine, and every relative link in README.md and docs/ points at a file that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const script = require('../../scripts/readme-app') as {
  appBlocks(readme: string): string[];
  installSection(readme: string): { commands: string[][]; cdktfJson: any; tsconfigJson: any };
  mainTs(blocks: string[]): string;
};

describe('README.md', () => {
  test('starts with the two commands for a fresh machine', () => {
    const firstBlock = /^# cdktf-bitbucket-tfe\n\n```sh\n([\s\S]*?)```/.exec(readme);
    expect(firstBlock?.[1].split('\n').map((l) => l.replace(/\s+#.*$/, '')).filter(Boolean)).toEqual(['npm ci && npm run synth', 'npm ci && npm test']);
    expect(pkg.scripts.synth).toBeTruthy();
    expect(pkg.scripts.test).toBeTruthy();
  });

  test('its marked TypeScript blocks form one app: imports merged at the top, one App, one synth', () => {
    const blocks = script.appBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const main = script.mainTs(blocks);
    const imports = main.split('\n').filter((l) => l.startsWith('import '));
    expect(imports).toEqual([
      expect.stringMatching(/^import \{ App, TerraformStack, TerraformVariable \} from 'cdktf';$/),
      expect.stringMatching(/^import \{ .*DataCenterConnection.*CloudConnection.* \} from 'cdktf-bitbucket-tfe';$/),
    ]);
    expect(main.indexOf('import ', main.indexOf('\n\n'))).toBe(-1);
    expect(main.match(/new App\(\)/g)).toHaveLength(1);
    expect(main.match(/app\.synth\(\)/g)).toHaveLength(1);
    for (const stack of ['bitbucket-connect', 'bitbucket-onboard', 'cloud-onboard']) expect(main).toContain(`'${stack}'`);
  });

  test('the Install section installs the package with the peer ranges of package.json, and says what cdktf.json and tsconfig.json hold', () => {
    const install = script.installSection(readme);
    const packages = install.commands.flat();
    expect(packages).toContain(pkg.name);
    for (const [peer, range] of Object.entries(pkg.peerDependencies)) expect(packages).toContain(`${peer}@${range}`);
    expect(packages).toContain(`cdktf-cli@${pkg.peerDependencies.cdktf}`);
    expect(install.cdktfJson).toEqual({ language: 'typescript', app: 'npx ts-node main.ts' });
    expect(install.tsconfigJson.compilerOptions).toMatchObject({ module: 'commonjs', strict: true });
  });

  test('names the Terraform providers a synthesized stack requires, at the versions the bindings pin', () => {
    const section = readme.slice(readme.indexOf('## Install'), readme.indexOf('\n## ', readme.indexOf('## Install') + 1)).replace(/\s*\n\s*/g, ' ');
    for (const provider of ['`hashicorp/tfe` 0.71.0', '`magodo/restful` = 0.25.2', '`hashicorp/tls` 4.1.0', '`DrFaust92/bitbucket` ~> 2.52', '`xvlcwk-terraform/bitbucketserver` ~> 1.8']) {
      expect(section).toContain(provider);
    }
    const bindings = (dir: string) => readFileSync(join(root, 'lib', 'providers', dir, 'provider', 'index.ts'), 'utf8');
    expect(bindings('restful')).toContain("providerVersionConstraint: '= 0.25.2'");
    expect(bindings('bitbucket')).toContain("providerVersionConstraint: '~> 2.52'");
    expect(bindings('bitbucketserver')).toContain("providerVersionConstraint: '~> 1.8'");
  });
});

describe('links in README.md and docs/', () => {
  const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`)];

  test.each(files)('%s links only to files that exist, and to headings that exist', (file) => {
    const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [pathPart, anchor] = target.split('#');
      const resolved = pathPart === '' ? join(root, file) : join(root, dirname(file), pathPart);
      if (!existsSync(resolved)) {
        broken.push(target);
      } else if (anchor && resolved.endsWith('.md') && !anchorsOf(readFileSync(resolved, 'utf8')).includes(anchor)) {
        broken.push(target);
      }
    }
    expect(broken).toEqual([]);
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): string[] {
  return markdown.replace(/```[\s\S]*?```/g, '').split('\n').filter((l) => /^#{1,6} /.test(l))
    .map((l) => l.replace(/^#+ /, '').trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-'));
}
