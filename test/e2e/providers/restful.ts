import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ApplyRequest,
  ApplyResult,
  DataSourceBehaviour,
  Diagnostic,
  ImportRequest,
  PlanRequest,
  PlanResult,
  ProviderError,
  ProviderSchemaJson,
  ReadResult,
  ResourceBehaviour,
  StandInProvider,
  TfObject,
  TfValue,
  UNKNOWN,
} from '../harness/types';
import { headerGet, HttpResponse, sendHttp } from './http-client';
import {
  createMergePatch,
  disjointed,
  filterAttrsInJson,
  gjsonGet,
  gjsonGetText,
  gjsonString,
  goEncodeQuery,
  goJson,
  goPathEscape,
  goQueryEscape,
  isObject,
  Json,
  jsonsetDifference,
  mergePatch,
  nullifyObject,
  sjsonDelete,
  sjsonSet,
} from './json-tools';
import { blockOf, clone, frameworkPlan, SchemaBlock, shapeLike } from './plan-helpers';

/**
 * Stand-in for registry.terraform.io/magodo/restful 0.25.2 (github.com/magodo/terraform-provider-restful, tag
 * v0.25.2). Comments cite that tag's files; line numbers are the tag's. Requests go over real HTTP.
 *
 * Not implemented (a configuration that uses them fails loudly): precheck_*, poll_*, security.oauth2, client.*
 * (retries, TLS client certificates, cookies).
 */
export const RESTFUL_ADDRESS = 'registry.terraform.io/magodo/restful';
export const RESTFUL_SCHEMA_FILE = path.resolve(__dirname, '../../../schemas/magodo-restful-0.25.2.schema.json');

export function loadRestfulSchema(file = RESTFUL_SCHEMA_FILE): ProviderSchemaJson {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    provider_schemas: Record<string, ProviderSchemaJson>;
  };
  const schema = doc.provider_schemas[RESTFUL_ADDRESS];
  if (!schema) throw new Error(`${file} has no provider_schemas["${RESTFUL_ADDRESS}"]`);
  return schema;
}

export interface RestfulProviderOptions {
  /** Defaults to schemas/magodo-restful-0.25.2.schema.json. */
  readonly schema?: ProviderSchemaJson;
}

export function restfulProvider(options: RestfulProviderOptions = {}): StandInProvider {
  const schema = options.schema ?? loadRestfulSchema();
  const resourceBlock = blockOf(schema.resource_schemas?.restful_resource, 'restful_resource');
  const operationBlock = blockOf(schema.resource_schemas?.restful_operation, 'restful_operation');
  const dataBlock = blockOf(schema.data_source_schemas?.restful_resource, 'data.restful_resource');
  return {
    address: RESTFUL_ADDRESS,
    schema,
    resources: {
      restful_resource: restfulResource(resourceBlock),
      restful_operation: restfulOperation(operationBlock),
    },
    dataSources: {
      restful_resource: restfulDataSource(dataBlock),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Provider configuration (internal/provider/provider.go, internal/client)

type Security =
  | { readonly kind: 'none' }
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  | { readonly kind: 'token'; readonly token: string; readonly scheme: string }
  | { readonly kind: 'apikey'; readonly keys: ReadonlyArray<{ name: string; in: string; value: string }> };

interface ApiOption {
  readonly baseUrl: string;
  readonly createMethod: string;
  readonly updateMethod: string;
  readonly deleteMethod: string;
  readonly mergePatchDisabled: boolean;
  readonly query: Query;
  readonly header: Header;
  readonly security: Security;
}
type Query = Record<string, string[]>;
type Header = Record<string, string>;

function str(v: TfValue | undefined): string {
  return typeof v === 'string' ? v : v === null || v === undefined || v === UNKNOWN ? '' : String(v);
}
function isNull(v: TfValue | undefined): boolean {
  return v === null || v === undefined;
}
function asObject(v: TfValue | undefined): TfObject | null {
  return v !== null && v !== undefined && v !== UNKNOWN && typeof v === 'object' && !Array.isArray(v) ? v : null;
}

function apiOption(pc: TfObject): ApiOption {
  const baseUrl = str(pc.base_url);
  if (!baseUrl) throw new ProviderError('Failed to configure provider', 'base_url is required');
  // internal/provider/provider.go:737-745 (v0.25.2): create POST, update PUT, delete DELETE, merge patch on.
  // provider.go:746-784: the provider block's create_method/update_method/delete_method/merge_patch_disabled/
  // query/header override those defaults.
  const query: Query = {};
  for (const [k, vs] of Object.entries(asObject(pc.query) ?? {})) {
    query[k] = (Array.isArray(vs) ? vs : []).filter((x) => !isNull(x)).map((x) => str(x));
  }
  const header: Header = {};
  for (const [k, v] of Object.entries(asObject(pc.header) ?? {})) if (!isNull(v)) header[k] = str(v);
  const client = asObject(pc.client);
  if (client && Object.values(client).some((v) => !isNull(v))) {
    throw new ProviderError('Failed to configure provider', 'the stand-in does not implement the `client` block');
  }
  return {
    baseUrl,
    createMethod: isNull(pc.create_method) ? 'POST' : str(pc.create_method),
    updateMethod: isNull(pc.update_method) ? 'PUT' : str(pc.update_method),
    deleteMethod: isNull(pc.delete_method) ? 'DELETE' : str(pc.delete_method),
    mergePatchDisabled: pc.merge_patch_disabled === true,
    query,
    header,
    security: security(asObject(pc.security)),
  };
}

// provider.go:929-1079 (v0.25.2): security.http.basic, security.http.token, security.apikey, security.oauth2.
function security(sec: TfObject | null): Security {
  if (!sec) return { kind: 'none' };
  const http = asObject(sec.http);
  if (http) {
    const basic = asObject(http.basic);
    if (basic) return { kind: 'basic', username: str(basic.username), password: str(basic.password) };
    const token = asObject(http.token);
    if (token) return { kind: 'token', token: str(token.token), scheme: str(token.scheme) };
  }
  if (Array.isArray(sec.apikey)) {
    return {
      kind: 'apikey',
      keys: sec.apikey
        .map((k) => asObject(k))
        .filter((k): k is TfObject => k !== null)
        .map((k) => ({ name: str(k.name), in: str(k.in), value: str(k.value) })),
    };
  }
  if (asObject(sec.oauth2)) {
    throw new ProviderError('Failed to configure provider', 'the stand-in does not implement security.oauth2');
  }
  return { kind: 'none' };
}

// internal/client/client.go:29-43 and 85-94 (v0.25.2): `TakeOrSelf` REPLACES the whole map when the overriding
// map has any element; it never merges. So a resource-level `header` drops every provider-level header.
function queryTakeOrSelf(q: Query, v: TfValue | undefined): Query {
  const o = asObject(v);
  if (!o || Object.keys(o).length === 0) return q;
  const nq: Query = {};
  for (const [k, vs] of Object.entries(o)) nq[k] = (Array.isArray(vs) ? vs : []).map((x) => str(x));
  return nq;
}
function headerTakeOrSelf(h: Header, v: TfValue | undefined): Header {
  const o = asObject(v);
  if (!o || Object.keys(o).length === 0) return h;
  const nh: Header = {};
  for (const [k, x] of Object.entries(o)) nh[k] = str(x);
  return nh;
}
// client.go:45-67 and 96-110: the per-operation maps also replace, and their values may hold `$(body.x)`
// parameters (a value that fails to expand is sent as written).
function queryTakeWithExparam(q: Query, v: TfValue | undefined, body: string | undefined): Query {
  const o = asObject(v);
  if (!o || Object.keys(o).length === 0) return q;
  const nq: Query = {};
  for (const [k, vs] of Object.entries(o)) {
    nq[k] = (Array.isArray(vs) ? vs : []).map((x) => expandOrSelf(str(x), body));
  }
  return nq;
}
function headerTakeWithExparam(h: Header, v: TfValue | undefined, body: string | undefined): Header {
  const o = asObject(v);
  if (!o || Object.keys(o).length === 0) return h;
  const nh: Header = {};
  for (const [k, x] of Object.entries(o)) nh[k] = expandOrSelf(str(x), body);
  return nh;
}
function expandOrSelf(expr: string, body: string | undefined): string {
  try {
    return expandBody(expr, body);
  } catch {
    return expr;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// `$(path)` / `$(body.x)` parameters (internal/exparam (v0.25.2))

// exparam/common.go:10: `$f1.f2(body.x.y)`: optional function chain, then `path`, `body` or `body.<gjson path>`.
const PARAM = /\$([\w.]*)\(([\w.]+)\)/g;

// exparam/common.go:31-57: the functions a parameter may apply.
function paramFunction(name: string, pathValue: string): (s: string) => string {
  switch (name) {
    case 'escape':
      return goPathEscape;
    case 'unescape':
      return (s) => decodeURIComponent(s);
    case 'query_escape':
      return goQueryEscape;
    case 'query_unescape':
      return (s) => decodeURIComponent(s.replace(/\+/g, ' '));
    case 'base':
      return (s) => path.posix.basename(s) || '.';
    case 'url_path':
      return (s) => new URL(s, 'http://invalid').pathname;
    case 'trim_path':
      return (s) => path.posix.relative(pathValue, s) || '.';
    default:
      throw new Error(`unknonw function ${JSON.stringify(name)}`);
  }
}

function lookupBody(param: string, body: string | undefined): string {
  let jp: string;
  if (param === 'body') jp = '@this';
  else if (param.startsWith('body.')) jp = param.slice('body.'.length);
  else throw new Error(`invalid match: $(${param})`);
  const r = gjsonGetText(body ?? '', jp);
  if (!r.exists) throw new Error(`no property found at path ${JSON.stringify(jp)} in the body`);
  return gjsonString(r);
}

/** exparam/expand_body.go:14-58: `$(body.x)` parameters, no escaping by default; an empty body expands nothing. */
export function expandBody(expr: string, body: string | undefined): string {
  if (body === undefined || body.length === 0) return expr;
  let out = expr;
  for (const m of [...expr.matchAll(PARAM)]) {
    let ts = lookupBody(m[2], body);
    if (m[1] !== '') for (const f of m[1].split('.')) ts = paramFunction(f, '')(ts);
    out = out.split(m[0]).join(ts);
  }
  return out;
}

/** exparam/expand_body_or_path.go:16-63: `$(path)` and `$(body.x)`; body values are path-escaped unless the
 * parameter names its own functions. */
export function expandBodyOrPath(expr: string, pathValue: string, body: string | undefined): string {
  let out = expr;
  for (const m of [...expr.matchAll(PARAM)]) {
    if (m[2] === 'path') {
      out = out.split(m[0]).join(pathValue);
      continue;
    }
    let ts = lookupBody(m[2], body);
    const fns = m[1] === '' ? ['escape'] : m[1].split('.');
    for (const f of fns) ts = paramFunction(f, pathValue)(ts);
    out = out.split(m[0]).join(ts);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Values: Terraform dynamic values <-> JSON (github.com/magodo/terraform-plugin-framework-helper dynamic, commit
// 7a00fd9, the version go.mod pins)

function tfToJson(v: TfValue): Json {
  if (v === null || v === UNKNOWN) return null;
  if (Array.isArray(v)) return v.map(tfToJson);
  if (typeof v === 'object') {
    const out: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) out[k] = tfToJson(x);
    return out;
  }
  return v;
}

/** `dynamic.ToJSON`: nothing for a null or unknown value, unknown parts inside become null, keys sorted. */
function toJsonText(v: TfValue | undefined): string | undefined {
  if (v === null || v === undefined || v === UNKNOWN) return undefined;
  return goJson(tfToJson(v));
}

function jsonToTf(v: Json): TfValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(jsonToTf);
  const out: TfObject = {};
  for (const [k, x] of Object.entries(v)) out[k] = jsonToTf(x);
  return out;
}

/** `dynamic.FromJSONImplied`: an empty body is null; objects, tuples and primitives by their JSON type. */
function fromJsonImplied(text: string | undefined): TfValue {
  if (text === undefined || text.length === 0) return null;
  return jsonToTf(JSON.parse(text) as Json);
}

/** `dynamic.FromJSON(b, type)`: the JSON read into the type of the value in state. Object attributes come from
 * the type (missing keys are null, extra keys are dropped); tuples must keep their length; a primitive of another
 * JSON type is an error. */
function fromJsonTyped(raw: Json, shape: TfValue): TfValue {
  if (shape === null || shape === UNKNOWN) return jsonToTf(raw);
  if (raw === null) return null;
  if (typeof shape === 'string') {
    if (typeof raw !== 'string') throw new Error(`cannot unmarshal ${JSON.stringify(raw)} into string`);
    return raw;
  }
  if (typeof shape === 'number') {
    if (typeof raw !== 'number') throw new Error(`cannot unmarshal ${JSON.stringify(raw)} into number`);
    return raw;
  }
  if (typeof shape === 'boolean') {
    if (typeof raw !== 'boolean') throw new Error(`cannot unmarshal ${JSON.stringify(raw)} into bool`);
    return raw;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(raw)) throw new Error('cannot unmarshal into tuple');
    if (raw.length !== shape.length) {
      throw new Error(`tuple element size not match: json=${raw.length}, type=${shape.length}`);
    }
    return raw.map((x, i) => fromJsonTyped(x, shape[i]));
  }
  if (!isObject(raw)) throw new Error('cannot unmarshal into object');
  const out: TfObject = {};
  for (const [k, s] of Object.entries(shape)) out[k] = fromJsonTyped(raw[k] === undefined ? null : raw[k], s);
  return out;
}

function parseJson(text: string | undefined): Json {
  if (text === undefined || text.length === 0) return null;
  return JSON.parse(text) as Json;
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP calls (internal/client/client.go (v0.25.2) over go-resty v2)

const USER_AGENT = 'go-resty/2.16.5 (https://github.com/go-resty/resty)';
const JSON_TYPE = /(application|text)\/(.*json.*)(;|$)/i;
const XML_TYPE = /(application|text)\/(.*xml.*)(;|$)/i;

interface CallOptions {
  readonly query: Query;
  readonly header: Header;
  /** Request body; undefined sends none. */
  readonly body?: string;
  /** client.go:211-213, 251-253, 279-281, 308-310: JSON content type unless the headers name one. */
  readonly defaultContentType: boolean;
}

async function call(api: ApiOption, method: string, reqPath: string, opt: CallOptions): Promise<HttpResponse> {
  // go-resty v2 middleware.go parseRequestURL: a relative path is appended to the base URL (trailing slashes of
  // the base trimmed, a leading slash added), then the query parameters are encoded (url.Values.Encode: sorted)
  // and appended after any query the path already has.
  let url: string;
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(reqPath)) {
    url = reqPath;
  } else {
    url = api.baseUrl.replace(/\/+$/, '') + (reqPath.startsWith('/') ? reqPath : `/${reqPath}`);
  }
  const query: Query = { ...opt.query };
  if (api.security.kind === 'apikey') {
    for (const k of api.security.keys) if (k.in === 'query' && !(k.name in query)) query[k.name] = [k.value];
  }
  const encoded = goEncodeQuery(query);
  if (encoded) url += (url.includes('?') ? '&' : '?') + encoded;

  const headers: Array<[string, string]> = Object.entries(opt.header);
  if (opt.defaultContentType && headerGet(headers, 'Content-Type') === '') {
    headers.push(['Content-Type', 'application/json']);
  }
  if (api.security.kind === 'apikey') {
    // build_option.go:64-79: API keys go into client-level headers, query parameters or cookies.
    for (const k of api.security.keys) {
      if (k.in === 'header' && headerGet(headers, k.name) === '') headers.push([k.name, k.value]);
      if (k.in === 'cookie') headers.push(['Cookie', `${k.name}=${k.value}`]);
    }
  }
  // middleware.go parseRequestHeader: a default User-Agent, and Accept copied from a JSON/XML Content-Type.
  if (headerGet(headers, 'User-Agent') === '') headers.push(['User-Agent', USER_AGENT]);
  const ct = headerGet(headers, 'Content-Type');
  if (headerGet(headers, 'Accept') === '' && ct !== '' && (JSON_TYPE.test(ct) || XML_TYPE.test(ct))) {
    headers.push(['Accept', ct]);
  }
  // middleware.go addCredentials: basic auth or `<scheme> <token>` (scheme defaults to Bearer) is set last and
  // wins over an Authorization header given in `header` (build_option.go:30-46).
  const withoutAuth = (): Array<[string, string]> => headers.filter(([n]) => n.toLowerCase() !== 'authorization');
  let finalHeaders = headers;
  if (api.security.kind === 'basic') {
    const cred = Buffer.from(`${api.security.username}:${api.security.password}`).toString('base64');
    finalHeaders = [...withoutAuth(), ['Authorization', `Basic ${cred}`]];
  } else if (api.security.kind === 'token' && api.security.token !== '') {
    finalHeaders = [...withoutAuth(), ['Authorization', `${api.security.scheme || 'Bearer'} ${api.security.token}`]];
  }
  // go-resty util.go isPayloadSupported: no body on GET/HEAD/OPTIONS.
  const body = method === 'GET' || method === 'HEAD' ? undefined : opt.body;
  return sendHttp({ method, url, headers: finalHeaders, body });
}

/** go-resty response.go IsSuccess: 200-299 only. */
function isSuccess(r: HttpResponse): boolean {
  return r.status > 199 && r.status < 300;
}

function unsupported(what: string): never {
  throw new ProviderError(`${what} is not implemented by the stand-in`, 'remove it from the configuration of the test');
}

// ---------------------------------------------------------------------------------------------------------------
// Private state: the ephemeral_body hash (terraform-plugin-framework-helper ephemeral/ephemeral.go)

interface PrivateMap {
  [key: string]: unknown;
}
function privateRead(buf: Buffer | undefined): PrivateMap {
  if (!buf || buf.length === 0) return {};
  try {
    const v = JSON.parse(buf.toString('utf8')) as unknown;
    return typeof v === 'object' && v !== null ? (v as PrivateMap) : {};
  } catch {
    return {};
  }
}
function privateWrite(m: PrivateMap): Buffer | undefined {
  return Object.keys(m).length === 0 ? undefined : Buffer.from(JSON.stringify(m), 'utf8');
}

const EPHEMERAL_KEY = 'ephemeral_body';

/** ephemeral.Set: sha256 of the ephemeral body plus its nullified shape; nil removes the key. */
function ephemeralSet(priv: Buffer | undefined, eb: string | undefined): Buffer | undefined {
  const m = privateRead(priv);
  if (eb === undefined) {
    delete m[EPHEMERAL_KEY];
  } else {
    const hash = crypto.createHash('sha256').update(eb).digest('base64');
    const nul = Buffer.from(goJson(nullifyObject(parseJson(eb))), 'utf8').toString('base64');
    m[EPHEMERAL_KEY] = { hash, null: nul };
  }
  return privateWrite(m);
}

/** ephemeral.Diff: unknown -> changed; no record -> changed when configured; record and null -> changed;
 * otherwise compare hashes. */
function ephemeralDiff(priv: Buffer | undefined, configured: TfValue | undefined): boolean {
  if (configured === UNKNOWN) return true;
  const rec = privateRead(priv)[EPHEMERAL_KEY] as { hash?: string } | undefined;
  if (!rec) return !isNull(configured);
  if (isNull(configured)) return true;
  const hash = crypto.createHash('sha256').update(toJsonText(configured) ?? '').digest('base64');
  return hash !== rec.hash;
}

/** ephemeral.GetNullBody. */
function ephemeralNullBody(priv: Buffer | undefined): Json | undefined {
  const rec = privateRead(priv)[EPHEMERAL_KEY] as { null?: string } | undefined;
  if (!rec || typeof rec.null !== 'string') return undefined;
  return parseJson(Buffer.from(rec.null, 'base64').toString('utf8'));
}

/** ephemeral.ValidateEphemeralBody: a known, non-null ephemeral body must not share keys with the body. */
function validateEphemeralBody(body: string | undefined, eb: TfValue | undefined): string | undefined {
  if (eb === UNKNOWN || isNull(eb)) return undefined;
  const ebText = toJsonText(eb);
  if (!disjointed(parseJson(body), parseJson(ebText))) {
    throw new ProviderError('the body and the ephemeral body are not disjointed');
  }
  return ebText;
}

// ---------------------------------------------------------------------------------------------------------------
// restful_resource (internal/provider/resource.go (v0.25.2))

function getOutput(d: TfObject): TfValue {
  // resource.go:772-777: `sensitive_output` when use_sensitive_output, `output` otherwise.
  return d.use_sensitive_output === true ? d.sensitive_output ?? null : d.output ?? null;
}
function setOutput(d: TfObject, output: TfValue): void {
  if (d.use_sensitive_output === true) {
    d.sensitive_output = output;
    d.output = null;
  } else {
    d.output = output;
    d.sensitive_output = null;
  }
}

function rejectUnsupported(d: TfObject, names: string[]): void {
  for (const n of names) if (!isNull(d[n]) && d[n] !== UNKNOWN) unsupported(`\`${n}\``);
}

function restfulResource(block: SchemaBlock): ResourceBehaviour {
  return {
    validate: (config) => validateResource(config),
    plan: (req) => planResource(block, req),
    apply: async (req) => {
      const api = apiOption(req.providerConfig);
      if (req.planned === null) {
        if (req.prior) await deleteResource(api, req.prior);
        return { newState: null };
      }
      if (req.prior === null) return createResource(api, req);
      return updateResource(api, req);
    },
    read: async (req) => readResource(apiOption(req.providerConfig), req.current, req.private, true),
    importState: async (req) => importResource(block, req),
  };
}

// resource.go:634-673: write_only_attrs must name paths present in the body; ephemeral_body must be disjoint.
function validateResource(config: TfObject): Diagnostic[] {
  if (config.body === UNKNOWN) return [];
  const body = toJsonText(config.body);
  const diags: Diagnostic[] = [];
  if (Array.isArray(config.write_only_attrs)) {
    for (const p of config.write_only_attrs) {
      if (typeof p === 'string' && !gjsonGetText(body ?? '', p).exists) {
        return [{ severity: 'error', summary: 'Invalid configuration', detail: `Invalid path in "write_only_attrs": "${p}"` }];
      }
    }
  }
  try {
    validateEphemeralBody(body, config.ephemeral_body);
  } catch (e) {
    diags.push({ severity: 'error', summary: (e as ProviderError).summary ?? String(e) });
  }
  return diags;
}

function planResource(block: SchemaBlock, req: PlanRequest): PlanResult {
  // resource.go:331-338: id UseStateForUnknown; 339-345: a `path` change forces replacement; 612-618: so does
  // use_sensitive_output. `output` is computed, so it is unknown whenever anything changes.
  const base = frameworkPlan(block, req, {
    useStateForUnknown: ['id'],
    requiresReplace: ['path', 'use_sensitive_output'],
  });
  const prior = req.prior;
  const planned = base.planned;
  const requiresReplace = [...base.requiresReplace];
  // resource.go:675-683: ModifyPlan does nothing on create or destroy.
  if (planned === null || prior === null) return { planned, requiresReplace, private: req.priorPrivate };
  // resource.go:705-756: force_new_attrs. Skipped while the attribute set or the WHOLE body is unknown; inside a
  // known body, unknown parts are JSON null. A JSON merge patch from the prior body to the planned body is built,
  // and any listed gjson path present in the patch (a changed, added or removed value) replaces the resource.
  if (planned.force_new_attrs !== UNKNOWN && planned.body !== UNKNOWN) {
    const attrs = (Array.isArray(planned.force_new_attrs) ? planned.force_new_attrs : []).filter(
      (a): a is string => typeof a === 'string',
    );
    if (attrs.length > 0) {
      let patch: Json;
      try {
        patch = createMergePatch(parseJson(toJsonText(prior.body)), parseJson(toJsonText(planned.body)));
      } catch (e) {
        throw new ProviderError('failed to create merge patch', (e as Error).message);
      }
      if (attrs.some((a) => gjsonGet(patch, a).exists)) requiresReplace.push(['body']);
    }
  }
  // resource.go:758-768: a changed ephemeral_body makes `output` unknown, which plans an update.
  if (ephemeralDiff(req.priorPrivate, req.config?.ephemeral_body)) planned.output = UNKNOWN;
  return { planned, requiresReplace, private: req.priorPrivate };
}

function readOptions(api: ApiOption, d: TfObject, body: string | undefined): { query: Query; header: Header } {
  // api_option.go:39-46: provider maps, replaced by the resource's `query`/`header`, replaced by read_query/
  // read_header (whose values may use `$(body.x)` of the state's output).
  return {
    query: queryTakeWithExparam(queryTakeOrSelf(api.query, d.query), d.read_query, body),
    header: headerTakeWithExparam(headerTakeOrSelf(api.header, d.header), d.read_header, body),
  };
}

async function createResource(api: ApiOption, req: ApplyRequest): Promise<ApplyResult> {
  const plan = clone(req.planned as TfObject);
  const config = req.config ?? {};
  rejectUnsupported(plan, ['precheck_create', 'poll_create']);
  const resPath = str(plan.path);
  // api_option.go:26-37: create_method (resource, else provider, else POST); query/header replaced by the
  // resource's, then by create_query/create_header.
  const method = isNull(plan.create_method) ? api.createMethod : str(plan.create_method);
  const opt = {
    query: queryTakeOrSelf(queryTakeOrSelf(api.query, plan.query), plan.create_query),
    header: headerTakeOrSelf(headerTakeOrSelf(api.header, plan.header), plan.create_header),
  };
  // resource.go:824-845: check_existance reads `path` first; anything but 404 is "Resource already exists".
  if (plan.check_existance === true) {
    const r = await call(api, 'GET', resPath, { ...readOptions(api, plan, undefined), defaultContentType: false });
    if (r.status !== 404) {
      throw new ProviderError(
        'Resource already exists',
        `A resource with the ID "${resPath}" already exists - to be managed via Terraform this resource needs to be imported into the State. Please see the resource documentation for "restful_resource" for more information.`,
      );
    }
  }
  // resource.go:857-884: the request body is `body`, merge-patched with `ephemeral_body`.
  let b = toJsonText(plan.body);
  let eb: string | undefined;
  if (!isNull(config.ephemeral_body)) {
    eb = validateEphemeralBody(b, config.ephemeral_body);
    if (eb !== undefined) b = goJson(mergePatch(parseJson(b), parseJson(eb)));
  }
  // resource.go:886-901: a non-2xx answer fails with the status and the response body.
  if (!['POST', 'PUT', 'PATCH'].includes(method)) {
    throw new ProviderError('Error to call create', `unknown create method: ${method}`);
  }
  const response = await call(api, method, resPath, { ...opt, body: b ?? '', defaultContentType: true });
  if (!isSuccess(response)) throw new ProviderError(`Create API returns ${response.status}`, response.body);
  let rb = response.body;
  // resource.go:905-916: create_selector picks the created object out of a collection.
  const createSelector = str(plan.create_selector);
  if (createSelector !== '') {
    const r = gjsonGetText(rb, createSelector);
    if (!r.exists) throw new ProviderError('`create_selector` failed to select from the response', response.body);
    rb = gjsonString(r);
  }
  // resource.go:918-931: the id is `path`, or `read_path` expanded with `$(path)` and `$(body.x)` of the
  // (selected) create response.
  let resourceId = resPath;
  if (!isNull(plan.read_path)) {
    resourceId = buildPath(plan.read_path, resPath, rb, 'Failed to build the path for reading the resource');
  }
  // resource.go:933-940: the create response becomes the provisional `output`.
  let output = impliedOrThrow(rb, 'Evaluating `output` during Read');
  // resource.go:942-946: remember the ephemeral body's hash.
  let priv = ephemeralSet(req.plannedPrivate, eb);
  // resource.go:982-1048: post_create_read reads again (path/query/header may use the create response), its
  // selector picks the object, and both the id (read_path) and the output are rebuilt from it.
  const pcr = asObject(plan.post_create_read);
  if (pcr) {
    const r = await call(api, 'GET', str(pcr.path), {
      query: queryTakeWithExparam(queryTakeOrSelf(api.query, plan.query), pcr.query, rb),
      header: headerTakeWithExparam(headerTakeOrSelf(api.header, plan.header), pcr.header, rb),
      defaultContentType: false,
    });
    if (!isSuccess(r)) throw new ProviderError(`Post-create read API returns ${r.status}`, r.body);
    let pb = r.body;
    const sel0 = str(pcr.selector);
    if (sel0 !== '') {
      let sel: string;
      try {
        sel = expandBody(sel0, pb);
      } catch (e) {
        throw new ProviderError('Post-create read failure', `Failed to expand the post-create read selector: ${(e as Error).message}`);
      }
      pb = gjsonString(gjsonGetText(r.body, sel));
    }
    if (!isNull(plan.read_path)) {
      resourceId = buildPath(plan.read_path, resPath, pb, 'Failed to build the path for reading the resource (post-create phase)');
    }
    output = impliedOrThrow(pb, 'Evaluating `output` during Read');
  }
  // resource.go:1050-1061: id and provisional output, then the read of 1069-1084 WITHOUT refreshing `body`.
  plan.id = resourceId;
  setOutput(plan, output);
  plan.ephemeral_body = null;
  const read = await readResource(api, plan, priv, false);
  priv = read.private;
  // terraform-plugin-framework v1.17.0 internal/fwserver/server_createresource.go:134-148: a read that removed
  // the object (404 or read_selector miss right after create) fails the apply.
  if (read.newState === null) {
    throw new ProviderError(
      'Missing Resource State After Create',
      'The Terraform Provider unexpectedly returned no resource state after having no errors in the resource creation. ' +
        'This is always an issue in the Terraform Provider and should be reported to the provider developers.\n\n' +
        'The resource may have been successfully created, but Terraform is not tracking it. ' +
        'Applying the configuration again with no other action may result in duplicate resource errors. ' +
        'Import the resource if the resource was actually created and Terraform should be tracking it.',
    );
  }
  return { newState: read.newState, private: priv };
}

function buildPath(tpl: TfValue, resPath: string, body: string, summary: string): string {
  try {
    return expandBodyOrPath(str(tpl), resPath, body);
  } catch (e) {
    throw new ProviderError(
      summary,
      `Can't build resource id with \`read_path\`: ${JSON.stringify(str(tpl))}, \`path\`: ${JSON.stringify(resPath)}, \`body\`: ${JSON.stringify(body)}: ${(e as Error).message}`,
    );
  }
}

function impliedOrThrow(text: string | undefined, summary: string): TfValue {
  try {
    return fromJsonImplied(text);
  } catch (e) {
    throw new ProviderError(summary, (e as Error).message);
  }
}

/** resource.go:1092-1341 `read`: `updateBody` is true for a refresh (Read) and false right after Create/Update. */
async function readResource(
  api: ApiOption,
  current: TfObject,
  priv: Buffer | undefined,
  updateBody: boolean,
): Promise<ReadResult> {
  const state = clone(current);
  const stateOutput = toJsonText(getOutput(state));
  // resource.go:1115-1121: GET the id (read_query/read_header may use `$(body.x)` of the state's output).
  const response = await call(api, 'GET', str(state.id), { ...readOptions(api, state, stateOutput), defaultContentType: false });
  // resource.go:1129-1132: 404 removes the resource from state (the next apply creates it again).
  if (response.status === 404) return { newState: null, private: priv };
  // resource.go:1133-1139: any other non-2xx fails with status and body.
  if (!isSuccess(response)) throw new ProviderError(`Read API returns ${response.status}`, response.body);
  let b = response.body;
  // resource.go:1143-1160: read_selector (its `$(body.x)` expanded from the state's output) picks the object out
  // of a collection; when it selects nothing the object is gone and is removed from state.
  const sel0 = str(state.read_selector);
  if (sel0 !== '') {
    let sel: string;
    try {
      sel = expandBody(sel0, stateOutput);
    } catch (e) {
      throw new ProviderError('Read failure', `Failed to expand the read selector: ${(e as Error).message}`);
    }
    const r = gjsonGetText(b, sel);
    if (!r.exists) return { newState: null, private: priv };
    b = gjsonString(r);
  }
  // resource.go:1162-1172: read_response_template reshapes the response with `$(body.x)`.
  const tpl = str(state.read_response_template);
  if (tpl !== '') {
    try {
      b = expandBody(tpl, b);
    } catch (e) {
      throw new ProviderError('Read failure', `Failed to expand the read response template: ${(e as Error).message}`);
    }
  }
  if (updateBody) {
    // resource.go:1174-1208: write_only_attrs the response lacks are copied from the state's body.
    const writeOnly = (Array.isArray(state.write_only_attrs) ? state.write_only_attrs : []).map((x) => str(x));
    if (writeOnly.length > 0) {
      const stateBody = parseJson(toJsonText(state.body));
      let pb: Json;
      try {
        pb = parseJson(b);
      } catch (e) {
        throw new ProviderError('Evaluating `body` during Read', (e as Error).message);
      }
      for (const p of writeOnly) {
        const sv = gjsonGet(stateBody, p);
        if (sv.exists && !gjsonGet(pb, p).exists) pb = sjsonSet(pb, p, sv.value);
      }
      b = JSON.stringify(pb);
    }
    // resource.go:1210-1227: the response is read into the TYPE of the state's body: only the attributes the
    // configuration declares are kept (missing ones become null). When that fails (a tuple of another length,
    // a value of another JSON type) the whole response is taken as it is.
    let parsed: Json;
    try {
      parsed = parseJson(b);
    } catch (e) {
      throw new ProviderError('Evaluating `body` during Read', (e as Error).message);
    }
    if (isNull(state.body)) {
      state.body = jsonToTf(parsed);
    } else {
      try {
        state.body = fromJsonTyped(parsed, state.body);
      } catch {
        state.body = jsonToTf(parsed);
      }
    }
  }
  // resource.go:1231-1248: output_attrs keeps only the listed paths of the response in `output`.
  let outDoc: Json;
  try {
    outDoc = parseJson(b);
  } catch (e) {
    throw new ProviderError('Evaluating `output` during Read', (e as Error).message);
  }
  if (Array.isArray(state.output_attrs)) {
    try {
      outDoc = filterAttrsInJson(outDoc, state.output_attrs.map((x) => str(x)));
    } catch (e) {
      throw new ProviderError('Filter `output` during Read', (e as Error).message);
    }
  }
  // resource.go:1250-1264: keys of the ephemeral body are removed from `output`.
  const nullBody = ephemeralNullBody(priv);
  if (nullBody !== undefined) outDoc = jsonsetDifference(outDoc, nullBody);
  // resource.go:1265-1280.
  setOutput(state, b.length === 0 && outDoc === null ? null : jsonToTf(outDoc));
  return { newState: state, private: priv };
}

async function updateResource(api: ApiOption, req: ApplyRequest): Promise<ApplyResult> {
  const state = req.prior as TfObject;
  const plan = clone(req.planned as TfObject);
  const config = req.config ?? {};
  rejectUnsupported(plan, ['precheck_update', 'poll_update']);
  const stateOutput = toJsonText(getOutput(state));
  // api_option.go:57-72: update_method (resource, provider, PUT), merge_patch_disabled likewise, maps replaced.
  const method = isNull(plan.update_method) ? api.updateMethod : str(plan.update_method);
  const mergePatchDisabled = isNull(plan.merge_patch_disabled) ? api.mergePatchDisabled : plan.merge_patch_disabled === true;
  const opt = {
    query: queryTakeWithExparam(queryTakeOrSelf(api.query, plan.query), plan.update_query, stateOutput),
    header: headerTakeWithExparam(headerTakeOrSelf(api.header, plan.header), plan.update_header, stateOutput),
  };
  const stateBody = toJsonText(state.body) ?? '';
  let planBody = toJsonText(plan.body) ?? '';
  // resource.go:1402-1450: update_body_patches edit the body sent on update (raw_json may use `$(body.x)` of
  // the state's output; path "" replaces or empties the whole body).
  const patches = Array.isArray(plan.update_body_patches) ? plan.update_body_patches : [];
  patches.forEach((p0, i) => {
    const p = asObject(p0);
    if (!p) return;
    const pth = str(p.path);
    if (!isNull(p.removed)) {
      planBody = pth === '' ? '{}' : goJson(sjsonDelete(parseJson(planBody), pth));
    } else if (!isNull(p.raw_json)) {
      let pv: string;
      try {
        pv = expandBody(str(p.raw_json), stateOutput);
      } catch (e) {
        throw new ProviderError(`Failed to expand the ${i}-th patch for expression params`, (e as Error).message);
      }
      if (pth === '') {
        planBody = pv;
      } else {
        try {
          planBody = goJson(sjsonSet(parseJson(planBody), pth, parseJson(pv)));
        } catch (e) {
          throw new ProviderError(`Failed to set json for the ${i}-th patch with ${JSON.stringify(pv)}`, (e as Error).message);
        }
      }
    }
  });
  // resource.go:1452-1478: a changed ephemeral_body is merge-patched into the body.
  let eb: string | undefined;
  const ephemeralChanged = ephemeralDiff(req.plannedPrivate, config.ephemeral_body);
  if (ephemeralChanged) {
    eb = validateEphemeralBody(planBody, config.ephemeral_body);
    if (eb !== undefined && eb.length > 0) planBody = goJson(mergePatch(parseJson(planBody), parseJson(eb)));
  }
  // resource.go:1480-1481: the API is called only when the body JSON differs from the state's (or the ephemeral
  // body changed); changes elsewhere (headers, paths, output_attrs) only update the state.
  if (stateBody !== planBody || ephemeralChanged) {
    // resource.go:1492-1510: with PATCH (and merge patch not disabled) the body sent is the JSON merge patch
    // from the state's body to the new body; otherwise (PUT/POST) the whole body.
    let sendBody = planBody;
    if (method === 'PATCH' && !mergePatchDisabled) {
      try {
        sendBody = goJson(createMergePatch(parseJson(stateBody), parseJson(planBody)));
      } catch (e) {
        throw new ProviderError('Update failure', `failed to create a merge patch: ${(e as Error).message}`);
      }
    }
    // resource.go:1512-1530: the id, or update_path expanded with `$(path)`/`$(body.x)` of the state's output.
    let target = str(plan.id);
    if (!isNull(plan.update_path)) {
      try {
        target = expandBodyOrPath(str(plan.update_path), str(plan.path), stateOutput);
      } catch {
        throw new ProviderError(
          'Failed to build the path for updating the resource',
          `Can't build path with \`update_path\`: ${JSON.stringify(str(plan.update_path))}, \`path\`: ${JSON.stringify(str(plan.path))}, \`body\`: ${JSON.stringify(stateOutput ?? '')}`,
        );
      }
    }
    if (!['PUT', 'PATCH', 'POST'].includes(method)) {
      throw new ProviderError('Error to call update', `unknown update method: ${method}`);
    }
    // resource.go:1532-1546.
    const response = await call(api, method, target, { ...opt, body: sendBody, defaultContentType: true });
    if (!isSuccess(response)) throw new ProviderError(`Update API returns ${response.status}`, response.body);
  }
  // resource.go:1579-1599: the state's output stays until the read below; the ephemeral record is replaced by
  // this update's (and so is removed when the ephemeral body did not change).
  setOutput(plan, getOutput(state));
  plan.ephemeral_body = null;
  let priv = ephemeralSet(req.plannedPrivate, eb);
  // resource.go:1601-1616: read WITHOUT refreshing `body`.
  const read = await readResource(api, plan, priv, false);
  priv = read.private;
  // terraform-plugin-framework v1.17.0 internal/fwserver/server_updateresource.go:157-163.
  if (read.newState === null) {
    throw new ProviderError(
      'Missing Resource State After Update',
      'The Terraform Provider unexpectedly returned no resource state after having no errors in the resource update. ' +
        'This is always an issue in the Terraform Provider and should be reported to the provider developers.',
    );
  }
  return { newState: read.newState, private: priv };
}

async function deleteResource(api: ApiOption, state: TfObject): Promise<void> {
  rejectUnsupported(state, ['precheck_delete', 'poll_delete']);
  const stateOutput = toJsonText(getOutput(state));
  // api_option.go:74-86: delete_method (resource, provider, DELETE); maps replaced, delete_* may use `$(body.x)`.
  const method = isNull(state.delete_method) ? api.deleteMethod : str(state.delete_method);
  const opt = {
    query: queryTakeWithExparam(queryTakeOrSelf(api.query, state.query), state.delete_query, stateOutput),
    header: headerTakeWithExparam(headerTakeOrSelf(api.header, state.header), state.delete_header, stateOutput),
  };
  // resource.go:1657-1668: the id, or delete_path expanded from `$(path)` and the state's output.
  let target = str(state.id);
  if (!isNull(state.delete_path)) {
    try {
      target = expandBodyOrPath(str(state.delete_path), str(state.path), stateOutput);
    } catch {
      throw new ProviderError(
        'Failed to build the path for deleting the resource',
        `Can't build path with \`delete_path\`: ${JSON.stringify(str(state.delete_path))}, \`path\`: ${JSON.stringify(str(state.path))}, \`body\`: ${JSON.stringify(stateOutput ?? '')}`,
      );
    }
  }
  // resource.go:1670-1690: delete_body, or delete_body_raw with `$(body.x)` of the output. An expansion error is
  // reported, but the call is still made (the diagnostics are not checked before it).
  let body = '';
  let deferred: ProviderError | undefined;
  if (!isNull(state.delete_body)) body = toJsonText(state.delete_body) ?? '';
  if (!isNull(state.delete_body_raw)) {
    try {
      body = expandBody(str(state.delete_body_raw), stateOutput);
    } catch (e) {
      deferred = new ProviderError('Failed to expand the expressions in the `delete_body_raw`', (e as Error).message);
      body = '';
    }
  }
  if (!['DELETE', 'POST', 'PUT', 'PATCH'].includes(method)) {
    throw new ProviderError('Error to call delete', `unknown delete method: ${method}`);
  }
  // client.go:273-296: a body (and the default JSON content type) only when there is one.
  const response = await call(api, method, target, {
    ...opt,
    body: body === '' ? undefined : body,
    defaultContentType: body !== '',
  });
  if (deferred) throw deferred;
  // resource.go:1701-1705: with the DELETE method a 404 is success (already gone).
  if (method.toUpperCase() === 'DELETE' && response.status === 404) return;
  // resource.go:1707-1713.
  if (!isSuccess(response)) throw new ProviderError(`Delete API returns ${response.status}`, response.body);
}

// resource.go:1781-1850: the import id is a JSON object {id, path, query?, header?, body?, read_selector?,
// read_response_template?}; id and path are required; body (its leaves null) names the attributes to track.
async function importResource(block: SchemaBlock, req: ImportRequest): Promise<TfObject> {
  let spec: Record<string, unknown>;
  try {
    const parsed = JSON.parse(req.id) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
    spec = parsed as Record<string, unknown>;
  } catch (e) {
    throw new ProviderError('Resource Import Error', `failed to unmarshal ID: ${(e as Error).message}`);
  }
  if (typeof spec.id !== 'string' || spec.id === '') {
    throw new ProviderError('Resource Import Error', '`id` not specified in the import spec');
  }
  if (typeof spec.path !== 'string' || spec.path === '') {
    throw new ProviderError('Resource Import Error', '`path` not specified in the import spec');
  }
  const values: Record<string, TfValue> = { id: spec.id, path: spec.path };
  if (spec.body !== undefined && spec.body !== null) values.body = jsonToTf(spec.body as Json);
  if (spec.query !== undefined && spec.query !== null) values.query = jsonToTf(spec.query as Json);
  if (spec.header !== undefined && spec.header !== null) values.header = jsonToTf(spec.header as Json);
  if (typeof spec.read_selector === 'string') values.read_selector = spec.read_selector;
  if (typeof spec.read_response_template === 'string') values.read_response_template = spec.read_response_template;
  return shapeLike(block, values);
}

// ---------------------------------------------------------------------------------------------------------------
// restful_operation (internal/provider/operation_resource.go (v0.25.2))

function restfulOperation(block: SchemaBlock): ResourceBehaviour {
  return {
    validate: (config) => {
      // operation_resource.go:228-252: ephemeral_body must be disjoint from body.
      if (config.body === UNKNOWN) return [];
      try {
        validateEphemeralBody(toJsonText(config.body), config.ephemeral_body);
        return [];
      } catch (e) {
        return [{ severity: 'error', summary: (e as ProviderError).summary ?? String(e) }];
      }
    },
    plan: (req) => {
      // operation_resource.go:87-102: id UseStateForUnknown, a `path` change replaces (a new operation at the new
      // path); 207-211: use_sensitive_output too. Any other change plans an update, which sends the operation
      // again (output is computed, so it becomes unknown).
      const base = frameworkPlan(block, req, {
        useStateForUnknown: ['id'],
        requiresReplace: ['path', 'use_sensitive_output'],
      });
      // operation_resource.go:254-290: a changed ephemeral_body makes output unknown (re-run).
      if (base.planned !== null && req.prior !== null && ephemeralDiff(req.priorPrivate, req.config?.ephemeral_body)) {
        base.planned.output = UNKNOWN;
      }
      return { planned: base.planned, requiresReplace: base.requiresReplace, private: req.priorPrivate };
    },
    apply: async (req) => {
      const api = apiOption(req.providerConfig);
      if (req.planned === null) {
        if (req.prior) await deleteOperation(api, req.prior);
        return { newState: null };
      }
      return runOperation(api, req);
    },
    // operation_resource.go:545-546: Read does nothing; the state is what the last run left.
    read: async (req) => ({ newState: req.current, private: req.private }),
  };
}

/** operation_resource.go:319-535 createOrUpdate: the same request on create and on every update. */
async function runOperation(api: ApiOption, req: ApplyRequest): Promise<ApplyResult> {
  const plan = clone(req.planned as TfObject);
  const config = req.config ?? {};
  rejectUnsupported(plan, ['precheck', 'poll']);
  const method = str(plan.method);
  // api_option.go:98-106 via operation_resource.go:343: provider maps, replaced by `query`/`header`, replaced by
  // operation_query/operation_header (no `$(body.x)` source here).
  const opt = {
    query: queryTakeWithExparam(queryTakeOrSelf(api.query, plan.query), plan.operation_query, undefined),
    header: headerTakeWithExparam(headerTakeOrSelf(api.header, plan.header), plan.operation_header, undefined),
  };
  // operation_resource.go:359-389: body (merge-patched with ephemeral_body) or nothing.
  let body: string | undefined;
  let eb: string | undefined;
  if (!isNull(plan.body)) {
    body = toJsonText(plan.body);
    if (!isNull(config.ephemeral_body)) {
      eb = validateEphemeralBody(body, config.ephemeral_body);
      if (eb !== undefined) body = goJson(mergePatch(parseJson(body), parseJson(eb)));
    }
  }
  const response = await operationCall(api, method, str(plan.path), opt, body);
  // operation_resource.go:399-405.
  if (!isSuccess(response)) throw new ProviderError(`Operation API returns ${response.status}`, response.body);
  // operation_resource.go:407-417: id is `path`, or id_builder expanded from the response.
  let resourceId = str(plan.path);
  if (!isNull(plan.id_builder)) {
    try {
      resourceId = expandBodyOrPath(str(plan.id_builder), str(plan.path), response.body);
    } catch (e) {
      throw new ProviderError(
        'Failed to build the id for this resource',
        `Can't build resource id with \`id_builder\`: ${JSON.stringify(str(plan.id_builder))}, \`path\`: ${JSON.stringify(str(plan.path))}: ${(e as Error).message}`,
      );
    }
  }
  plan.id = resourceId;
  // operation_resource.go:475-522: output is the response (output_attrs filter, ephemeral keys removed).
  let rb = response.body;
  if (Array.isArray(plan.output_attrs)) {
    try {
      rb = goJson(filterAttrsInJson(parseJson(rb), plan.output_attrs.map((x) => str(x))));
    } catch (e) {
      throw new ProviderError('Filter `output` during operation', (e as Error).message);
    }
  }
  if (eb !== undefined) rb = goJson(jsonsetDifference(parseJson(rb), parseJson(eb)));
  setOutput(plan, impliedOrThrow(rb, 'Converting `output` from JSON to dynamic'));
  plan.ephemeral_body = null;
  return { newState: plan, private: ephemeralSet(req.plannedPrivate, eb) };
}

/** client.go:304-339 Operation: JSON content type by default; a form content type sends the body as a form. */
async function operationCall(
  api: ApiOption,
  method: string,
  target: string,
  opt: { query: Query; header: Header },
  body: string | undefined,
): Promise<HttpResponse> {
  if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
    throw new ProviderError('Error to call operation', `unknown create method: ${method}`);
  }
  let sendBody = body;
  const header = { ...opt.header };
  const ct = headerGet(Object.entries(header), 'Content-Type') || 'application/json';
  if (body !== undefined && body.length > 0 && ct === 'application/x-www-form-urlencoded') {
    const m = parseJson(body);
    if (!isObject(m)) throw new ProviderError('Error to call operation', 'unmarshaling the operation body to a map of string');
    const form: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(m)) form[k] = [typeof v === 'string' ? v : JSON.stringify(v)];
    sendBody = goEncodeQuery(form);
  }
  return call(api, method, target, { ...opt, header, body: sendBody, defaultContentType: true });
}

async function deleteOperation(api: ApiOption, state: TfObject): Promise<void> {
  // operation_resource.go:570-572: without delete_method, destroying the resource sends nothing.
  if (isNull(state.delete_method)) return;
  rejectUnsupported(state, ['precheck_delete', 'poll_delete']);
  const output = toJsonText(getOutput(state));
  // operation_resource.go:574: delete_query/delete_header may use `$(body.x)` of the output.
  const opt = {
    query: queryTakeWithExparam(queryTakeOrSelf(api.query, state.query), state.delete_query, output),
    header: headerTakeWithExparam(headerTakeOrSelf(api.header, state.header), state.delete_header, output),
  };
  // operation_resource.go:590-600: the id, or delete_path expanded with `$(path)`/`$(body.x)`.
  let target = str(state.id);
  if (!isNull(state.delete_path)) {
    try {
      target = expandBodyOrPath(str(state.delete_path), str(state.path), output);
    } catch (e) {
      throw new ProviderError(
        'Failed to build the path for deleting the operation resource',
        `Can't build path with \`delete_path\`: ${JSON.stringify(str(state.delete_path))}, \`path\`: ${JSON.stringify(str(state.path))}, \`body\`: ${JSON.stringify(output ?? '')}, error: ${(e as Error).message}`,
      );
    }
  }
  // operation_resource.go:602-625: delete_body, then any non-2xx fails (404 included).
  const response = await operationCall(api, str(state.delete_method), target, opt, toJsonText(state.delete_body));
  if (!isSuccess(response)) throw new ProviderError(`Delete: Operation API returns ${response.status}`, response.body);
}

// ---------------------------------------------------------------------------------------------------------------
// data source restful_resource (internal/provider/data_source.go (v0.25.2))

function restfulDataSource(block: SchemaBlock): DataSourceBehaviour {
  return {
    read: async (req) => {
      const api = apiOption(req.providerConfig);
      const config = req.config;
      rejectUnsupported(config, ['precheck']);
      // api_option.go:88-96: provider maps replaced by the data source's.
      const opt = { query: queryTakeOrSelf(api.query, config.query), header: headerTakeOrSelf(api.header, config.header) };
      const state: TfObject = shapeLike(block, { ...config, output: null, sensitive_output: null });
      const method = isNull(config.method) ? 'GET' : str(config.method);
      // data_source.go:293-305: a body only for POST.
      const body = method === 'POST' && !isNull(config.body) ? toJsonText(config.body) : undefined;
      if (!['GET', 'POST', 'HEAD'].includes(method)) {
        throw new ProviderError('Error to call Read', `unknown read (ds) method: ${method}`);
      }
      const response = await call(api, method, str(config.id), {
        ...opt,
        body,
        defaultContentType: body !== undefined && body.length > 0,
      });
      // data_source.go:315-327: non-2xx fails, except 404 with allow_not_exist (the output stays null).
      if (!isSuccess(response)) {
        if (response.status === 404 && config.allow_not_exist === true) return state;
        throw new ProviderError(`Read API returns ${response.status}`, response.body);
      }
      let b = response.body;
      // data_source.go:331-348: selector; nothing selected fails unless allow_not_exist.
      const sel = str(config.selector);
      if (sel !== '') {
        const r = gjsonGetText(b, sel);
        if (!r.exists) {
          if (config.allow_not_exist === true) return state;
          throw new ProviderError('`selector` failed to select from the response', response.body);
        }
        b = gjsonString(r);
      }
      // data_source.go:350-385: output_attrs, then output or sensitive_output.
      if (Array.isArray(config.output_attrs)) {
        try {
          b = goJson(filterAttrsInJson(parseJson(b), config.output_attrs.map((x) => str(x))));
        } catch (e) {
          throw new ProviderError('Filter `output` during Read', (e as Error).message);
        }
      }
      setOutput(state, impliedOrThrow(b, 'Evaluating `output` during Read'));
      return state;
    },
  };
}
