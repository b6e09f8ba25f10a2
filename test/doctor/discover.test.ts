import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdktf';
import { parseDocument } from 'yaml';
import { OnboardingFileStack } from '../../examples/onboarding-file/stacks';
import { CliIo, DiscoverFlags, runDiscoverCommand } from '../../lib/doctor/cli';
import { parseOnboardingFile } from '../../lib/onboarding-file/load';
import { connectByHand, HandMadeConnection, workspaceByHand } from '../e2e/fakes/by-hand';
import { FakeBitbucketDc, startFakeBitbucketDc } from '../e2e/fakes/bitbucket-dc';
import { FakeTfe, startFakeTfe } from '../e2e/fakes/tfe';
import { sendJson, startServer } from './fakes/server';

jest.setTimeout(120_000);

const ADMIN = { name: 'admin', password: 'admin-password', admin: true };
const SVC = { name: 'svc-terraform', password: 'svc-password' };
const ORG = 'brownfield-org';
const TFE_TOKEN = 'tfe-discover-token.atlasv1.Zq8w';
const BITBUCKET_URL = 'https://bitbucket.example.com/bitbucket';
const ADOPTED = 250;

function fakeIo(env: NodeJS.ProcessEnv = { TFE_TOKEN }): CliIo & { out: string; err: string; files: Record<string, string> } {
  const io = {
    out: '',
    err: '',
    files: {} as Record<string, string>,
    stdout: { isTTY: false, write: (text: string) => (io.out += text) },
    stderr: { isTTY: false, write: (text: string) => (io.err += text) },
    stdinIsTTY: false,
    env,
    readFile: (file: string) => fs.readFileSync(file, 'utf8'),
    readStdin: async () => '',
    writeFile: (file: string, text: string) => {
      io.files[file] = text;
    },
    exists: (file: string) => file in io.files,
  };
  return io;
}

describe('bitbucket-tfe discover against an organization linked by hand', () => {
  let bitbucket: FakeBitbucketDc;
  let tfe: FakeTfe;
  let main: HandMadeConnection;
  let other: HandMadeConnection;
  const adoptedIds = new Map<string, string>();

  beforeAll(async () => {
    const repositories = Array.from({ length: ADOPTED }, (_, i) => `PLAT/repo-${String(i).padStart(3, '0')}`);
    bitbucket = await startFakeBitbucketDc({ users: [ADMIN, SVC], repositories: [...repositories, 'APPS/legacy', 'APPS/elsewhere'], contextPath: '/bitbucket' });
    tfe = await startFakeTfe({ organization: ORG, token: TFE_TOKEN, bitbucket });
    bitbucket.grantProject('PLAT', SVC.name, 'PROJECT_ADMIN');
    bitbucket.grantProject('APPS', SVC.name, 'PROJECT_ADMIN');
    const person = { tfeToken: TFE_TOKEN, admin: ADMIN, serviceAccount: SVC.name };
    main = await connectByHand(bitbucket, tfe, { ...person, clientName: 'Bitbucket', consumerKey: 'tfe-main', applicationUrl: `https://${tfe.hostname}` });
    other = await connectByHand(bitbucket, tfe, { ...person, clientName: 'Bitbucket (team B)', consumerKey: 'tfe-other', applicationUrl: `https://${tfe.hostname}/app/${ORG}` });
    const [project] = tfe.state.projects;
    for (const [i, identifier] of repositories.entries()) {
      // A mix of what people set by hand: most workspaces named after the repository, some not.
      const name = i % 10 === 0 ? `custom-${i}` : identifier.replace('/', '-');
      const id = await workspaceByHand(tfe, TFE_TOKEN, {
        name,
        identifier,
        tokenId: main.tokenId,
        ...(i % 3 === 0 ? { branch: 'main' } : {}),
        ...(i % 4 === 0 ? { workingDirectory: 'envs/prod', triggerPatterns: ['envs/prod/**/*.tf'] } : {}),
        ...(i % 5 === 0 ? { tags: ['team:platform', 'prod'] } : {}),
        ...(i % 7 === 0 ? { autoApply: true, projectId: project.id } : {}),
      });
      adoptedIds.set(identifier, id);
    }
    await workspaceByHand(tfe, TFE_TOKEN, { name: 'team-b-legacy', identifier: 'APPS/legacy', tokenId: other.tokenId });
    await workspaceByHand(tfe, TFE_TOKEN, { name: 'scratch' });
    // A second workspace on an adopted repository: one file onboards a repository once.
    await workspaceByHand(tfe, TFE_TOKEN, { name: 'PLAT-repo-001-staging', identifier: 'PLAT/repo-001', tokenId: main.tokenId, workingDirectory: 'envs/staging' });
  });
  afterAll(async () => {
    await tfe?.close();
    await bitbucket?.close();
  });

  const flags = (extra: Partial<DiscoverFlags> = {}): DiscoverFlags => ({
    tfeAddress: tfe.url, organization: ORG, oauthClientName: 'Bitbucket', bitbucketUrl: BITBUCKET_URL, timeout: '10', deadline: '60', ...extra,
  });

  test('reads every page of the workspace list as TFE serves it and writes a file that adopts the client\'s workspaces by id', async () => {
    const io = fakeIo();
    const before = tfe.requests.length;
    expect(await runDiscoverCommand(flags({ output: 'onboarding.yaml' }), io)).toBe(0);
    const text = io.files['onboarding.yaml'];
    expect(io.out).toBe('');
    expect(io.err).toContain(`${ADOPTED} of ${ADOPTED + 3} workspaces of ${ORG} adopted through OAuth client ${main.clientId}; 3 not adopted`);

    // Three pages of at most 100, each asked for by number, every one with the token and to TFE only.
    const calls = tfe.requests.slice(before);
    const listCalls = calls.filter((c) => c.path === `/api/v2/organizations/${ORG}/workspaces`);
    expect(listCalls.map((c) => [c.query['page[number]'], c.query['page[size]'], c.status])).toEqual([['1', '100', 200], ['2', '100', 200], ['3', '100', 200]]);
    expect(calls.every((c) => c.method === 'GET' && c.authorized)).toBe(true);

    const spec = parseOnboardingFile('onboarding.yaml', text, 'yaml');
    expect(spec.tfe).toEqual({ hostname: tfe.hostname, organization: ORG });
    // 250 repositories of one project are spread over the fewest stacks that keep each within the bucket size.
    expect(spec.connections).toEqual([{
      name: 'datacenter', flavor: 'data-center', bitbucketUrl: BITBUCKET_URL, serviceAccount: SVC.name, oauthClient: { id: main.clientId },
      projects: { PLAT: { buckets: 3 } },
    }]);
    expect(spec.repositories).toHaveLength(ADOPTED);
    expect(new Map(spec.repositories.map((r) => [r.repository, r.workspaceId]))).toEqual(adoptedIds);

    const byRepo = new Map(spec.repositories.map((r) => [r.repository, r]));
    const [project] = tfe.state.projects;
    expect(byRepo.get('PLAT/repo-000')).toEqual({
      repository: 'PLAT/repo-000', workspaceId: adoptedIds.get('PLAT/repo-000'), workspaceName: 'custom-0', description: '', branch: 'main',
      workingDirectory: 'envs/prod', triggerPatterns: ['envs/prod/**/*.tf'], tags: ['team:platform', 'prod'], project: project.id, autoApply: true,
    });
    expect(byRepo.get('PLAT/repo-001')).toEqual({ repository: 'PLAT/repo-001', workspaceId: adoptedIds.get('PLAT/repo-001'), description: '', project: project.id });

    const comment = parseDocument(text).comment ?? '';
    expect(comment).toContain('Not adopted (3):');
    expect(comment).toMatch(new RegExp(`PLAT-repo-001-staging \\(PLAT/repo-001\\): PLAT/repo-001 is also linked to workspace PLAT-repo-001`));
    expect(comment).toContain(`scratch: not linked to a repository`);
    expect(comment).toContain(`team-b-legacy (APPS/legacy): linked through another OAuth client, ${other.clientId} ("Bitbucket (team B)", bitbucket_data_center)`);
    expect(text).not.toContain(TFE_TOKEN);
  });

  test('the file synthesizes to one import block per adopted workspace, and entries added without an id are created', async () => {
    const io = fakeIo();
    expect(await runDiscoverCommand(flags({ output: 'onboarding.yaml' }), io)).toBe(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'discover-'));
    const file = path.join(dir, 'onboarding.yaml');
    // A team adds two new repositories to the reviewed file.
    fs.writeFileSync(file, `${io.files['onboarding.yaml']}\n`.replace(/\nrepositories:\n/, '\nrepositories:\n  - repository: APPS/new-one\n  - repository: APPS/new-two\n    branch: main\n'));
    const json = JSON.parse(Testing.synth(new OnboardingFileStack(Testing.app(), 'onboarding', file), true));
    const workspaces: Record<string, any> = json.resource.tfe_workspace;
    expect(Object.keys(workspaces)).toHaveLength(ADOPTED + 2);
    expect(json.import).toHaveLength(ADOPTED);
    const identifierAt = (to: string) => workspaces[to.replace(/^tfe_workspace\./, '')].vcs_repo.identifier;
    expect(new Map(json.import.map((block: { to: string; id: string }) => [identifierAt(block.to), block.id]))).toEqual(adoptedIds);
    const imported = new Set(json.import.map((block: { to: string }) => block.to));
    const created = Object.keys(workspaces).filter((id) => !imported.has(`tfe_workspace.${id}`)).map((id) => workspaces[id].vcs_repo.identifier).sort();
    expect(created).toEqual(['APPS/new-one', 'APPS/new-two']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('--json prints the adoption and the file; without --output the YAML goes to standard output', async () => {
    const json = fakeIo();
    expect(await runDiscoverCommand(flags({ json: true }), json)).toBe(0);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ ok: true, organization: ORG, oauthClient: { id: main.clientId, name: 'Bitbucket', serviceProvider: 'bitbucket_data_center' }, workspaces: ADOPTED + 3, output: null });
    expect(report.adopted).toHaveLength(ADOPTED);
    expect(report.notAdopted.map((w: { name: string }) => w.name)).toEqual(['PLAT-repo-001-staging', 'scratch', 'team-b-legacy']);
    expect(report.file.repositories).toHaveLength(ADOPTED);

    const plain = fakeIo();
    expect(await runDiscoverCommand(flags({ oauthClientName: undefined, oauthClientId: main.clientId }), plain)).toBe(0);
    expect(parseOnboardingFile('stdout.yaml', plain.out, 'yaml').repositories).toHaveLength(ADOPTED);
  });

  test('the service account is the Bitbucket user who authorized the token; the Bitbucket URL is the client\'s unless given', async () => {
    const io = fakeIo();
    expect(await runDiscoverCommand(flags({ bitbucketUrl: undefined }), io)).toBe(2);
    expect(io.err).toContain(`the OAuth client's http-url is "${bitbucket.url}": give it with --bitbucket-url`);
    const named = fakeIo();
    expect(await runDiscoverCommand(flags({ serviceAccount: 'svc-other', connection: 'onprem' }), named)).toBe(0);
    expect(parseOnboardingFile('x.yaml', named.out, 'yaml').connections[0]).toMatchObject({ name: 'onprem', serviceAccount: 'svc-other' });
  });

  test('an existing --output file is not replaced unless --force', async () => {
    const io = fakeIo();
    io.files['onboarding.yaml'] = 'reviewed';
    expect(await runDiscoverCommand(flags({ output: 'onboarding.yaml' }), io)).toBe(2);
    expect(io.err).toContain('onboarding.yaml exists: discover does not overwrite');
    expect(io.files['onboarding.yaml']).toBe('reviewed');
    expect(await runDiscoverCommand(flags({ output: 'onboarding.yaml', force: true }), io)).toBe(0);
    expect(io.files['onboarding.yaml']).toContain('workspaceId: ws-');
  });

  test('a list that changes between two pages is refused: a deleted workspace would shift another out of view', async () => {
    const victim = await workspaceByHand(tfe, TFE_TOKEN, { name: 'short-lived' });
    tfe.inject(/\/workspaces\?page%5Bnumber%5D=2&/, async (req, res) => {
      tfe.state.workspaces = tfe.state.workspaces.filter((w) => w.id !== victim);
      const again = await fetch(`${tfe.url}${req.url}`, { headers: { authorization: `Bearer ${TFE_TOKEN}`, accept: 'application/vnd.api+json' } });
      res.writeHead(again.status, { 'content-type': 'application/vnd.api+json' });
      res.end(await again.text());
    });
    const io = fakeIo();
    expect(await runDiscoverCommand(flags({ output: 'changed.yaml' }), io)).toBe(1);
    expect(io.err).toContain(`changed while they were read (TFE counted ${ADOPTED + 4} on page 1 and ${ADOPTED + 3} on page 2); no file was written`);
    expect(io.files['changed.yaml']).toBeUndefined();
  });
});

describe('discover refuses what it cannot trust, and says why', () => {
  let bitbucket: FakeBitbucketDc;
  let tfe: FakeTfe;
  let main: HandMadeConnection;

  beforeAll(async () => {
    bitbucket = await startFakeBitbucketDc({ users: [ADMIN, SVC], repositories: ['PLAT/network'], contextPath: '/bitbucket' });
    tfe = await startFakeTfe({ organization: ORG, token: TFE_TOKEN, bitbucket });
    bitbucket.grantRepository('PLAT/network', SVC.name, 'REPO_ADMIN');
    const person = { tfeToken: TFE_TOKEN, admin: ADMIN, serviceAccount: SVC.name };
    main = await connectByHand(bitbucket, tfe, { ...person, clientName: 'Bitbucket', consumerKey: 'tfe-main', applicationUrl: `https://${tfe.hostname}` });
    await connectByHand(bitbucket, tfe, { ...person, clientName: 'Bitbucket', consumerKey: 'tfe-twin', applicationUrl: `https://${tfe.hostname}/app/${ORG}` });
    await workspaceByHand(tfe, TFE_TOKEN, { name: 'PLAT-network', identifier: 'PLAT/network', tokenId: main.tokenId });
  });
  afterAll(async () => {
    await tfe?.close();
    await bitbucket?.close();
  });

  const flags = (extra: Partial<DiscoverFlags> = {}): DiscoverFlags => ({
    tfeAddress: tfe.url, organization: ORG, oauthClientId: main.clientId, bitbucketUrl: BITBUCKET_URL, timeout: '2', deadline: '10', ...extra,
  });

  test('the command line: flags reach discover, the file is written, the token is taken from the environment only', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'discover-cli-'));
    const output = path.join(dir, 'onboarding.yaml');
    const root = path.join(__dirname, '..', '..');
    const args = ['discover', '--tfe-address', tfe.url, '--organization', ORG, '--oauth-client-id', main.clientId, '--bitbucket-url', BITBUCKET_URL,
      '--service-account', SVC.name, '--connection', 'onprem', '--output', output, '--deadline', '30'];
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(root, 'bin', 'bitbucket-tfe.ts'), ...args], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), TFE_TOKEN, TS_NODE_PROJECT: path.join(root, 'tsconfig.dev.json'), TS_NODE_PREFER_TS_EXTS: 'true' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain(`wrote ${output}`);
    const spec = parseOnboardingFile('onboarding.yaml', fs.readFileSync(output, 'utf8'), 'yaml');
    expect(spec.connections[0]).toMatchObject({ name: 'onprem', serviceAccount: SVC.name, oauthClient: { id: main.clientId } });
    expect(spec.repositories).toEqual([{ repository: 'PLAT/network', workspaceId: tfe.workspace('PLAT-network')!.id, description: '', project: tfe.state.projects[0].id }]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('two Bitbucket clients of one name: an error naming both', async () => {
    const io = fakeIo();
    expect(await runDiscoverCommand(flags({ oauthClientId: undefined, oauthClientName: 'Bitbucket' }), io)).toBe(1);
    const ids = tfe.clients().map((c) => c.id);
    expect(io.err).toContain(`2 Bitbucket OAuth clients of organization ${ORG} are named "Bitbucket": ${ids[0]} (bitbucket_data_center), ${ids[1]} (bitbucket_data_center)`);
    expect(io.err).toContain('Fix: Choose one with --oauth-client-id');
    expect(io.err).toContain('No file was written.');
  });

  test('an unknown client, name or organization', async () => {
    const unknown = fakeIo();
    expect(await runDiscoverCommand(flags({ oauthClientId: 'oc-doesnotexist' }), unknown)).toBe(1);
    expect(unknown.err).toContain(`organization ${ORG} has no OAuth client oc-doesnotexist; its clients: ${main.clientId} ("Bitbucket") bitbucket_data_center`);
    const org = fakeIo();
    expect(await runDiscoverCommand(flags({ organization: 'elsewhere' }), org)).toBe(1);
    expect(org.err).toContain('organization elsewhere was not found in TFE, or TFE_TOKEN has no access to it');
  });

  test('usage errors: both or neither client flag, no token, no organization', async () => {
    for (const [extra, env, message] of [
      [{ oauthClientName: 'Bitbucket' }, { TFE_TOKEN }, 'one of the two'],
      [{ oauthClientId: undefined }, { TFE_TOKEN }, 'one of the two'],
      [{}, {}, 'set TFE_TOKEN'],
      [{ organization: undefined }, { TFE_TOKEN }, 'give --organization'],
      [{ oauthClientId: 'PLAT' }, { TFE_TOKEN }, '--oauth-client-id expects an OAuth client id'],
    ] as Array<[Partial<DiscoverFlags>, NodeJS.ProcessEnv, string]>) {
      const io = fakeIo(env);
      expect(await runDiscoverCommand(flags(extra), io)).toBe(2);
      expect(io.err).toContain(message);
    }
  });

  test('an answer that is not a list of workspaces is not taken for one, and the token never shows', async () => {
    tfe.inject(/\/organizations\/[^/]+\/workspaces\?/, (req, res) => {
      res.writeHead(200, { 'content-type': 'application/vnd.api+json' });
      // A proxy that echoes the request: a body of the wrong shape that carries the token.
      res.end(JSON.stringify({ echo: req.headers.authorization, data: [{ id: 'ws-x', type: 'workspaces', attributes: { name: 'x' } }], meta: { pagination: { 'current-page': 1, 'next-page': null, 'total-pages': 1, 'total-count': 1 } } }));
    });
    const io = fakeIo();
    expect(await runDiscoverCommand(flags(), io)).toBe(1);
    expect(io.err).toMatch(/TFE answered HTTP 200, but the body is not a list of workspaces \(\/data\/0\/attributes must have required property 'vcs-repo'\)/);
    expect(io.err).not.toContain(TFE_TOKEN);
    expect(io.err).toContain('[REDACTED]');
  });

  test('a redirect to another origin: the token is not sent there and its answer does not count', async () => {
    const page = { data: [], meta: { pagination: { 'current-page': 1, 'next-page': null, 'total-pages': 1, 'total-count': 0 } } };
    const decoy = await startServer((_req, res) => sendJson(res, 200, page, { 'content-type': 'application/vnd.api+json' }));
    try {
      tfe.inject(/\/organizations\/[^/]+\/workspaces\?/, (_req, res) => {
        res.writeHead(302, { location: `${decoy.url}/api/v2/organizations/${ORG}/workspaces` });
        res.end();
      });
      const io = fakeIo();
      expect(await runDiscoverCommand(flags({ json: true }), io)).toBe(1);
      const report = JSON.parse(io.out);
      expect(report.ok).toBe(false);
      expect(report.error.message).toContain('TFE redirected the request to another origin');
      expect(decoy.requests).toHaveLength(1);
      expect(decoy.requests[0].headers.authorization).toBeUndefined();
    } finally {
      await decoy.close();
    }
  });

  test('the run ends at --deadline when TFE does not answer', async () => {
    tfe.inject(/\/organizations\/[^/]+\/workspaces\?/, () => undefined, 10);
    const io = fakeIo();
    const started = Date.now();
    expect(await runDiscoverCommand(flags({ timeout: '1', deadline: '2' }), io)).toBe(1);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(io.err).toMatch(/no answer|deadline/);
  });
});

describe('discover for Bitbucket Cloud', () => {
  let bitbucket: FakeBitbucketDc;
  let tfe: FakeTfe;
  let clientId: string;
  const UUID = '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}';

  beforeAll(async () => {
    bitbucket = await startFakeBitbucketDc({ users: [ADMIN, SVC], repositories: [], contextPath: '' });
    tfe = await startFakeTfe({ organization: ORG, token: TFE_TOKEN, bitbucket });
    const headers = { authorization: `Bearer ${TFE_TOKEN}`, accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json' };
    const created = await fetch(`${tfe.url}/api/v2/organizations/${ORG}/oauth-clients`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ data: { type: 'oauth-clients', attributes: { 'service-provider': 'bitbucket_hosted', 'name': 'Bitbucket Cloud', 'http-url': 'https://bitbucket.org', 'api-url': 'https://api.bitbucket.org' } } }),
    });
    clientId = ((await created.json()) as { data: { id: string } }).data.id;
    // The fake links only Data Center repositories itself: a Cloud link made in TFE's UI is written into its state.
    tfe.state.tokens.push({ id: 'ot-cloud0000000001', clientId, uid: 'uid', createdAt: new Date().toISOString(), serviceProviderUser: 'svc-cloud', sshKey: null, bitbucketAccessToken: 'unused' });
    for (const [name, identifier] of [['acme-web', 'acme/web'], ['infra', 'acme/infra']]) {
      await workspaceByHand(tfe, TFE_TOKEN, { name, branch: 'main' });
      tfe.workspace(name)!.vcsRepo = {
        identifier, branch: 'main', oauthTokenId: 'ot-cloud0000000001', ingressSubmodules: false, tagsRegex: null, displayIdentifier: identifier,
        serviceProvider: 'bitbucket_hosted', repositoryHttpUrl: `https://bitbucket.org/${identifier}`, webhookUrl: `${tfe.url}/webhooks/vcs/x`,
      };
    }
  });
  afterAll(async () => {
    await tfe?.close();
    await bitbucket?.close();
  });

  const flags = (extra: Partial<DiscoverFlags> = {}): DiscoverFlags => ({ tfeAddress: tfe.url, organization: ORG, oauthClientName: 'Bitbucket Cloud', ...extra });

  test('a cloud connection: the account UUID from --service-account, the workspace from the repositories', async () => {
    const io = fakeIo();
    expect(await runDiscoverCommand(flags({ serviceAccount: UUID.toUpperCase().replace(/[{}]/g, '') }), io)).toBe(0);
    const spec = parseOnboardingFile('cloud.yaml', io.out, 'yaml');
    expect(spec.connections).toEqual([{ name: 'cloud', flavor: 'cloud', workspace: 'acme', serviceAccountUuid: UUID, oauthClient: { id: clientId } }]);
    expect(spec.repositories.map((r) => [r.repository, r.workspaceName, r.branch])).toEqual([['acme/infra', 'infra', 'main'], ['acme/web', undefined, 'main']]);
    // The same file synthesizes: a Cloud connection adopts through the same import blocks.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'discover-cloud-'));
    const file = path.join(dir, 'onboarding.yaml');
    fs.writeFileSync(file, io.out);
    const json = JSON.parse(Testing.synth(new OnboardingFileStack(Testing.app(), 'onboarding', file), true));
    expect(json.import.map((b: { id: string }) => b.id).sort()).toEqual([tfe.workspace('acme-web')!.id, tfe.workspace('infra')!.id].sort());
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Cloud needs the account UUID, which TFE does not know, and a workspace when the repositories span several', async () => {
    const none = fakeIo();
    expect(await runDiscoverCommand(flags(), none)).toBe(2);
    expect(none.err).toContain('give the service account with --service-account {uuid}');
    const name = fakeIo();
    expect(await runDiscoverCommand(flags({ serviceAccount: 'svc-cloud' }), name)).toBe(2);
    expect(name.err).toContain('--service-account: "svc-cloud" is not a Bitbucket Cloud account UUID');
    tfe.workspace('infra')!.vcsRepo!.identifier = 'other/infra';
    try {
      const spread = fakeIo();
      expect(await runDiscoverCommand(flags({ serviceAccount: UUID }), spread)).toBe(2);
      expect(spread.err).toContain('give the Bitbucket Cloud workspace that owns the OAuth consumer with --workspace WS (the adopted repositories are in acme, other)');
      const given = fakeIo();
      expect(await runDiscoverCommand(flags({ serviceAccount: UUID, workspace: 'acme' }), given)).toBe(0);
    } finally {
      tfe.workspace('infra')!.vcsRepo!.identifier = 'acme/infra';
    }
  });
});
