import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Secret-shaped text: PEM private keys, TFE tokens, bearer headers, Bitbucket tokens, long base64 blobs. */
const SECRET_SHAPES: Array<[string, RegExp]> = [
  ['a PEM private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['a TFE token', /[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{20,}/],
  ['a bearer header', /Bearer [A-Za-z0-9._~+/-]{20,}/],
  ['a Bitbucket app password or access token', /\b(ATBB|ATCTT|BBDC-)[A-Za-z0-9_+/=-]{20,}/],
  ['a base64 blob', /[A-Za-z0-9+/]{120,}={0,2}/],
];

const root = resolve(__dirname, '..', '..');
const examples = readdirSync(join(root, 'examples')).filter((name) => existsSync(join(root, 'examples', name, 'cdktf.json'))).sort();

describe('every example, synthesized as `npm run synth` does', () => {
  const outdirs = new Map<string, string>();

  beforeAll(() => {
    for (const name of examples) {
      const outdir = mkdtempSync(join(tmpdir(), `example-${name}-`));
      const result = spawnSync(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', '--prefer-ts-exts', 'main.ts'], {
        cwd: join(root, 'examples', name),
        env: { ...process.env, CDKTF_OUTDIR: outdir },
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`examples/${name} failed to synthesize:\n${result.stderr}`);
      outdirs.set(name, outdir);
    }
  }, 180_000);

  afterAll(() => outdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('there are examples to check', () => {
    expect(examples).toEqual(expect.arrayContaining(['data-center']));
  });

  test.each(examples)('examples/%s: no secret material in any cdk.tf.json', (name) => {
    const stacksDir = join(outdirs.get(name)!, 'stacks');
    const stacks = readdirSync(stacksDir);
    expect(stacks.length).toBeGreaterThan(0);
    for (const stack of stacks) {
      const text = readFileSync(join(stacksDir, stack, 'cdk.tf.json'), 'utf8');
      for (const [what, shape] of SECRET_SHAPES) {
        expect({ stack, what, found: shape.exec(text)?.[0] }).toEqual({ stack, what, found: undefined });
      }
    }
  });

  test.each(examples)('examples/%s: the checks find nothing (no warning, no error)', (name) => {
    const manifest = JSON.parse(readFileSync(join(outdirs.get(name)!, 'manifest.json'), 'utf8'));
    for (const [stack, entry] of Object.entries<any>(manifest.stacks)) {
      expect({ stack, annotations: entry.annotations }).toEqual({ stack, annotations: [] });
    }
  });
});
