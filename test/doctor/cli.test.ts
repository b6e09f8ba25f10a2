import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applicationLinkId } from '../../lib/domain/bitbucket-data-center';
import { CliIo, runDoctorCommand, runExplainCommand } from '../../lib/doctor/cli';
import { FakeDataCenter, startFakeDataCenter } from './fakes/bitbucket-dc';
import { makeKeyPair } from './fakes/keys';
import { FakeServer, fixture, fixtureText, sendJson, startServer } from './fakes/server';
import { startFakeTfe } from './fakes/tfe';
import { HAVE_OPENSSL, selfSignedCertificate } from './fakes/tls';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'doctor');
const USER = 'svc-terraform';
const BB_TOKEN = 'BBDC-cli-token-93kd02jfh1';
const TFE_TOKEN = 'tfe-cli-token.atlasv1.7d2e0c';
const keys = makeKeyPair();

interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs bin/bitbucket-tfe.ts from source, as a user would run the built command: a separate process with piped output. */
function runCli(args: string[], env: Record<string, string> = {}, input?: string, command?: string[], extraEnv: Record<string, string> = {}): Promise<CliRun> {
  const [file, ...argv] = command ?? [process.execPath, '-r', 'ts-node/register/transpile-only', path.join(ROOT, 'bin', 'bitbucket-tfe.ts'), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.dev.json'),
        // Sources win over compiled .js a build may have left beside them.
        TS_NODE_PREFER_TS_EXTS: 'true',
        ...env,
        ...extraEnv,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** In-process stand-ins for the terminal, the environment and the file system. */
function fakeIo(tty: boolean, env: NodeJS.ProcessEnv): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { isTTY: tty, write: (text: string) => (io.out += text) },
    stderr: { isTTY: tty, write: (text: string) => (io.err += text) },
    stdinIsTTY: tty,
    env,
    readFile: (file: string) => fs.readFileSync(file, 'utf8'),
    readStdin: async () => '',
  };
  return io;
}

const credentials = { BITBUCKET_USERNAME: USER, BITBUCKET_TOKEN: BB_TOKEN, TFE_TOKEN };

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A Data Center behind /bitbucket where svc-terraform has REPO_ADMIN on INFRA/network only, and a TFE linked to it. */
async function linkedSetup(): Promise<{ dc: FakeDataCenter; tfe: FakeServer }> {
  const applinks: Array<{ id: string; name: string; url: string; consumer: { key: string; publicKey: string } }> = [];
  const dc = await startFakeDataCenter({
    contextPath: '/bitbucket',
    username: USER,
    token: BB_TOKEN,
    repos: { 'INFRA/network': 'REPO_ADMIN', 'INFRA/app': 'REPO_WRITE' },
    admin: true,
    applinks,
  });
  const tfe = await startFakeTfe({
    token: TFE_TOKEN,
    organization: 'acme',
    clients: [
      {
        id: 'oc-cli',
        serviceProvider: 'bitbucket_data_center',
        httpUrl: dc.baseUrl,
        apiUrl: dc.url,
        rsaPublicKey: keys.publicKeyPem,
        key: 'consumer',
        tokenIds: ['ot-cli'],
      },
    ],
  });
  applinks.push({ id: applicationLinkId(tfe.url), name: 'TFE', url: tfe.url, consumer: { key: 'consumer', publicKey: keys.publicKeyBase64 } });
  servers.push(dc, tfe);
  return { dc, tfe };
}

function privateKeyFile(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doctor-key-')), 'key.pem');
  fs.writeFileSync(file, keys.privateKeyPem);
  return file;
}

describe('bitbucket-tfe doctor (process)', () => {
  test("a repository answering the support article's 401 exits 1 and says how to grant REPO_ADMIN", async () => {
    const { dc, tfe } = await linkedSetup();
    const run = await runCli(
      ['doctor', '--bitbucket-url', dc.baseUrl, '--project', 'INFRA', '--repo', 'network', '--repo', 'app', '--tfe-address', tfe.url, '--tfe-organization', 'acme'],
      credentials,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('PASS webhook-permission INFRA/network');
    expect(run.stdout).toContain(`FAIL webhook-permission INFRA/app: ${USER} lacks REPO_ADMIN on INFRA/app`);
    expect(run.stdout).toContain(`fix: Grant REPO_ADMIN to ${USER} on INFRA/app`);
    expect(run.stdout).toContain(`PUT ${dc.baseUrl}/rest/api/1.0/projects/INFRA/repos/app/permissions/users?name=${USER}&permission=REPO_ADMIN`);
    expect(run.stdout).toMatch(/PROBLEMS FOUND: \d+ passed, 1 failed/);
    // Piped output is plain: no colour codes, no symbols.
    expect(run.stdout).not.toContain('\u001b[');
    expect(run.stdout).not.toContain('✔');
    expect(run.stderr).toBe('');
  });

  test('a healthy setup exits 0; repositories can come from --repo PROJECT/slug and --repos-file', async () => {
    const { dc, tfe } = await linkedSetup();
    const reposFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'doctor-repos-')), 'repos.txt');
    fs.writeFileSync(reposFile, '# onboarded repositories\nINFRA/network\n\n');
    const run = await runCli(
      ['doctor', '--bitbucket-url', dc.baseUrl, '--repo', 'INFRA/network', '--repos-file', reposFile, '--tfe-address', tfe.url, '--tfe-organization', 'acme', '--private-key-file', privateKeyFile()],
      credentials,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.match(/webhook-permission/g)).toHaveLength(1);
    expect(run.stdout).toContain('PASS applink-public-key');
    expect(run.stdout).toContain('PASS private-key-match');
    expect(run.stdout).toContain('PASS applink-id');
    expect(run.stdout).toMatch(/OK: 9 passed, 0 failed, 0 warnings, 0 skipped/);
  });

  test('--json prints one object with ok and checks of id, status, target, message, fix', async () => {
    const { dc } = await linkedSetup();
    const run = await runCli(['doctor', '--json', '--bitbucket-url', dc.baseUrl, '--project', 'INFRA', '--repo', 'app'], credentials);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['ok', 'checks']);
    expect(report.ok).toBe(false);
    for (const check of report.checks) {
      expect(Object.keys(check)).toEqual(['id', 'status', 'target', 'message', 'fix']);
      expect(['pass', 'fail', 'warn', 'skip']).toContain(check.status);
    }
    const failed = report.checks.find((c: { status: string }) => c.status === 'fail');
    expect(failed).toMatchObject({ id: 'webhook-permission', target: 'INFRA/app' });
    expect(failed.fix).toContain('REPO_ADMIN');
    expect(report.checks.find((c: { id: string }) => c.id === 'bitbucket-reachable').fix).toBeNull();
  });

  test('secrets never appear in the output, even when servers echo them and requests fail', async () => {
    const { dc, tfe } = await linkedSetup();
    // Statuses that are not retried, so the run stays short; the bodies echo the credentials back.
    const echo = (status: number) => (req: { headers: { authorization?: string } }, res: Parameters<typeof sendJson>[0]) =>
      sendJson(res, status, { errors: [{ message: `rejected ${req.headers.authorization} ${BB_TOKEN} ${TFE_TOKEN}`, detail: `${req.headers.authorization}` }] });
    dc.inject(/\/webhooks/, echo(403), 100);
    tfe.inject(/oauth-clients/, echo(400), 100);
    const keyFile = privateKeyFile();
    const args = ['doctor', '--bitbucket-url', dc.baseUrl, '--project', 'INFRA', '--repo', 'network', '--tfe-address', tfe.url, '--tfe-organization', 'acme', '--private-key-file', keyFile, '--timeout', '2'];
    const flags = { flavor: 'data-center', bitbucketUrl: dc.baseUrl, project: 'INFRA', repo: ['network'], tfeAddress: tfe.url, tfeOrganization: 'acme', privateKeyFile: keyFile, timeout: '2' };
    const jsonIo = fakeIo(false, credentials);
    // Username + password instead of a token: the password and the Basic credential must not show either.
    const passwordIo = fakeIo(false, { BITBUCKET_USERNAME: USER, BITBUCKET_PASSWORD: BB_TOKEN, TFE_TOKEN });
    const [doctorRun, explainRun] = await Promise.all([
      runCli(args, credentials),
      // A log that contains the secrets, handed to explain.
      runCli(['explain', '-'], credentials, `{"level":"error","msg":"token ${BB_TOKEN} and ${TFE_TOKEN} failed","status":500}\n`),
      runDoctorCommand({ ...flags, json: true }, jsonIo),
      runDoctorCommand(flags, passwordIo),
    ]);
    const basic = Buffer.from(`${USER}:${BB_TOKEN}`).toString('base64');
    const keyLines = keys.privateKeyPem.split('\n').filter((l) => l && !l.startsWith('-----'));
    for (const output of [doctorRun.stdout + doctorRun.stderr, explainRun.stdout + explainRun.stderr, jsonIo.out + jsonIo.err, passwordIo.out + passwordIo.err]) {
      expect(output).toContain('[REDACTED]');
      expect(output).not.toContain(BB_TOKEN);
      expect(output).not.toContain(TFE_TOKEN);
      expect(output).not.toContain(basic);
      for (const line of keyLines) {
        expect(output).not.toContain(line);
      }
    }
    expect(doctorRun.code).toBe(1);
  });

  (HAVE_OPENSSL ? test : test.skip)('an untrusted certificate names NODE_EXTRA_CA_CERTS, and setting it fixes the check', async () => {
    const { key, cert, certFile } = selfSignedCertificate();
    // Answers as Bitbucket does: a page of the documented shape, to the authenticated user.
    const page = { size: 0, limit: 25, isLastPage: true, start: 0, values: [] };
    const tlsServer = await startServer((req, res) => {
      if (req.url?.startsWith('/rest/api/1.0/projects')) {
        sendJson(res, 200, page, { 'x-ausername': USER });
      } else {
        sendJson(res, 404, {});
      }
    }, { key, cert });
    servers.push(tlsServer);
    const args = ['doctor', '--bitbucket-url', tlsServer.url, '--repo', 'INFRA/network'];
    const [untrusted, trusted] = await Promise.all([runCli(args, credentials), runCli(args, { ...credentials, NODE_EXTRA_CA_CERTS: certFile })]);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stdout).toContain('FAIL bitbucket-reachable');
    expect(untrusted.stdout).toContain('NODE_EXTRA_CA_CERTS=');
    expect(trusted.stdout).toContain('PASS bitbucket-reachable');
    expect(trusted.code).toBe(0);
  });

  test('usage errors exit 2 with a message and no stack trace', async () => {
    const runs = await Promise.all([runCli(['doctor'], credentials), runCli(['doctor', '--no-such-flag'], credentials)]);
    expect(runs.map((r) => r.code)).toEqual([2, 2]);
    expect(runs[0].stderr).toMatch(/^error: give --bitbucket-url/);
    expect(runs[0].stderr).toContain('Run `bitbucket-tfe doctor --help` for usage.');
    expect(runs[1].stderr).toMatch(/unknown option '--no-such-flag'/);
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe('');
    }
  });
});

describe('bitbucket-tfe explain (process)', () => {
  test("the support article's log names the missing webhook permission and exits 0; unknown errors exit 1", async () => {
    const [article, unknown] = await Promise.all([
      runCli(['explain', path.join(FIXTURES, 'tfe-webhook-unauthorized.log')]),
      runCli(['explain', '--json', '-'], {}, fixtureText('tfe-unrecognized.log')),
    ]);
    expect(article.code).toBe(0);
    expect(article.stdout).toContain('bitbucket-webhook-permission (line 1)');
    expect(article.stdout).toContain('lacks REPO_ADMIN on PROJECT/REPO');
    expect(article.stdout).toContain('response.errors[0].exceptionName: com.atlassian.bitbucket.AuthorisationException');
    expect(article.stdout).toContain('fix: Grant REPO_ADMIN on PROJECT/REPO');
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, findings: [], unrecognized: [{ line: 2 }, { line: 3 }] });
  });
});

describe('doctor command output (in-process)', () => {
  const flags = (baseUrl: string) => ({
    flavor: 'data-center',
    bitbucketUrl: baseUrl,
    project: 'INFRA',
    repo: ['network', 'r2', 'r3', 'r4', 'r5'],
    concurrency: '2',
    timeout: '5',
  });

  test('on a terminal: symbols, colour and a progress indicator on stderr', async () => {
    const { dc } = await linkedSetup();
    const io = fakeIo(true, { ...credentials, TERM: 'xterm' });
    const code = await runDoctorCommand(flags(dc.baseUrl), io);
    expect(code).toBe(1);
    expect(io.out).toContain('\u001b[32m✔\u001b[0m');
    expect(io.out).toContain('✖');
    expect(io.err).toContain('checking repositories: 5/5');
    expect(io.err.endsWith('\r\u001b[K')).toBe(true);
  });

  test('NO_COLOR keeps the symbols but drops the colour; piped output has neither, nor progress', async () => {
    const { dc } = await linkedSetup();
    const noColor = fakeIo(true, { ...credentials, NO_COLOR: '1' });
    await runDoctorCommand(flags(dc.baseUrl), noColor);
    expect(noColor.out).toContain('✔');
    expect(noColor.out).not.toContain('\u001b[');
    const piped = fakeIo(false, credentials);
    await runDoctorCommand(flags(dc.baseUrl), piped);
    expect(piped.out).toContain('PASS bitbucket-reachable');
    expect(piped.err).toBe('');
  });
});

describe('commands in-process', () => {
  test('usage errors name the problem and exit 2', async () => {
    const base = { flavor: 'data-center', repo: [] as string[] };
    const cases: Array<[Parameters<typeof runDoctorCommand>[0], NodeJS.ProcessEnv, RegExp]> = [
      [{ ...base, bitbucketUrl: 'https://bb.example.com' }, {}, /set Bitbucket credentials in the environment: BITBUCKET_TOKEN/],
      [{ ...base, bitbucketUrl: 'https://bb.example.com', repo: ['app'] }, credentials, /--repo app needs --project, or give it as PROJECT\/slug/],
      [{ ...base, bitbucketUrl: 'https://bb.example.com', concurrency: '0' }, credentials, /--concurrency must be a whole number from 1 to 64/],
      [{ ...base, bitbucketUrl: 'https://bb.example.com', timeout: 'soon' }, credentials, /--timeout must be a number of seconds/],
      [{ ...base, bitbucketUrl: 'https://bb.example.com', privateKeyFile: '/nonexistent/key.pem' }, credentials, /cannot read --private-key-file \/nonexistent\/key.pem: no such file/],
      [{ ...base, bitbucketUrl: 'https://bb.example.com', reposFile: path.join(FIXTURES, 'tfe-mixed.log') }, credentials, /tfe-mixed.log line 1: expected PROJECT\/slug/],
      [{ ...base, bitbucketUrl: 'ftp://bb.example.com' }, credentials, /--bitbucket-url must be an https:\/\/ URL/],
      [{ ...base, bitbucketUrl: 'https://bb.example.com', tfeHostname: 'https://tfe.example.com', tfeOrganization: 'acme' }, credentials, /--tfe-hostname expects a host name/],
      [{ ...base, bitbucketUrl: 'https://bb.example.com', tfeHostname: 'tfe.example.com', tfeOrganization: 'acme' }, { BITBUCKET_TOKEN: BB_TOKEN }, /set TFE_TOKEN/],
      [{ ...base, bitbucketUrl: 'https://bb.example.com', tfeHostname: 'tfe.example.com' }, credentials, /--tfe-organization .* or --oauth-client-id/],
      [{ ...base, flavor: 'cloud', bitbucketUrl: 'https://bb.example.com' }, credentials, /--bitbucket-url is for Bitbucket Data Center/],
      [{ ...base, flavor: 'cloud', project: 'INFRA' }, credentials, /with --flavor cloud use --workspace/],
    ];
    for (const [flags, env, message] of cases) {
      const io = fakeIo(false, env);
      expect(await runDoctorCommand(flags, io)).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.out).toBe('');
    }
    const missingLog = fakeIo(false, {});
    expect(await runExplainCommand('/nonexistent/tfe.log', {}, missingLog)).toBe(2);
    expect(missingLog.err).toMatch(/cannot read log file \/nonexistent\/tfe.log: no such file/);
    const noInput = fakeIo(true, {});
    expect(await runExplainCommand(undefined, {}, noInput)).toBe(2);
    expect(noInput.err).toMatch(/give a log file, or pipe the log in/);
  });

  test('explain --json: findings carry id, line, lines, cause, evidence and fix', async () => {
    const io = fakeIo(false, {});
    expect(await runExplainCommand(path.join(FIXTURES, 'tfe-mixed.log'), { json: true }, io)).toBe(0);
    const report = JSON.parse(io.out);
    expect(Object.keys(report)).toEqual(['ok', 'findings', 'unrecognized']);
    expect(report.findings).toHaveLength(6);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(['id', 'line', 'lines', 'cause', 'evidence', 'fix']);
    }
  });
});

describe('issue 12: the command line in a pipeline', () => {
  test('`doctor | head -1` exits quietly, without an EPIPE stack trace', async () => {
    const { dc } = await linkedSetup();
    const command = [process.execPath, '-r', 'ts-node/register/transpile-only', path.join(ROOT, 'bin', 'bitbucket-tfe.ts'), 'doctor', '--bitbucket-url', dc.baseUrl, '--project', 'INFRA', '--repo', 'network']
      .map((a) => `'${a}'`)
      .join(' ');
    const run = await runCli([], {}, undefined, ['bash', '-c', `set -o pipefail; { sleep 0.5; ${command}; } | head -c 0; echo " status=$?" >&2`], credentials);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(run.stderr).toContain('status=0');
  });

  test('--repos-file - reads the repositories from standard input; a list with only comments fails', async () => {
    const { dc } = await linkedSetup();
    const [listed, empty] = await Promise.all([
      runCli(['doctor', '--bitbucket-url', dc.baseUrl, '--repos-file', '-'], credentials, '# onboarded\nINFRA/network\n'),
      runCli(['doctor', '--bitbucket-url', dc.baseUrl, '--repos-file', '-'], credentials, '# nothing yet\n'),
    ]);
    expect(listed.stdout).toContain('PASS webhook-permission INFRA/network');
    expect(listed.code).toBe(0);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('FAIL repositories');
  });

  test('usage errors never repeat credentials from a URL, neither ours nor the parser\'s', async () => {
    const secret = 'pa55w0rd-in-url';
    const runs = await Promise.all([
      runCli(['doctor', '--bitbucket-url', 'https://bb.example.com', '--tfe-hostname', `https://svc:${secret}@tfe.example.com`, '--tfe-organization', 'acme'], credentials),
      runCli(['doctor', '--flavor', `https://svc:${secret}@bb.example.com`], credentials),
      runCli(['doctor', '--bitbucket-url', `https://svc:${secret}@bb.example.com`], credentials),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toContain(secret);
    }
  });

  test('a non-terminal stderr gets a progress line at a steady interval', async () => {
    const { dc } = await linkedSetup();
    dc.inject(/\/webhooks/, (_req, res) => void setTimeout(() => sendJson(res, 200, fixture('dc-webhooks-page.json'), { 'x-ausername': USER }), 400), 10);
    const io = Object.assign(fakeIo(false, credentials), { progressIntervalMs: 150 });
    await runDoctorCommand({ flavor: 'data-center', bitbucketUrl: dc.baseUrl, project: 'INFRA', repo: ['network'], timeout: '5' }, io);
    expect(io.err).toMatch(/^bitbucket-tfe doctor: 0\/1 repositories checked, \d+ s elapsed\n/);
    expect(io.err.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(2);
  });

  test('server text cannot drive the terminal: control characters are taken out of human output', async () => {
    const { dc } = await linkedSetup();
    dc.inject(/\/webhooks/, (_req, res) => sendJson(res, 418, { errors: [{ message: 'x\u001b[2J\u001b]0;pwned\u0007\r\nPASS webhook-permission INFRA/app: fine\u009b31m' }] }));
    const io = fakeIo(false, credentials);
    await runDoctorCommand({ flavor: 'data-center', bitbucketUrl: dc.baseUrl, project: 'INFRA', repo: ['network'] }, io);
    expect(io.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(io.out).not.toMatch(/^PASS webhook-permission INFRA\/app/m);
    const log = fakeIo(false, {});
    log.readStdin = async () => '{"level":"error","msg":"boom \\u001b[2J\\u001b]0;title\\u0007 \\r\\nPASS done"}\n';
    await runExplainCommand('-', {}, log);
    expect(log.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(log.out).not.toMatch(/^PASS/m);
  });

  test('explain refuses empty, binary and gzip input with exit 2 and says why', async () => {
    const gzip = (await import('node:zlib')).gzipSync(Buffer.from('{"level":"error"}\n'));
    const cases: Array<[string, RegExp]> = [
      ['', /input is empty/],
      ['  \n\n', /input is empty/],
      [gzip.toString('utf8'), /gzip-compressed/],
      [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe]).toString('utf8'), /binary data/],
    ];
    for (const [input, message] of cases) {
      const io = fakeIo(false, {});
      io.readStdin = async () => input;
      expect(await runExplainCommand('-', {}, io)).toBe(2);
      expect(io.err).toMatch(message);
      expect(io.out).toBe('');
    }
  });
});
