import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ApplyRequest,
  PlanRequest,
  ProviderError,
  ProviderSchemaJson,
  StandInProvider,
  TfObject,
  TfValue,
  UNKNOWN,
} from '../harness/types';
import { createMergePatch, gjsonGet, goJson, Json, mergePatch } from './json-tools';
import { expandBody, expandBodyOrPath, restfulProvider } from './restful';
import { tfeProvider } from './tfe';
import { tlsProvider } from './tls';

// ---------------------------------------------------------------------------------------------------------------
// A scripted local HTTP server

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
type Handler = (req: Seen) => { status: number; body?: unknown; raw?: string } | undefined;

class ScriptServer {
  readonly seen: Seen[] = [];
  handler: Handler = () => undefined;
  private server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      this.seen.push(s);
      const r = this.handler(s) ?? { status: 404, body: { errors: [{ status: '404', title: 'not found' }] } };
      const text = r.raw ?? (r.body === undefined ? '' : JSON.stringify(r.body));
      res.writeHead(r.status, { 'Content-Type': 'application/json' });
      res.end(text);
    });
  });
  port = 0;
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  /** Requests other than the client's ping. */
  calls(): Seen[] {
    return this.seen.filter((s) => !s.url.endsWith('/ping'));
  }
}

function blockAttrs(schema: ProviderSchemaJson, kind: 'resource_schemas' | 'data_source_schemas', type: string): string[] {
  const block = (schema[kind]?.[type]?.block ?? {}) as { attributes?: Record<string, unknown>; block_types?: Record<string, unknown> };
  return [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})];
}

/** A full object for a resource type: every schema attribute null unless given. */
function obj(p: StandInProvider, type: string, values: Record<string, TfValue>, kind: 'resource_schemas' | 'data_source_schemas' = 'resource_schemas'): TfObject {
  const out: TfObject = {};
  for (const n of blockAttrs(p.schema, kind, type)) out[n] = null;
  return { ...out, ...values };
}

/** The proposed new state Terraform would send: configuration, with prior values for unset computed attributes. */
function proposed(p: StandInProvider, type: string, config: TfObject, prior: TfObject | null): TfObject {
  const block = p.schema.resource_schemas?.[type]?.block as { attributes: Record<string, { computed?: boolean }> };
  const out = { ...config };
  for (const [n, a] of Object.entries(block.attributes)) {
    if (a.computed && (config[n] === null || config[n] === undefined)) out[n] = prior ? prior[n] : null;
  }
  return out;
}

async function plan(p: StandInProvider, type: string, config: TfObject, prior: TfObject | null, providerConfig: TfObject) {
  const b = p.resources[type];
  const req: PlanRequest = { typeName: type, prior, proposed: proposed(p, type, config, prior), config, providerConfig };
  if (!b.plan) throw new Error('no plan');
  return b.plan(req);
}

async function apply(p: StandInProvider, type: string, config: TfObject | null, prior: TfObject | null, providerConfig: TfObject) {
  const planned = config === null ? null : (await plan(p, type, config, prior, providerConfig)).planned;
  const req: ApplyRequest = { typeName: type, prior, planned, config, providerConfig };
  return p.resources[type].apply(req);
}

async function expectProviderError(promise: Promise<unknown>, summary: string | RegExp): Promise<ProviderError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ProviderError);
    const pe = e as ProviderError;
    if (typeof summary === 'string') expect(pe.summary).toBe(summary);
    else expect(pe.summary).toMatch(summary);
    return pe;
  }
  throw new Error('expected a ProviderError');
}

// ---------------------------------------------------------------------------------------------------------------
// JSON helpers

describe('json tools', () => {
  test('gjson queries used as read selectors', () => {
    const doc = JSON.parse(
      '{"applicationLinks":[{"id":"x","name":"a"},{"id":"abc","name":"b"}],"values":[{"user":{"name":"svc"},"permission":"REPO_ADMIN"}]}',
    ) as Json;
    expect(gjsonGet(doc, 'applicationLinks.#(id=="abc")').value).toEqual({ id: 'abc', name: 'b' });
    expect(gjsonGet(doc, 'applicationLinks.#(id=="nope")').exists).toBe(false);
    expect(gjsonGet(doc, 'values.#(user.name=="svc").permission').value).toBe('REPO_ADMIN');
    expect(gjsonGet(doc, 'applicationLinks.#').value).toBe(2);
    expect(gjsonGet(doc, 'applicationLinks.#.id').value).toEqual(['x', 'abc']);
    expect(gjsonGet(doc, 'applicationLinks.1.name').value).toBe('b');
    expect(gjsonGet(doc, 'applicationLinks.#(name%"*")#').value).toHaveLength(2);
  });

  test('merge patches as evanphx/json-patch builds and applies them', () => {
    expect(createMergePatch({ a: 1, b: { c: 2, d: 3 }, e: [1] }, { a: 1, b: { c: 5, d: 3 }, f: 1 })).toEqual({ b: { c: 5 }, e: null, f: 1 });
    expect(mergePatch({ a: 1, b: 2 }, { b: null, c: { d: null, e: 1 } })).toEqual({ a: 1, c: { e: 1 } });
  });

  test('Go JSON sorts keys and escapes HTML characters', () => {
    expect(goJson({ b: 1, a: '<&>' })).toBe('{"a":"\\u003c\\u0026\\u003e","b":1}');
  });

  test('path and body parameters', () => {
    const body = '{"id":"a b/c","n":7}';
    expect(expandBodyOrPath('$(path)/$(body.id)', '/things', body)).toBe('/things/a%20b%2Fc');
    expect(expandBodyOrPath('$(path)/$query_escape(body.id)', '/things', body)).toBe('/things/a+b%2Fc');
    expect(expandBody('id=$(body.n)', body)).toBe('id=7');
    expect(expandBody('$(body.id)', '')).toBe('$(body.id)');
    expect(() => expandBodyOrPath('$(body.missing)', '/x', body)).toThrow(/no property found/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// restful

describe('restful stand-in', () => {
  const srv = new ScriptServer();
  const p = restfulProvider();
  let pc: TfObject;
  beforeAll(async () => {
    await srv.start();
  });
  afterAll(async () => srv.stop());
  beforeEach(() => {
    srv.seen.length = 0;
    srv.handler = () => undefined;
    pc = obj(p, '', {});
    pc = { base_url: `${srv.base}/api`, header: { 'X-Provider': 'p' }, security: { http: { basic: { username: 'u', password: 'pw' }, token: null }, apikey: null, oauth2: null } };
  });

  const res = (v: Record<string, TfValue>): TfObject => obj(p, 'restful_resource', v);

  test('plan on create: id and output unknown', async () => {
    const r = await plan(p, 'restful_resource', res({ path: '/things', body: { name: 'x' } }), null, pc);
    expect(r.planned?.id).toBe(UNKNOWN);
    expect(r.planned?.output).toBe(UNKNOWN);
    expect(r.requiresReplace ?? []).toEqual([]);
  });

  test('create POSTs the body, builds the id from read_path, reads back without refreshing body', async () => {
    srv.handler = (s) => {
      if (s.method === 'POST' && s.url === '/api/things') return { status: 201, body: { id: 'abc', name: 'x', extra: 1 } };
      if (s.method === 'GET' && s.url === '/api/things/abc') return { status: 200, body: { id: 'abc', name: 'server', extra: 2 } };
      return undefined;
    };
    const config = res({ path: '/things', read_path: '$(path)/$(body.id)', body: { name: 'x' } });
    const out = await apply(p, 'restful_resource', config, null, pc);
    const st = out.newState as TfObject;
    expect(st.id).toBe('/things/abc');
    expect(st.body).toEqual({ name: 'x' });
    expect(st.output).toEqual({ id: 'abc', name: 'server', extra: 2 });
    const post = srv.seen[0];
    expect(JSON.parse(post.body)).toEqual({ name: 'x' });
    expect(post.headers['content-type']).toBe('application/json');
    expect(post.headers.accept).toBe('application/json');
    expect(post.headers['x-provider']).toBe('p');
    expect(post.headers.authorization).toBe(`Basic ${Buffer.from('u:pw').toString('base64')}`);
    expect(srv.seen[1].headers.accept).toBeUndefined();
  });

  test('read keeps only the declared body fields, with the values the server holds', async () => {
    srv.handler = (s) => (s.url === '/api/things/abc' ? { status: 200, body: { id: 'abc', name: 'changed', extra: 3, nested: { a: 1, b: 2 } } } : undefined);
    const current = res({ id: '/things/abc', path: '/things', body: { name: 'x', nested: { a: 0 } }, output: { id: 'abc' } });
    const r = await p.resources.restful_resource.read({ typeName: 'restful_resource', current, providerConfig: pc });
    expect(r.newState?.body).toEqual({ name: 'changed', nested: { a: 1 } });
    expect(r.newState?.output).toEqual({ id: 'abc', name: 'changed', extra: 3, nested: { a: 1, b: 2 } });
  });

  test('read falls back to the whole response when the declared shape does not fit', async () => {
    srv.handler = () => ({ status: 200, body: { list: [1, 2, 3], name: 'n' } });
    const current = res({ id: '/things/abc', path: '/things', body: { list: [1] }, output: null });
    const r = await p.resources.restful_resource.read({ typeName: 'restful_resource', current, providerConfig: pc });
    expect(r.newState?.body).toEqual({ list: [1, 2, 3], name: 'n' });
  });

  test('read: 404 removes the resource, 500 is an error with status and body', async () => {
    const current = res({ id: '/things/abc', path: '/things', body: { name: 'x' } });
    srv.handler = () => ({ status: 404, raw: 'gone' });
    expect((await p.resources.restful_resource.read({ typeName: 'restful_resource', current, providerConfig: pc })).newState).toBeNull();
    srv.handler = () => ({ status: 500, raw: 'boom' });
    const e = await expectProviderError(p.resources.restful_resource.read({ typeName: 'restful_resource', current, providerConfig: pc }), 'Read API returns 500');
    expect(e.detail).toBe('boom');
  });

  test('read_selector: a miss removes the resource, a hit selects the member', async () => {
    const current = res({
      id: '/rest/api/1.0/projects/P/repos/r/permissions/users?filter=svc',
      path: '/rest/api/1.0/projects/P/repos/r/permissions/users',
      read_selector: 'values.#(user.name=="svc")',
      body: { permission: 'REPO_ADMIN' },
    });
    srv.handler = () => ({ status: 200, body: { values: [{ user: { name: 'other' }, permission: 'REPO_ADMIN' }] } });
    expect((await p.resources.restful_resource.read({ typeName: 'restful_resource', current, providerConfig: pc })).newState).toBeNull();
    srv.handler = () => ({ status: 200, body: { values: [{ user: { name: 'svc' }, permission: 'REPO_WRITE' }] } });
    const r = await p.resources.restful_resource.read({ typeName: 'restful_resource', current, providerConfig: pc });
    expect(r.newState?.body).toEqual({ permission: 'REPO_WRITE' });
    expect(srv.seen.at(-1)?.url).toBe('/api/rest/api/1.0/projects/P/repos/r/permissions/users?filter=svc');
  });

  test('resource-level header replaces the provider header; token auth sends Bearer', async () => {
    srv.handler = () => ({ status: 200, body: {} });
    const current = res({ id: '/x', path: '/x', header: { 'X-Resource': 'r' }, body: {} });
    const tokenPc = { ...pc, security: { http: { basic: null, token: { token: 't0k', scheme: null } }, apikey: null, oauth2: null } };
    await p.resources.restful_resource.read({ typeName: 'restful_resource', current, providerConfig: tokenPc });
    const h = srv.seen[0].headers;
    expect(h['x-resource']).toBe('r');
    expect(h['x-provider']).toBeUndefined();
    expect(h.authorization).toBe('Bearer t0k');
  });

  test('update: PUT of the whole body; PATCH sends a merge patch; no call when the body is unchanged', async () => {
    srv.handler = (s) => (s.method === 'GET' ? { status: 200, body: { a: 1, b: 3 } } : { status: 200, body: {} });
    const prior = res({ id: '/things/1', path: '/things', body: { a: 1, b: 2 }, output: { a: 1, b: 2 } });
    await apply(p, 'restful_resource', res({ path: '/things', body: { a: 1, b: 3 } }), prior, pc);
    expect(srv.seen[0].method).toBe('PUT');
    expect(srv.seen[0].url).toBe('/api/things/1');
    expect(JSON.parse(srv.seen[0].body)).toEqual({ a: 1, b: 3 });

    srv.seen.length = 0;
    await apply(p, 'restful_resource', res({ path: '/things', update_method: 'PATCH', body: { a: 1, b: 3 } }), prior, pc);
    expect(srv.seen[0].method).toBe('PATCH');
    expect(JSON.parse(srv.seen[0].body)).toEqual({ b: 3 });

    srv.seen.length = 0;
    const out = await apply(p, 'restful_resource', res({ path: '/things', header: { 'X-New': '1' }, body: { a: 1, b: 2 } }), prior, pc);
    expect(srv.seen.map((s) => s.method)).toEqual(['GET']);
    expect(out.newState?.body).toEqual({ a: 1, b: 2 });
  });

  test('delete: DELETE at the id, 404 is success, other failures are errors', async () => {
    const prior = res({ id: '/things/1', path: '/things', body: { a: 1 } });
    srv.handler = () => ({ status: 404, raw: '' });
    await expect(apply(p, 'restful_resource', null, prior, pc)).resolves.toEqual({ newState: null });
    expect(srv.seen[0].method).toBe('DELETE');
    expect(srv.seen[0].url).toBe('/api/things/1');
    srv.handler = () => ({ status: 409, raw: 'busy' });
    await expectProviderError(apply(p, 'restful_resource', null, prior, pc), 'Delete API returns 409');
  });

  test('force_new_attrs replaces on a listed change, is skipped while the body is unknown; path replaces', async () => {
    const prior = res({ id: '/things/1', path: '/things', body: { a: 1, b: 2 }, output: {}, force_new_attrs: ['b'] });
    let r = await plan(p, 'restful_resource', res({ path: '/things', body: { a: 1, b: 3 }, force_new_attrs: ['b'] }), prior, pc);
    expect(r.requiresReplace).toContainEqual(['body']);
    r = await plan(p, 'restful_resource', res({ path: '/things', body: { a: 2, b: 2 }, force_new_attrs: ['b'] }), prior, pc);
    expect(r.requiresReplace ?? []).not.toContainEqual(['body']);
    expect(r.planned?.output).toBe(UNKNOWN);
    expect(r.planned?.id).toBe('/things/1');
    r = await plan(p, 'restful_resource', res({ path: '/things', body: UNKNOWN, force_new_attrs: ['b'] }), prior, pc);
    expect(r.requiresReplace ?? []).not.toContainEqual(['body']);
    r = await plan(p, 'restful_resource', res({ path: '/other', body: { a: 1, b: 2 }, force_new_attrs: ['b'] }), prior, pc);
    expect(r.requiresReplace).toContainEqual(['path']);
    r = await plan(p, 'restful_resource', res({ path: '/things', body: { a: 1, b: 2 }, force_new_attrs: ['b'] }), prior, pc);
    expect(r.planned).toEqual(prior);
  });

  test('a create followed by a read_selector miss fails the apply', async () => {
    srv.handler = (s) => (s.method === 'POST' ? { status: 200, body: { ok: true } } : { status: 200, body: { applicationLinks: [] } });
    const config = res({ path: '/links', read_path: '/links', read_selector: 'applicationLinks.#(id=="u1")', body: { name: 'x' } });
    await expectProviderError(apply(p, 'restful_resource', config, null, pc), 'Missing Resource State After Create');
  });

  test('create errors carry the status and the response body', async () => {
    srv.handler = () => ({ status: 400, raw: '{"errors":["duplicate"]}' });
    const e = await expectProviderError(apply(p, 'restful_resource', res({ path: '/x', body: {} }), null, pc), 'Create API returns 400');
    expect(e.detail).toBe('{"errors":["duplicate"]}');
  });

  test('ephemeral_body is merged into the request, kept out of state and output, and its change plans an update', async () => {
    srv.handler = (s) =>
      s.method === 'POST' ? { status: 200, body: { id: 'k1', label: 'x', secret: 's' } } : { status: 200, body: { id: 'k1', label: 'x', secret: 's' } };
    const config = res({ path: '/keys', read_path: '$(path)/$(body.id)', body: { label: 'x' }, ephemeral_body: { secret: 's' } });
    const pl = await plan(p, 'restful_resource', config, null, pc);
    expect(pl.planned?.ephemeral_body).toBeNull();
    const out = await p.resources.restful_resource.apply({ typeName: 'restful_resource', prior: null, planned: pl.planned, config, providerConfig: pc });
    expect(JSON.parse(srv.seen[0].body)).toEqual({ label: 'x', secret: 's' });
    const st = out.newState as TfObject;
    expect(st.ephemeral_body).toBeNull();
    expect(st.output).toEqual({ id: 'k1', label: 'x' });
    const same = await p.resources.restful_resource.plan!({
      typeName: 'restful_resource',
      prior: st,
      proposed: { ...proposed(p, 'restful_resource', config, st), ephemeral_body: null },
      config,
      priorPrivate: out.private,
      providerConfig: pc,
    });
    expect(same.planned).toEqual(st);
    const rotated = await p.resources.restful_resource.plan!({
      typeName: 'restful_resource',
      prior: st,
      proposed: { ...proposed(p, 'restful_resource', config, st), ephemeral_body: null },
      config: { ...config, ephemeral_body: { secret: 't' } },
      priorPrivate: out.private,
      providerConfig: pc,
    });
    expect(rotated.planned?.output).toBe(UNKNOWN);
  });

  test('import parses the JSON import spec', async () => {
    const st = await p.resources.restful_resource.importState!({
      typeName: 'restful_resource',
      id: JSON.stringify({ id: '/x/1', path: '/x', body: { a: null } }),
      providerConfig: pc,
    });
    expect(st).toMatchObject({ id: '/x/1', path: '/x', body: { a: null } });
    await expectProviderError(
      p.resources.restful_resource.importState!({ typeName: 'restful_resource', id: '{"id":"/x"}', providerConfig: pc }),
      'Resource Import Error',
    );
  });

  const op = (v: Record<string, TfValue>): TfObject => obj(p, 'restful_operation', v);

  test('operation: sends method/path/body on create and on a body change; destroy without delete_method sends nothing', async () => {
    srv.handler = () => ({ status: 200, body: { done: true } });
    const config = op({
      path: '/oauth-tokens/ot-1',
      method: 'PATCH',
      operation_header: { 'Content-Type': 'application/vnd.api+json' },
      body: { data: { attributes: { 'ssh-key': 'k1' } } },
    });
    const created = (await apply(p, 'restful_operation', config, null, pc)).newState as TfObject;
    expect(created.id).toBe('/oauth-tokens/ot-1');
    expect(created.output).toEqual({ done: true });
    expect(srv.seen[0].method).toBe('PATCH');
    expect(srv.seen[0].headers['content-type']).toBe('application/vnd.api+json');
    expect(srv.seen[0].headers.accept).toBe('application/vnd.api+json');

    const same = await plan(p, 'restful_operation', config, created, pc);
    expect(same.planned).toEqual(created);
    const changed = { ...config, body: { data: { attributes: { 'ssh-key': 'k2' } } } };
    const r = await plan(p, 'restful_operation', changed, created, pc);
    expect(r.planned?.output).toBe(UNKNOWN);
    expect((await plan(p, 'restful_operation', { ...config, path: '/oauth-tokens/ot-2' }, created, pc)).requiresReplace).toContainEqual(['path']);

    srv.seen.length = 0;
    await apply(p, 'restful_operation', null, created, pc);
    expect(srv.seen).toHaveLength(0);
    expect((await p.resources.restful_operation.read({ typeName: 'restful_operation', current: created, providerConfig: pc })).newState).toEqual(created);

    await apply(p, 'restful_operation', null, { ...created, delete_method: 'DELETE' }, pc);
    expect(srv.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['DELETE /api/oauth-tokens/ot-1']);
  });

  test('data source: selector and allow_not_exist', async () => {
    srv.handler = () => ({ status: 200, body: { applicationLinks: [{ id: 'u1', name: 'tfe' }] } });
    const ds = p.dataSources.restful_resource;
    const cfg = obj(p, 'restful_resource', { id: '/links', selector: 'applicationLinks.#(id=="u1")' }, 'data_source_schemas');
    expect((await ds.read({ typeName: 'restful_resource', config: cfg, providerConfig: pc })).output).toEqual({ id: 'u1', name: 'tfe' });
    await expectProviderError(
      ds.read({ typeName: 'restful_resource', config: { ...cfg, selector: 'applicationLinks.#(id=="u2")' }, providerConfig: pc }),
      '`selector` failed to select from the response',
    );
    const r = await ds.read({ typeName: 'restful_resource', config: { ...cfg, selector: 'applicationLinks.#(id=="u2")', allow_not_exist: true }, providerConfig: pc });
    expect(r.output).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// tls

/** A schema with the real provider's attribute flags, as `terraform providers schema -json` reports them. */
const TLS_SCHEMA: ProviderSchemaJson = {
  provider: { block: {} },
  resource_schemas: {
    tls_private_key: {
      block: {
        attributes: {
          algorithm: { type: 'string', required: true },
          rsa_bits: { type: 'number', optional: true, computed: true },
          ecdsa_curve: { type: 'string', optional: true, computed: true },
          private_key_pem: { type: 'string', computed: true, sensitive: true },
          private_key_openssh: { type: 'string', computed: true, sensitive: true },
          private_key_pem_pkcs8: { type: 'string', computed: true, sensitive: true },
          public_key_pem: { type: 'string', computed: true },
          public_key_openssh: { type: 'string', computed: true },
          public_key_fingerprint_md5: { type: 'string', computed: true },
          public_key_fingerprint_sha256: { type: 'string', computed: true },
          id: { type: 'string', computed: true },
        },
      },
    },
  },
  data_source_schemas: {
    tls_public_key: {
      block: {
        attributes: {
          private_key_pem: { type: 'string', optional: true, sensitive: true },
          private_key_openssh: { type: 'string', optional: true, sensitive: true },
          algorithm: { type: 'string', computed: true },
          public_key_pem: { type: 'string', computed: true },
          public_key_openssh: { type: 'string', computed: true },
          public_key_fingerprint_md5: { type: 'string', computed: true },
          public_key_fingerprint_sha256: { type: 'string', computed: true },
          id: { type: 'string', computed: true },
        },
      },
    },
  },
};

function hasSshKeygen(): boolean {
  try {
    execFileSync('ssh-keygen', ['-?'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return (e as { status?: number }).status !== undefined && (e as { code?: string }).code !== 'ENOENT';
  }
}

describe('tls stand-in', () => {
  const p = tlsProvider(TLS_SCHEMA);
  const key = (v: Record<string, TfValue>): TfObject => obj(p, 'tls_private_key', v);

  test('RSA key: PKCS#1 PEM, PKCS#8, PKIX public key, authorized_keys line, fingerprints, id', async () => {
    const planned = await plan(p, 'tls_private_key', key({ algorithm: 'RSA' }), null, {});
    expect(planned.planned?.rsa_bits).toBe(2048);
    expect(planned.planned?.private_key_pem).toBe(UNKNOWN);
    const st = (await apply(p, 'tls_private_key', key({ algorithm: 'RSA' }), null, {})).newState as TfObject;
    const pem = st.private_key_pem as string;
    expect(pem.startsWith('-----BEGIN RSA PRIVATE KEY-----\n')).toBe(true);
    expect(pem.endsWith('-----END RSA PRIVATE KEY-----\n')).toBe(true);
    const priv = crypto.createPrivateKey(pem);
    expect(priv.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect((st.private_key_pem_pkcs8 as string).startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
    const pub = crypto.createPublicKey(st.public_key_pem as string);
    expect(pub.export({ type: 'spki', format: 'pem' })).toBe(crypto.createPublicKey(priv).export({ type: 'spki', format: 'pem' }));
    expect(st.public_key_pem as string).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
    expect(st.public_key_openssh as string).toMatch(/^ssh-rsa AAAAB3NzaC1yc2E[A-Za-z0-9+/=]+\n$/);
    expect(st.public_key_fingerprint_md5 as string).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(st.public_key_fingerprint_sha256 as string).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    const der = pub.export({ type: 'spki', format: 'der' });
    expect(st.id).toBe(crypto.createHash('sha1').update(der).digest('hex'));
    expect((st.private_key_openssh as string).startsWith('-----BEGIN OPENSSH PRIVATE KEY-----\n')).toBe(true);

    // The public key data source gives the same public attributes from either private key format.
    const ds = p.dataSources.tls_public_key;
    const cfg = obj(p, 'tls_public_key', { private_key_pem: pem }, 'data_source_schemas');
    const fromPem = await ds.read({ typeName: 'tls_public_key', config: cfg, providerConfig: {} });
    const fromSsh = await ds.read({
      typeName: 'tls_public_key',
      config: { ...cfg, private_key_pem: null, private_key_openssh: st.private_key_openssh },
      providerConfig: {},
    });
    for (const r of [fromPem, fromSsh]) {
      expect(r.algorithm).toBe('RSA');
      for (const a of ['public_key_pem', 'public_key_openssh', 'public_key_fingerprint_md5', 'public_key_fingerprint_sha256', 'id']) {
        expect(r[a]).toBe(st[a]);
      }
    }

    if (hasSshKeygen()) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-'));
      const f = path.join(dir, 'k');
      fs.writeFileSync(f, st.private_key_openssh as string, { mode: 0o600 });
      const derived = execFileSync('ssh-keygen', ['-y', '-f', f]).toString();
      expect(derived.trim()).toBe((st.public_key_openssh as string).trim());
      fs.rmSync(dir, { recursive: true });
    }
  });

  test('ECDSA P256 and ED25519 keys round-trip; P224 has no OpenSSH forms', async () => {
    for (const cfg of [key({ algorithm: 'ECDSA', ecdsa_curve: 'P256' }), key({ algorithm: 'ED25519' })]) {
      const st = (await apply(p, 'tls_private_key', cfg, null, {})).newState as TfObject;
      const ds = await p.dataSources.tls_public_key.read({
        typeName: 'tls_public_key',
        config: obj(p, 'tls_public_key', { private_key_openssh: st.private_key_openssh }, 'data_source_schemas'),
        providerConfig: {},
      });
      expect(ds.public_key_openssh).toBe(st.public_key_openssh);
      expect(ds.id).toBe(st.id);
      crypto.createPrivateKey(st.private_key_pem as string);
    }
    const p224 = (await apply(p, 'tls_private_key', key({ algorithm: 'ECDSA' }), null, {})).newState as TfObject;
    expect(p224.ecdsa_curve).toBe('P224');
    expect((p224.private_key_pem as string).startsWith('-----BEGIN EC PRIVATE KEY-----')).toBe(true);
    expect(p224.public_key_openssh).toBe('');
    expect(p224.private_key_openssh).toBe('');
  });

  test('every argument forces replacement', async () => {
    const st = (await apply(p, 'tls_private_key', key({ algorithm: 'ED25519' }), null, {})).newState as TfObject;
    const same = await plan(p, 'tls_private_key', key({ algorithm: 'ED25519' }), st, {});
    expect(same.planned).toEqual(st);
    const r = await plan(p, 'tls_private_key', key({ algorithm: 'RSA' }), st, {});
    expect(r.requiresReplace).toContainEqual(['algorithm']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// tfe

const TFE_SCHEMA: ProviderSchemaJson = {
  provider: { block: {} },
  resource_schemas: {
    tfe_oauth_client: {
      block: {
        attributes: Object.fromEntries(
          [
            'name', 'organization', 'api_url', 'http_url', 'key', 'oauth_token', 'private_key', 'secret', 'rsa_public_key',
            'service_provider', 'oauth_token_id', 'agent_pool_id', 'organization_scoped', 'id',
          ].map((n) => [n, { type: n === 'organization_scoped' ? 'bool' : 'string', optional: true, computed: ['organization', 'oauth_token_id', 'agent_pool_id', 'id'].includes(n) }]),
        ),
      },
    },
    tfe_workspace: {
      block: {
        attributes: Object.fromEntries(
          [
            'name', 'organization', 'description', 'queue_all_runs', 'force_delete', 'tag_names', 'resource_count', 'html_url',
            'project_id', 'global_remote_state', 'remote_state_consumer_ids', 'working_directory', 'id',
          ].map((n) => [n, { type: 'string', optional: true }]),
        ),
        block_types: {
          vcs_repo: {
            nesting_mode: 'list',
            block: { attributes: { identifier: { type: 'string', required: true }, branch: { type: 'string', optional: true }, oauth_token_id: { type: 'string', optional: true }, ingress_submodules: { type: 'bool', optional: true } } },
          },
        },
      },
    },
  },
  data_source_schemas: {
    tfe_oauth_client: {
      block: {
        attributes: Object.fromEntries(
          [
            'oauth_client_id', 'organization', 'name', 'service_provider', 'service_provider_display_name', 'api_url', 'callback_url',
            'created_at', 'http_url', 'oauth_token_id', 'organization_scoped', 'project_ids', 'id',
          ].map((n) => [n, { type: 'string', optional: true }]),
        ),
      },
    },
  },
};

function client(id: string, name: string, tokens: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    type: 'oauth-clients',
    attributes: {
      name,
      'service-provider': 'bitbucket_data_center',
      'api-url': 'https://bb.example.com',
      'http-url': 'https://bb.example.com/bitbucket',
      'callback-url': `https://tfe.example.com/auth/${id}/callback`,
      'created-at': '2024-05-06T07:08:09.123Z',
      'organization-scoped': true,
      ...extra,
    },
    relationships: {
      organization: { data: { id: 'acme', type: 'organizations' } },
      'oauth-tokens': { data: tokens.map((t) => ({ id: t, type: 'oauth-tokens' })) },
      projects: { data: [] },
    },
  };
}

describe('tfe stand-in', () => {
  const srv = new ScriptServer();
  let p: StandInProvider;
  let pc: TfObject;
  beforeAll(async () => {
    await srv.start();
    p = tfeProvider({ schema: TFE_SCHEMA, scheme: 'http', env: {} });
    pc = { hostname: `127.0.0.1:${srv.port}`, token: 'tfe-token', organization: 'acme', ssl_skip_verify: null };
  });
  afterAll(async () => srv.stop());
  beforeEach(() => {
    srv.seen.length = 0;
  });

  const dsCfg = (v: Record<string, TfValue>): TfObject => obj(p, 'tfe_oauth_client', v, 'data_source_schemas');

  test('data source: one match by name, its single token, callback URL, RFC 3339 created_at', async () => {
    srv.handler = (s) =>
      s.url.startsWith('/api/v2/organizations/acme/oauth-clients')
        ? { status: 200, body: { data: [client('oc-1', 'bb', ['ot-1']), client('oc-2', 'other', [])] } }
        : undefined;
    const r = await p.dataSources.tfe_oauth_client.read({ typeName: 'tfe_oauth_client', config: dsCfg({ name: 'bb' }), providerConfig: pc });
    expect(r).toMatchObject({
      id: 'oc-1',
      oauth_client_id: 'oc-1',
      oauth_token_id: 'ot-1',
      callback_url: 'https://tfe.example.com/auth/oc-1/callback',
      created_at: '2024-05-06T07:08:09Z',
      organization_scoped: true,
    });
    expect(srv.calls()[0].headers.authorization).toBe('Bearer tfe-token');
    expect(srv.calls()[0].headers.accept).toBe('application/vnd.api+json');
  });

  test('data source: two clients with the name -> too many OAuthClients', async () => {
    srv.handler = () => ({ status: 200, body: { data: [client('oc-1', 'bb', []), client('oc-2', 'bb', [])] } });
    await expectProviderError(
      p.dataSources.tfe_oauth_client.read({ typeName: 'tfe_oauth_client', config: dsCfg({ name: 'bb' }), providerConfig: pc }),
      'too many OAuthClients were found to match the given parameters. Please narrow your search',
    );
  });

  test('data source: a client with two tokens -> unexpected number of OAuth tokens; none -> empty token id', async () => {
    srv.handler = (s) => {
      if (s.url === '/api/v2/oauth-clients/oc-2') return { status: 200, body: { data: client('oc-2', 'bb', ['ot-1', 'ot-2']) } };
      if (s.url === '/api/v2/oauth-clients/oc-0') return { status: 200, body: { data: client('oc-0', 'bb', []) } };
      return undefined;
    };
    await expectProviderError(
      p.dataSources.tfe_oauth_client.read({ typeName: 'tfe_oauth_client', config: dsCfg({ oauth_client_id: 'oc-2' }), providerConfig: pc }),
      'unexpected number of OAuth tokens: 2',
    );
    const r = await p.dataSources.tfe_oauth_client.read({ typeName: 'tfe_oauth_client', config: dsCfg({ oauth_client_id: 'oc-0' }), providerConfig: pc });
    expect(r.oauth_token_id).toBe('');
  });

  test('data source: no match and unknown id', async () => {
    srv.handler = (s) => (s.url.startsWith('/api/v2/organizations/') ? { status: 200, body: { data: [] } } : undefined);
    await expectProviderError(
      p.dataSources.tfe_oauth_client.read({ typeName: 'tfe_oauth_client', config: dsCfg({ name: 'bb' }), providerConfig: pc }),
      'no OAuthClients found matching the given parameters',
    );
    await expectProviderError(
      p.dataSources.tfe_oauth_client.read({ typeName: 'tfe_oauth_client', config: dsCfg({ oauth_client_id: 'oc-9' }), providerConfig: pc }),
      'Error retrieving OAuth client: resource not found',
    );
  });

  const oc = (v: Record<string, TfValue>): TfObject => obj(p, 'tfe_oauth_client', v);

  test('oauth client: create sends the DC fields, Read keeps key/secret, 404 removes, every argument replaces', async () => {
    let stored: Record<string, unknown> | undefined;
    srv.handler = (s) => {
      if (s.method === 'POST' && s.url === '/api/v2/organizations/acme/oauth-clients') {
        const attrs = (JSON.parse(s.body) as { data: { attributes: Record<string, unknown> } }).data.attributes;
        stored = client('oc-new', String(attrs.name), [], { 'api-url': attrs['api-url'], 'http-url': attrs['http-url'], key: attrs.key });
        return { status: 201, body: { data: stored } };
      }
      if (s.method === 'GET' && s.url === '/api/v2/oauth-clients/oc-new') return stored ? { status: 200, body: { data: stored } } : undefined;
      return undefined;
    };
    const config = oc({
      name: 'bb',
      api_url: 'https://bb.example.com',
      http_url: 'https://bb.example.com/bitbucket',
      key: 'consumer',
      secret: 'PRIVATE',
      rsa_public_key: 'PUBLIC',
      service_provider: 'bitbucket_data_center',
    });
    const pl = await plan(p, 'tfe_oauth_client', config, null, pc);
    expect(pl.planned?.organization).toBe('acme');
    expect(pl.planned?.oauth_token_id).toBe(UNKNOWN);
    const st = (await apply(p, 'tfe_oauth_client', config, null, pc)).newState as TfObject;
    expect(st).toMatchObject({ id: 'oc-new', organization: 'acme', oauth_token_id: '', secret: 'PRIVATE', key: 'consumer', rsa_public_key: 'PUBLIC' });
    expect(st.organization_scoped).toBeNull();
    const sent = JSON.parse(srv.calls()[0].body) as { data: { attributes: Record<string, unknown> } };
    expect(sent.data.attributes).toMatchObject({ 'rsa-public-key': 'PUBLIC', secret: 'PRIVATE', 'service-provider': 'bitbucket_data_center', 'oauth-token-string': '' });

    const again = await plan(p, 'tfe_oauth_client', config, st, pc);
    expect(again.planned).toEqual(st);
    expect(again.requiresReplace).toEqual([]);
    const rotated = await plan(p, 'tfe_oauth_client', { ...config, secret: 'NEW' }, st, pc);
    expect(rotated.requiresReplace).toEqual([['secret']]);

    stored = undefined;
    expect((await p.resources.tfe_oauth_client.read({ typeName: 'tfe_oauth_client', current: st, providerConfig: pc })).newState).toBeNull();
  });

  const ws = (v: Record<string, TfValue>): TfObject => obj(p, 'tfe_workspace', v);

  test('workspace: queue_all_runs true by default, vcs_repo sent, 404 read removes, safe delete 409 fails', async () => {
    let created: Record<string, unknown> | undefined;
    srv.handler = (s) => {
      if (s.method === 'POST' && s.url === '/api/v2/organizations/acme/workspaces') {
        const attrs = (JSON.parse(s.body) as { data: { attributes: Record<string, unknown> } }).data.attributes;
        created = {
          id: 'ws-aaaaaaaaaaaaaaaa',
          type: 'workspaces',
          attributes: { ...attrs, 'resource-count': 0, permissions: { 'can-force-delete': true }, 'tag-names': [], 'vcs-repo': { ...(attrs['vcs-repo'] as object), branch: '' } },
          relationships: { organization: { data: { id: 'acme', type: 'organizations' } }, project: { data: { id: 'prj-1', type: 'projects' } } },
          links: { 'self-html': '/app/acme/workspaces/repo' },
        };
        return { status: 201, body: { data: created } };
      }
      if (s.method === 'GET' && s.url.startsWith('/api/v2/workspaces/ws-aaaaaaaaaaaaaaaa/relationships/remote-state-consumers')) return { status: 200, body: { data: [] } };
      if (s.method === 'GET' && s.url.startsWith('/api/v2/workspaces/ws-aaaaaaaaaaaaaaaa')) return created ? { status: 200, body: { data: created } } : undefined;
      if (s.method === 'POST' && s.url.endsWith('/actions/safe-delete')) {
        return { status: 409, body: { errors: [{ status: '409', title: 'conflict', detail: 'workspace still manages resources' }] } };
      }
      return undefined;
    };
    const config = ws({ name: 'repo', vcs_repo: [{ identifier: 'PROJ/repo', oauth_token_id: 'ot-1', branch: null, ingress_submodules: null }] });
    const st = (await apply(p, 'tfe_workspace', config, null, pc)).newState as TfObject;
    const sent = JSON.parse(srv.calls().find((c) => c.method === 'POST')!.body) as { data: { attributes: Record<string, unknown> } };
    expect(sent.data.attributes['queue-all-runs']).toBe(true);
    expect(sent.data.attributes['vcs-repo']).toEqual({ identifier: 'PROJ/repo', 'ingress-submodules': false, 'tags-regex': '', 'oauth-token-id': 'ot-1' });
    expect(st).toMatchObject({ id: 'ws-aaaaaaaaaaaaaaaa', organization: 'acme', html_url: `http://127.0.0.1:${srv.port}/app/acme/workspaces/repo`, queue_all_runs: null, project_id: 'prj-1' });
    expect(st.vcs_repo).toEqual([{ identifier: 'PROJ/repo', oauth_token_id: 'ot-1', branch: null, ingress_submodules: null }]);

    const again = await plan(p, 'tfe_workspace', config, st, pc);
    expect(again.planned).toEqual(st);
    const renamed = await plan(p, 'tfe_workspace', { ...config, name: 'repo2' }, st, pc);
    expect(renamed.requiresReplace).toEqual([]);
    expect(renamed.planned?.html_url).toBe(UNKNOWN);

    await expectProviderError(apply(p, 'tfe_workspace', null, st, pc), /^error deleting workspace ws-aaaaaaaaaaaaaaaa: conflict\nworkspace cannot be safely deleted/);

    created = undefined;
    expect((await p.resources.tfe_workspace.read({ typeName: 'tfe_workspace', current: st, providerConfig: pc })).newState).toBeNull();
  });

  test('workspace import: a ws- id as it is, <org>/<name> looked up by name, then Read fills the state from the id', async () => {
    const live = {
      id: 'ws-bbbbbbbbbbbbbbbb',
      type: 'workspaces',
      attributes: { name: 'repo', 'auto-apply': true, 'queue-all-runs': false, 'working-directory': 'envs/prod', 'tag-names': ['team'], 'resource-count': 4,
        'vcs-repo': { identifier: 'PROJ/repo', branch: 'main', 'oauth-token-id': 'ot-1', 'ingress-submodules': false } },
      relationships: { organization: { data: { id: 'acme', type: 'organizations' } }, project: { data: { id: 'prj-1', type: 'projects' } } },
      links: { 'self-html': '/app/acme/workspaces/repo' },
    };
    srv.handler = (s) => {
      if (s.method === 'GET' && s.url === '/api/v2/organizations/acme/workspaces/repo') return { status: 200, body: { data: live } };
      if (s.method === 'GET' && s.url.startsWith('/api/v2/workspaces/ws-bbbbbbbbbbbbbbbb/relationships/remote-state-consumers')) return { status: 200, body: { data: [] } };
      if (s.method === 'GET' && s.url.startsWith('/api/v2/workspaces/ws-bbbbbbbbbbbbbbbb')) return { status: 200, body: { data: live } };
      return undefined;
    };
    const importer = p.resources.tfe_workspace.importState!;
    // resource_tfe_workspace.go resourceTFEWorkspaceImporter: an id is kept without a request.
    expect(await importer({ typeName: 'tfe_workspace', id: 'ws-bbbbbbbbbbbbbbbb', providerConfig: pc })).toMatchObject({ id: 'ws-bbbbbbbbbbbbbbbb', name: null });
    expect(srv.calls().filter((c) => c.url !== '/api/v2/ping')).toEqual([]);
    // <org>/<name>: fetchWorkspaceExternalID reads the workspace by name (go-tfe Workspaces.Read).
    const byName = await importer({ typeName: 'tfe_workspace', id: 'acme/repo', providerConfig: pc });
    expect(byName.id).toBe('ws-bbbbbbbbbbbbbbbb');
    expect(srv.calls().map((c) => `${c.method} ${c.url}`)).toContain('GET /api/v2/organizations/acme/workspaces/repo');
    await expectProviderError(importer({ typeName: 'tfe_workspace', id: 'acme/x/y', providerConfig: pc }),
      'invalid workspace input format: acme/x/y (expected <ORGANIZATION>/<WORKSPACE NAME> or <WORKSPACE ID>)');
    await expectProviderError(importer({ typeName: 'tfe_workspace', id: 'acme/gone', providerConfig: pc }),
      'error retrieving workspace with name gone from organization acme Error reading configuration of workspace acme/gone: resource not found');

    const read = (await p.resources.tfe_workspace.read({ typeName: 'tfe_workspace', current: byName, providerConfig: pc })).newState as TfObject;
    expect(read).toMatchObject({ id: 'ws-bbbbbbbbbbbbbbbb', name: 'repo', organization: 'acme', working_directory: 'envs/prod', project_id: 'prj-1', resource_count: 4 });
    expect(read.vcs_repo).toEqual([expect.objectContaining({ identifier: 'PROJ/repo', branch: 'main', oauth_token_id: 'ot-1' })]);
    // The configuration that matches the live settings plans no replacement.
    const config = ws({ name: 'repo', organization: 'acme', working_directory: 'envs/prod', vcs_repo: [{ identifier: 'PROJ/repo', oauth_token_id: 'ot-1', branch: 'main', ingress_submodules: null }] });
    expect((await plan(p, 'tfe_workspace', config, read, pc)).requiresReplace).toEqual([]);
  });

  test('workspace: invalid tag names fail at plan time', async () => {
    await expect(plan(p, 'tfe_workspace', ws({ name: 'w', tag_names: ['Team-A'] }), null, pc)).rejects.toThrow(/"Team-A" is not a valid tag name/);
  });
});
