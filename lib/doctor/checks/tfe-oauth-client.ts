import { HttpOutcome, HttpResponse, isHtml, jsonBody } from '../http';
import { joinUrl, normalizeUrl, segment } from '../urls';
import { CheckResult } from '../types';
import { DoctorContext, TfeContext, htmlPageFinding, result, unexpectedAnswer, unexpectedFix } from './common';

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

const PROVIDERS = {
  'data-center': ['bitbucket_data_center', 'bitbucket_server'],
  'cloud': ['bitbucket_hosted'],
};
export const DEPRECATED_PROVIDER = 'bitbucket_server';
/** Lists are read 100 at a time; an organization with more than this many VCS clients is not plausible. */
const MAX_PAGES = 20;

export interface OAuthClientLookup {
  readonly check: CheckResult;
  readonly client?: OAuthClient;
}

/**
 * Check 3a: the TFE OAuth client for this Bitbucket exists and the token can read it. With
 * `--oauth-client-id` that client is read; otherwise the organization's Bitbucket client whose
 * `http-url` matches the Bitbucket URL is chosen.
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

async function readById(ctx: DoctorContext, tfe: TfeContext, id: string): Promise<OAuthClientLookup> {
  const outcome = await ctx.http.get(joinUrl(tfe.base, `/api/v2/oauth-clients/${segment(id)}`), tfeRequest(tfe));
  const answer = readTfeAnswer(outcome, id, {
    notFound: `OAuth client ${id} was not found in TFE, or TFE_TOKEN may not read it`,
    notFoundFix: 'Check the id (oc-…) under Settings > Version control > Providers of the organization; the token must belong to an organization owner or a team with "Manage VCS settings".',
  });
  if ('failure' in answer) {
    return { check: answer.failure };
  }
  const client = toClient((answer.body as { data?: unknown } | undefined)?.data);
  if (!client) {
    return { check: result(TFE_OAUTH_CLIENT, 'fail', id, 'TFE answered with a body that is not an OAuth client', 'Check that --tfe-hostname is the address of TFE itself, not of a proxy in front of it.') };
  }
  if (!PROVIDERS[ctx.flavor].includes(client.serviceProvider ?? '')) {
    return {
      check: result(
        TFE_OAUTH_CLIENT,
        'fail',
        id,
        `OAuth client ${id} is for ${client.serviceProvider ?? 'an unknown provider'}, not ${ctx.flavor === 'cloud' ? 'Bitbucket Cloud (bitbucket_hosted)' : 'Bitbucket Data Center (bitbucket_data_center)'}`,
        'Pass the id of the Bitbucket OAuth client (Settings > Version control > Providers), or leave --oauth-client-id out to find it in the organization.',
      ),
    };
  }
  return { check: found(client, id), client };
}

async function searchOrganization(ctx: DoctorContext, tfe: TfeContext, expectedHttpUrl: string): Promise<OAuthClientLookup> {
  const org = tfe.organization ?? '';
  const clients: OAuthClient[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = joinUrl(tfe.base, `/api/v2/organizations/${segment(org)}/oauth-clients?page%5Bnumber%5D=${page}&page%5Bsize%5D=100`);
    const outcome = await ctx.http.get(url, tfeRequest(tfe));
    const answer = readTfeAnswer(outcome, org, {
      notFound: `organization ${org} was not found in TFE, or TFE_TOKEN has no access to it`,
      notFoundFix: 'Check --tfe-organization; the token must belong to an organization owner or a team with "Manage VCS settings" (a missing organization and a token without access both answer 404).',
    });
    if ('failure' in answer) {
      return { check: answer.failure };
    }
    const body = answer.body as { data?: unknown[]; meta?: { pagination?: { 'next-page'?: number | null } } } | undefined;
    for (const item of body?.data ?? []) {
      const client = toClient(item);
      if (client) {
        clients.push(client);
      }
    }
    if (!body?.meta?.pagination?.['next-page']) {
      break;
    }
  }
  const candidates = clients.filter((c) => PROVIDERS[ctx.flavor].includes(c.serviceProvider ?? ''));
  const flavorName = ctx.flavor === 'cloud' ? 'Bitbucket Cloud (bitbucket_hosted)' : 'Bitbucket Data Center';
  if (candidates.length === 0) {
    return {
      check: result(
        TFE_OAUTH_CLIENT,
        'fail',
        org,
        `organization ${org} has no ${flavorName} OAuth client (${clients.length} other VCS client${clients.length === 1 ? '' : 's'})`,
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

function found(client: OAuthClient, target: string): CheckResult {
  const label = `OAuth client ${client.id}${client.name ? ` ("${client.name}")` : ''}`;
  if (client.serviceProvider === DEPRECATED_PROVIDER) {
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

/** The parsed body of a 200 answer from TFE, or the failed check that explains why there is none. */
function readTfeAnswer(outcome: HttpOutcome, target: string, texts: { notFound: string; notFoundFix: string }): { failure: CheckResult } | { body: unknown } {
  if (!outcome.ok) {
    return { failure: result(TFE_OAUTH_CLIENT, 'fail', target, `TFE is not reachable: ${outcome.error.message}`, outcome.error.fix) };
  }
  const response = outcome.response;
  if (isHtml(response)) {
    const { message, fix } = htmlPageFinding(response, 'TFE');
    return { failure: result(TFE_OAUTH_CLIENT, 'fail', target, message, fix) };
  }
  if (response.status === 200) {
    return { body: jsonBody(response) };
  }
  return { failure: tfeStatusFailure(response, target, texts) };
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

function toClient(data: unknown): OAuthClient | undefined {
  const item = data as { id?: unknown; type?: unknown; attributes?: Record<string, unknown>; relationships?: Record<string, { data?: unknown }> } | undefined;
  if (!item || typeof item.id !== 'string' || !item.attributes) {
    return undefined;
  }
  const a = item.attributes;
  const text = (name: string) => (typeof a[name] === 'string' && a[name] !== '' ? (a[name] as string) : undefined);
  const tokens = item.relationships?.['oauth-tokens']?.data;
  return {
    id: item.id,
    name: text('name'),
    serviceProvider: text('service-provider'),
    httpUrl: text('http-url'),
    apiUrl: text('api-url'),
    callbackUrl: text('callback-url'),
    rsaPublicKey: text('rsa-public-key'),
    key: text('key'),
    tokenIds: Array.isArray(tokens) ? tokens.map((t: { id?: unknown }) => String(t?.id ?? '')).filter((id) => id) : [],
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
