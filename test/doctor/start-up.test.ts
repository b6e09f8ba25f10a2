import { spawn } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const EXAMPLE_FILE = path.join(ROOT, 'examples', 'onboarding-file', 'onboarding.yaml');

/** Runs bin/bitbucket-tfe.ts from source and returns the construct packages the process loaded. */
function packagesLoadedBy(args: string[]): Promise<{ code: number | null; packages: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '-r', 'ts-node/register/transpile-only', '-r', path.join(ROOT, 'test', 'helpers', 'report-packages.ts'),
      path.join(ROOT, 'bin', 'bitbucket-tfe.ts'), ...args,
    ], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.dev.json'), TS_NODE_PREFER_TS_EXTS: 'true' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const reported = /construct packages loaded: (\[.*\])/.exec(stderr);
      resolve({ code, packages: reported ? JSON.parse(reported[1]) : ['(not reported)'], stderr });
    });
    child.stdin.end('{"level":"error","msg":"something failed","status":500}\n');
  });
}

// The doctor reads services and logs: it needs the domain module, never cdktf. Only the commands that plan an
// onboarding file's shards (RepositorySharding, whose validators let tokens pass) load it.
describe('bitbucket-tfe starts without cdktf where it does not need it', () => {
  test('explain', async () => {
    const run = await packagesLoadedBy(['explain', '-']);
    expect(run.code).toBe(1);
    expect(run.packages).toEqual([]);
  });

  test('doctor on an onboarding file (it stops at the missing TFE_TOKEN, after reading the file)', async () => {
    const run = await packagesLoadedBy(['doctor', '--onboarding-file', EXAMPLE_FILE, '--connection', 'datacenter']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/set TFE_TOKEN/);
    expect(run.packages).toEqual([]);
  });

  test('validate loads cdktf, as it plans the shards', async () => {
    const run = await packagesLoadedBy(['validate', EXAMPLE_FILE]);
    expect(run.code).toBe(0);
    expect(run.packages).toContain('cdktf');
  });
});
