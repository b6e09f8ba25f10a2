import * as crypto from 'node:crypto';
import { applicationLinkId } from '../../../lib/domain/bitbucket-data-center';
import { FakeBitbucketDc, startFakeBitbucketDc } from './bitbucket-dc';
import { FakeTfe, startFakeTfe } from './tfe';

const ADMIN = { name: 'admin', password: 'admin-pw', admin: true };
const SVC = { name: 'svc-tfe', password: 'svc-pw', displayName: 'Terraform Service' };
const DEV = { name: 'dev', password: 'dev-pw' };

const basic = (user: { name: string; password: string }) => `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`;

interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

async function call(url: string, init: { method?: string; auth?: string; body?: unknown; accept?: string; contentType?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { accept: init.accept ?? 'application/json' };
  if (init.auth) headers.authorization = init.auth;
  if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(url, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // XML or HTML: keep the text.
  }
  return { status: response.status, body, text, headers: response.headers };
}

function rsaPair(bits = 1024) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: bits });
  return {
    privatePem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    publicDer64: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    publicKey,
  };
}

/** "ssh-rsa <base64> comment" from a Node public key (RFC 4253 encoding). */
function openSsh(publicKey: crypto.KeyObject, comment: string): string {
  const jwk = publicKey.export({ format: 'jwk' });
  const mpint = (b64url: string) => {
    let bytes = Buffer.from(b64url, 'base64url');
    if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
    return bytes;
  };
  const field = (buf: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(buf.length);
    return Buffer.concat([len, buf]);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), field(mpint(jwk.e!)), field(mpint(jwk.n!))]);
  return `ssh-rsa ${blob.toString('base64')} ${comment}`;
}

describe('Bitbucket Data Center fake', () => {
  let bb: FakeBitbucketDc;
  beforeEach(async () => {
    bb = await startFakeBitbucketDc({ users: [ADMIN, SVC, DEV], repositories: ['PROJ/app', 'PROJ/infra', 'OTHER/tools'], contextPath: '/bitbucket' });
  });
  afterEach(() => bb.close());

  const repoUrl = (ref: string, suffix = '') => {
    const [p, r] = ref.split('/');
    return `${bb.url}/rest/api/1.0/projects/${p}/repos/${r}${suffix}`;
  };

  test('serves the REST API below the context path; url and apiUrl differ by it', async () => {
    expect(bb.url).toBe(`${bb.apiUrl}/bitbucket`);
    const repo = await call(repoUrl('PROJ/app'), { auth: basic(ADMIN) });
    expect(repo.status).toBe(200);
    expect(repo.body).toMatchObject({ slug: 'app', name: 'app', scmId: 'git', project: { key: 'PROJ' } });
    expect(repo.headers.get('x-ausername')).toBe('admin');
    const outside = await call(`${bb.apiUrl}/rest/api/1.0/projects/PROJ/repos/app`, { auth: basic(ADMIN) });
    expect(outside.status).toBe(404);
    expect(outside.headers.get('content-type')).toMatch(/text\/html/);
    expect(bb.requests.find((r) => r.method === 'GET' && r.path === '/rest/api/1.0/projects/PROJ/repos/app')?.user).toBe('admin');
  });

  test('a missing repository is 404 NoSuchRepositoryException; an unknown resource is Jersey\'s 404', async () => {
    const missing = await call(repoUrl('PROJ/nope'), { auth: basic(ADMIN) });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      errors: [{ context: null, message: 'Repository PROJ/nope does not exist.', exceptionName: 'com.atlassian.bitbucket.repository.NoSuchRepositoryException' }],
    });
    const unknown = await call(`${bb.url}/rest/api/1.0/nothing-here`, { auth: basic(ADMIN) });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].exceptionName).toBe('com.sun.jersey.api.NotFoundException');
  });

  test('bad credentials answer 401 with Bitbucket\'s body; HTTP access tokens authenticate as their user', async () => {
    const bad = await call(repoUrl('PROJ/app'), { auth: basic({ name: 'admin', password: 'wrong' }) });
    expect(bad.status).toBe(401);
    expect(bad.body.errors[0].exceptionName).toBe('com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException');
    expect((await call(repoUrl('PROJ/app'), { auth: 'Bearer not-a-token' })).status).toBe(401);
    const token = bb.addAccessToken('admin');
    const good = await call(repoUrl('PROJ/app'), { auth: `Bearer ${token}` });
    expect(good.status).toBe(200);
    expect(bb.requests[bb.requests.length - 1].user).toBe('admin');
  });

  test('projects list shows what the caller can see, paged', async () => {
    const all = await call(`${bb.url}/rest/api/1.0/projects`, { auth: basic(ADMIN) });
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ size: 2, isLastPage: true, start: 0 });
    expect(all.body.values.map((p: any) => p.key)).toEqual(['PROJ', 'OTHER']);
    const firstPage = await call(`${bb.url}/rest/api/1.0/projects?limit=1`, { auth: basic(ADMIN) });
    expect(firstPage.body).toMatchObject({ size: 1, isLastPage: false, nextPageStart: 1 });
    bb.grantRepository('OTHER/tools', 'dev', 'REPO_READ');
    const dev = await call(`${bb.url}/rest/api/1.0/projects`, { auth: basic(DEV) });
    expect(dev.body.values.map((p: any) => p.key)).toEqual(['OTHER']);
  });

  describe('repository and project permissions', () => {
    const perms = (ref: string, query: string) => repoUrl(ref, `/permissions/users?${query}`);

    test('PUT grants (204), GET filters by substring of name or display name, DELETE revokes (204)', async () => {
      const put = await call(perms('PROJ/app', 'name=svc-tfe&permission=REPO_ADMIN'), { method: 'PUT', auth: basic(ADMIN) });
      expect(put.status).toBe(204);
      expect(bb.grantHolders('PROJ/app')).toEqual({ 'svc-tfe': 'REPO_ADMIN' });
      bb.grantRepository('PROJ/app', 'dev', 'REPO_WRITE');

      const bySubstring = await call(perms('PROJ/app', 'filter=tfe'), { auth: basic(ADMIN) });
      expect(bySubstring.status).toBe(200);
      expect(bySubstring.body).toEqual({
        size: 1,
        limit: 25,
        isLastPage: true,
        start: 0,
        values: [
          {
            user: expect.objectContaining({ name: 'svc-tfe', slug: 'svc-tfe', displayName: 'Terraform Service', active: true, type: 'NORMAL', id: expect.any(Number), emailAddress: expect.any(String) }),
            permission: 'REPO_ADMIN',
          },
        ],
      });
      const byDisplayName = await call(perms('PROJ/app', 'filter=service'), { auth: basic(ADMIN) });
      expect(byDisplayName.body.values.map((v: any) => v.user.name)).toEqual(['svc-tfe']);
      const everyone = await call(perms('PROJ/app', ''), { auth: basic(ADMIN) });
      expect(everyone.body.values.map((v: any) => v.user.name)).toEqual(['dev', 'svc-tfe']);

      const del = await call(perms('PROJ/app', 'name=svc-tfe'), { method: 'DELETE', auth: basic(ADMIN) });
      expect(del.status).toBe(204);
      expect(bb.grantHolders('PROJ/app')).toEqual({ dev: 'REPO_WRITE' });
    });

    test('needs a repository, project or global admin caller; a missing repository is 404', async () => {
      const denied = await call(perms('PROJ/app', 'name=dev&permission=REPO_READ'), { method: 'PUT', auth: basic(SVC) });
      expect(denied.status).toBe(401);
      expect(denied.body.errors[0].exceptionName).toBe('com.atlassian.bitbucket.AuthorisationException');
      bb.grantProject('PROJ', 'svc-tfe', 'PROJECT_ADMIN');
      expect((await call(perms('PROJ/app', 'name=dev&permission=REPO_READ'), { method: 'PUT', auth: basic(SVC) })).status).toBe(204);
      bb.grantRepository('OTHER/tools', 'dev', 'REPO_ADMIN');
      expect((await call(perms('OTHER/tools', 'name=svc-tfe&permission=REPO_WRITE'), { method: 'PUT', auth: basic(DEV) })).status).toBe(204);

      const missing = await call(perms('PROJ/gone', 'name=dev&permission=REPO_READ'), { method: 'PUT', auth: basic(ADMIN) });
      expect(missing.status).toBe(404);
      expect(missing.body.errors[0].exceptionName).toBe('com.atlassian.bitbucket.repository.NoSuchRepositoryException');
      const badLevel = await call(perms('PROJ/app', 'name=dev&permission=PROJECT_ADMIN'), { method: 'PUT', auth: basic(ADMIN) });
      expect(badLevel.status).toBe(400);
      const noUser = await call(perms('PROJ/app', 'name=ghost&permission=REPO_READ'), { method: 'PUT', auth: basic(ADMIN) });
      expect(noUser.status).toBe(404);
    });

    test('project permissions: same three operations on /projects/{p}/permissions/users', async () => {
      const url = (q: string) => `${bb.url}/rest/api/1.0/projects/PROJ/permissions/users?${q}`;
      expect((await call(url('name=svc-tfe&permission=PROJECT_WRITE'), { method: 'PUT', auth: basic(ADMIN) })).status).toBe(204);
      expect(bb.state.projects.find((p) => p.key === 'PROJ')!.permissions).toEqual({ 'svc-tfe': 'PROJECT_WRITE' });
      const list = await call(url('filter=svc'), { auth: basic(ADMIN) });
      expect(list.body.values).toEqual([{ user: expect.objectContaining({ name: 'svc-tfe' }), permission: 'PROJECT_WRITE' }]);
      expect((await call(url('name=svc-tfe'), { method: 'DELETE', auth: basic(ADMIN) })).status).toBe(204);
      expect(bb.state.projects.find((p) => p.key === 'PROJ')!.permissions).toEqual({});
      expect((await call(url('name=dev&permission=PROJECT_READ'), { method: 'PUT', auth: basic(DEV) })).status).toBe(401);
      const missing = await call(`${bb.url}/rest/api/1.0/projects/NOPE/permissions/users?name=dev&permission=PROJECT_READ`, { method: 'PUT', auth: basic(ADMIN) });
      expect(missing.status).toBe(404);
      expect(missing.body.errors[0].exceptionName).toBe('com.atlassian.bitbucket.project.NoSuchProjectException');
    });
  });

  describe('webhooks', () => {
    const hook = { name: 'TFE', url: 'https://tfe.example.com/webhooks/vcs/1', events: ['repo:refs_changed'], active: true };

    test('without REPO_ADMIN: 401 AuthorisationException, exactly the support article\'s body', async () => {
      bb.grantRepository('PROJ/app', 'svc-tfe', 'REPO_WRITE');
      for (const method of ['GET', 'POST']) {
        const answer = await call(repoUrl('PROJ/app', '/webhooks'), { method, auth: basic(SVC), body: method === 'POST' ? hook : undefined });
        expect(answer.status).toBe(401);
        expect(answer.text).toBe('{"errors":[{"context":null,"message":"You are not permitted to access this resource","exceptionName":"com.atlassian.bitbucket.AuthorisationException"}]}');
      }
      expect(bb.webhooksOf('PROJ/app')).toEqual([]);
    });

    test('with REPO_ADMIN (direct, through PROJECT_ADMIN, or global admin): create, list, delete; the creator is recorded', async () => {
      bb.grantRepository('PROJ/app', 'svc-tfe', 'REPO_ADMIN');
      const created = await call(repoUrl('PROJ/app', '/webhooks'), { method: 'POST', auth: basic(SVC), body: hook });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ id: expect.any(Number), name: 'TFE', url: hook.url, events: hook.events, active: true, scopeType: 'repository' });
      expect(bb.webhooksOf('PROJ/app')).toEqual([expect.objectContaining({ id: created.body.id, createdBy: 'svc-tfe' })]);

      const list = await call(repoUrl('PROJ/app', '/webhooks'), { auth: basic(SVC) });
      expect(list.body).toMatchObject({ size: 1, isLastPage: true, values: [{ id: created.body.id }] });

      bb.grantProject('PROJ', 'dev', 'PROJECT_ADMIN');
      expect((await call(repoUrl('PROJ/infra', '/webhooks'), { method: 'POST', auth: basic(DEV), body: hook })).status).toBe(200);
      expect((await call(repoUrl('OTHER/tools', '/webhooks'), { method: 'POST', auth: basic(ADMIN), body: hook })).status).toBe(200);

      const invalid = await call(repoUrl('PROJ/app', '/webhooks'), { method: 'POST', auth: basic(SVC), body: { name: 'x' } });
      expect(invalid.status).toBe(400);

      expect((await call(repoUrl('PROJ/app', `/webhooks/${created.body.id}`), { method: 'DELETE', auth: basic(SVC) })).status).toBe(204);
      expect(bb.webhooksOf('PROJ/app')).toEqual([]);
      expect((await call(repoUrl('PROJ/app', `/webhooks/${created.body.id}`), { method: 'DELETE', auth: basic(SVC) })).status).toBe(404);
      expect((await call(repoUrl('PROJ/none', '/webhooks'), { auth: basic(ADMIN) })).status).toBe(404);
    });

    test('revoking the grant by hand brings the 401 back', async () => {
      bb.grantRepository('PROJ/app', 'svc-tfe', 'REPO_ADMIN');
      expect((await call(repoUrl('PROJ/app', '/webhooks'), { auth: basic(SVC) })).status).toBe(200);
      bb.revokePermission('PROJ/app', 'svc-tfe');
      expect((await call(repoUrl('PROJ/app', '/webhooks'), { auth: basic(SVC) })).status).toBe(401);
    });
  });

  test('renaming a repository keeps its grants and webhooks; deleting it makes every path 404', async () => {
    bb.grantRepository('PROJ/app', 'svc-tfe', 'REPO_ADMIN');
    await call(repoUrl('PROJ/app', '/webhooks'), { method: 'POST', auth: basic(SVC), body: { name: 'h', url: 'https://x.example.com/h', events: ['repo:refs_changed'] } });
    const before = bb.repository('PROJ/app')!;
    bb.renameRepository('PROJ/app', 'PROJ/app2');
    expect(bb.repository('PROJ/app')).toBeUndefined();
    expect(bb.repository('PROJ/app2')!.id).toBe(before.id);
    expect(bb.grantHolders('PROJ/app2')).toEqual({ 'svc-tfe': 'REPO_ADMIN' });
    expect(bb.webhooksOf('PROJ/app2')).toHaveLength(1);
    expect((await call(repoUrl('PROJ/app', '/permissions/users?filter=svc'), { auth: basic(ADMIN) })).status).toBe(404);
    expect((await call(repoUrl('PROJ/app2', '/permissions/users?filter=svc'), { auth: basic(ADMIN) })).status).toBe(200);
    bb.deleteRepository('PROJ/app2');
    expect((await call(repoUrl('PROJ/app2'), { auth: basic(ADMIN) })).status).toBe(404);
  });

  describe('application links', () => {
    const linksUrl = () => `${bb.url}/rest/applinks/3.0/applicationlink`;
    const tfeUrl = 'https://tfe.example.com/app/my-org';

    test('PUT creates the link under the id derived from its URL; a second PUT is a duplicate (400)', async () => {
      const created = await call(linksUrl(), { method: 'PUT', auth: basic(ADMIN), body: { name: 'TFE', rpcUrl: tfeUrl, displayUrl: tfeUrl, typeId: 'generic' } });
      expect(created.status).toBe(201);
      const id = applicationLinkId(tfeUrl);
      expect(created.body['resources-created']).toEqual([{ href: `${bb.url}/rest/applinks/3.0/applicationlink/${id}` }]);
      expect(bb.applicationLink(id)).toMatchObject({ name: 'TFE', rpcUrl: tfeUrl, typeId: 'generic' });

      const duplicate = await call(linksUrl(), { method: 'PUT', auth: basic(ADMIN), body: { name: 'TFE again', rpcUrl: `${tfeUrl}/`, typeId: 'generic' } });
      expect(duplicate.status).toBe(400);
      expect(duplicate.text).toContain('applinks.error.duplicate.url');

      const list = await call(linksUrl(), { auth: basic(ADMIN) });
      expect(list.body).toEqual({ applicationLinks: [{ id, name: 'TFE', rpcUrl: tfeUrl, displayUrl: tfeUrl, typeId: 'generic', system: false, primary: true }] });
      const one = await call(`${linksUrl()}/${id}`, { auth: basic(ADMIN) });
      expect(one.status).toBe(200);
      expect(one.body.id).toBe(id);
    });

    test('answers XML unless asked for JSON; needs an administrator', async () => {
      await call(linksUrl(), { method: 'PUT', auth: basic(ADMIN), body: { name: 'TFE', rpcUrl: tfeUrl, typeId: 'generic' } });
      const xml = await call(linksUrl(), { auth: basic(ADMIN), accept: '*/*' });
      expect(xml.status).toBe(200);
      expect(xml.headers.get('content-type')).toMatch(/xml/);
      expect(xml.text).toMatch(/^<\?xml/);
      expect(xml.text).toContain(`<id>${applicationLinkId(tfeUrl)}</id>`);
      const denied = await call(linksUrl(), { auth: basic(SVC) });
      expect(denied.status).toBe(401);
      expect((await call(linksUrl(), {})).status).toBe(401);
    });

    test('unknown id: GET 500; POST updates name and refuses another rpcUrl; DELETE answers 200', async () => {
      expect((await call(`${linksUrl()}/00000000-0000-3000-8000-000000000000`, { auth: basic(ADMIN) })).status).toBe(500);
      await call(linksUrl(), { method: 'PUT', auth: basic(ADMIN), body: { name: 'TFE', rpcUrl: tfeUrl, typeId: 'generic' } });
      const id = applicationLinkId(tfeUrl);
      const renamed = await call(`${linksUrl()}/${id}`, { method: 'POST', auth: basic(ADMIN), body: { name: 'Terraform', rpcUrl: tfeUrl, displayUrl: 'https://tfe.example.com', typeId: 'generic' } });
      expect(renamed.status).toBe(200);
      expect(bb.applicationLink(id)).toMatchObject({ name: 'Terraform', displayUrl: 'https://tfe.example.com' });
      const moved = await call(`${linksUrl()}/${id}`, { method: 'POST', auth: basic(ADMIN), body: { name: 'Terraform', rpcUrl: 'https://other.example.com' } });
      expect(moved.status).toBe(400);
      expect((await call(`${linksUrl()}/${id}`, { method: 'DELETE', auth: basic(ADMIN) })).status).toBe(200);
      expect(bb.state.applicationLinks).toEqual([]);
    });

    test('incoming consumer: PUT 201, GET lists it with the key as Base64 DER, DELETE is 405, the status PUT removes it', async () => {
      const keys = rsaPair();
      await call(linksUrl(), { method: 'PUT', auth: basic(ADMIN), body: { name: 'TFE', rpcUrl: tfeUrl, typeId: 'generic' } });
      const id = applicationLinkId(tfeUrl);
      const consumerUrl = `${bb.url}/rest/applinks-oauth/1.0/applicationlink/${id}/authentication/consumer`;
      expect((await call(consumerUrl, { auth: basic(ADMIN) })).body).toEqual({ consumers: [] });

      const put = await call(consumerUrl, { method: 'PUT', auth: basic(ADMIN), body: { key: 'tfe-key', name: 'TFE', publicKey: keys.publicPem, outgoing: false, twoLOAllowed: false } });
      expect(put.status).toBe(201);
      const got = await call(consumerUrl, { auth: basic(ADMIN) });
      expect(got.body.consumers).toEqual([expect.objectContaining({ key: 'tfe-key', name: 'TFE', publicKey: keys.publicDer64, outgoing: false, twoLOAllowed: false })]);
      expect(got.body.consumers[0].publicKey).not.toMatch(/-----|\n/);
      expect(bb.verifyConsumer('tfe-key', keys.privatePem)).toBe(true);
      expect(bb.verifyConsumer('tfe-key', rsaPair().privatePem)).toBe(false);
      expect(bb.verifyConsumer('other-key', keys.privatePem)).toBe(false);

      // The same key sent as bare Base64 is the same consumer.
      expect((await call(consumerUrl, { method: 'PUT', auth: basic(ADMIN), body: { key: 'tfe-key', name: 'TFE', publicKey: keys.publicDer64, outgoing: false, twoLOAllowed: false } })).status).toBe(201);
      expect(bb.consumerOf(id)?.publicKey).toBe(keys.publicDer64);

      const del = await call(consumerUrl, { method: 'DELETE', auth: basic(ADMIN) });
      expect(del.status).toBe(405);
      expect(bb.consumerOf(id)).toBeDefined();

      const access = bb.issueOAuthAccessToken('tfe-key', 'svc-tfe');
      expect(bb.oauthAccessProblem(access.token)).toBeUndefined();
      const off = { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false };
      const status = await call(`${bb.url}/rest/applinks/3.0/status/${id}/oauth`, { method: 'PUT', auth: basic(ADMIN), body: { incoming: off, outgoing: off } });
      expect(status.status).toBe(204);
      expect(bb.consumerOf(id)).toBeUndefined();
      expect((await call(consumerUrl, { auth: basic(ADMIN) })).body).toEqual({ consumers: [] });
      expect(bb.oauthAccessProblem(access.token)).toBe('token_rejected');
      expect(bb.state.oauthAccessTokens[0].revoked?.reason).toMatch(/incoming OAuth was disabled/);
      // Idempotent, and 404 for a link that does not exist.
      expect((await call(`${bb.url}/rest/applinks/3.0/status/${id}/oauth`, { method: 'PUT', auth: basic(ADMIN), body: { incoming: off, outgoing: off } })).status).toBe(204);
      expect((await call(`${bb.url}/rest/applinks/3.0/status/00000000-0000-3000-8000-000000000000/oauth`, { method: 'PUT', auth: basic(ADMIN), body: { incoming: off, outgoing: off } })).status).toBe(404);
    });

    test('deleting a link deletes its consumer, even when another link names the same key', async () => {
      const keys = rsaPair();
      const other = 'https://tfe.example.com/app/other-org';
      for (const rpcUrl of [tfeUrl, other]) {
        await call(linksUrl(), { method: 'PUT', auth: basic(ADMIN), body: { name: rpcUrl, rpcUrl, typeId: 'generic' } });
        const consumerUrl = `${bb.url}/rest/applinks-oauth/1.0/applicationlink/${applicationLinkId(rpcUrl)}/authentication/consumer`;
        await call(consumerUrl, { method: 'PUT', auth: basic(ADMIN), body: { key: 'shared', name: 'TFE', publicKey: keys.publicPem, outgoing: false, twoLOAllowed: false } });
      }
      bb.deleteApplicationLink(applicationLinkId(tfeUrl));
      expect(bb.consumerOf(applicationLinkId(other))).toBeUndefined();
    });

    test('a PKCS#1 public key is refused (Atlassian reads the key as X.509)', async () => {
      await call(linksUrl(), { method: 'PUT', auth: basic(ADMIN), body: { name: 'TFE', rpcUrl: tfeUrl, typeId: 'generic' } });
      const pkcs1 = rsaPair().publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
      const consumerUrl = `${bb.url}/rest/applinks-oauth/1.0/applicationlink/${applicationLinkId(tfeUrl)}/authentication/consumer`;
      const answer = await call(consumerUrl, { method: 'PUT', auth: basic(ADMIN), body: { key: 'k', name: 'TFE', publicKey: pkcs1, outgoing: false, twoLOAllowed: false } });
      expect(answer.status).toBe(400);
    });
  });

  describe('user SSH keys (/rest/ssh/latest/keys)', () => {
    test('create 201, identical material for any user 409, read 200/404, list paged, delete 204', async () => {
      const key = openSsh(rsaPair(2048).publicKey, 'svc@tfe');
      const created = await call(`${bb.url}/rest/ssh/latest/keys?user=svc-tfe`, { method: 'POST', auth: basic(ADMIN), body: { text: key, label: 'TFE clone key' } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: expect.any(Number), text: key, label: 'TFE clone key', algorithmType: 'RSA', bitLength: 2048 });
      expect(bb.sshKeysOf('svc-tfe')).toHaveLength(1);

      const again = await call(`${bb.url}/rest/ssh/latest/keys?user=dev`, { method: 'POST', auth: basic(ADMIN), body: { text: key.replace('svc@tfe', 'other comment'), label: 'x' } });
      expect(again.status).toBe(409);
      expect(again.body.errors[0].message).toBeTruthy();

      const read = await call(`${bb.url}/rest/ssh/latest/keys/${created.body.id}`, { auth: basic(ADMIN) });
      expect(read.status).toBe(200);
      expect(read.body.id).toBe(created.body.id);
      expect((await call(`${bb.url}/rest/ssh/latest/keys/9999`, { auth: basic(ADMIN) })).status).toBe(404);

      const second = await call(`${bb.url}/rest/ssh/latest/keys?user=svc-tfe`, { method: 'POST', auth: basic(ADMIN), body: { text: openSsh(rsaPair().publicKey, 'second') } });
      expect(second.status).toBe(201);
      expect(second.body.label).toBe('second');
      const listed = await call(`${bb.url}/rest/ssh/latest/keys?user=svc-tfe&limit=1`, { auth: basic(ADMIN) });
      expect(listed.body).toMatchObject({ size: 1, isLastPage: false, nextPageStart: 1, values: [{ id: created.body.id }] });

      expect((await call(`${bb.url}/rest/ssh/latest/keys/${created.body.id}`, { method: 'DELETE', auth: basic(ADMIN) })).status).toBe(204);
      expect(bb.sshKeysOf('svc-tfe').map((k) => k.id)).toEqual([second.body.id]);
      // The 9.2 description: deleting a key that does not exist is also 204.
      expect((await call(`${bb.url}/rest/ssh/latest/keys/${created.body.id}`, { method: 'DELETE', auth: basic(ADMIN) })).status).toBe(204);
    });

    test('invalid material is 400; another user\'s keys need an administrator; an unknown user is 404', async () => {
      expect((await call(`${bb.url}/rest/ssh/latest/keys?user=svc-tfe`, { method: 'POST', auth: basic(ADMIN), body: { text: 'ssh-rsa AAAAnotakey' } })).status).toBe(400);
      const key = openSsh(rsaPair().publicKey, 'k');
      expect((await call(`${bb.url}/rest/ssh/latest/keys?user=svc-tfe`, { method: 'POST', auth: basic(DEV), body: { text: key } })).status).toBe(401);
      expect((await call(`${bb.url}/rest/ssh/latest/keys?user=ghost`, { method: 'POST', auth: basic(ADMIN), body: { text: key } })).status).toBe(404);
      const own = await call(`${bb.url}/rest/ssh/latest/keys`, { method: 'POST', auth: basic(DEV), body: { text: key } });
      expect(own.status).toBe(201);
      expect(bb.sshKeysOf('dev')).toHaveLength(1);
    });
  });
});

describe('TFE fake', () => {
  let bb: FakeBitbucketDc;
  let tfe: FakeTfe;
  const TOKEN = 'tfe-team-token';
  const ORG = 'my-org';
  let keys: ReturnType<typeof rsaPair>;

  beforeEach(async () => {
    bb = await startFakeBitbucketDc({ users: [ADMIN, SVC, DEV], repositories: ['PROJ/app', 'PROJ/infra'], contextPath: '/bitbucket' });
    tfe = await startFakeTfe({ organization: ORG, token: TOKEN, bitbucket: bb });
    keys = rsaPair();
  });
  afterEach(async () => {
    await tfe.close();
    await bb.close();
  });

  const api = (path: string, init: { method?: string; body?: unknown; token?: string | null } = {}) =>
    call(`${tfe.url}/api/v2${path}`, {
      method: init.method,
      body: init.body,
      auth: init.token === null ? undefined : `Bearer ${init.token ?? TOKEN}`,
      accept: 'application/vnd.api+json',
      contentType: 'application/vnd.api+json',
    });

  /** Application link with the client's key and public key, as the connect construct creates it. */
  async function linkBitbucket(consumerKey = 'tfe-consumer') {
    const appUrl = `${tfe.url}/app/${ORG}`;
    await call(`${bb.url}/rest/applinks/3.0/applicationlink`, { method: 'PUT', auth: basic(ADMIN), body: { name: 'TFE', rpcUrl: appUrl, typeId: 'generic' } });
    const id = applicationLinkId(appUrl);
    const consumer = await call(`${bb.url}/rest/applinks-oauth/1.0/applicationlink/${id}/authentication/consumer`, {
      method: 'PUT',
      auth: basic(ADMIN),
      body: { key: consumerKey, name: 'TFE', publicKey: keys.publicPem, outgoing: false, twoLOAllowed: false },
    });
    expect(consumer.status).toBe(201);
    return id;
  }

  async function createClient(overrides: Record<string, unknown> = {}) {
    const answer = await api(`/organizations/${ORG}/oauth-clients`, {
      method: 'POST',
      body: {
        data: {
          type: 'oauth-clients',
          attributes: {
            'service-provider': 'bitbucket_data_center',
            name: 'Bitbucket',
            'http-url': bb.url,
            'api-url': bb.apiUrl,
            key: 'tfe-consumer',
            secret: keys.privatePem,
            'rsa-public-key': keys.publicPem,
            'organization-scoped': true,
            ...overrides,
          },
        },
      },
    });
    expect(answer.status).toBe(201);
    return answer.body.data;
  }

  const workspaceBody = (name: string, tokenId: string, identifier = 'PROJ/app', extra: Record<string, unknown> = {}) => ({
    data: { type: 'workspaces', attributes: { name, 'queue-all-runs': true, 'vcs-repo': { identifier, 'oauth-token-id': tokenId, branch: '' }, ...extra } },
  });

  test('no token 401, a wrong token or another organization 404 with TFE\'s body; the organization reads 200', async () => {
    const none = await api(`/organizations/${ORG}/oauth-clients`, { token: null });
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ errors: [{ status: '401', title: 'unauthorized' }] });
    const wrong = await api(`/organizations/${ORG}/oauth-clients`, { token: 'nope' });
    expect(wrong.status).toBe(404);
    expect(wrong.body).toEqual({ errors: [{ status: '404', title: 'not found' }] });
    expect((await api('/organizations/someone-else/oauth-clients')).status).toBe(404);
    const org = await api(`/organizations/${ORG}`);
    expect(org.status).toBe(200);
    expect(org.body.data).toMatchObject({ id: ORG, type: 'organizations' });
    expect(org.headers.get('content-type')).toMatch(/application\/vnd\.api\+json/);
    expect(tfe.hostname).toBe(new URL(tfe.url).host);
  });

  test('OAuth clients: create 201 (never returning the secret), read, list paged, patch, delete 204', async () => {
    const client = await createClient();
    expect(client.id).toMatch(/^oc-[A-Za-z0-9]{16}$/);
    expect(client.attributes).toMatchObject({
      'service-provider': 'bitbucket_data_center',
      'service-provider-display-name': 'Bitbucket Data Center',
      'http-url': bb.url,
      'api-url': bb.apiUrl,
      key: 'tfe-consumer',
      'rsa-public-key': keys.publicPem,
      'organization-scoped': true,
    });
    expect(client.attributes['callback-url']).toMatch(new RegExp(`^https://${tfe.hostname.replace('.', '\\.')}/auth/[0-9a-f-]{36}/callback$`));
    expect(client.attributes['connect-path']).toMatch(/^\/auth\/[0-9a-f-]{36}\?organization_id=/);
    expect(client.attributes).not.toHaveProperty('secret');
    expect(client.relationships['oauth-tokens'].data).toEqual([]);
    expect(tfe.clients()[0].secret).toBe(keys.privatePem);

    await createClient({ name: 'second' });
    const page1 = await api(`/organizations/${ORG}/oauth-clients?page%5Bsize%5D=1`);
    expect(page1.body.data).toHaveLength(1);
    expect(page1.body.meta.pagination).toMatchObject({ 'current-page': 1, 'total-pages': 2, 'total-count': 2, 'next-page': 2 });
    const page2 = await api(`/organizations/${ORG}/oauth-clients?page%5Bsize%5D=1&page%5Bnumber%5D=2`);
    expect(page2.body.data[0].attributes.name).toBe('second');

    const patched = await api(`/oauth-clients/${client.id}`, { method: 'PATCH', body: { data: { type: 'oauth-clients', attributes: { name: 'renamed' } } } });
    expect(patched.status).toBe(200);
    expect((await api(`/oauth-clients/${client.id}`)).body.data.attributes.name).toBe('renamed');
    expect((await api(`/oauth-clients/${client.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/oauth-clients/${client.id}`)).status).toBe(404);
  });

  test('authorize needs an application link with the client\'s key and public key', async () => {
    const client = await createClient();
    expect(() => tfe.authorize(client.id, 'svc-tfe')).toThrow(/consumer_key_unknown/);
    await linkBitbucket('another-key');
    expect(() => tfe.authorize(client.id, 'svc-tfe')).toThrow(/consumer_key_unknown/);
    const mismatched = await createClient({ key: 'another-key', secret: rsaPair().privatePem });
    expect(() => tfe.authorize(mismatched.id, 'svc-tfe')).toThrow(/signature_invalid/);
    const good = await createClient({ key: 'another-key' });
    const token = tfe.authorize(good.id, 'svc-tfe');
    expect(token.id).toMatch(/^ot-/);
    expect((await api(`/oauth-clients/${good.id}`)).body.data.relationships['oauth-tokens'].data).toEqual([{ id: token.id, type: 'oauth-tokens' }]);
    const again = tfe.authorize(good.id, 'svc-tfe');
    expect(again.id).not.toBe(token.id);
    expect(tfe.tokens().map((t) => t.id)).toEqual([again.id]);
  });

  test('OAuth tokens: read, PATCH ssh-key (stored, never returned), list per client, delete', async () => {
    await linkBitbucket();
    const client = await createClient();
    const token = tfe.authorize(client.id, 'svc-tfe');
    const read = await api(`/oauth-tokens/${token.id}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({
      id: token.id,
      type: 'oauth-tokens',
      attributes: { 'has-ssh-key': false, 'service-provider-user': 'svc-tfe', uid: expect.any(String), 'created-at': expect.any(String) },
      relationships: { 'oauth-client': { data: { id: client.id, type: 'oauth-clients' } } },
    });
    const sshKey = rsaPair().privatePem;
    const patched = await api(`/oauth-tokens/${token.id}`, { method: 'PATCH', body: { data: { type: 'oauth-tokens', attributes: { 'ssh-key': sshKey } } } });
    expect(patched.status).toBe(200);
    expect(patched.body.data.attributes['has-ssh-key']).toBe(true);
    expect(patched.text).not.toContain('PRIVATE KEY');
    expect(tfe.tokens()[0].sshKey).toBe(sshKey);
    const list = await api(`/oauth-clients/${client.id}/oauth-tokens`);
    expect(list.body.data.map((t: any) => t.id)).toEqual([token.id]);
    expect((await api(`/oauth-tokens/${token.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/oauth-tokens/${token.id}`)).status).toBe(404);
  });

  test('linking a workspace fails with 422 without REPO_ADMIN (Bitbucket\'s 401) and succeeds with it', async () => {
    await linkBitbucket();
    const client = await createClient();
    const token = tfe.authorize(client.id, 'svc-tfe');
    bb.grantRepository('PROJ/app', 'svc-tfe', 'REPO_WRITE');

    const refused = await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: workspaceBody('app', token.id) });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].detail).toContain('401');
    expect(refused.body.errors[0].detail).toContain('com.atlassian.bitbucket.AuthorisationException');
    expect(tfe.workspaces()).toEqual([]);
    const hookCall = bb.requests.find((r) => r.method === 'POST' && r.path === '/rest/api/1.0/projects/PROJ/repos/app/webhooks');
    expect(hookCall).toMatchObject({ user: 'svc-tfe', status: 401 });

    bb.grantRepository('PROJ/app', 'svc-tfe', 'REPO_ADMIN');
    const created = await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: workspaceBody('app', token.id) });
    expect(created.status).toBe(201);
    expect(created.body.data.attributes['vcs-repo']).toMatchObject({ identifier: 'PROJ/app', 'oauth-token-id': token.id, 'service-provider': 'bitbucket_data_center' });
    const [hook] = bb.webhooksOf('PROJ/app');
    expect(hook).toMatchObject({ createdBy: 'svc-tfe', url: expect.stringContaining(`${tfe.url}/webhooks/vcs/`) });
    expect(tfe.workspace('app')).toMatchObject({ webhookId: hook.id, webhookRepository: 'PROJ/app', queueAllRuns: true });
    expect(tfe.runs).toEqual([expect.objectContaining({ workspaceName: 'app', status: 'pending' })]);
    expect((await api(`/organizations/${ORG}/workspaces/app`)).body.data.id).toBe(created.body.data.id);

    const duplicate = await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: workspaceBody('app', token.id) });
    expect(duplicate.status).toBe(422);
    expect(duplicate.body.errors[0].detail).toMatch(/already been taken/);
  });

  test('an unknown token, a missing repository and a revoked consumer all fail linking with 422', async () => {
    const linkId = await linkBitbucket();
    const client = await createClient();
    const token = tfe.authorize(client.id, 'svc-tfe');
    bb.grantProject('PROJ', 'svc-tfe', 'PROJECT_ADMIN');

    const unknown = await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: workspaceBody('a', 'ot-doesnotexist1234') });
    expect(unknown.status).toBe(422);
    const missing = await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: workspaceBody('b', token.id, 'PROJ/gone') });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].detail).toContain('NoSuchRepositoryException');

    const off = { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false };
    await call(`${bb.url}/rest/applinks/3.0/status/${linkId}/oauth`, { method: 'PUT', auth: basic(ADMIN), body: { incoming: off, outgoing: off } });
    const revoked = await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: workspaceBody('c', token.id) });
    expect(revoked.status).toBe(422);
    expect(revoked.body.errors[0].detail).toMatch(/token_rejected/);
    expect(tfe.workspaces()).toEqual([]);
  });

  test('PATCH relinks when the identifier changes; safe-delete is 409 while resources remain, then removes the webhook', async () => {
    await linkBitbucket();
    const client = await createClient();
    const token = tfe.authorize(client.id, 'svc-tfe');
    bb.grantProject('PROJ', 'svc-tfe', 'PROJECT_ADMIN');
    const created = await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: workspaceBody('app', token.id, 'PROJ/app', { 'tag-names': ['team:a'] }) });
    const id = created.body.data.id;

    const moved = await api(`/workspaces/${id}`, { method: 'PATCH', body: { data: { type: 'workspaces', attributes: { 'vcs-repo': { identifier: 'PROJ/infra', 'oauth-token-id': token.id } } } } });
    expect(moved.status).toBe(200);
    expect(bb.webhooksOf('PROJ/app')).toEqual([]);
    expect(bb.webhooksOf('PROJ/infra')).toHaveLength(1);
    expect(tfe.workspace('app')!.webhookId).toBe(bb.webhooksOf('PROJ/infra')[0].id);

    const branchOnly = await api(`/workspaces/${id}`, { method: 'PATCH', body: { data: { type: 'workspaces', attributes: { 'vcs-repo': { identifier: 'PROJ/infra', 'oauth-token-id': token.id, branch: 'main' } } } } });
    expect(branchOnly.body.data.attributes['vcs-repo'].branch).toBe('main');
    expect(bb.webhooksOf('PROJ/infra')).toHaveLength(1);

    tfe.setResourceCount('app', 3);
    const conflict = await api(`/workspaces/${id}/actions/safe-delete`, { method: 'POST' });
    expect(conflict.status).toBe(409);
    expect(conflict.body.errors[0]).toMatchObject({ status: '409', title: 'conflict' });
    expect(conflict.body.errors[0].detail).toMatch(/still managing resources/);
    tfe.setResourceCount('app', 0);
    expect((await api(`/workspaces/${id}/actions/safe-delete`, { method: 'POST' })).status).toBe(204);
    expect(tfe.workspaces()).toEqual([]);
    expect(bb.webhooksOf('PROJ/infra')).toEqual([]);
  });

  test('the workspace list pages as TFE does: 20 by default, at most 100, meta.pagination counts; by name and by id answer the same workspace', async () => {
    await linkBitbucket();
    const client = await createClient();
    const token = tfe.authorize(client.id, 'svc-tfe');
    bb.grantProject('PROJ', 'svc-tfe', 'PROJECT_ADMIN');
    for (let i = 0; i < 105; i++) {
      const answer = await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: i === 0 ? workspaceBody('linked', token.id, 'PROJ/app', { 'working-directory': 'envs/prod' }) : { data: { type: 'workspaces', attributes: { name: `ws-${i}` } } } });
      expect(answer.status).toBe(201);
    }
    const first = await api(`/organizations/${ORG}/workspaces`);
    expect(first.body.data).toHaveLength(20);
    expect(first.body.meta.pagination).toEqual({ 'current-page': 1, 'page-size': 20, 'prev-page': null, 'next-page': 2, 'total-pages': 6, 'total-count': 105 });
    const big = await api(`/organizations/${ORG}/workspaces?page%5Bsize%5D=500&page%5Bnumber%5D=2`);
    expect(big.body.data).toHaveLength(5);
    expect(big.body.meta.pagination).toMatchObject({ 'current-page': 2, 'page-size': 100, 'next-page': null, 'total-pages': 2, 'total-count': 105 });
    const [listed] = first.body.data;
    expect(listed.attributes['vcs-repo']).toMatchObject({ identifier: 'PROJ/app', branch: '', 'oauth-token-id': token.id, 'ingress-submodules': false });
    expect(first.body.data[1].attributes['vcs-repo']).toBeNull();

    // What the tfe provider's import reads: the workspace by <org>/<name>, then by its id.
    const byName = await api(`/organizations/${ORG}/workspaces/linked`);
    const byId = await api(`/workspaces/${listed.id}`);
    expect(byName.body).toEqual(byId.body);
    expect(byId.body.data).toEqual(listed);
    expect(byId.body.data.relationships.organization.data.id).toBe(ORG);
    expect((await api(`/organizations/${ORG}/workspaces/absent`)).status).toBe(404);
    expect((await api('/workspaces/ws-absent0000000000')).status).toBe(404);
  });

  test('workspaces list with paging; force delete; deleting the client drops every workspace\'s VCS link', async () => {
    await linkBitbucket();
    const client = await createClient();
    const token = tfe.authorize(client.id, 'svc-tfe');
    bb.grantProject('PROJ', 'svc-tfe', 'PROJECT_ADMIN');
    await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: workspaceBody('one', token.id) });
    await api(`/organizations/${ORG}/workspaces`, { method: 'POST', body: { data: { type: 'workspaces', attributes: { name: 'two', 'queue-all-runs': true } } } });
    expect(tfe.runs.map((r) => r.workspaceName)).toEqual(['one']);
    const page = await api(`/organizations/${ORG}/workspaces?page%5Bsize%5D=1&page%5Bnumber%5D=2`);
    expect(page.body.data.map((w: any) => w.attributes.name)).toEqual(['two']);
    expect(page.body.meta.pagination['total-count']).toBe(2);

    expect((await api(`/oauth-clients/${client.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(tfe.tokens()).toEqual([]);
    const one = tfe.workspace('one')!;
    expect(one.vcsRepo).toBeNull();
    expect(one.lostVcsRepo).toMatchObject({ vcsRepo: { identifier: 'PROJ/app' }, reason: expect.stringMatching(/deleted/) });
    expect((await api(`/organizations/${ORG}/workspaces/one`)).body.data.attributes['vcs-repo']).toBeNull();

    expect((await api(`/workspaces/${one.id}`, { method: 'DELETE' })).status).toBe(204);
    await tfe.deleteWorkspace('two');
    expect(tfe.workspaces()).toEqual([]);
  });
});
