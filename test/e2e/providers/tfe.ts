import {
  ApplyRequest,
  DataSourceBehaviour,
  ImportRequest,
  PlanRequest,
  PlanResult,
  ProviderError,
  ProviderSchemaJson,
  ReadRequest,
  ReadResult,
  ResourceBehaviour,
  StandInProvider,
  TfObject,
  TfValue,
  UNKNOWN,
} from '../harness/types';
import { HttpResponse, sendHttp } from './http-client';
import { goEncodeQuery, goPathEscape, isObject, Json } from './json-tools';
import {
  blockOf,
  bool,
  clone,
  list,
  map,
  num,
  SchemaBlock,
  sdkGet,
  sdkHasChange,
  sdkPlan,
  SdkResourceSpec,
  sdkSame,
  sdkSettle,
  shapeLike,
  str,
} from './plan-helpers';

/**
 * Stand-in for registry.terraform.io/hashicorp/tfe 0.71.0 (github.com/hashicorp/terraform-provider-tfe, tag
 * v0.71.0, which pins github.com/hashicorp/go-tfe v1.94.0). Comments cite files of those tags. The requests are
 * go-tfe's, sent to `<scheme>://<hostname>/api/v2/`.
 *
 * Differences on purpose: no service discovery (`/.well-known/terraform.json`; the base path is `/api/v2/`), the
 * scheme can be http for a local fake, retry back-off is scaled down, and attributes the configuration leaves
 * unset keep null in state where the SDK would store a zero value or a default (see plan-helpers sdkSettle).
 */
export const TFE_ADDRESS = 'registry.terraform.io/hashicorp/tfe';

export interface TfeProviderOptions {
  /** The provider schema (`terraform providers schema -json`'s entry for hashicorp/tfe). */
  readonly schema: ProviderSchemaJson;
  /** The real provider always speaks https; a fake TFE on 127.0.0.1 speaks http. */
  readonly scheme?: 'http' | 'https';
  /** TFE_TOKEN, TFE_HOSTNAME, TFE_ORGANIZATION come from here (default: process.env). */
  readonly env?: Record<string, string | undefined>;
  /** Multiplies go-tfe's retry back-off (700-900 ms per attempt); default 0.01 so tests do not wait minutes. */
  readonly retryDelayScale?: number;
}

export function tfeProvider(options: TfeProviderOptions): StandInProvider & { readonly legacyTypeSystem: true } {
  const ctx: Ctx = {
    scheme: options.scheme ?? 'https',
    env: options.env ?? process.env,
    retryDelayScale: options.retryDelayScale ?? 0.01,
    pinged: new Set(),
  };
  const rs = options.schema.resource_schemas ?? {};
  const ds = options.schema.data_source_schemas ?? {};
  const resources: Record<string, ResourceBehaviour> = {};
  if (rs.tfe_oauth_client) resources.tfe_oauth_client = oauthClientResource(ctx, blockOf(rs.tfe_oauth_client, 'tfe_oauth_client'));
  if (rs.tfe_project_oauth_client) {
    resources.tfe_project_oauth_client = projectOauthClientResource(ctx, blockOf(rs.tfe_project_oauth_client, 'tfe_project_oauth_client'));
  }
  if (rs.tfe_workspace) resources.tfe_workspace = workspaceResource(ctx, blockOf(rs.tfe_workspace, 'tfe_workspace'));
  const dataSources: Record<string, DataSourceBehaviour> = {};
  if (ds.tfe_oauth_client) dataSources.tfe_oauth_client = oauthClientDataSource(ctx, blockOf(ds.tfe_oauth_client, 'data.tfe_oauth_client'));
  return {
    address: TFE_ADDRESS,
    schema: options.schema,
    resources,
    dataSources,
    // terraform-plugin-sdk/v2 answers with legacy_type_system = true; a server that forwards the flag lets
    // Terraform tolerate the small plan/apply differences the SDK is known for.
    legacyTypeSystem: true,
  };
}

interface Ctx {
  readonly scheme: 'http' | 'https';
  readonly env: Record<string, string | undefined>;
  readonly retryDelayScale: number;
  readonly pinged: Set<string>;
}

// ---------------------------------------------------------------------------------------------------------------
// Provider configuration (internal/provider/provider.go, internal/client/config.go (v0.71.0))

interface Configured {
  readonly client: TfeClient;
  /** provider.go:150-155: provider `organization`, else TFE_ORGANIZATION. */
  readonly organization: string;
}

function configured(ctx: Ctx, pc: TfObject): Configured {
  // config.go:171-177: hostname from the provider block, else TFE_HOSTNAME, else app.terraform.io.
  let host = typeof pc.hostname === 'string' ? pc.hostname : '';
  if (host === '') host = ctx.env.TFE_HOSTNAME || 'app.terraform.io';
  // config.go:233-246: token from the provider block, else TFE_TOKEN (else the CLI credentials, not read here).
  let token = typeof pc.token === 'string' ? pc.token : '';
  if (token === '') token = ctx.env.TFE_TOKEN ?? '';
  if (token === '') {
    throw new ProviderError(
      'required token could not be found. Please set the token using an input variable in the provider configuration block or by using the TFE_TOKEN environment variable',
    );
  }
  let organization = typeof pc.organization === 'string' ? pc.organization : '';
  if (organization === '') organization = ctx.env.TFE_ORGANIZATION ?? '';
  return { client: new TfeClient(ctx, `${ctx.scheme}://${host}/api/v2/`, token), organization };
}

/** Planning needs only the default organization: a token that is not known yet must not fail the plan. */
function planConfig(ctx: Ctx, pc: TfObject): Pick<Configured, 'organization'> {
  let organization = typeof pc.organization === 'string' ? pc.organization : '';
  if (organization === '') organization = ctx.env.TFE_ORGANIZATION ?? '';
  return { organization };
}

/** provider.go:31-44 schemaOrDefaultOrganization. */
function orgOrDefault(c: Configured, v: TfValue | undefined): string {
  if (typeof v === 'string' && v !== '') return v;
  if (c.organization === '') throw new ProviderError('no organization was specified on the resource or provider');
  return c.organization;
}

// ---------------------------------------------------------------------------------------------------------------
// go-tfe v1.94.0 client

type ErrKind = 'not_found' | 'unauthorized' | 'invalid_include' | 'still_processing' | 'not_safe' | 'locked' | 'other';

/** A go-tfe error: `message` is its Error() text, `kind` the sentinel it matches. */
class TfeError extends Error {
  constructor(message: string, public readonly kind: ErrKind = 'other') {
    super(message);
  }
}

// go-tfe errors.go:14-17, 76-91, 187.
const ERR_NOT_FOUND = 'resource not found';
const ERR_UNAUTHORIZED = 'unauthorized';

interface JsonApiResource {
  readonly id: string;
  readonly type: string;
  readonly attributes: Record<string, Json>;
  readonly relationships: Record<string, Json>;
  readonly links: Record<string, Json>;
}
interface JsonApiDoc {
  readonly data: JsonApiResource | JsonApiResource[] | null;
  readonly included: JsonApiResource[];
  readonly meta: Record<string, Json>;
}

function asResource(v: Json | undefined): JsonApiResource {
  const o = isObject(v) ? v : {};
  return {
    id: typeof o.id === 'string' ? o.id : '',
    type: typeof o.type === 'string' ? o.type : '',
    attributes: isObject(o.attributes) ? o.attributes : {},
    relationships: isObject(o.relationships) ? o.relationships : {},
    links: isObject(o.links) ? o.links : {},
  };
}

function parseDoc(text: string): JsonApiDoc {
  const raw = text.length ? (JSON.parse(text) as Json) : null;
  const o = isObject(raw) ? raw : {};
  const data = o.data === undefined || o.data === null ? null : Array.isArray(o.data) ? o.data.map(asResource) : asResource(o.data);
  return {
    data,
    included: Array.isArray(o.included) ? o.included.map(asResource) : [],
    meta: isObject(o.meta) ? o.meta : {},
  };
}

/** The ids a relationship holds (to-one or to-many); undefined when the relationship is absent. */
function relIds(r: JsonApiResource, name: string): string[] | undefined {
  const rel = r.relationships[name];
  if (!isObject(rel) || rel.data === undefined) return undefined;
  const data = rel.data;
  if (data === null) return [];
  const items = Array.isArray(data) ? data : [data];
  return items.filter(isObject).map((x) => (typeof x.id === 'string' ? x.id : ''));
}

function attrStr(r: JsonApiResource, name: string): string {
  const v = r.attributes[name];
  return typeof v === 'string' ? v : '';
}
function attrBool(r: JsonApiResource, name: string): boolean {
  return r.attributes[name] === true;
}
function attrOptBool(r: JsonApiResource, name: string): boolean | null {
  const v = r.attributes[name];
  return typeof v === 'boolean' ? v : null;
}
function attrStrings(r: JsonApiResource, name: string): string[] {
  const v = r.attributes[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// go-tfe validations.go:14: ids may hold anything but `/` and whitespace.
function validStringId(v: string): boolean {
  return /^[^/\s]+$/.test(v);
}

const JSONAPI = 'application/vnd.api+json';

class TfeClient {
  constructor(private readonly ctx: Ctx, readonly base: string, private readonly token: string) {}

  /** go-tfe tfe.go:434-437 NewClient: one GET of `ping` (the status is ignored; only a transport error fails). */
  private async ping(): Promise<void> {
    if (this.ctx.pinged.has(this.base)) return;
    try {
      await sendHttp({
        method: 'GET',
        url: `${this.base}ping`,
        headers: [
          ['User-Agent', 'go-tfe'],
          ['Accept', JSONAPI],
          ['Authorization', `Bearer ${this.token}`],
        ],
      });
    } catch (e) {
      throw new ProviderError(`failed to create client: ${(e as Error).message}`);
    }
    this.ctx.pinged.add(this.base);
  }

  /** NewRequest + Do: JSON:API headers, the retry policy of tfe.go:629-659, checkResponseCode of tfe.go:999-1068. */
  async request(method: string, path: string, opts: { query?: Record<string, string[]>; body?: Json } = {}): Promise<JsonApiDoc> {
    await this.ping();
    const q = opts.query ? goEncodeQuery(opts.query) : '';
    const url = `${this.base}${path}${q ? `?${q}` : ''}`;
    const headers: Array<[string, string]> = [['User-Agent', 'go-tfe'], ['Authorization', `Bearer ${this.token}`], ['Accept', JSONAPI]];
    if (method !== 'GET') headers.push(['Content-Type', JSONAPI]);
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    let res: HttpResponse | undefined;
    let lastErr: Error | undefined;
    // tfe.go:424-433 + client.go:157 (provider): up to 30 retries on 429, on 5xx and on transport errors.
    for (let attempt = 0; attempt <= 30; attempt++) {
      if (attempt > 0) {
        const ms = attempt * (700 + Math.random() * 200) * this.ctx.retryDelayScale;
        await new Promise((r) => setTimeout(r, ms));
      }
      try {
        res = await sendHttp({ method, url, headers, body });
        lastErr = undefined;
      } catch (e) {
        res = undefined;
        lastErr = e as Error;
        continue;
      }
      if (res.status !== 429 && res.status < 500) break;
    }
    if (!res) throw new TfeError(lastErr?.message ?? 'request failed');
    checkResponseCode(res, url);
    try {
      return parseDoc(res.body);
    } catch (e) {
      throw new TfeError((e as Error).message);
    }
  }

  /** Every page of a list (pagination meta of tfe.go:959-965: stop when current-page >= total-pages). */
  async list(path: string, query: Record<string, string[]> = {}): Promise<JsonApiDoc[]> {
    const pages: JsonApiDoc[] = [];
    let q = { ...query };
    for (;;) {
      const doc = await this.request('GET', path, { query: q });
      pages.push(doc);
      const p = isObject(doc.meta.pagination) ? doc.meta.pagination : {};
      const current = typeof p['current-page'] === 'number' ? p['current-page'] : 0;
      const total = typeof p['total-pages'] === 'number' ? p['total-pages'] : 0;
      const next = typeof p['next-page'] === 'number' ? p['next-page'] : 0;
      if (current >= total) break;
      q = { ...query, 'page[number]': [String(next)] };
    }
    return pages;
  }
}

function errorPayload(res: HttpResponse): string[] | undefined {
  // tfe.go:1071-1090 decodeErrorPayload: "title" or "title\n\ndetail" per error; undecodable -> the status line.
  try {
    const doc = JSON.parse(res.body) as Json;
    const errs = isObject(doc) && Array.isArray(doc.errors) ? doc.errors : [];
    if (errs.length === 0) return undefined;
    return errs.map((e) => {
      const o = isObject(e) ? e : {};
      const title = typeof o.title === 'string' ? o.title : '';
      const detail = typeof o.detail === 'string' ? o.detail : '';
      return detail === '' ? title : `${title}\n\n${detail}`;
    });
  } catch {
    return undefined;
  }
}

function checkResponseCode(res: HttpResponse, url: string): void {
  if (res.status >= 200 && res.status <= 399) return;
  const urlPath = new URL(url).pathname;
  switch (res.status) {
    case 400: {
      const errs = errorPayload(res);
      if (!errs) throw new TfeError(res.statusLine);
      if (errs.some((e) => e.includes('include parameter'))) throw new TfeError('invalid value for "include" field', 'invalid_include');
      throw new TfeError(errs.join('\n'));
    }
    case 401:
      throw new TfeError(ERR_UNAUTHORIZED, 'unauthorized');
    case 404:
      throw new TfeError(ERR_NOT_FOUND, 'not_found');
    case 409:
      if (urlPath.endsWith('actions/safe-delete')) {
        const errs = errorPayload(res);
        if (!errs) throw new TfeError(res.statusLine);
        if (errs.some((e) => e.includes('locked'))) {
          throw new TfeError('conflict\nWorkspace is currently locked. Workspace must be unlocked before it can be safely deleted', 'locked');
        }
        if (errs.some((e) => e.includes('being processed'))) {
          throw new TfeError('conflict\nLatest workspace state is being processed to discover resources, please try again later', 'still_processing');
        }
        throw new TfeError('conflict\nworkspace cannot be safely deleted because it is still managing resources', 'not_safe');
      }
      break;
  }
  const errs = errorPayload(res);
  throw new TfeError(errs ? errs.join('\n') : res.statusLine);
}

function fail(message: string): never {
  throw new ProviderError(message);
}

/** Terraform shows an SDK error as a diagnostic whose summary is the error text. */
function wrap(prefix: string, e: unknown): never {
  if (e instanceof ProviderError) throw e;
  throw new ProviderError(`${prefix}${(e as Error).message}`);
}

function isKind(e: unknown, kind: ErrKind): boolean {
  return e instanceof TfeError && e.kind === kind;
}

/** After apply nothing may stay unknown: values the SDK never set are null. */
function resolveUnknowns(o: TfObject): TfObject {
  const out: TfObject = {};
  for (const [k, v] of Object.entries(o)) out[k] = v === UNKNOWN ? null : v;
  return out;
}

function known(v: TfValue | undefined): boolean {
  return v !== null && v !== undefined && v !== UNKNOWN;
}
/** `d.GetOk`: set and not the zero value. */
function getOk(v: TfValue | undefined): boolean {
  if (!known(v)) return false;
  if (v === '' || v === false || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && v !== null) return Object.keys(v).length > 0;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// tfe_oauth_client (internal/provider/resource_tfe_oauth_client.go (v0.71.0))

// resource_tfe_oauth_client.go:29-124: every argument but oauth_token, agent_pool_id and organization_scoped is
// ForceNew.
const OAUTH_CLIENT: SdkResourceSpec = {
  attrs: {
    name: str('optional', { forceNew: true }),
    organization: str('optional_computed', { forceNew: true }),
    api_url: str('required', { forceNew: true }),
    http_url: str('required', { forceNew: true }),
    key: str('optional', { forceNew: true }),
    oauth_token: str('optional'),
    private_key: str('optional', { forceNew: true }),
    secret: str('optional', { forceNew: true }),
    rsa_public_key: str('optional', { forceNew: true }),
    service_provider: str('required', { forceNew: true }),
    oauth_token_id: str('computed'),
    agent_pool_id: str('optional_computed'),
    organization_scoped: bool('optional', { default: true }),
  },
};

/** provider_custom_diffs.go:16-30: with no organization on the resource, a changed provider default
 * organization is planned as a new (ForceNew) organization. */
function defaultOrganizationDiff(c: Pick<Configured, 'organization'>, spec: SdkResourceSpec) {
  return (d: { planned: TfObject; prior: TfObject | null; config: TfObject; requiresReplace: string[] }): void => {
    const plannedOrg = d.planned.organization === UNKNOWN ? '' : String(d.planned.organization ?? '');
    if ((d.config.organization ?? null) === null && c.organization !== plannedOrg) {
      d.planned.organization = c.organization;
      if (d.prior !== null && !sdkSame(spec.attrs.organization, c.organization, d.prior.organization)) {
        d.requiresReplace.push('organization');
      }
    }
  };
}

function oauthClientResource(ctx: Ctx, block: SchemaBlock): ResourceBehaviour {
  return {
    plan: (req) => sdkPlan(block, OAUTH_CLIENT, req, { customizeDiff: defaultOrganizationDiff(planConfig(ctx, req.providerConfig), OAUTH_CLIENT) }),
    apply: async (req) => {
      const c = configured(ctx, req.providerConfig);
      if (req.planned === null) {
        if (req.prior) await oauthClientDelete(c, req.prior);
        return { newState: null };
      }
      const state = req.prior === null ? await oauthClientCreate(c, req.planned) : await oauthClientUpdate(c, req.planned);
      return { newState: state === null ? null : shapeLike(block, resolveUnknowns(state)) };
    },
    read: async (req) => {
      const s = await oauthClientRead(configured(ctx, req.providerConfig), req.current, req.current);
      return { newState: s === null ? null : shapeLike(block, s) };
    },
  };
}

async function oauthClientCreate(c: Configured, planned: TfObject): Promise<TfObject | null> {
  const d = clone(planned);
  const get = (n: string): TfValue => sdkGet(OAUTH_CLIENT.attrs[n], d[n]);
  // resource_tfe_oauth_client.go:131-172.
  const organization = orgOrDefault(c, d.organization);
  const serviceProvider = String(get('service_provider'));
  const privateKey = String(get('private_key'));
  if (serviceProvider === 'ado_server' && privateKey === '') fail(`private_key is required for service_provider ${serviceProvider}`);
  // The create options hold pointers, so empty strings are sent too (name, key, oauth-token-string).
  const attributes: Record<string, Json> = {
    name: String(get('name')),
    'api-url': String(get('api_url')),
    'http-url': String(get('http_url')),
    'oauth-token-string': String(get('oauth_token')),
    key: String(get('key')),
    'service-provider': serviceProvider,
    'organization-scoped': get('organization_scoped') as boolean,
  };
  if (serviceProvider === 'ado_server') attributes['private-key'] = privateKey;
  if (serviceProvider === 'bitbucket_server' || serviceProvider === 'bitbucket_data_center') {
    attributes['rsa-public-key'] = String(get('rsa_public_key'));
    attributes.secret = String(get('secret'));
  }
  if (serviceProvider === 'bitbucket_hosted') attributes.secret = String(get('secret'));
  const relationships: Record<string, Json> = {};
  if (getOk(d.agent_pool_id)) relationships['agent-pool'] = { data: { type: 'agent-pools', id: String(d.agent_pool_id) } };
  // go-tfe oauth_client.go:246-253 + 333-352: argument checks before any request.
  const prefix = `Error creating OAuth client for organization ${organization}: `;
  if (!validStringId(organization)) wrap(prefix, new TfeError('invalid value for organization'));
  if (attributes['api-url'] === '') wrap(prefix, new TfeError('API URL is required'));
  if (attributes['http-url'] === '') wrap(prefix, new TfeError('HTTP URL is required'));
  if (attributes['oauth-token-string'] === '' && serviceProvider !== 'bitbucket_server' && serviceProvider !== 'bitbucket_data_center') {
    wrap(prefix, new TfeError('OAuth token is required'));
  }
  if (privateKey !== '' && serviceProvider !== 'ado_server') {
    wrap(prefix, new TfeError('private Key can only be present with Azure DevOps Server service provider'));
  }
  let doc: JsonApiDoc;
  try {
    doc = await c.client.request('POST', `organizations/${goPathEscape(organization)}/oauth-clients`, {
      body: { data: { type: 'oauth-clients', attributes, ...(Object.keys(relationships).length ? { relationships } : {}) } },
    });
  } catch (e) {
    wrap(prefix, e);
  }
  const oc = asResource(doc.data as Json);
  // resource_tfe_oauth_client.go:181-189: id, the first token's id (or ""), then Read.
  d.id = oc.id;
  const tokens = relIds(oc, 'oauth-tokens') ?? [];
  d.oauth_token_id = tokens.length > 0 ? tokens[0] : '';
  return oauthClientRead(c, d, planned);
}

/** resource_tfe_oauth_client.go:192-223. Only organization, api_url, http_url, service_provider,
 * organization_scoped and oauth_token_id are refreshed; name, key, secret, rsa_public_key, private_key and
 * oauth_token keep what the configuration said, so changes made elsewhere to them are never seen. */
async function oauthClientRead(c: Configured, current: TfObject, reference: TfObject): Promise<TfObject | null> {
  const d = clone(current);
  let doc: JsonApiDoc;
  try {
    doc = await c.client.request('GET', `oauth-clients/${goPathEscape(String(d.id ?? ''))}`);
  } catch (e) {
    // :197-202: a client deleted elsewhere (404) is removed from state.
    if (isKind(e, 'not_found')) return null;
    wrap('', e);
  }
  const oc = asResource(doc.data as Json);
  d.organization = (relIds(oc, 'organization') ?? [''])[0] ?? '';
  d.api_url = attrStr(oc, 'api-url');
  d.http_url = attrStr(oc, 'http-url');
  d.service_provider = attrStr(oc, 'service-provider');
  d.organization_scoped = sdkSettle(OAUTH_CLIENT.attrs.organization_scoped, attrOptBool(oc, 'organization-scoped'), reference.organization_scoped);
  // :213-220: zero tokens -> "", one -> its id, more -> error.
  d.oauth_token_id = tokenId(oc);
  return d;
}

function tokenId(oc: JsonApiResource): string {
  const tokens = relIds(oc, 'oauth-tokens') ?? [];
  if (tokens.length === 0) return '';
  if (tokens.length === 1) return tokens[0];
  return fail(`unexpected number of OAuth tokens: ${tokens.length}`);
}

async function oauthClientUpdate(c: Configured, planned: TfObject): Promise<TfObject | null> {
  // resource_tfe_oauth_client.go:240-256: only organization_scoped and the OAuth token can change in place.
  const id = String(planned.id ?? '');
  try {
    await c.client.request('PATCH', `oauth-clients/${goPathEscape(id)}`, {
      body: {
        data: {
          type: 'oauth-clients',
          attributes: {
            'organization-scoped': sdkGet(OAUTH_CLIENT.attrs.organization_scoped, planned.organization_scoped) as boolean,
            'oauth-token-string': String(sdkGet(OAUTH_CLIENT.attrs.oauth_token, planned.oauth_token)),
          },
        },
      },
    });
  } catch (e) {
    wrap(`Error updating OAuth client ${id}: `, e);
  }
  return oauthClientRead(c, planned, planned);
}

async function oauthClientDelete(c: Configured, state: TfObject): Promise<void> {
  // resource_tfe_oauth_client.go:225-238: 404 on delete is success.
  const id = String(state.id ?? '');
  try {
    await c.client.request('DELETE', `oauth-clients/${goPathEscape(id)}`);
  } catch (e) {
    if (isKind(e, 'not_found')) return;
    wrap(`Error deleting OAuth client ${id}: `, e);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// data source tfe_oauth_client (internal/provider/data_source_oauth_client.go, oauth_client_helpers.go (v0.71.0))

function oauthClientDataSource(ctx: Ctx, block: SchemaBlock): DataSourceBehaviour {
  return {
    read: async (req) => {
      const c = configured(ctx, req.providerConfig);
      const config = req.config;
      let oc: JsonApiResource;
      if (getOk(config.oauth_client_id)) {
        // data_source_oauth_client.go:104-109: by id.
        try {
          oc = asResource((await c.client.request('GET', `oauth-clients/${goPathEscape(String(config.oauth_client_id))}`)).data as Json);
        } catch (e) {
          wrap('Error retrieving OAuth client: ', e);
        }
      } else {
        // data_source_oauth_client.go:110-132: by name and/or service_provider within the organization.
        const organization = orgOrDefault(c, config.organization);
        const name = getOk(config.name) ? String(config.name) : '';
        const sp = getOk(config.service_provider) ? String(config.service_provider) : '';
        oc = await fetchOAuthClientByNameOrServiceProvider(c, organization, name, sp);
      }
      // data_source_oauth_client.go:134-160.
      const values: Record<string, TfValue> = { ...config };
      values.id = oc.id;
      values.oauth_client_id = oc.id;
      values.api_url = attrStr(oc, 'api-url');
      values.callback_url = attrStr(oc, 'callback-url');
      values.created_at = rfc3339(attrStr(oc, 'created-at'));
      values.http_url = attrStr(oc, 'http-url');
      const ocName = oc.attributes.name;
      if (typeof ocName === 'string') values.name = ocName;
      values.service_provider = attrStr(oc, 'service-provider');
      values.service_provider_display_name = attrStr(oc, 'service-provider-display-name');
      values.organization_scoped = attrOptBool(oc, 'organization-scoped');
      // :147-154: more than one token is an error; none gives "".
      values.oauth_token_id = tokenId(oc);
      values.project_ids = relIds(oc, 'projects') ?? [];
      return shapeLike(block, values);
    },
  };
}

/** oauth_client_helpers.go:13-68: every page of the organization's clients; name and service provider must both
 * match when both are given; no match and several matches are errors. */
async function fetchOAuthClientByNameOrServiceProvider(
  c: Configured,
  organization: string,
  name: string,
  serviceProvider: string,
): Promise<JsonApiResource> {
  let pages: JsonApiDoc[];
  try {
    pages = await c.client.list(`organizations/${goPathEscape(organization)}/oauth-clients`);
  } catch (e) {
    wrap('Error retrieving OAuth Clients: ', e);
  }
  const matches: JsonApiResource[] = [];
  for (const page of pages) {
    for (const item of Array.isArray(page.data) ? page.data : []) {
      const itemName = item.attributes.name;
      const sp = attrStr(item, 'service-provider');
      if (name !== '' && serviceProvider !== '') {
        if (typeof itemName === 'string' && itemName === name && sp === serviceProvider) matches.push(item);
      } else if (name !== '') {
        if (typeof itemName === 'string' && itemName === name) matches.push(item);
      } else if (serviceProvider !== '') {
        if (sp === serviceProvider) matches.push(item);
      }
    }
  }
  if (matches.length === 0) fail('no OAuthClients found matching the given parameters');
  if (matches.length > 1) fail('too many OAuthClients were found to match the given parameters. Please narrow your search');
  return matches[0];
}

/** `CreatedAt.Format(time.RFC3339)`: whole seconds, "Z" for UTC; the zero time when absent. */
function rfc3339(iso: string): string {
  const t = iso === '' ? NaN : Date.parse(iso);
  if (Number.isNaN(t)) return '0001-01-01T00:00:00Z';
  const m = /([+-]\d{2}:\d{2}|Z)$/i.exec(iso);
  const zone = m && m[1].toUpperCase() !== 'Z' ? m[1] : 'Z';
  const offsetMin = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = new Date(t + offsetMin * 60000).toISOString().replace(/\.\d{3}Z$/, '');
  return `${local}${zone}`;
}

// ---------------------------------------------------------------------------------------------------------------
// tfe_project_oauth_client (internal/provider/resource_tfe_project_oauth_client_.go (v0.71.0))

// resource_tfe_project_oauth_client_.go:26-38: both arguments ForceNew; there is no Update.
const PROJECT_OAUTH_CLIENT: SdkResourceSpec = {
  attrs: {
    oauth_client_id: str('required', { forceNew: true }),
    project_id: str('required', { forceNew: true }),
  },
};

function projectOauthClientResource(ctx: Ctx, block: SchemaBlock): ResourceBehaviour {
  return {
    plan: (req) => sdkPlan(block, PROJECT_OAUTH_CLIENT, req),
    apply: async (req) => {
      const c = configured(ctx, req.providerConfig);
      if (req.planned === null) {
        if (req.prior) await projectOauthClientDelete(c, req.prior);
        return { newState: null };
      }
      if (req.prior !== null) return { newState: req.planned };
      const s = await projectOauthClientCreate(c, req.planned);
      return { newState: s === null ? null : shapeLike(block, resolveUnknowns(s)) };
    },
    read: async (req) => ({ newState: await projectOauthClientRead(configured(ctx, req.providerConfig), req.current) }),
    importState: async (req) => projectOauthClientImport(configured(ctx, req.providerConfig), block, req),
  };
}

function projectsBody(projectId: string): Json {
  return { data: [{ type: 'projects', id: projectId }] };
}

async function projectOauthClientCreate(c: Configured, planned: TfObject): Promise<TfObject | null> {
  // resource_tfe_project_oauth_client_.go:42-60: attach, id `<project>_<client>`, then Read.
  const ocId = String(planned.oauth_client_id ?? '');
  const projectId = String(planned.project_id ?? '');
  const prefix = `error attaching oauth client id ${ocId} to project ${projectId}: `;
  if (!validStringId(ocId)) wrap(prefix, new TfeError('invalid value for OAuth client ID'));
  try {
    await c.client.request('POST', `oauth-clients/${goPathEscape(ocId)}/relationships/projects`, { body: projectsBody(projectId) });
  } catch (e) {
    wrap(prefix, e);
  }
  return projectOauthClientRead(c, { ...planned, id: `${projectId}_${ocId}` });
}

async function projectOauthClientRead(c: Configured, current: TfObject): Promise<TfObject | null> {
  // resource_tfe_project_oauth_client_.go:62-97: the client read with its projects; a deleted client or a
  // project no longer attached removes the resource from state.
  const ocId = String(current.oauth_client_id ?? '');
  const projectId = String(current.project_id ?? '');
  let doc: JsonApiDoc;
  try {
    doc = await c.client.request('GET', `oauth-clients/${goPathEscape(ocId)}`, { query: { include: ['projects'] } });
  } catch (e) {
    if (isKind(e, 'not_found')) return null;
    wrap(`error reading configuration of oauth client ${ocId}: `, e);
  }
  const oc = asResource(doc.data as Json);
  if (!(relIds(oc, 'projects') ?? []).includes(projectId)) return null;
  return clone(current);
}

async function projectOauthClientDelete(c: Configured, state: TfObject): Promise<void> {
  // resource_tfe_project_oauth_client_.go:100-117: detach; any error (404 included) fails.
  const ocId = String(state.oauth_client_id ?? '');
  const projectId = String(state.project_id ?? '');
  try {
    await c.client.request('DELETE', `oauth-clients/${goPathEscape(ocId)}/relationships/projects`, { body: projectsBody(projectId) });
  } catch (e) {
    wrap(`error detaching project ${projectId} from oauth client ${ocId}: `, e);
  }
}

async function projectOauthClientImport(c: Configured, block: SchemaBlock, req: ImportRequest): Promise<TfObject> {
  // resource_tfe_project_oauth_client_.go:119-172: `<ORGANIZATION>/<PROJECT ID>/<OAUTHCLIENT NAME>`.
  const parts = req.id.split('/');
  const split = parts.length > 3 ? [parts[0], parts[1], parts.slice(2).join('/')] : parts;
  if (split.length !== 3) {
    fail(`invalid project oauth client input format: [${split.join(' ')}] (expected <ORGANIZATION>/<PROJECT ID>/<OAUTHCLIENT NAME>)`);
  }
  const [organization, projectId, name] = split;
  try {
    await c.client.request('GET', `projects/${goPathEscape(projectId)}`);
  } catch (e) {
    wrap(`error reading configuration of project ${projectId} in organization ${organization}: `, e);
  }
  let pages: JsonApiDoc[];
  try {
    pages = await c.client.list(`organizations/${goPathEscape(organization)}/oauth-clients`, { include: ['projects'] });
  } catch (e) {
    wrap("error retrieving organization's list of oauth clients: ", e);
  }
  for (const page of pages) {
    for (const oc of Array.isArray(page.data) ? page.data : []) {
      if (oc.attributes.name !== name) continue;
      if ((relIds(oc, 'projects') ?? []).includes(projectId)) {
        return shapeLike(block, { id: `${projectId}_${oc.id}`, project_id: projectId, oauth_client_id: oc.id });
      }
    }
  }
  return fail(`project ${projectId} has not been assigned to oauth client ${name}`);
}

// ---------------------------------------------------------------------------------------------------------------
// tfe_workspace (internal/provider/resource_tfe_workspace.go (v0.71.0))

// resource_tfe_workspace.go:80-361: only `organization` is ForceNew; name, vcs_repo and the rest change in place.
const WORKSPACE: SdkResourceSpec = {
  attrs: {
    name: str('required'),
    organization: str('optional_computed', { forceNew: true }),
    description: str('optional_computed'),
    agent_pool_id: str('optional_computed'),
    allow_destroy_plan: bool('optional', { default: true }),
    auto_apply: bool('optional_computed'),
    auto_apply_run_trigger: bool('optional', { default: false }),
    auto_destroy_at: str('optional_computed'),
    auto_destroy_activity_duration: str('optional_computed'),
    execution_mode: str('optional_computed'),
    file_triggers_enabled: bool('optional', { default: true }),
    global_remote_state: bool('optional_computed'),
    inherits_project_auto_destroy: bool('computed'),
    remote_state_consumer_ids: list('optional_computed'),
    assessments_enabled: bool('optional_computed'),
    operations: bool('optional_computed'),
    project_id: str('optional_computed'),
    // :203-207: a new workspace queues a run at once unless queue_all_runs = false.
    queue_all_runs: bool('optional', { default: true }),
    source_name: str('optional'),
    source_url: str('optional'),
    speculative_enabled: bool('optional', { default: true }),
    ssh_key_id: str('optional', { default: '' }),
    structured_run_output_enabled: bool('optional', { default: true }),
    tag_names: list('optional_computed'),
    ignore_additional_tag_names: bool('optional'),
    tags: map('optional_computed'),
    ignore_additional_tags: bool('optional'),
    effective_tags: map('computed'),
    terraform_version: str('optional_computed'),
    trigger_prefixes: list('optional'),
    trigger_patterns: list('optional'),
    working_directory: str('optional', { default: '' }),
    // :344-348: force_delete defaults to false, so Delete uses the safe-delete action.
    force_delete: bool('optional', { default: false }),
    resource_count: num('computed'),
    html_url: str('computed'),
    hyok_enabled: bool('optional'),
  },
};
// :300-343: vcs_repo { identifier, branch, ingress_submodules = false, oauth_token_id, tags_regex,
// github_app_installation_id }, none ForceNew.
const VCS_REPO: SdkResourceSpec = {
  attrs: {
    identifier: str('required'),
    branch: str('optional'),
    ingress_submodules: bool('optional', { default: false }),
    oauth_token_id: str('optional'),
    tags_regex: str('optional'),
    github_app_installation_id: str('optional'),
  },
};

function vcsRepoOf(v: TfValue | undefined): TfObject | null {
  const first = Array.isArray(v) ? v[0] : v;
  return first !== null && first !== undefined && first !== UNKNOWN && typeof first === 'object' && !Array.isArray(first)
    ? (first as TfObject)
    : null;
}

function vcsSame(a: TfValue | undefined, b: TfValue | undefined): boolean {
  const x = vcsRepoOf(a);
  const y = vcsRepoOf(b);
  if (x === null || y === null) return x === y;
  return Object.entries(VCS_REPO.attrs).every(([n, s]) => sdkSame(s, x[n], y[n]));
}

function wsHasChange(prior: TfObject | null, planned: TfObject, name: string): boolean {
  if (name === 'vcs_repo') return !vcsSame(prior?.vcs_repo, planned.vcs_repo);
  return sdkHasChange(WORKSPACE.attrs[name], prior, planned, name);
}

function wsGet(d: TfObject, name: string): TfValue {
  return sdkGet(WORKSPACE.attrs[name], d[name]);
}

// :1113-1126.
function validTagName(tag: string): boolean {
  return /^[a-z0-9](?:[a-z0-9_:-]*[a-z0-9])?$/.test(tag);
}

function workspaceResource(ctx: Ctx, block: SchemaBlock): ResourceBehaviour {
  return {
    plan: (req) => workspacePlan(ctx, block, req),
    apply: async (req) => {
      const c = configured(ctx, req.providerConfig);
      if (req.planned === null) {
        if (req.prior) await workspaceDelete(c, req.prior);
        return { newState: null };
      }
      const s = req.prior === null ? await workspaceCreate(c, req) : await workspaceUpdate(c, req);
      return { newState: s === null ? null : shapeLike(block, resolveUnknowns(s)) };
    },
    read: async (req: ReadRequest): Promise<ReadResult> => {
      const s = await workspaceRead(configured(ctx, req.providerConfig), req.current, req.current);
      return { newState: s === null ? null : shapeLike(block, s) };
    },
    importState: async (req) => workspaceImport(configured(ctx, req.providerConfig), block, req),
  };
}

function workspacePlan(ctx: Ctx, block: SchemaBlock, req: PlanRequest): PlanResult {
  const orgDiff = defaultOrganizationDiff(planConfig(ctx, req.providerConfig), WORKSPACE);
  return sdkPlan(block, WORKSPACE, req, {
    // resource_tfe_workspace.go:50-78 CustomizeDiff.
    customizeDiff: (d) => {
      const { planned, prior, config } = d;
      // :1085-1111 validateAgentExecution.
      const em = config.execution_mode;
      if (typeof em === 'string') {
        const poolSet = known(config.agent_pool_id);
        if (em === 'agent' && !poolSet) fail("agent_pool_id must be provided when execution_mode is 'agent'");
        if (em !== 'agent' && poolSet) fail("execution_mode must be set to 'agent' to assign agent_pool_id");
      }
      if (prior !== null) {
        if (wsHasChange(prior, planned, 'execution_mode')) planned.operations = UNKNOWN;
        else if (wsHasChange(prior, planned, 'operations')) planned.execution_mode = UNKNOWN;
      }
      // :1128-1141 validateTagNames: lowercase letters, digits, `:`, `-`, `_`; start and end alphanumeric.
      if (Array.isArray(planned.tag_names)) {
        for (const t of planned.tag_names) {
          if (typeof t === 'string' && !validTagName(t)) {
            fail(
              `${JSON.stringify(t)} is not a valid tag name. Tag must be one or more characters; can include lowercase letters, numbers, colons, hyphens, and underscores; and must begin and end with a letter or number`,
            );
          }
        }
      }
      // provider_custom_diffs.go:16-30.
      orgDiff(d);
      const inherits = prior?.inherits_project_auto_destroy === true;
      // :1183-1203 customizeDiffAutoDestroyAt.
      if (!known(config.auto_destroy_activity_duration) && !inherits) {
        if (getOk(planned.auto_destroy_at) && !known(config.auto_destroy_at)) planned.auto_destroy_at = null;
      }
      // :1205-1216 customizeDiffAutoDestroyActivityDuration.
      if (!inherits && getOk(planned.auto_destroy_activity_duration) && !known(config.auto_destroy_activity_duration)) {
        planned.auto_destroy_activity_duration = null;
      }
      // :71-75: a new name gives a new html_url.
      if (prior !== null && wsHasChange(prior, planned, 'name')) planned.html_url = UNKNOWN;
    },
  });
}

function tagRelationships(d: TfObject): Json[] {
  return (Array.isArray(d.tag_names) ? d.tag_names : [])
    .filter((t): t is string => typeof t === 'string')
    .map((name) => ({ type: 'tags', attributes: { name } }));
}

function tagBindingRelationships(d: TfObject): Json[] {
  const tags = d.tags !== null && d.tags !== UNKNOWN && typeof d.tags === 'object' && !Array.isArray(d.tags) ? d.tags : {};
  return Object.entries(tags).map(([key, value]) => ({ type: 'tag-bindings', attributes: { key, value: String(value ?? '') } }));
}

function stringList(v: TfValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

async function workspaceCreate(c: Configured, req: ApplyRequest): Promise<TfObject | null> {
  const d = clone(req.planned as TfObject);
  const config = req.config ?? {};
  // resource_tfe_workspace.go:365-385: name and organization; the defaults are sent explicitly.
  const name = String(wsGet(d, 'name'));
  const organization = orgOrDefault(c, d.organization);
  const attributes: Record<string, Json> = {
    name,
    'allow-destroy-plan': wsGet(d, 'allow_destroy_plan') as boolean,
    'auto-apply-run-trigger': wsGet(d, 'auto_apply_run_trigger') as boolean,
    'file-triggers-enabled': wsGet(d, 'file_triggers_enabled') as boolean,
    'queue-all-runs': wsGet(d, 'queue_all_runs') as boolean,
    'speculative-enabled': wsGet(d, 'speculative_enabled') as boolean,
    'structured-run-output-enabled': wsGet(d, 'structured_run_output_enabled') as boolean,
    'working-directory': String(wsGet(d, 'working_directory')),
  };
  const relationships: Record<string, Json> = {};
  // :387-447: optional settings, and setting-overwrites (false unless an execution setting is configured).
  const globalRemoteStateSet = known(d.global_remote_state);
  if (globalRemoteStateSet) attributes['global-remote-state'] = d.global_remote_state as boolean;
  if (known(d.auto_apply)) attributes['auto-apply'] = d.auto_apply as boolean;
  if (known(d.assessments_enabled)) attributes['assessments-enabled'] = d.assessments_enabled as boolean;
  if (getOk(d.description)) attributes.description = String(d.description);
  let overwrites: Record<string, Json> | undefined;
  if (getOk(d.agent_pool_id)) {
    attributes['agent-pool-id'] = String(d.agent_pool_id);
    overwrites = { 'execution-mode': true, 'agent-pool': true };
  }
  if (getOk(d.auto_destroy_at)) attributes['auto-destroy-at'] = String(config.auto_destroy_at ?? d.auto_destroy_at);
  if (getOk(d.auto_destroy_activity_duration)) attributes['auto-destroy-activity-duration'] = String(d.auto_destroy_activity_duration);
  if (getOk(d.execution_mode)) {
    overwrites = { 'execution-mode': true, 'agent-pool': true };
    attributes['execution-mode'] = String(d.execution_mode);
  }
  if (known(d.operations)) {
    attributes.operations = d.operations as boolean;
    overwrites = { 'execution-mode': true, 'agent-pool': true };
  }
  attributes['setting-overwrites'] = overwrites ?? { 'execution-mode': false, 'agent-pool': false };
  // :449-463.
  if (getOk(d.source_url)) attributes['source-url'] = String(d.source_url);
  if (getOk(d.source_name)) attributes['source-name'] = String(d.source_name);
  const bindings = tagBindingRelationships(d);
  if (bindings.length) relationships['tag-bindings'] = { data: bindings };
  // :465-492.
  if (getOk(d.terraform_version)) attributes['terraform-version'] = String(d.terraform_version);
  if (getOk(d.trigger_prefixes)) attributes['trigger-prefixes'] = stringList(d.trigger_prefixes);
  if (getOk(d.trigger_patterns)) attributes['trigger-patterns'] = stringList(d.trigger_patterns);
  if (getOk(d.project_id)) relationships.project = { data: { type: 'projects', id: String(d.project_id) } };
  // :494-518: vcs_repo: identifier, ingress_submodules, tags_regex always; token, GitHub App and branch when set.
  const vcs = vcsRepoOf(d.vcs_repo);
  if (vcs) {
    const v: Record<string, Json> = {
      identifier: String(sdkGet(VCS_REPO.attrs.identifier, vcs.identifier)),
      'ingress-submodules': sdkGet(VCS_REPO.attrs.ingress_submodules, vcs.ingress_submodules) as boolean,
      'tags-regex': String(sdkGet(VCS_REPO.attrs.tags_regex, vcs.tags_regex)),
    };
    if (getOk(vcs.oauth_token_id)) v['oauth-token-id'] = String(vcs.oauth_token_id);
    if (getOk(vcs.github_app_installation_id)) v['github-app-installation-id'] = String(vcs.github_app_installation_id);
    if (getOk(vcs.branch)) v.branch = String(vcs.branch);
    attributes['vcs-repo'] = v;
  }
  // :520-523.
  const tagRels = tagRelationships(d);
  if (tagRels.length) relationships.tags = { data: tagRels };
  // :525-532.
  const prefix = `Error creating workspace ${name} for organization ${organization}: `;
  if (!validStringId(organization)) wrap(prefix, new TfeError('invalid value for organization'));
  if (!/^[a-zA-Z0-9\-._]+$/.test(name)) wrap(prefix, new TfeError(name === '' ? 'name is required' : 'invalid value for name'));
  let doc: JsonApiDoc;
  try {
    doc = await c.client.request('POST', `organizations/${goPathEscape(organization)}/workspaces`, {
      body: { data: { type: 'workspaces', attributes, ...(Object.keys(relationships).length ? { relationships } : {}) } },
    });
  } catch (e) {
    wrap(prefix, e);
  }
  const ws = asResource(doc.data as Json);
  d.id = ws.id;
  // :534-541: an SSH key is assigned after creation.
  if (getOk(d.ssh_key_id)) {
    try {
      await c.client.request('PATCH', `workspaces/${goPathEscape(ws.id)}/relationships/ssh-key`, {
        body: { data: { type: 'workspaces', attributes: { id: String(d.ssh_key_id) } } },
      });
    } catch (e) {
      wrap(`Error assigning SSH key to workspace ${name}: `, e);
    }
  }
  // :543-553.
  if (getOk(d.remote_state_consumer_ids) && !(d.global_remote_state === true)) {
    try {
      await c.client.request('POST', `workspaces/${goPathEscape(ws.id)}/relationships/remote-state-consumers`, {
        body: { data: stringList(d.remote_state_consumer_ids).map((id) => ({ type: 'workspaces', id })) },
      });
    } catch (e) {
      wrap(`Error adding remote state consumers to workspace ${name}: `, e);
    }
  }
  return workspaceRead(c, d, req.planned as TfObject);
}

/** resource_tfe_workspace.go:558-705. `reference` is the plan (after apply) or the prior state (refresh). */
async function workspaceRead(c: Configured, current: TfObject, reference: TfObject): Promise<TfObject | null> {
  const d = clone(current);
  const id = String(d.id ?? '');
  let doc: JsonApiDoc;
  try {
    doc = await c.client.request('GET', `workspaces/${goPathEscape(id)}`, { query: { include: ['effective_tag_bindings'] } });
  } catch (e) {
    // :566-570: a workspace deleted by hand is removed from state (the next apply creates an empty one).
    if (isKind(e, 'not_found')) return null;
    if (!isKind(e, 'invalid_include')) wrap(`Error reading configuration of workspace ${id}: `, e);
    // :571-581: retried without the include when the server does not know it.
    try {
      doc = await c.client.request('GET', `workspaces/${goPathEscape(id)}`);
    } catch (e2) {
      if (isKind(e2, 'not_found')) return null;
      wrap(`Error reading workspace ${id} without include: `, e2);
    }
  }
  const ws = asResource(doc.data as Json);
  const settle = (name: string, api: TfValue): TfValue => sdkSettle(WORKSPACE.attrs[name], api, reference[name]);
  // :586-591: effective tags from the included effective-tag-bindings (inherited ones first, own ones win);
  // `tags` keeps own bindings (all of them unless ignore_additional_tags).
  const effectiveIds = new Set(relIds(ws, 'effective-tag-bindings') ?? []);
  const bindings = doc.included.filter((r) => r.type === 'effective-tag-bindings' && (effectiveIds.size === 0 || effectiveIds.has(r.id)));
  const configTags = d.tags !== null && d.tags !== UNKNOWN && typeof d.tags === 'object' && !Array.isArray(d.tags) ? d.tags : {};
  const effective: TfObject = {};
  const self: TfObject = {};
  for (const b of bindings) if (isObject(b.links['inherited-from'] as Json)) effective[attrStr(b, 'key')] = attrStr(b, 'value');
  for (const b of bindings) {
    if (isObject(b.links['inherited-from'] as Json)) continue;
    const key = attrStr(b, 'key');
    effective[key] = attrStr(b, 'value');
    if (key in configTags || d.ignore_additional_tags !== true) self[key] = attrStr(b, 'value');
  }
  // :593-621.
  d.name = attrStr(ws, 'name');
  d.allow_destroy_plan = settle('allow_destroy_plan', attrBool(ws, 'allow-destroy-plan'));
  d.assessments_enabled = attrBool(ws, 'assessments-enabled');
  d.auto_apply = attrBool(ws, 'auto-apply');
  d.auto_apply_run_trigger = settle('auto_apply_run_trigger', attrBool(ws, 'auto-apply-run-trigger'));
  d.description = attrStr(ws, 'description');
  d.file_triggers_enabled = settle('file_triggers_enabled', attrBool(ws, 'file-triggers-enabled'));
  d.operations = attrBool(ws, 'operations');
  d.execution_mode = attrStr(ws, 'execution-mode');
  d.effective_tags = effective;
  d.queue_all_runs = settle('queue_all_runs', attrBool(ws, 'queue-all-runs'));
  d.source_name = settle('source_name', attrStr(ws, 'source-name'));
  d.source_url = settle('source_url', attrStr(ws, 'source-url'));
  d.speculative_enabled = settle('speculative_enabled', attrBool(ws, 'speculative-enabled'));
  d.structured_run_output_enabled = settle('structured_run_output_enabled', attrBool(ws, 'structured-run-output-enabled'));
  d.tags = self;
  d.terraform_version = attrStr(ws, 'terraform-version');
  d.trigger_prefixes = settle('trigger_prefixes', attrStrings(ws, 'trigger-prefixes'));
  d.trigger_patterns = settle('trigger_patterns', attrStrings(ws, 'trigger-patterns'));
  d.working_directory = settle('working_directory', attrStr(ws, 'working-directory'));
  d.organization = (relIds(ws, 'organization') ?? [''])[0] ?? '';
  d.resource_count = typeof ws.attributes['resource-count'] === 'number' ? ws.attributes['resource-count'] : 0;
  d.inherits_project_auto_destroy = attrBool(ws, 'inherits-project-auto-destroy');
  d.hyok_enabled = settle('hyok_enabled', attrOptBool(ws, 'hyok-enabled'));
  // :623-632: html_url from the self-html link on the API's scheme and host.
  const selfHtml = ws.links['self-html'];
  if (typeof selfHtml === 'string') {
    const base = new URL(c.client.base);
    d.html_url = `${base.protocol}//${base.host}${selfHtml}`;
  }
  // :634-649.
  const project = relIds(ws, 'project');
  if (project !== undefined) d.project_id = project[0] ?? '';
  d.ssh_key_id = settle('ssh_key_id', (relIds(ws, 'ssh-key') ?? [])[0] ?? '');
  d.agent_pool_id = (relIds(ws, 'agent-pool') ?? [])[0] ?? '';
  // :651-665.
  const ada = ws.attributes['auto-destroy-at'];
  d.auto_destroy_at = typeof ada === 'string' && ada !== '' ? rfc3339(ada) : null;
  const adad = ws.attributes['auto-destroy-activity-duration'];
  d.auto_destroy_activity_duration = typeof adad === 'string' ? adad : null;
  // :667-674: tag_names (only the configured ones when ignore_additional_tag_names).
  const managed = new Set(stringList(d.tag_names));
  d.tag_names = attrStrings(ws, 'tag-names').filter((t) => managed.has(t) || d.ignore_additional_tag_names !== true);
  // :676-689: vcs_repo as the API reports it (identifier, branch, token, ...): a token or branch changed
  // elsewhere shows as an in-place update.
  const vcs = ws.attributes['vcs-repo'];
  if (isObject(vcs)) {
    const refVcs = vcsRepoOf(reference.vcs_repo) ?? {};
    const apiVcs: Record<string, TfValue> = {
      identifier: typeof vcs.identifier === 'string' ? vcs.identifier : '',
      branch: typeof vcs.branch === 'string' ? vcs.branch : '',
      ingress_submodules: vcs['ingress-submodules'] === true,
      oauth_token_id: typeof vcs['oauth-token-id'] === 'string' ? vcs['oauth-token-id'] : '',
      github_app_installation_id: typeof vcs['github-app-installation-id'] === 'string' ? vcs['github-app-installation-id'] : '',
      tags_regex: typeof vcs['tags-regex'] === 'string' ? vcs['tags-regex'] : '',
    };
    const settled: TfObject = {};
    const shape = vcsRepoOf(current.vcs_repo) ?? apiVcs;
    for (const n of Object.keys(shape)) settled[n] = sdkSettle(VCS_REPO.attrs[n], apiVcs[n] ?? null, refVcs[n]);
    d.vcs_repo = [settled];
  } else {
    d.vcs_repo = [];
  }
  // :691-702: remote state consumers (a 404 from that endpoint means "global", for old TFE versions).
  if (ws.attributes['global-remote-state'] === true) {
    d.global_remote_state = true;
  } else {
    const consumers: string[] = [];
    let global = false;
    try {
      const pages = await c.client.list(`workspaces/${goPathEscape(id)}/relationships/remote-state-consumers`, { 'page[size]': ['100'] });
      for (const p of pages) for (const w of Array.isArray(p.data) ? p.data : []) consumers.push(w.id);
    } catch (e) {
      if (!isKind(e, 'not_found')) wrap(`Error reading remote state consumers for workspace ${id}: `, e);
      global = true;
    }
    d.global_remote_state = global;
    d.remote_state_consumer_ids = consumers;
  }
  return d;
}

async function workspaceUpdate(c: Configured, req: ApplyRequest): Promise<TfObject | null> {
  const prior = req.prior as TfObject;
  const d = clone(req.planned as TfObject);
  const config = req.config ?? {};
  const id = String(d.id ?? '');
  const has = (n: string): boolean => wsHasChange(prior, d, n);
  // resource_tfe_workspace.go:711-720: one PATCH when any of these changed.
  const watched = [
    'name', 'auto_apply', 'auto_apply_run_trigger', 'queue_all_runs', 'terraform_version', 'working_directory', 'vcs_repo',
    'file_triggers_enabled', 'trigger_prefixes', 'trigger_patterns', 'allow_destroy_plan', 'speculative_enabled', 'operations',
    'execution_mode', 'description', 'agent_pool_id', 'global_remote_state', 'structured_run_output_enabled',
    'assessments_enabled', 'project_id', 'auto_destroy_activity_duration',
  ];
  const autoDestroyAtChanged = known(config.auto_destroy_at) ? has('auto_destroy_at') : (config.auto_destroy_at ?? null) !== (prior.auto_destroy_at ?? null);
  if (watched.some(has) || autoDestroyAtChanged) {
    // :722-732.
    const attributes: Record<string, Json> = {
      name: String(wsGet(d, 'name')),
      'allow-destroy-plan': wsGet(d, 'allow_destroy_plan') as boolean,
      'auto-apply-run-trigger': wsGet(d, 'auto_apply_run_trigger') as boolean,
      'file-triggers-enabled': wsGet(d, 'file_triggers_enabled') as boolean,
      'global-remote-state': wsGet(d, 'global_remote_state') as boolean,
      'queue-all-runs': wsGet(d, 'queue_all_runs') as boolean,
      'speculative-enabled': wsGet(d, 'speculative_enabled') as boolean,
      'structured-run-output-enabled': wsGet(d, 'structured_run_output_enabled') as boolean,
      'working-directory': String(wsGet(d, 'working_directory')),
    };
    const relationships: Record<string, Json> = {};
    // :734-815.
    if (has('project_id') && getOk(d.project_id)) relationships.project = { data: { type: 'projects', id: String(d.project_id) } };
    if (has('assessments_enabled') && known(d.assessments_enabled)) attributes['assessments-enabled'] = d.assessments_enabled as boolean;
    if (has('auto_apply') && known(d.auto_apply)) attributes['auto-apply'] = d.auto_apply as boolean;
    if (has('description') && getOk(d.description)) attributes.description = String(d.description);
    if (has('agent_pool_id') && known(config.agent_pool_id)) {
      attributes['agent-pool-id'] = String(config.agent_pool_id);
      attributes['setting-overwrites'] = { 'agent-pool': true };
    }
    if (autoDestroyAtChanged) attributes['auto-destroy-at'] = known(config.auto_destroy_at) ? String(config.auto_destroy_at) : null;
    if (has('auto_destroy_activity_duration')) {
      attributes['auto-destroy-activity-duration'] = getOk(d.auto_destroy_activity_duration) ? String(d.auto_destroy_activity_duration) : null;
    }
    if (has('execution_mode') && getOk(d.execution_mode)) {
      attributes['execution-mode'] = String(d.execution_mode);
      attributes['setting-overwrites'] = { 'execution-mode': true };
    }
    if (has('operations') && known(d.operations)) attributes.operations = d.operations as boolean;
    // :817-833: tag bindings from `tags`; none (and not ignoring additional ones) deletes every binding first.
    const bindings = tagBindingRelationships(d);
    if (bindings.length) relationships['tag-bindings'] = { data: bindings };
    if (bindings.length === 0 && d.ignore_additional_tags !== true) {
      try {
        await c.client.request('PATCH', `workspaces/${goPathEscape(id)}`, {
          body: { data: { type: 'workspaces', relationships: { 'tag-bindings': { data: [] } } } },
        });
      } catch (e) {
        wrap(`Error removing tag bindings from workspace ${id}: `, e);
      }
    }
    // :835-868.
    if (getOk(d.terraform_version)) attributes['terraform-version'] = String(d.terraform_version);
    let prefixes: string[] | undefined = getOk(d.trigger_prefixes) ? stringList(d.trigger_prefixes) : [];
    let patterns: string[] | undefined = getOk(d.trigger_patterns) ? stringList(d.trigger_patterns) : [];
    if (!known(config.trigger_patterns)) patterns = undefined;
    else if (!known(config.trigger_prefixes)) prefixes = undefined;
    if (prefixes !== undefined) attributes['trigger-prefixes'] = prefixes;
    if (patterns !== undefined) attributes['trigger-patterns'] = patterns;
    // :870-882: identifier, token and branch are sent as they are now: they change in place.
    const vcs = vcsRepoOf(d.vcs_repo);
    if (vcs) {
      const g = (n: string): TfValue => sdkGet(VCS_REPO.attrs[n], vcs[n]);
      attributes['vcs-repo'] = {
        identifier: String(g('identifier')),
        branch: String(g('branch')),
        'ingress-submodules': g('ingress_submodules') as boolean,
        'oauth-token-id': String(g('oauth_token_id')),
        'github-app-installation-id': String(g('github_app_installation_id')),
        'tags-regex': String(g('tags_regex')),
      };
    }
    // :884-896: vcs_repo removed from the configuration disconnects the repository.
    if (has('vcs_repo') && !vcs) {
      try {
        await c.client.request('PATCH', `workspaces/${goPathEscape(id)}`, {
          body: { data: { type: 'workspaces', id, attributes: { 'vcs-repo': null } } },
        });
      } catch (e) {
        wrap(`Error removing VCS repo from workspace ${id}: `, e);
      }
    }
    // :898-904.
    try {
      await c.client.request('PATCH', `workspaces/${goPathEscape(id)}`, {
        body: { data: { type: 'workspaces', attributes, ...(Object.keys(relationships).length ? { relationships } : {}) } },
      });
    } catch (e) {
      wrap(`Error updating workspace ${id}: `, e);
    }
  }
  // :907-927.
  if (has('ssh_key_id')) {
    const key = String(wsGet(d, 'ssh_key_id'));
    try {
      await c.client.request('PATCH', `workspaces/${goPathEscape(id)}/relationships/ssh-key`, {
        body: { data: { type: 'workspaces', attributes: { id: key === '' ? null : key } } },
      });
    } catch (e) {
      wrap(key === '' ? `Error unassigning SSH key from workspace ${id}: ` : `Error assigning SSH key to workspace ${id}: `, e);
    }
  }
  // :929-967: tag_names: add the new ones, then remove the old ones.
  if (has('tag_names')) {
    const before = new Set(stringList(prior.tag_names));
    const after = new Set(stringList(d.tag_names));
    const add = [...after].filter((t) => !before.has(t));
    const remove = [...before].filter((t) => !after.has(t));
    const body = (names: string[]): Json => ({ data: names.map((name) => ({ type: 'tags', attributes: { name } })) });
    if (add.length) {
      try {
        await c.client.request('POST', `workspaces/${goPathEscape(id)}/relationships/tags`, { body: body(add) });
      } catch (e) {
        wrap(`Error adding tags to workspace ${id}: `, e);
      }
    }
    if (remove.length) {
      try {
        await c.client.request('DELETE', `workspaces/${goPathEscape(id)}/relationships/tags`, { body: body(remove) });
      } catch (e) {
        wrap(`Error removing tags from workspace ${id}: `, e);
      }
    }
  }
  // :969-1007: remote state consumers, when not global.
  if (d.global_remote_state !== true && has('remote_state_consumer_ids')) {
    const before = new Set(stringList(prior.remote_state_consumer_ids));
    const after = new Set(stringList(d.remote_state_consumer_ids));
    const add = [...after].filter((t) => !before.has(t));
    const remove = [...before].filter((t) => !after.has(t));
    const body = (ids: string[]): Json => ({ data: ids.map((wid) => ({ type: 'workspaces', id: wid })) });
    const path = `workspaces/${goPathEscape(id)}/relationships/remote-state-consumers`;
    if (add.length) {
      try {
        await c.client.request('POST', path, { body: body(add) });
      } catch (e) {
        wrap(`Error adding remote state consumers to workspace ${id}: `, e);
      }
    }
    if (remove.length) {
      try {
        await c.client.request('DELETE', path, { body: body(remove) });
      } catch (e) {
        wrap(`Error removing remote state consumers from workspace ${id}: `, e);
      }
    }
  }
  return workspaceRead(c, d, req.planned as TfObject);
}

async function workspaceDelete(c: Configured, state: TfObject): Promise<void> {
  const id = String(state.id ?? '');
  // resource_tfe_workspace.go:1030-1037: already gone is fine.
  let ws: JsonApiResource;
  try {
    ws = asResource((await c.client.request('GET', `workspaces/${goPathEscape(id)}`)).data as Json);
  } catch (e) {
    if (isKind(e, 'not_found')) return;
    wrap(`Error reading workspace ${id}: `, e);
  }
  const forceDelete = sdkGet(WORKSPACE.attrs.force_delete, state.force_delete) === true;
  const perms = isObject(ws.attributes.permissions) ? ws.attributes.permissions : {};
  const canForceDelete = typeof perms['can-force-delete'] === 'boolean' ? perms['can-force-delete'] : undefined;
  const resourceCount = typeof ws.attributes['resource-count'] === 'number' ? ws.attributes['resource-count'] : 0;
  const resourceCountCheck = (): void => {
    // :1175-1181.
    if (resourceCount > 0) {
      fail(`error deleting workspace ${id}: This workspace has ${resourceCount} resources under management and must be force deleted by setting force_delete = true`);
    }
  };
  let err: unknown;
  // :1041-1071: force delete only with force_delete = true; otherwise the safe-delete action, which TFE refuses
  // (409) while the workspace still manages resources.
  if (canForceDelete === undefined) {
    if (!forceDelete) {
      fail(`Error deleting workspace ${id}: This version of Terraform Enterprise does not support workspace safe-delete. Workspaces must be force deleted by setting force_delete=true`);
    }
    err = await attempt(() => c.client.request('DELETE', `workspaces/${goPathEscape(id)}`));
  } else if (canForceDelete) {
    if (forceDelete) {
      err = await attempt(() => c.client.request('DELETE', `workspaces/${goPathEscape(id)}`));
    } else {
      resourceCountCheck();
      err = await safeWorkspaceDelete(c, id);
      // :1165-1173 errWorkspaceSafeDeleteWithPermission.
      if (err) {
        const msg = (err as Error).message;
        if (msg.startsWith('conflict')) {
          fail(`error deleting workspace ${id}: ${msg}\nThis workspace may either have managed resources in state or has a latest state that's still being processed. Add force_delete = true to the resource config to delete this workspace`);
        }
        fail(msg);
      }
      return;
    }
  } else {
    if (forceDelete) fail(`Error deleting workspace ${id}: missing required permissions to set force delete workspaces in the organization`);
    resourceCountCheck();
    err = await safeWorkspaceDelete(c, id);
  }
  // :1073-1080.
  if (err) {
    if (isKind(err, 'not_found')) return;
    fail(`Error deleting workspace ${id}: ${(err as Error).message}`);
  }
}

async function attempt(f: () => Promise<unknown>): Promise<unknown> {
  try {
    await f();
    return undefined;
  } catch (e) {
    return e;
  }
}

/** resource_tfe_workspace.go:1012-1022: safe-delete, retried while the latest state is still being processed
 * (for up to 5 minutes; here a handful of short tries). */
async function safeWorkspaceDelete(c: Configured, id: string): Promise<unknown> {
  for (let i = 0; i < 20; i++) {
    const err = await attempt(() => c.client.request('POST', `workspaces/${goPathEscape(id)}/actions/safe-delete`));
    if (!isKind(err, 'still_processing')) return err;
    await new Promise((r) => setTimeout(r, 50));
  }
  return new TfeError('conflict\nLatest workspace state is being processed to discover resources, please try again later', 'still_processing');
}

async function workspaceImport(c: Configured, block: SchemaBlock, req: ImportRequest): Promise<TfObject> {
  // resource_tfe_workspace.go:1143-1163: `ws-...` as it is, or `<ORGANIZATION>/<WORKSPACE NAME>` looked up.
  const s = req.id.split('/');
  if (s.length >= 3) {
    fail(`invalid workspace input format: ${req.id} (expected <ORGANIZATION>/<WORKSPACE NAME> or <WORKSPACE ID>)`);
  }
  let id = req.id;
  if (s.length === 2) {
    try {
      const doc = await c.client.request('GET', `organizations/${goPathEscape(s[0])}/workspaces/${goPathEscape(s[1])}`);
      id = asResource(doc.data as Json).id;
    } catch (e) {
      fail(`error retrieving workspace with name ${s[1]} from organization ${s[0]} Error reading configuration of workspace ${s[0]}/${s[1]}: ${(e as Error).message}`);
    }
  }
  return shapeLike(block, { id });
}
