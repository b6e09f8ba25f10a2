import { runDoctor } from '../../lib/doctor';
import { applicationLinkId } from '../../lib/domain/bitbucket-data-center';
import { UsageError } from '../../lib/doctor/errors';
import { CheckResult, DoctorOptions, DoctorResult } from '../../lib/doctor/types';
import { ApplicationLinkFake, FakeDataCenter, FakeDataCenterOptions, RepoPermission, startFakeDataCenter } from './fakes/bitbucket-dc';
import { startFakeCloud } from './fakes/bitbucket-cloud';
import { TestKeyPair, makeKeyPair } from './fakes/keys';
import { FakeServer, fixtureText, hang, sendHtml, sendJson, startServer } from './fakes/server';
import { OAuthClientFake, startFakeTfe } from './fakes/tfe';

const USER = 'svc-terraform';
const BB_TOKEN = 'BBDC-dc-token-5e1f0a9c7b';
const TFE_TOKEN = 'tfe-token-91af.atlasv1.c0ffee';
const FAST = { timeoutMs: 2000, retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 1500 } };

const keys: TestKeyPair = makeKeyPair();
const otherKeys: TestKeyPair = makeKeyPair();

interface Setup {
  readonly dc: FakeDataCenter;
  readonly tfe: FakeServer;
  readonly clients: OAuthClientFake[];
  readonly applinks: ApplicationLinkFake[];
  readonly options: DoctorOptions;
}

const open: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** A Data Center instance and a TFE that are correctly linked, unless the overrides say otherwise. */
async function dataCenterSetup(overrides: Partial<FakeDataCenterOptions> = {}): Promise<Setup> {
  const applinks: ApplicationLinkFake[] = [];
  const clients: OAuthClientFake[] = [];
  const dc = await startFakeDataCenter({
    contextPath: '/bitbucket',
    username: USER,
    token: BB_TOKEN,
    repos: { 'INFRA/network': 'REPO_ADMIN', 'INFRA/app': 'REPO_ADMIN' },
    admin: true,
    applinks,
    ...overrides,
  });
  const tfe = await startFakeTfe({ token: TFE_TOKEN, organization: 'acme', clients });
  open.push(dc, tfe);
  clients.push({
    id: 'oc-dc000000000001',
    serviceProvider: 'bitbucket_data_center',
    httpUrl: dc.baseUrl,
    apiUrl: dc.url,
    rsaPublicKey: keys.publicKeyPem,
    key: 'tfe-consumer-key',
    tokenIds: ['ot-000000000001'],
  });
  applinks.push({ id: applicationLinkId(tfe.url), name: 'Terraform Enterprise', url: tfe.url, consumer: { key: 'tfe-consumer-key', publicKey: keys.publicKeyBase64 } });
  return {
    dc,
    tfe,
    clients,
    applinks,
    options: {
      flavor: 'data-center',
      bitbucketUrl: dc.baseUrl,
      repositories: [
        { owner: 'INFRA', slug: 'network' },
        { owner: 'INFRA', slug: 'app' },
      ],
      credentials: { username: USER, token: BB_TOKEN },
      tfe: { address: tfe.url, token: TFE_TOKEN, organization: 'acme' },
      ...FAST,
    },
  };
}

function check(result: DoctorResult, id: string, target?: string): CheckResult {
  const found = result.checks.find((c) => c.id === id && (target === undefined || c.target === target));
  if (!found) {
    throw new Error(`no check ${id} ${target ?? ''} in ${JSON.stringify(result.checks, null, 2)}`);
  }
  return found;
}

describe('doctor against Bitbucket Data Center', () => {
  test('a healthy setup with a context path passes every check', async () => {
    const { dc, options } = await dataCenterSetup();
    const result = await runDoctor({ ...options, privateKeyPem: keys.privateKeyPem });
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['bitbucket-reachable', 'pass'],
      ['bitbucket-credentials', 'pass'],
      ['webhook-permission', 'pass'],
      ['webhook-permission', 'pass'],
      ['tfe-oauth-client', 'pass'],
      ['tfe-oauth-urls', 'pass'],
      ['tfe-oauth-token', 'pass'],
      ['applink-public-key', 'pass'],
      ['applink-id', 'pass'],
      ['private-key-match', 'pass'],
    ]);
    expect(result.ok).toBe(true);
    expect(check(result, 'bitbucket-credentials').message).toContain(USER);
    expect(check(result, 'webhook-permission', 'INFRA/network').message).toContain('REPO_ADMIN');
    expect(dc.requests.every((r) => r.url.startsWith('/bitbucket/rest/'))).toBe(true);
    expect(dc.requests.every((r) => r.headers.authorization === `Bearer ${BB_TOKEN}`)).toBe(true);
    // The applinks resources are asked for JSON; they answer XML otherwise.
    expect(dc.requests.filter((r) => r.url.includes('applinks')).every((r) => r.headers.accept === 'application/json')).toBe(true);
  });

  test('an instance at the root works too', async () => {
    const { options } = await dataCenterSetup({ contextPath: '' });
    const result = await runDoctor({ ...options, tfe: undefined });
    expect(result.ok).toBe(true);
    expect(check(result, 'tfe-oauth-client').status).toBe('skip');
  });

  test("the support article's 401 AuthorisationException fails the repository and names the REPO_ADMIN grant", async () => {
    const { dc, options } = await dataCenterSetup({ repos: { 'INFRA/network': 'REPO_ADMIN', 'INFRA/app': 'REPO_WRITE' } });
    const result = await runDoctor(options);
    expect(result.ok).toBe(false);
    expect(check(result, 'webhook-permission', 'INFRA/network').status).toBe('pass');
    const denied = check(result, 'webhook-permission', 'INFRA/app');
    expect(denied.status).toBe('fail');
    expect(denied.message).toContain(`${USER} lacks REPO_ADMIN on INFRA/app`);
    expect(denied.message).toContain('com.atlassian.bitbucket.AuthorisationException');
    expect(denied.fix).toContain(`Grant REPO_ADMIN to ${USER} on INFRA/app`);
    expect(denied.fix).toContain(`PUT ${dc.baseUrl}/rest/api/1.0/projects/INFRA/repos/app/permissions/users?name=${USER}&permission=REPO_ADMIN`);
    expect(denied.fix).toContain('onboarding construct');
  });

  test('a repository that does not exist is reported as such', async () => {
    const { options } = await dataCenterSetup();
    const result = await runDoctor({ ...options, repositories: [{ owner: 'INFRA', slug: 'nope' }], tfe: undefined });
    const missing = check(result, 'webhook-permission', 'INFRA/nope');
    expect(missing.status).toBe('fail');
    expect(missing.message).toContain('not found (404');
  });

  test('bad credentials fail check 1 and skip the repositories instead of failing each', async () => {
    const { options } = await dataCenterSetup();
    const result = await runDoctor({ ...options, credentials: { token: 'wrong-token-123456' } });
    expect(check(result, 'bitbucket-reachable').status).toBe('pass');
    const credentials = check(result, 'bitbucket-credentials');
    expect(credentials.status).toBe('fail');
    expect(credentials.message).toContain('IncorrectPasswordAuthenticationException');
    expect(result.checks.filter((c) => c.id === 'webhook-permission').map((c) => c.status)).toEqual(['skip', 'skip']);
    expect(check(result, 'applink-public-key').status).toBe('skip');
  });

  test('a URL without the context path gets a fix that names it', async () => {
    const { dc, options } = await dataCenterSetup();
    const result = await runDoctor({ ...options, bitbucketUrl: dc.url, tfe: undefined });
    const reachable = check(result, 'bitbucket-reachable');
    expect(reachable.status).toBe('fail');
    expect(reachable.fix).toContain('context path');
  });

  test('an HTML login page in front of the API is a proxy/SSO finding', async () => {
    const { dc, options } = await dataCenterSetup();
    dc.inject(/\/rest\/api\/1\.0\/projects/, (_req, res) => sendHtml(res, 200, fixtureText('login-page.html')));
    const result = await runDoctor({ ...options, tfe: undefined });
    const reachable = check(result, 'bitbucket-reachable');
    expect(reachable.status).toBe('fail');
    expect(reachable.message).toMatch(/HTML page .*single sign-on/);
  });

  test('a redirect to a login page on another host is a proxy/SSO finding, and the credentials stay home', async () => {
    const { dc, options } = await dataCenterSetup();
    const sso = await startServer((_req, res) => sendHtml(res, 200, fixtureText('login-page.html')));
    open.push(sso);
    dc.inject(/\/rest\/api\/1\.0\/projects/, (_req, res) => {
      res.writeHead(302, { location: `${sso.url}/idp/login?service=bitbucket` });
      res.end();
    });
    const result = await runDoctor({ ...options, tfe: undefined });
    const reachable = check(result, 'bitbucket-reachable');
    expect(reachable.status).toBe('fail');
    expect(reachable.message).toContain(`redirected to ${sso.url}/idp/login`);
    expect(reachable.message).toContain('credentials were not sent to that other host');
    expect(sso.requests).toHaveLength(1);
    expect(sso.requests[0].headers.authorization).toBeUndefined();
  });

  test('a server that never answers times out with the --timeout hint', async () => {
    const { dc, options } = await dataCenterSetup();
    dc.inject(/\/rest\/api\/1\.0\/projects/, hang);
    const result = await runDoctor({ ...options, timeoutMs: 300, tfe: undefined });
    const reachable = check(result, 'bitbucket-reachable');
    expect(reachable.status).toBe('fail');
    expect(reachable.message).toContain('no answer from');
    expect(reachable.fix).toContain('--timeout');
  });

  test('429 with Retry-After and 5xx are retried until they succeed', async () => {
    const { dc, options } = await dataCenterSetup();
    dc.inject(/\/repos\/network\/webhooks/, (_req, res) => sendJson(res, 429, {}, { 'retry-after': '1' }));
    dc.inject(/\/repos\/app\/webhooks/, (_req, res) => sendJson(res, 503, {}), 2);
    const result = await runDoctor({ ...options, tfe: undefined });
    expect(result.checks.filter((c) => c.id === 'webhook-permission').map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(dc.requests.filter((r) => r.url.endsWith('/repos/network/webhooks'))).toHaveLength(2);
    expect(dc.requests.filter((r) => r.url.endsWith('/repos/app/webhooks'))).toHaveLength(3);
  });

  test('never more requests in flight than the concurrency allows', async () => {
    const repos: Record<string, RepoPermission> = {};
    for (let i = 0; i < 24; i++) {
      repos[`INFRA/repo-${i}`] = 'REPO_ADMIN';
    }
    const { dc, options } = await dataCenterSetup({ repos, webhookDelayMs: 30 });
    const progress: number[] = [];
    const result = await runDoctor({
      ...options,
      repositories: Object.keys(repos).map((r) => ({ owner: 'INFRA', slug: r.split('/')[1] })),
      concurrency: 3,
      onProgress: (done, total) => {
        expect(total).toBe(24);
        progress.push(done);
      },
    });
    expect(result.ok).toBe(true);
    expect(dc.maxInFlight).toBeLessThanOrEqual(3);
    expect(dc.maxInFlight).toBeGreaterThan(1);
    expect(progress).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  test('secrets echoed back by servers never reach the findings', async () => {
    const { dc, tfe, options } = await dataCenterSetup();
    dc.inject(/\/webhooks/, (req, res) => sendJson(res, 500, { errors: [{ message: `boom for ${req.headers.authorization} (${BB_TOKEN})` }] }), 10);
    tfe.inject(/oauth-clients/, (req, res) => sendJson(res, 400, { errors: [{ status: '400', title: 'bad', detail: `token ${req.headers.authorization}` }] }));
    const result = await runDoctor({ ...options, privateKeyPem: keys.privateKeyPem });
    const text = JSON.stringify(result);
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain(BB_TOKEN);
    expect(text).not.toContain(TFE_TOKEN);
    expect(text).not.toContain(keys.privateKeyPem.split('\n')[1]);
  });

  test('plain HTTP to a remote host needs --allow-insecure-http and is then a warning; loopback is not', async () => {
    const { options } = await dataCenterSetup();
    const loopback = await runDoctor({ ...options, tfe: undefined });
    expect(loopback.checks.some((c) => c.id === 'insecure-http')).toBe(false);
    await expect(runDoctor({ ...options, bitbucketUrl: 'http://bitbucket.invalid', tfe: undefined })).rejects.toThrow(/--allow-insecure-http/);
    await expect(runDoctor({ ...options, tfe: { ...options.tfe!, address: 'http://tfe.invalid' } })).rejects.toThrow(/--allow-insecure-http/);
    const remote = await runDoctor({ ...options, bitbucketUrl: 'http://bitbucket.invalid', tfe: undefined, timeoutMs: 1000, allowInsecureHttp: true });
    const insecure = check(remote, 'insecure-http');
    expect(insecure.status).toBe('warn');
    expect(check(remote, 'bitbucket-reachable').message).toContain('cannot resolve');
  });
});

describe('doctor: TFE and keys', () => {
  test('a client that was never authorized fails with the Connect organization fix', async () => {
    const { clients, options } = await dataCenterSetup();
    clients[0] = { ...clients[0], tokenIds: [] };
    const result = await runDoctor(options);
    const token = check(result, 'tfe-oauth-token');
    expect(token.status).toBe('fail');
    expect(token.fix).toBe('In TFE: Settings > Version control > Providers > Connect organization, then Allow in Bitbucket while logged in as the service account.');
  });

  test('http-url and api-url must point at this Bitbucket', async () => {
    const { clients, dc, options } = await dataCenterSetup();
    clients[0] = { ...clients[0], apiUrl: dc.baseUrl, httpUrl: 'https://old-bitbucket.example.com' };
    const result = await runDoctor(options);
    const urls = check(result, 'tfe-oauth-urls');
    expect(urls.status).toBe('fail');
    expect(urls.message).toContain(`http-url is https://old-bitbucket.example.com, expected ${dc.baseUrl}`);
    expect(urls.message).toContain(`api-url is ${dc.baseUrl}, expected ${dc.url}`);
  });

  test('the deprecated bitbucket_server provider is a warning', async () => {
    const { clients, options } = await dataCenterSetup();
    clients[0] = { ...clients[0], serviceProvider: 'bitbucket_server' };
    const result = await runDoctor(options);
    expect(check(result, 'tfe-oauth-client').status).toBe('warn');
    expect(result.ok).toBe(true);
  });

  test('an organization without a Bitbucket client fails, and the dependent checks skip', async () => {
    const { clients, options } = await dataCenterSetup();
    clients[0] = { ...clients[0], serviceProvider: 'github' };
    const result = await runDoctor(options);
    expect(check(result, 'tfe-oauth-client').status).toBe('fail');
    expect(check(result, 'tfe-oauth-urls').status).toBe('skip');
    expect(check(result, 'tfe-oauth-token').status).toBe('skip');
    expect(check(result, 'applink-public-key').status).toBe('skip');
  });

  test('the matching client is found on a later page', async () => {
    const { clients, options } = await dataCenterSetup();
    const tfe = await startFakeTfe({ token: TFE_TOKEN, organization: 'acme', clients, pageSize: 1 });
    open.push(tfe);
    clients.unshift({ ...clients[0], id: 'oc-github', serviceProvider: 'github' }, { ...clients[0], id: 'oc-other-dc', httpUrl: 'https://other.example.com' });
    const result = await runDoctor({ ...options, tfe: { ...options.tfe!, address: tfe.url } });
    expect(check(result, 'tfe-oauth-client').target).toBe('oc-dc000000000001');
    expect(check(result, 'tfe-oauth-client').message).toContain('also oc-other-dc');
  });

  test('a missing organization and a rejected token are told apart', async () => {
    const { options } = await dataCenterSetup();
    const missing = await runDoctor({ ...options, tfe: { ...options.tfe!, organization: 'nope' } });
    expect(check(missing, 'tfe-oauth-client').message).toContain('organization nope was not found in TFE, or TFE_TOKEN has no access to it');
    const rejected = await runDoctor({ ...options, tfe: { ...options.tfe!, token: 'wrong-tfe-token' } });
    expect(check(rejected, 'tfe-oauth-client').message).toContain('TFE rejected TFE_TOKEN (401)');
  });

  test('--oauth-client-id reads that client', async () => {
    const { options } = await dataCenterSetup();
    const found = await runDoctor({ ...options, tfe: { ...options.tfe!, organization: undefined, oauthClientId: 'oc-dc000000000001' } });
    expect(check(found, 'tfe-oauth-client').status).toBe('pass');
    const missing = await runDoctor({ ...options, tfe: { ...options.tfe!, oauthClientId: 'oc-missing' } });
    expect(check(missing, 'tfe-oauth-client').message).toContain('OAuth client oc-missing was not found');
  });

  test('a non-admin account skips the key comparison with the reason', async () => {
    const { options } = await dataCenterSetup({ admin: false });
    const result = await runDoctor(options);
    const applink = check(result, 'applink-public-key');
    expect(applink.status).toBe('skip');
    expect(applink.message).toContain('needs a Bitbucket administrator');
    expect(result.ok).toBe(true);
  });

  test('the consumer is read from the link\'s consumer list: an empty list fails, the client\'s key is picked among several', async () => {
    const { dc, options } = await dataCenterSetup();
    dc.inject(/\/authentication\/consumer$/, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-ausername': USER });
      res.end(JSON.stringify({ consumers: [] }));
    });
    const empty = check(await runDoctor(options), 'applink-public-key');
    expect(empty.status).toBe('fail');
    expect(empty.message).toContain('has no incoming OAuth consumer');

    dc.inject(/\/authentication\/consumer$/, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-ausername': USER });
      res.end(JSON.stringify({ consumers: [
        { key: 'someone-else', publicKey: otherKeys.publicKeyBase64 },
        { key: 'tfe-consumer-key', publicKey: keys.publicKeyBase64 },
      ] }));
    });
    expect(check(await runDoctor(options), 'applink-public-key').status).toBe('pass');
  });

  test('different keys in Bitbucket and TFE fail, and the private key tells which side is wrong', async () => {
    const { applinks, options } = await dataCenterSetup();
    applinks[0] = { ...applinks[0], consumer: { key: 'tfe-consumer-key', publicKey: otherKeys.publicKeyBase64 } };
    const result = await runDoctor({ ...options, privateKeyPem: keys.privateKeyPem });
    const applink = check(result, 'applink-public-key');
    expect(applink.status).toBe('fail');
    expect(applink.message).toMatch(/the link's public key \(SHA256:.+\) differs from the TFE client's rsa-public-key/);
    const privateKey = check(result, 'private-key-match');
    expect(privateKey.status).toBe('fail');
    expect(privateKey.message).toContain("does not match the application link's public key");
    expect(privateKey.message).not.toContain("TFE client's rsa-public-key");
  });

  test('a truncated rsa-public-key in TFE is caught', async () => {
    const { clients, options } = await dataCenterSetup();
    clients[0] = { ...clients[0], rsaPublicKey: keys.publicKeyPem.slice(0, 120) };
    const result = await runDoctor(options);
    expect(check(result, 'applink-public-key').message).toContain('not a valid public key');
  });

  test('no application link to the TFE host fails with the fix', async () => {
    const { applinks, options } = await dataCenterSetup();
    applinks[0] = { ...applinks[0], url: 'https://someone-else.example.com' };
    const result = await runDoctor(options);
    const applink = check(result, 'applink-public-key');
    expect(applink.status).toBe('fail');
    expect(applink.message).toContain('has no application link to 127.0.0.1');
  });

  test('options that cannot work are usage errors', async () => {
    const base = { flavor: 'data-center' as const, repositories: [], credentials: { token: BB_TOKEN } };
    await expect(runDoctor(base)).rejects.toThrow(UsageError);
    await expect(runDoctor({ ...base, bitbucketUrl: 'https://bb.example.com', credentials: {} })).rejects.toThrow(/BITBUCKET_TOKEN/);
    await expect(runDoctor({ ...base, bitbucketUrl: 'https://user:pw@bb.example.com' })).rejects.toThrow(/must not contain credentials/);
    await expect(runDoctor({ ...base, bitbucketUrl: 'https://bb.example.com', privateKeyPem: 'garbage' })).rejects.toThrow(/private key cannot be used/);
  });
});

describe('doctor against Bitbucket Cloud', () => {
  async function cloudSetup(callbackUrl?: string) {
    const cloud = await startFakeCloud({ username: USER, token: BB_TOKEN, repos: { 'acme/infra': 'admin', 'acme/app': 'write' } });
    const tfe = await startFakeTfe({
      token: TFE_TOKEN,
      organization: 'acme',
      clients: [{ id: 'oc-cloud', serviceProvider: 'bitbucket_hosted', httpUrl: 'https://bitbucket.org', apiUrl: 'https://api.bitbucket.org', tokenIds: ['ot-1'], callbackUrl }],
    });
    open.push(cloud, tfe);
    const options: DoctorOptions = {
      flavor: 'cloud',
      bitbucketUrl: cloud.url,
      repositories: [{ owner: 'acme', slug: 'infra' }],
      credentials: { username: USER, token: BB_TOKEN },
      tfe: { address: tfe.url, token: TFE_TOKEN, organization: 'acme' },
      ...FAST,
    };
    return { cloud, tfe, options };
  }

  test('a healthy Cloud setup passes', async () => {
    const { cloud, options } = await cloudSetup();
    const result = await runDoctor(options);
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['bitbucket-reachable', 'pass'],
      ['bitbucket-credentials', 'pass'],
      ['workspace-membership', 'pass'],
      ['webhook-permission', 'pass'],
      ['tfe-oauth-client', 'pass'],
      ['tfe-oauth-urls', 'pass'],
      ['tfe-oauth-token', 'pass'],
      ['tfe-callback-host', 'pass'],
    ]);
    expect(cloud.requests[0].headers.authorization).toBe(`Basic ${Buffer.from(`${USER}:${BB_TOKEN}`).toString('base64')}`);
  });

  test('403 on the hooks is a missing permission or scope', async () => {
    const { options } = await cloudSetup();
    const result = await runDoctor({ ...options, repositories: [{ owner: 'acme', slug: 'app' }] });
    const hooks = check(result, 'webhook-permission', 'acme/app');
    expect(hooks.status).toBe('fail');
    expect(hooks.message).toContain('403: Your credentials lack one or more required privilege scopes.');
    expect(hooks.fix).toContain('Webhooks: Read and write');
  });

  test('401 means failed authentication', async () => {
    const { options } = await cloudSetup();
    const result = await runDoctor({ ...options, credentials: { username: USER, token: 'bad-token-0000' } });
    expect(check(result, 'bitbucket-credentials').message).toContain('Bitbucket Cloud rejected the credentials (401: Invalid credentials)');
  });

  test('a callback URL on another host fails', async () => {
    const { options } = await cloudSetup('https://old-tfe.example.com/auth/35936d44/callback');
    const result = await runDoctor(options);
    const callback = check(result, 'tfe-callback-host');
    expect(callback.status).toBe('fail');
    expect(callback.message).toContain('is on old-tfe.example.com, not on the TFE host 127.0.0.1');
  });
});
