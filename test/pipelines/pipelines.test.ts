/**
 * The pipeline examples as a user copies them: the CI files' shape, and ci/onboarding.sh run in a repository made
 * from the template (examples/pipelines/repository, the app of examples/onboarding-file with its imports from the
 * installed package) with this package installed as it is built. The real cdktf CLI synthesizes and the real
 * `bitbucket-tfe validate` / `shards` run; what would reach Bitbucket, TFE or Terraform (the doctor, `cdktf diff`
 * and `cdktf deploy`) is replaced by recorders that answer as they would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

jest.setTimeout(300_000);

const root = join(__dirname, '..', '..');
const examples = join(root, 'examples');
const pipelinesDoc = readFileSync(join(root, 'docs', 'pipelines.md'), 'utf8');
const script = readFileSync(join(examples, 'pipelines', 'onboarding.sh'), 'utf8');
const bitbucketText = readFileSync(join(examples, 'pipelines', 'bitbucket-pipelines.yml'), 'utf8');
const githubText = readFileSync(join(examples, 'pipelines', 'github-actions.yml'), 'utf8');

/** Every command of the CI files: Bitbucket `script:` lines and GitHub `run:` lines. */
function ciCommands(): string[] {
  const bitbucket = parse(bitbucketText, { merge: true });
  const steps = [
    ...Object.values<any[]>(bitbucket.pipelines['pull-requests']).flat(),
    ...Object.values<any[]>(bitbucket.pipelines.branches).flat(),
    ...Object.values<any[]>(bitbucket.pipelines.custom).flat(),
  ].map((entry) => entry.step);
  const github = parse(githubText);
  const runs = Object.values<any>(github.jobs).flatMap((job) => job.steps.map((s: any) => s.run).filter(Boolean));
  return [...steps.flatMap((step) => step.script as string[]), ...runs];
}

describe('examples/pipelines: the CI files', () => {
  test('Bitbucket Pipelines: Node 24, the review on pull requests, the deploy on main, everything on demand', () => {
    const pipeline = parse(bitbucketText, { merge: true });
    expect(pipeline.image).toBe('node:24');
    const review = pipeline.pipelines['pull-requests']['**'][0].step;
    expect(review.script).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'BASE_REF="origin/$BITBUCKET_PR_DESTINATION_BRANCH" bash ci/onboarding.sh review']));
    const deploy = pipeline.pipelines.branches.main[0].step;
    expect(deploy.deployment).toBe('production');
    expect(deploy.script).toContain('bash ci/onboarding.sh deploy');
    expect(pipeline.pipelines.custom.everything[0].step.script).toContain('ONBOARDING_SCOPE=all bash ci/onboarding.sh deploy');
    expect(pipeline.clone.depth).toBe('full');
  });

  test('GitHub Actions: Node 24, the review on pull requests against the target branch, one deploy at a time', () => {
    const workflow = parse(githubText);
    const review = workflow.jobs.review;
    const deploy = workflow.jobs.deploy;
    const node = (job: any) => job.steps.find((s: any) => String(s.uses).startsWith('actions/setup-node')).with['node-version'];
    expect([node(review), node(deploy)]).toEqual([24, 24]);
    expect(review.if).toBe("github.event_name == 'pull_request'");
    expect(review.steps.find((s: any) => s.run === 'bash ci/onboarding.sh review').env.BASE_REF).toBe('origin/${{ github.base_ref }}');
    // A push deploys what changed since the revision before it; the schedule and a manual run deploy every stack.
    expect(deploy.steps.find((s: any) => s.run === 'bash ci/onboarding.sh deploy').env).toEqual({
      BASE_REF: "${{ github.event_name == 'push' && github.event.before || 'HEAD^' }}",
      ONBOARDING_SCOPE: "${{ github.event_name == 'push' && 'changed' || 'all' }}",
    });
    expect(deploy.concurrency).toEqual({ group: 'onboarding-deploy', 'cancel-in-progress': false });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of [review, deploy]) {
      expect(job.steps.find((s: any) => String(s.uses).startsWith('hashicorp/setup-terraform')).with.terraform_wrapper).toBe(false);
    }
  });

  test('nothing reaches into the package: no node bin/..., no npm run synth, no require of a development dependency', () => {
    for (const text of [bitbucketText, githubText, script]) {
      expect(text).not.toMatch(/node bin\/|npm run (synth|build)|require\(["']yaml["']\)|ts-node/);
    }
    expect(script).toMatch(/npx bitbucket-tfe validate/);
    expect(script).toMatch(/npx bitbucket-tfe shards/);
    expect(script).toMatch(/npx cdktf (synth|deploy|diff)/);
  });

  test('the commands docs/pipelines.md shows are the CI files\' and the script parses', () => {
    for (const command of ciCommands().filter((c) => /(^|\s)bash ci\/onboarding\.sh/.test(c))) {
      expect(pipelinesDoc).toContain(command.replace(/^.*?(bash ci\/onboarding\.sh \w+)$/, '$1'));
    }
    expect(spawnSync('bash', ['-n', join(examples, 'pipelines', 'onboarding.sh')]).status).toBe(0);
  });

  test('no secret is written in the CI files or the script, only variable names', () => {
    for (const text of [bitbucketText, githubText, script]) {
      expect(text).not.toMatch(/atlasv1|BEGIN [A-Z ]*PRIVATE KEY|(password|token)\s*[:=]\s*['"][^'"$]/i);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The script in a user's repository

const built = existsSync(join(root, 'lib', 'index.js')) && existsSync(join(root, 'bin', 'bitbucket-tfe.js'))
  && newestMtime(join(root, 'lib'), '.ts') <= statSync(join(root, 'lib', 'index.js')).mtimeMs + 1;

function newestMtime(dir: string, ext: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, ext));
    else if (entry.name.endsWith(ext) && !entry.name.endsWith('.d.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const SECRETS = { TFE_TOKEN: 'tfe-secret-0123456789', DC_SERVICE_ACCOUNT_TOKEN: 'dc-secret-0123456789', TF_VAR_bitbucket_admin_password: 'admin-secret-0123456789' };

/**
 * A user's repository: the template's package.json, cdktf.json and tsconfig.json, the onboarding-file example's
 * app with its imports from the package, node_modules with this package as built, and recorders in node_modules/.bin.
 */
function userRepository(): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'onboarding-repo-'));
  cpSync(join(examples, 'pipelines', 'repository'), dir, { recursive: true });
  mkdirSync(join(dir, 'ci'));
  cpSync(join(examples, 'pipelines', 'onboarding.sh'), join(dir, 'ci', 'onboarding.sh'));
  const copy = (from: string, to: string) => writeFileSync(join(dir, to), readFileSync(from, 'utf8')
    .replace(/from '\.\.\/\.\.\/lib'/g, "from 'cdktf-bitbucket-tfe'").replace(/from '\.\.\/state'/g, "from './state'"));
  for (const file of ['main.ts', 'app.ts', 'stacks.ts', 'onboarding.yaml']) copy(join(examples, 'onboarding-file', file), file);
  copy(join(examples, 'state.ts'), 'state.ts');

  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@cdktf'), { recursive: true });
  mkdirSync(join(modules, '@types'), { recursive: true });
  for (const name of ['cdktf', 'constructs', '@cdktf/provider-tfe', '@cdktf/provider-tls', 'typescript', '@types/node', 'cdktf-cli']) {
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  symlinkSync(root, join(modules, 'cdktf-bitbucket-tfe'));
  const bin = join(modules, '.bin');
  mkdirSync(bin);
  const log = join(dir, 'recorded.log');
  const executable = (name: string, text: string) => {
    writeFileSync(join(bin, name), text);
    chmodSync(join(bin, name), 0o755);
  };
  executable('tsc', `#!/bin/sh\nexec node ${join(root, 'node_modules', 'typescript', 'bin', 'tsc')} "$@"\n`);
  executable('bitbucket-tfe', [
    '#!/bin/sh',
    // The doctor would call Bitbucket and TFE: record the call and whether it had credentials, not their values.
    'if [ "$1" = doctor ]; then',
    `  echo "doctor $* (token: \${BITBUCKET_TOKEN:+set})" >> ${log}`,
    '  exit "${STUB_DOCTOR_EXIT:-0}"',
    'fi',
    `exec node ${join(root, 'bin', 'bitbucket-tfe.js')} "$@"`,
    '',
  ].join('\n'));
  executable('cdktf', [
    '#!/bin/sh',
    `[ "$1" = synth ] && exec node ${join(root, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf')} "$@"`,
    // diff and deploy would run Terraform against Bitbucket and TFE: record them and answer as Terraform does.
    `echo "$1 $2" >> ${log}`,
    'if [ "$2" = "$STUB_FAIL" ]; then',
    '  echo "Error: Resource precondition failed"',
    '  echo "  The Bitbucket OAuth client has no OAuth token yet, so PLAT/network cannot be linked."',
    '  exit 1',
    'fi',
    '[ "$1" = diff ] && echo "Plan: 3 to add, 0 to change, 0 to destroy." || echo "Apply complete! Resources: 3 added, 0 changed, 0 destroyed."',
    '',
  ].join('\n'));

  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'onboarding');
  return { dir, log };
}

function runScript(dir: string, mode: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['ci/onboarding.sh', mode], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}`,
      HOME: process.env.HOME,
      ...SECRETS,
      DC_SERVICE_ACCOUNT_USERNAME: 'svc-terraform',
      CLOUD_SERVICE_ACCOUNT_USERNAME: 'svc@example.com',
      CLOUD_SERVICE_ACCOUNT_TOKEN: 'cloud-secret-0123456789',
      ...env,
    },
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const describeBuilt = built ? describe : describe.skip;
if (!built) process.stderr.write('test/pipelines: lib/ is not built or older than its sources; the script tests need `npm run build` first (bash .ci/run does it)\n');

describeBuilt('ci/onboarding.sh in a user\'s repository with the package installed', () => {
  let repo: { dir: string; log: string };
  const recorded = () => (existsSync(repo.log) ? readFileSync(repo.log, 'utf8').trim().split('\n') : []);
  const commit = (change: (text: string) => string, message: string) => {
    const file = join(repo.dir, 'onboarding.yaml');
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-am', message], { cwd: repo.dir });
  };

  beforeAll(() => {
    repo = userRepository();
  });
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));
  beforeEach(() => rmSync(repo.log, { force: true }));

  test('review of a one-repository change: validate, synthesize, gate and plan only that shard and the connection', () => {
    commit((t) => t.replace('  - repository: PLAT/platform-modules\n', '  - repository: PLAT/platform-modules\n    branch: develop\n'), 'one change');
    execFileSync('git', ['branch', '-f', 'target', 'HEAD^'], { cwd: repo.dir });
    const { code, output } = runScript(repo.dir, 'review', { BASE_REF: 'target' });
    expect({ code, output }).toMatchObject({ code: 0 });
    expect(output).toContain('== scope: changed (only onboarding.yaml changed since target)');
    expect(output).toContain('onboarding.yaml: valid; 4 repositories, 2 connections, 3 shards');
    const [gate, ...plans] = recorded();
    expect(gate).toBe('doctor doctor --before-deploy --onboarding-file onboarding.yaml --connection datacenter --shard onboarding-datacenter-plat (token: set)');
    expect(plans.sort()).toEqual(['diff connect-datacenter', 'diff onboarding-datacenter-plat']);
    expect(output).toMatch(/ok {6}onboarding-datacenter-plat {2}Plan: 3 to add, 0 to change, 0 to destroy/);
    expect(existsSync(join(repo.dir, 'cdktf.out', 'stacks', 'onboarding-datacenter-plat', 'cdk.tf.json'))).toBe(true);
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
  });

  test('a failing gate stops the review before any plan', () => {
    const { code } = runScript(repo.dir, 'review', { BASE_REF: 'target', STUB_DOCTOR_EXIT: '1' });
    expect(code).toBe(1);
    expect(recorded().filter((l) => l.startsWith('diff'))).toEqual([]);
  });

  test('deploy: the bootstrap when shards come, the connection, the changed shards side by side; a failing shard stops no other; the full doctor after', () => {
    commit((t) => `${t.trimEnd()}\n  - repository: OPS/runbooks\n    connection: datacenter\n  - repository: APPS/billing\n    connection: datacenter\n`, 'two new repositories');
    const { code, output } = runScript(repo.dir, 'deploy', { STUB_FAIL: 'onboarding-datacenter-apps', PARALLELISM: '2' });
    expect(code).toBe(1);
    const calls = recorded();
    const index = (line: string) => calls.indexOf(line);
    expect(calls[0]).toBe('doctor doctor --before-deploy --onboarding-file onboarding.yaml --connection datacenter --shard onboarding-datacenter-apps --shard onboarding-datacenter-ops (token: set)');
    expect(index('deploy state')).toBeGreaterThan(0);
    expect(index('deploy connect-datacenter')).toBeGreaterThan(index('deploy state'));
    for (const shard of ['onboarding-datacenter-apps', 'onboarding-datacenter-ops']) expect(index(`deploy ${shard}`)).toBeGreaterThan(index('deploy connect-datacenter'));
    expect(calls).not.toContain('deploy onboarding-datacenter-plat');
    // The full doctor checks the shard that deployed, not the one that failed.
    expect(calls[calls.length - 1]).toBe('doctor doctor --onboarding-file onboarding.yaml --connection datacenter --shard onboarding-datacenter-ops (token: set)');
    expect(output).toMatch(/FAILED {2}onboarding-datacenter-apps {2}\(exit 1; log: \.onboarding\/logs\/onboarding-datacenter-apps\.log\)\n +Error: Resource precondition failed\n +The Bitbucket OAuth client has no OAuth token yet/);
    expect(output).toMatch(/ok {6}onboarding-datacenter-ops {2}Apply complete! Resources: 3 added/);
    expect(output).toContain('1 shard(s) failed; the others are deployed.');
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
  });

  test('a change of the app (not only the file) deploys every stack; so does ONBOARDING_SCOPE=all', () => {
    writeFileSync(join(repo.dir, 'main.ts'), `${readFileSync(join(repo.dir, 'main.ts'), 'utf8')}// a comment\n`);
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-am', 'code'], { cwd: repo.dir });
    const { code, output } = runScript(repo.dir, 'deploy');
    expect(code).toBe(0);
    expect(output).toContain('== scope: all (files other than onboarding.yaml changed since HEAD^)');
    expect(recorded().filter((l) => l.startsWith('deploy')).sort()).toEqual(
      ['connect-datacenter', 'onboarding-cloud-example', 'onboarding-datacenter-apps', 'onboarding-datacenter-ops', 'onboarding-datacenter-plat', 'state'].map((s) => `deploy ${s}`));
    expect(recorded().filter((l) => l.startsWith('doctor')).map((l) => l.replace(/ --shard .*/, ''))).toEqual([
      'doctor doctor --before-deploy --onboarding-file onboarding.yaml --connection cloud',
      'doctor doctor --before-deploy --onboarding-file onboarding.yaml --connection datacenter',
      'doctor doctor --onboarding-file onboarding.yaml --connection cloud',
      'doctor doctor --onboarding-file onboarding.yaml --connection datacenter',
    ]);
  });

  test('removing a shard\'s last repositories without off-boarding them stops the pipeline before anything runs', () => {
    commit((t) => t.replace(/ {2}- repository: APPS\/payments-service\n(?: {4}.*\n)*/, '').replace(/ {2}- repository: APPS\/billing\n {4}connection: datacenter\n/, ''), 'remove APPS');
    const { code, output } = runScript(repo.dir, 'review');
    expect(code).toBe(1);
    expect(output).toContain('onboarding-datacenter-apps is no longer in onboarding.yaml, but it still onboards 2 repositories');
    expect(recorded()).toEqual([]);
  });
});
