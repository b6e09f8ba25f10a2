/**
 * The false greens and misleading findings of issue 12, each played by local fake servers: every test here
 * failed before the trust model (lib/doctor/trust.ts) and passes after it.
 */
import { applicationLinkId } from '../../lib/domain/bitbucket-data-center';
import { runDoctor } from '../../lib/doctor';
import { CheckResult, DoctorOptions, DoctorResult } from '../../lib/doctor/types';
import { ApplicationLinkFake, FakeDataCenterOptions, startFakeDataCenter } from './fakes/bitbucket-dc';
import { startFakeCloud } from './fakes/bitbucket-cloud';
import { makeKeyPair } from './fakes/keys';
import { FakeServer, Handler, fixture, hang, sendJson, startServer } from './fakes/server';
import { OAuthClientFake, startFakeTfe } from './fakes/tfe';

const USER = 'svc-terraform';
const BB_TOKEN = 'BBDC-trust-token-7f3a9c21e4';
const TFE_TOKEN = 'tfe-trust-token.atlasv1.5b2d';
const FAST = { timeoutMs: 2000, retry: { retries: 1, baseDelayMs: 5, maxDelayMs: 1500 } };
const keys = makeKeyPair();

const open: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<FakeServer> {
  const server = await startServer(handler);
  open.push(server);
  return server;
}

async function setup(overrides: Partial<FakeDataCenterOptions> = {}, clientOverrides: Partial<OAuthClientFake> = {}) {
  const applinks: ApplicationLinkFake[] = [];
  const clients: OAuthClientFake[] = [];
  const dc = await startFakeDataCenter({ username: USER, token: BB_TOKEN, repos: { 'INFRA/network': 'REPO_ADMIN', 'INFRA/app': 'REPO_WRITE' }, admin: true, applinks, ...overrides });
  const tfe = await startFakeTfe({ token: TFE_TOKEN, organization: 'acme', clients });
  open.push(dc, tfe);
  clients.push({ id: 'oc-trust', serviceProvider: 'bitbucket_data_center', httpUrl: dc.baseUrl, apiUrl: dc.url, rsaPublicKey: keys.publicKeyPem, key: 'consumer', tokenIds: ['ot-1'], ...clientOverrides });
  applinks.push({ id: applicationLinkId(tfe.url), name: 'TFE', url: tfe.url, consumer: { key: 'consumer', publicKey: keys.publicKeyBase64 } });
  const options: DoctorOptions = {
    flavor: 'data-center',
    bitbucketUrl: dc.baseUrl,
    repositories: [{ owner: 'INFRA', slug: 'network' }],
    credentials: { username: USER, token: BB_TOKEN },
    tfe: { address: tfe.url, token: TFE_TOKEN, organization: 'acme' },
    ...FAST,
  };
  return { dc, tfe, clients, applinks, options };
}

function check(result: DoctorResult, id: string, target?: string): CheckResult {
  const found = result.checks.find((c) => c.id === id && (target === undefined || c.target === target));
  if (!found) throw new Error(`no check ${id} ${target ?? ''} in ${JSON.stringify(result.checks, null, 2)}`);
  return found;
}

const redirectTo = (url: string): Handler => (_req, res) => {
  res.writeHead(302, { location: url });
  res.end();
};

describe('false greens: answers from another origin', () => {
  test('a redirect to another host that answers 200 is not REPO_ADMIN', async () => {
    const { dc, options } = await setup();
    const other = await serve((_req, res) => sendJson(res, 200, fixture('dc-webhooks-page.json'), { 'x-ausername': USER }));
    dc.inject(/\/repos\/network\/webhooks/, redirectTo(`${other.url}/rest/api/1.0/projects/INFRA/repos/network/webhooks`));
    const result = await runDoctor(options);
    const hooks = check(result, 'webhook-permission', 'INFRA/network');
    expect(hooks.status).toBe('fail');
    expect(hooks.message).toContain(`redirected the request to another origin, ${other.url}`);
    expect(other.requests[0].headers.authorization).toBeUndefined();
    expect(result.ok).toBe(false);
  });

  test("a redirect to another host that answers 401 is not diagnosed as a missing REPO_ADMIN", async () => {
    const { dc, options } = await setup();
    const other = await serve((_req, res) => sendJson(res, 401, fixture('dc-401-authorisation.json')));
    dc.inject(/\/repos\/network\/webhooks/, redirectTo(`${other.url}/x`));
    const hooks = check(await runDoctor(options), 'webhook-permission', 'INFRA/network');
    expect(hooks.status).toBe('fail');
    expect(hooks.message).not.toContain('lacks REPO_ADMIN');
    expect(hooks.message).toContain('another origin');
  });

  test('a TFE 307 to another host does not pass the OAuth client check', async () => {
    const { tfe, options } = await setup();
    const other = await startFakeTfe({ token: 'other', organization: 'acme', clients: [] });
    open.push(other);
    const mirror = await serve((req, res) => {
      // Any TFE answer, for any caller: what a hostile host would serve.
      sendJson(res, 200, { data: [{ id: 'oc-evil', type: 'oauth-clients', attributes: { 'service-provider': 'bitbucket_data_center', 'http-url': options.bitbucketUrl, 'api-url': 'x' }, relationships: { 'oauth-tokens': { data: [{ id: 'ot-x', type: 'oauth-tokens' }] } } }], meta: { pagination: { 'next-page': null } } }, { 'content-type': 'application/vnd.api+json' });
      void req;
    });
    tfe.inject(/oauth-clients/, (req, res) => {
      res.writeHead(307, { location: `${mirror.url}${req.url}` });
      res.end();
    }, 10);
    const result = await runDoctor(options);
    const client = check(result, 'tfe-oauth-client');
    expect(client.status).toBe('fail');
    expect(client.message).toContain('another origin');
    expect(mirror.requests[0].headers.authorization).toBeUndefined();
  });
});

describe('false greens: bodies that prove nothing', () => {
  test('a server that answers "200 OK" text to everything passes neither credentials nor REPO_ADMIN', async () => {
    const ok = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('OK');
    });
    const result = await runDoctor({ flavor: 'data-center', bitbucketUrl: ok.url, repositories: [{ owner: 'INFRA', slug: 'network' }], credentials: { token: BB_TOKEN }, ...FAST });
    expect(result.ok).toBe(false);
    expect(result.checks.filter((c) => c.status === 'pass')).toEqual([]);
    expect(check(result, 'bitbucket-reachable').message).toContain('not JSON');
  });

  test('truncated JSON is not a page of webhooks', async () => {
    const { dc, options } = await setup();
    dc.inject(/\/repos\/network\/webhooks/, (_req, res) => sendJson(res, 200, '{"size":1,"limit":25,"isLastPage":true,"values":[{"id":1,"na', { 'x-ausername': USER }));
    const hooks = check(await runDoctor(options), 'webhook-permission', 'INFRA/network');
    expect(hooks.status).toBe('fail');
    expect(hooks.message).toContain('not JSON');
  });

  test('JSON of another shape is not a page of webhooks', async () => {
    const { dc, options } = await setup();
    dc.inject(/\/repos\/network\/webhooks/, (_req, res) => sendJson(res, 200, { status: 'ok' }, { 'x-ausername': USER }));
    const hooks = check(await runDoctor(options), 'webhook-permission', 'INFRA/network');
    expect(hooks.status).toBe('fail');
    expect(hooks.message).toMatch(/not a page of webhooks \(the body must have required property 'values'\)/);
  });

  test('an anonymous 200 (no X-AUSERNAME, public access) does not pass the credentials', async () => {
    const { dc, options } = await setup();
    dc.inject(/\/rest\/api\/1\.0\/projects$|projects\?limit/, (_req, res) => sendJson(res, 200, fixture('dc-projects-page.json')));
    const result = await runDoctor({ ...options, tfe: undefined });
    expect(check(result, 'bitbucket-credentials').status).toBe('fail');
    expect(check(result, 'bitbucket-credentials').message).toContain('not as an authenticated user');
    expect(check(result, 'webhook-permission').status).toBe('skip');
  });

  test('zero repositories is a failure, not a green run', async () => {
    const { options } = await setup();
    const result = await runDoctor({ ...options, repositories: [] });
    expect(result.ok).toBe(false);
    expect(check(result, 'repositories').status).toBe('fail');
  });
});

describe('TFE answers the doctor cannot read are never "no OAuth client"', () => {
  test.each([
    ['non-JSON', (res: Parameters<typeof sendJson>[0]) => { res.writeHead(200, { 'content-type': 'application/vnd.api+json' }); res.end('<<not json>>'); }, 'not JSON'],
    ['a body over the size cap', (res: Parameters<typeof sendJson>[0]) => { res.writeHead(200, { 'content-type': 'application/vnd.api+json' }); res.end(`{"data":[${'{"id":"oc-x"},'.repeat(120_000)}{}]}`); }, 'larger than 1 MB'],
    ['another shape', (res: Parameters<typeof sendJson>[0]) => sendJson(res, 200, { data: [{ id: 'oc-1' }] }), 'not a list of OAuth clients'],
  ])('%s', async (_name, act, words) => {
    const { tfe, options } = await setup();
    tfe.inject(/oauth-clients/, (_req, res) => act(res), 5);
    const client = check(await runDoctor(options), 'tfe-oauth-client');
    expect(client.status).toBe('fail');
    expect(client.message).toContain(words);
    expect(client.message).not.toContain('has no');
    expect(client.fix).not.toContain('Create the connection');
  });

  test('more than 20 pages is reported, not silently cut', async () => {
    const clients: OAuthClientFake[] = Array.from({ length: 25 }, (_, i) => ({ id: `oc-gh-${i}`, serviceProvider: 'github', httpUrl: 'https://github.com', apiUrl: 'https://api.github.com', tokenIds: [] }));
    const tfe = await startFakeTfe({ token: TFE_TOKEN, organization: 'acme', clients, pageSize: 1 });
    open.push(tfe);
    const { options } = await setup();
    const client = check(await runDoctor({ ...options, tfe: { ...options.tfe!, address: tfe.url } }), 'tfe-oauth-client');
    expect(client.status).toBe('fail');
    expect(client.message).toContain('more than 2000 OAuth clients');
    expect(client.fix).toContain('--oauth-client-id');
  });
});

describe('bounded time', () => {
  test('a black-holed Bitbucket with many repositories ends after K timeouts, not one timeout per repository', async () => {
    const { dc, options } = await setup();
    dc.inject(/\/webhooks/, hang, 1000);
    const started = Date.now();
    const result = await runDoctor({
      ...options,
      tfe: undefined,
      repositories: Array.from({ length: 200 }, (_, i) => ({ owner: 'INFRA', slug: `repo-${i}` })),
      timeoutMs: 300,
      concurrency: 4,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    const hooks = result.checks.filter((c) => c.id === 'webhook-permission');
    expect(hooks.every((c) => c.status === 'fail')).toBe(true);
    expect(hooks[199].message).toMatch(/unreachable \(\d+ requests in a row failed/);
    expect(dc.requests.filter((r) => r.url.includes('/webhooks')).length).toBeLessThanOrEqual(8);
  });

  test('429 with a long Retry-After is reported as rate limiting at once, not waited for per repository', async () => {
    const { dc, options } = await setup();
    dc.inject(/\/webhooks/, (_req, res) => sendJson(res, 429, { errors: [{ message: 'Rate limit exceeded' }] }, { 'retry-after': '20' }), 1000);
    const started = Date.now();
    const result = await runDoctor({ ...options, tfe: undefined, repositories: Array.from({ length: 50 }, (_, i) => ({ owner: 'INFRA', slug: `r${i}` })), retry: { retries: 3, maxDelayMs: 5000 } });
    expect(Date.now() - started).toBeLessThan(5000);
    const hooks = check(result, 'webhook-permission', 'INFRA/r0');
    expect(hooks.status).toBe('fail');
    expect(hooks.message).toContain('rate limiting');
    expect(hooks.message).toContain('Retry-After');
    expect(hooks.message).not.toMatch(/credentials/i);
  });

  test('the overall deadline ends the run; what was not checked fails', async () => {
    const { dc, options } = await setup();
    dc.inject(/\/webhooks/, (_req, res) => void setTimeout(() => sendJson(res, 200, fixture('dc-webhooks-page.json'), { 'x-ausername': USER }), 150), 1000);
    const started = Date.now();
    const result = await runDoctor({ ...options, tfe: undefined, concurrency: 1, deadlineMs: 700, repositories: Array.from({ length: 40 }, (_, i) => ({ owner: 'INFRA', slug: `r${i}` })) });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.ok).toBe(false);
    expect(result.checks.some((c) => c.message.includes('overall deadline'))).toBe(true);
  });

  test('Bitbucket and TFE are checked at the same time', async () => {
    const { dc, tfe, options } = await setup();
    dc.inject(/projects\?limit/, (_req, res) => void setTimeout(() => sendJson(res, 200, fixture('dc-projects-page.json'), { 'x-ausername': USER }), 600));
    tfe.inject(/oauth-clients/, (_req, res) => void setTimeout(() => sendJson(res, 503, {}), 600), 1);
    const started = Date.now();
    await runDoctor({ ...options, retry: { retries: 0 } });
    // One after the other would take 1.2 s before the rest even starts.
    expect(Date.now() - started).toBeLessThan(1100);
  });
});

describe('words that say what happened', () => {
  test.each([
    ['unreachable', (dc: FakeServer) => dc.inject(/projects\?limit/, (req) => void req.socket.destroy(), 10), /closed the connection/],
    ['429', (dc: FakeServer) => dc.inject(/projects\?limit/, (_req, res) => sendJson(res, 429, {}), 10), /rate limiting/],
    ['503', (dc: FakeServer) => dc.inject(/projects\?limit/, (_req, res) => sendJson(res, 503, { errors: [{ message: 'maintenance' }] }), 10), /is failing: it answered HTTP 503/],
  ])('%s on the first call is not "the credentials do not work"', async (_name, play, words) => {
    const { dc, options } = await setup();
    play(dc);
    const result = await runDoctor({ ...options, tfe: undefined });
    expect(check(result, 'bitbucket-reachable').status).toBe('fail');
    expect(check(result, 'bitbucket-reachable').message).toMatch(words);
    const hooks = check(result, 'webhook-permission');
    expect(hooks.message).not.toContain('credentials');
    expect(hooks.message).toContain('not reachable');
  });

  test('a WAF 403 on the first call is not "Bitbucket rejected the credentials"', async () => {
    const { dc, options } = await setup();
    dc.inject(/projects\?limit/, (_req, res) => {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('Request blocked. Reference #18.2f3c');
    });
    const credentials = check(await runDoctor({ ...options, tfe: undefined }), 'bitbucket-credentials');
    expect(credentials.status).toBe('fail');
    expect(credentials.message).not.toContain('rejected the credentials');
    expect(credentials.message).toContain('web application firewall');
  });
});

describe('the configured service account, names and ids', () => {
  test('credentials of another account fail, and the repositories are not checked with them', async () => {
    const { options } = await setup();
    const result = await runDoctor({ ...options, serviceAccount: 'svc-tfe' });
    const credentials = check(result, 'bitbucket-credentials');
    expect(credentials.status).toBe('fail');
    expect(credentials.message).toContain(`belong to ${USER}, not to the configured service account svc-tfe`);
    expect(check(result, 'webhook-permission').status).toBe('skip');
    const same = await runDoctor({ ...options, serviceAccount: 'SVC-Terraform' });
    expect(check(same, 'bitbucket-credentials').message).toContain('the configured service account');
    expect(check(same, 'bitbucket-credentials').status).toBe('pass');
  });

  test('the OAuth client is found by name; clients sharing it and clients with two tokens fail', async () => {
    const { clients, options } = await setup({}, { name: 'Bitbucket Data Center' });
    const byName = await runDoctor({ ...options, tfe: { ...options.tfe!, oauthClientName: 'Bitbucket Data Center' } });
    expect(check(byName, 'tfe-oauth-client').status).toBe('pass');
    const missing = await runDoctor({ ...options, tfe: { ...options.tfe!, oauthClientName: 'Other' } });
    expect(check(missing, 'tfe-oauth-client').message).toContain('no Bitbucket Data Center (bitbucket_data_center) OAuth client named "Other"');
    clients.push({ ...clients[0], id: 'oc-twin' });
    const twins = await runDoctor({ ...options, tfe: { ...options.tfe!, oauthClientName: 'Bitbucket Data Center' } });
    expect(check(twins, 'tfe-oauth-client').status).toBe('fail');
    expect(check(twins, 'tfe-oauth-client').message).toContain('too many OAuthClients');
    clients.pop();
    clients[0] = { ...clients[0], tokenIds: ['ot-1', 'ot-2'] };
    const twoTokens = await runDoctor(options);
    expect(check(twoTokens, 'tfe-oauth-token').status).toBe('fail');
    expect(check(twoTokens, 'tfe-oauth-token').message).toContain('unexpected number of OAuth tokens');
  });

  test("the application link's id is compared with the id computed from its URL", async () => {
    const { applinks, options } = await setup();
    expect(check(await runDoctor(options), 'applink-id').status).toBe('pass');
    applinks[0] = { ...applinks[0], id: '6f4a1d2c-0c4e-3d8b-9a61-2f0e5d7c8b91' };
    const other = check(await runDoctor(options), 'applink-id');
    expect(other.status).toBe('warn');
    expect(other.message).toContain(`differs from ${applicationLinkId(applinks[0].url)}`);
  });
});

describe('before the deploy', () => {
  test('a repository the deploy grants is pending, one it does not grant still fails, and so does a missing one', async () => {
    const { options } = await setup({ repos: { 'INFRA/network': 'REPO_ADMIN', 'INFRA/new': 'REPO_READ', 'INFRA/legacy': 'REPO_READ' } });
    const repositories = [
      { owner: 'INFRA', slug: 'network', grantedByDeploy: true },
      { owner: 'INFRA', slug: 'new', grantedByDeploy: true },
      { owner: 'INFRA', slug: 'legacy', grantedByDeploy: false },
      { owner: 'INFRA', slug: 'missing', grantedByDeploy: true },
    ];
    const before = await runDoctor({ ...options, repositories, beforeDeploy: true });
    expect(before.checks.filter((c) => c.id === 'webhook-permission').map((c) => [c.target, c.status])).toEqual([
      ['INFRA/network', 'pass'],
      ['INFRA/new', 'pending'],
      ['INFRA/legacy', 'fail'],
      ['INFRA/missing', 'fail'],
    ]);
    const onlyPending = await runDoctor({ ...options, repositories: repositories.slice(0, 2), beforeDeploy: true });
    expect(onlyPending.ok).toBe(true);
    const after = await runDoctor({ ...options, repositories: repositories.slice(0, 2) });
    expect(after.ok).toBe(false);
    expect(check(after, 'webhook-permission', 'INFRA/new').status).toBe('fail');
  });

  test('what the deploy cannot fix still fails before it: the OAuth client', async () => {
    const { options } = await setup({ repos: { 'INFRA/new': 'REPO_READ' } }, { serviceProvider: 'github' });
    const result = await runDoctor({ ...options, repositories: [{ owner: 'INFRA', slug: 'new', grantedByDeploy: true }], beforeDeploy: true });
    expect(check(result, 'webhook-permission').status).toBe('pending');
    expect(check(result, 'tfe-oauth-client').status).toBe('fail');
    expect(result.ok).toBe(false);
  });
});

describe('Bitbucket Cloud workspace membership', () => {
  async function cloud(workspaces?: Record<string, 'owner' | 'member'>) {
    const server = await startFakeCloud({ username: USER, token: BB_TOKEN, repos: { 'acme/infra': 'admin' }, workspaces });
    open.push(server);
    return runDoctor({ flavor: 'cloud', bitbucketUrl: server.url, repositories: [{ owner: 'acme', slug: 'infra' }], credentials: { username: USER, token: BB_TOKEN }, ...FAST });
  }

  test('a member passes; the owner and a non-member fail', async () => {
    expect(check(await cloud(), 'workspace-membership', 'acme').status).toBe('pass');
    const owner = check(await cloud({ acme: 'owner' }), 'workspace-membership', 'acme');
    expect(owner.status).toBe('fail');
    expect(owner.message).toContain('is the owner of workspace acme');
    const outsider = check(await cloud({}), 'workspace-membership', 'acme');
    expect(outsider.status).toBe('fail');
    expect(outsider.message).toContain('is not a member of workspace acme');
  });

  test('402 is reported as the seat limit', async () => {
    const server = await startFakeCloud({ username: USER, token: BB_TOKEN, repos: { 'acme/infra': 'admin' } });
    open.push(server);
    server.inject(/permission$/, (_req, res) => sendJson(res, 402, { type: 'error', error: { message: 'You have reached your plan\'s user limit' } }));
    const result = await runDoctor({ flavor: 'cloud', bitbucketUrl: server.url, repositories: [{ owner: 'acme', slug: 'infra' }], credentials: { username: USER, token: BB_TOKEN }, ...FAST });
    const seat = check(result, 'workspace-membership');
    expect(seat.status).toBe('fail');
    expect(seat.message).toContain('user limit');
    expect(seat.fix).toContain('free a seat');
  });

  test('credentials of another Cloud account than the configured UUID fail', async () => {
    const server = await startFakeCloud({ username: USER, token: BB_TOKEN, repos: { 'acme/infra': 'admin' } });
    open.push(server);
    const base = { flavor: 'cloud' as const, bitbucketUrl: server.url, repositories: [{ owner: 'acme', slug: 'infra' }], credentials: { username: USER, token: BB_TOKEN }, ...FAST };
    const wrong = await runDoctor({ ...base, serviceAccount: '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}' });
    expect(check(wrong, 'bitbucket-credentials').status).toBe('fail');
    const right = await runDoctor({ ...base, serviceAccount: '{D301AAFA-D676-4EE0-88BE-962BE7417567}' });
    expect(check(right, 'bitbucket-credentials').status).toBe('pass');
  });
});

describe('safe output from hostile servers', () => {
  test('a token echoed in a text body is redacted before the excerpt is cut', async () => {
    const { dc, options } = await setup();
    dc.inject(/\/repos\/network\/webhooks/, (_req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`${'x'.repeat(150)} ${BB_TOKEN}`);
    });
    const text = JSON.stringify(await runDoctor({ ...options, tfe: undefined }));
    expect(text).not.toContain(BB_TOKEN.slice(0, 8));
  });
});
