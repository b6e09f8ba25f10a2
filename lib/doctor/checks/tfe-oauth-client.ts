import { BitbucketServiceProvider, DATA_CENTER_SERVICE_PROVIDERS, DEPRECATED_BITBUCKET_SERVER } from '../../domain/tfe';
import { HttpOutcome, HttpResponse } from '../http';
import { judge, SchemaName } from '../trust';
import { joinUrl, normalizeUrl, segment } from '../urls';
import { CheckResult } from '../types';
import { DoctorContext, TfeContext, result, unexpectedAnswer, unexpectedFix } from './common';

export const TFE_OAUTH_CLIENT = 'tfe-oauth-client';

/** The attributes of a TFE OAuth client the doctor looks at (JSON:API `oauth-clients`). */
export interface OAuthClient {
  readonly id: string;
  readonly name?: string;
  readonly serviceProvider?: string;
  readonly httpUrl?: string;
  readonly apiUrl?: string;
  readonly callbackUrl?: string;
  readonly rsaPublicKey?: string;
  /** Consumer key (Data Center: the application link's consumer key). */
  readonly key?: string;
  /** `oauth-tokens` relationship: empty until someone completes the authorization. */
  readonly tokenIds: string[];
}

const PROVIDERS: Record<'data-center' | 'cloud', readonly string[]> = {
  'data-center': DATA_CENTER_SERVICE_PROVIDERS,
  'cloud': [BitbucketServiceProvider.CLOUD],
};
/** Lists are read 100 at a time; a list longer than this many pages is reported, never silently cut. */
export const MAX_PAGES = 20;

export interface OAuthClientLookup {
  readonly check: CheckResult;
  readonly client?: OAuthClient;
}

/**
 * Check 3a: the TFE OAuth client for this Bitbucket exists and the token can read it. With
 * `--oauth-client-id` that client is read; with a client name (the onboarding file's `oauthClient.name`) the
 * organization's client of that name and service provider, as the tfe provider's lookup finds it; otherwise the
 * organization's Bitbucket client whose `http-url` matches the Bitbucket URL.
 */
export async function findOAuthClient(ctx: DoctorContext, expectedHttpUrl: string): Promise<OAuthClientLookup> {
  const tfe = ctx.tfe;
  if (!tfe) {
    return {
      check: result(
        TFE_OAUTH_CLIENT,
        'skip',
        'TFE',
        'not checked: no --tfe-hostname given, so the TFE OAuth client and the keys are not verified',
        'Pass --tfe-hostname with --tfe-organization (or --oauth-client-id) and set TFE_TOKEN to check the TFE side.',
      ),
    };
  }
  return tfe.oauthClientId ? readById(ctx, tfe, tfe.oauthClientId) : searchOrganization(ctx, tfe, expectedHttpUrl);
}

const flavorProviderName = (flavor: 'data-center' | 'cloud') =>
  flavor === 'cloud' ? 'Bitbucket Cloud (bitbucket_hosted)' : 'Bitbucket Data Center (bitbucket_data_center)';

async function readById(ctx: DoctorContext, tfe: TfeContext, id: string): Promise<OAuthClientLookup> {
  const outcome = await ctx.http.get(joinUrl(tfe.base, `/api/v2/oauth-clients/${segment(id)}`), tfeRequest(tfe));
  const answer = readTfeAnswer<{ data: unknown }>(outcome, id, 'tfe-oauth-client', 'an OAuth client', {
    notFound: `OAuth client ${id} was not found in TFE, or TFE_TOKEN may not read it`,
    notFoundFix: 'Check the id (oc-…) under Settings > Version control > Providers of the organization; the token must belong to an organization owner or a team with "Manage VCS settings".',
  });
  if ('failure' in answer) {
    return { check: answer.failure };
  }
  const client = toClient(answer.body.data);
  if (!PROVIDERS[ctx.flavor].includes(client.serviceProvider ?? '')) {
    return {
      check: result(
        TFE_OAUTH_CLIENT,
        'fail',
        id,
        `OAuth client ${id} is for ${client.serviceProvider ?? 'an unknown provider'}, not ${flavorProviderName(ctx.flavor)}`,
        'Pass the id of the Bitbucket OAuth client (Settings > Version control > Providers), or leave --oauth-client-id out to find it in the organization.',
      ),
    };
  }
  return { check: found(client, id), client };
}

async function searchOrganization(ctx: DoctorContext, tfe: TfeContext, expectedHttpUrl: string): Promise<OAuthClientLookup> {
  const org = tfe.organization ?? '';
  const clients: OAuthClient[] = [];
  let complete = false;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = joinUrl(tfe.base, `/api/v2/organizations/${segment(org)}/oauth-clients?page%5Bnumber%5D=${page}&page%5Bsize%5D=100`);
    const outcome = await ctx.http.get(url, tfeRequest(tfe));
    const answer = readTfeAnswer<{ data: unknown[]; meta: { pagination: { 'next-page': number | null } } }>(outcome, org, 'tfe-oauth-client-list', 'a list of OAuth clients', {
      notFound: `organization ${org} was not found in TFE, or TFE_TOKEN has no access to it`,
      notFoundFix: 'Check --tfe-organization; the token must belong to an organization owner or a team with "Manage VCS settings" (a missing organization and a token without access both answer 404).',
    });
    if ('failure' in answer) {
      return { check: answer.failure };
    }
    clients.push(...answer.body.data.map(toClient));
    if (!answer.body.meta.pagination['next-page']) {
      complete = true;
      break;
    }
  }
  if (!complete) {
    // A cut list could hide the client: "no client" would then send the user off to create a duplicate.
    return {
      check: result(
        TFE_OAUTH_CLIENT,
        'fail',
        org,
        `organization ${org} lists more than ${MAX_PAGES * 100} OAuth clients; the doctor stopped reading, so it cannot tell which is this Bitbucket's`,
        'Pass --oauth-client-id (oc-…, from Settings > Version control > Providers) to check the client directly.',
      ),
    };
  }
  const candidates = clients.filter((c) => PROVIDERS[ctx.flavor].includes(c.serviceProvider ?? ''));
  if (tfe.oauthClientName !== undefined) {
    return byName(ctx, org, tfe.oauthClientName, candidates);
  }
  if (candidates.length === 0) {
    return {
      check: result(
        TFE_OAUTH_CLIENT,
        'fail',
        org,
        `organization ${org} has no ${flavorProviderName(ctx.flavor)} OAuth client (${clients.length} other VCS client${clients.length === 1 ? '' : 's'})`,
        'Create the connection with the cdktf-bitbucket-tfe connect construct, or in TFE under Settings > Version control > Providers > Add a VCS provider.',
      ),
    };
  }
  const matching = candidates.filter((c) => c.httpUrl && safeNormalize(c.httpUrl) === safeNormalize(expectedHttpUrl));
  const client = matching[0] ?? candidates[0];
  const check = found(client, client.id);
  if (candidates.length > 1) {
    const others = candidates.filter((c) => c !== client).map((c) => c.id);
    return {
      client,
      check: { ...check, message: `${check.message}; the organization has ${candidates.length} such clients (also ${others.join(', ')}): pass --oauth-client-id to check another` },
    };
  }
  return { check, client };
}

/** The lookup the tfe provider's data source makes by name and service provider: exactly one client must match. */
function byName(ctx: DoctorContext, org: string, name: string, candidates: OAuthClient[]): OAuthClientLookup {
  const named = candidates.filter((c) => c.name === name);
  if (named.length === 0) {
    const names = candidates.map((c) => `"${c.name ?? ''}" (${c.id})`).join(', ');
    return {
      check: result(
        TFE_OAUTH_CLIENT,
        'fail',
        org,
        `organization ${org} has no ${flavorProviderName(ctx.flavor)} OAuth client named "${name}"${names ? `; its clients: ${names}` : ''}`,
        'Set oauthClient.name in the onboarding file to the exact name shown under Settings > Version control > Providers, or create the connection first.',
      ),
    };
  }
  if (named.length > 1) {
    return {
      check: result(
        TFE_OAUTH_CLIENT,
        'fail',
        org,
        `${named.length} OAuth clients of organization ${org} are named "${name}" (${named.map((c) => c.id).join(', ')}): the tfe provider's lookup by name fails with "too many OAuthClients"`,
        'Rename or delete the extra clients in TFE (Settings > Version control > Providers), or give the onboarding file the client\'s id (oauthClient.id) instead of its name.',
      ),
    };
  }
  return { check: found(named[0], named[0].id), client: named[0] };
}

function found(client: OAuthClient, target: string): CheckResult {
  const label = `OAuth client ${client.id}${client.name ? ` ("${client.name}")` : ''}`;
  if (client.serviceProvider === DEPRECATED_BITBUCKET_SERVER) {
    return result(
      TFE_OAUTH_CLIENT,
      'warn',
      target,
      `${label} uses the deprecated service provider bitbucket_server (Atlassian ended Bitbucket Server in February 2024)`,
      'Recreate the client with service provider bitbucket_data_center (tfe provider >= 0.56). This replaces the client: authorize it again and re-link the workspaces afterwards.',
    );
  }
  return result(TFE_OAUTH_CLIENT, 'pass', target, `found ${label} (${client.serviceProvider})`);
}

function tfeRequest(tfe: TfeContext) {
  return { authorization: tfe.authorization, accept: 'application/vnd.api+json' };
}

/** The parsed, shape-checked body of a 200 answer from TFE, or the failed check that explains why there is none. */
function readTfeAnswer<T>(
  outcome: HttpOutcome,
  target: string,
  schema: SchemaName,
  what: string,
  texts: { notFound: string; notFoundFix: string },
): { failure: CheckResult } | { body: T } {
  const answer = judge<T>(outcome, schema, 'TFE', what);
  if (answer.kind === 'untrusted') {
    const prefix = outcome.ok ? '' : 'TFE is not reachable: ';
    return { failure: result(TFE_OAUTH_CLIENT, 'fail', target, `${prefix}${answer.message}`, answer.fix) };
  }
  if (answer.kind === 'valid') {
    return { body: answer.body };
  }
  return { failure: tfeStatusFailure(answer.response, target, texts) };
}

function tfeStatusFailure(response: HttpResponse, target: string, texts: { notFound: string; notFoundFix: string }): CheckResult {
  if (response.status === 401) {
    return result(
      TFE_OAUTH_CLIENT,
      'fail',
      target,
      'TFE rejected TFE_TOKEN (401)',
      'Set TFE_TOKEN to a valid user or team API token (User settings > Tokens); an organization token cannot read OAuth clients of another organization.',
    );
  }
  if (response.status === 404) {
    return result(TFE_OAUTH_CLIENT, 'fail', target, texts.notFound, texts.notFoundFix);
  }
  return result(TFE_OAUTH_CLIENT, 'fail', target, unexpectedAnswer(response, 'TFE'), unexpectedFix(response));
}

/** An OAuth client from a resource whose shape the `tfe-oauth-client` schema already checked. */
export function toClient(data: unknown): OAuthClient {
  const item = data as { id: string; attributes: Record<string, unknown>; relationships: { 'oauth-tokens': { data: Array<{ id: string }> } } };
  const a = item.attributes;
  const text = (name: string) => (typeof a[name] === 'string' && a[name] !== '' ? (a[name] as string) : undefined);
  return {
    id: item.id,
    name: text('name'),
    serviceProvider: text('service-provider'),
    httpUrl: text('http-url'),
    apiUrl: text('api-url'),
    callbackUrl: text('callback-url'),
    rsaPublicKey: text('rsa-public-key'),
    key: text('key'),
    tokenIds: item.relationships['oauth-tokens'].data.map((t) => t.id).filter((id) => id),
  };
}

/** normalizeUrl for values read from a server, which may not be URLs at all. */
export function safeNormalize(value: string): string {
  try {
    return normalizeUrl(value);
  } catch {
    return value.trim();
  }
}
