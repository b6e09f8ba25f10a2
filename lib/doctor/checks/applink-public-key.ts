import { applicationLinkId } from '../../domain/bitbucket-data-center';
import { PublicKeyInfo, parsePublicKey, sameKey } from '../keys';
import { judge } from '../trust';
import { joinUrl, segment } from '../urls';
import { CheckResult } from '../types';
import { BITBUCKET_CREDENTIALS } from './bitbucket-credentials';
import { DoctorContext, result, unexpectedAnswer, unexpectedFix } from './common';
import { OAuthClient, TFE_OAUTH_CLIENT } from './tfe-oauth-client';

export const APPLINK_PUBLIC_KEY = 'applink-public-key';
export const APPLINK_ID = 'applink-id';

export interface ApplicationLink {
  readonly id: string;
  readonly name?: string;
  readonly rpcUrl?: string;
  readonly displayUrl?: string;
}

export interface ApplinkKeyCheck {
  readonly check: CheckResult;
  /** The application link's public key, when it could be read. */
  readonly applinkKey?: PublicKeyInfo;
  /** The TFE client's rsa-public-key, when it could be parsed. */
  readonly tfeKey?: PublicKeyInfo;
  /** The application link to TFE, when one was found. */
  readonly link?: ApplicationLink;
}

const ADMIN_SKIP_FIX =
  'Run the doctor with a Bitbucket administrator\'s credentials to compare the keys, or compare them by hand: Administration > Application links > the TFE link > Incoming authentication, against the OAuth client\'s RSA public key in TFE.';

/**
 * Check 4 (Data Center): the public key of the application link's incoming OAuth consumer equals the TFE
 * client's `rsa-public-key` (support article, Solution 2). TFE signs with the private key it holds;
 * Bitbucket verifies with the link's public key, so a mismatch fails every request TFE makes.
 * Reading application links needs a Bitbucket administrator: without one the check is skipped.
 */
export async function applinkPublicKey(ctx: DoctorContext, client: OAuthClient | undefined, credentials: CheckResult): Promise<ApplinkKeyCheck> {
  const tfeKey = tryParse(client?.rsaPublicKey);
  if (!ctx.tfe || !client) {
    return { check: result(APPLINK_PUBLIC_KEY, 'skip', 'application link', `not checked: needs the TFE OAuth client (see ${TFE_OAUTH_CLIENT})`), tfeKey };
  }
  if (credentials.status === 'fail' || credentials.status === 'skip') {
    return { check: result(APPLINK_PUBLIC_KEY, 'skip', 'application link', `not checked: the Bitbucket credentials do not work (see ${BITBUCKET_CREDENTIALS})`), tfeKey };
  }
  const tfeUrl = new URL(ctx.tfe.base);
  const listUrl = joinUrl(ctx.bitbucketBase, '/rest/applinks/latest/applicationlink');
  // The applinks resources answer XML unless JSON is asked for.
  const listing = judge(await ctx.http.get(listUrl, { authorization: ctx.bitbucketAuthorization, accept: 'application/json' }), 'dc-applinks', 'Bitbucket', 'a list of application links');
  if (listing.kind === 'untrusted') {
    return { check: result(APPLINK_PUBLIC_KEY, 'fail', listUrl, `could not read the application links: ${listing.message}`, listing.fix), tfeKey };
  }
  if (listing.kind === 'status' && (listing.response.status === 401 || listing.response.status === 403)) {
    return {
      check: result(APPLINK_PUBLIC_KEY, 'skip', 'application link', `not checked: reading application links needs a Bitbucket administrator, and Bitbucket answered ${listing.response.status} for this account`, ADMIN_SKIP_FIX),
      tfeKey,
    };
  }
  if (listing.kind === 'status') {
    return { check: result(APPLINK_PUBLIC_KEY, 'fail', listUrl, unexpectedAnswer(listing.response, 'Bitbucket (application links)'), unexpectedFix(listing.response)), tfeKey };
  }

  const links = toLinks(listing.body).filter((link) => pointsAt(link, tfeUrl.host));
  if (links.length === 0) {
    return {
      check: result(
        APPLINK_PUBLIC_KEY,
        'fail',
        'application link',
        `Bitbucket has no application link to ${tfeUrl.host}`,
        `Create the application link with the cdktf-bitbucket-tfe connect construct, or in Administration > Application links: application URL ${ctx.tfe.organization ? `${tfeUrl.origin}/app/${ctx.tfe.organization}` : tfeUrl.origin}, incoming authentication with the consumer key and RSA public key of the TFE OAuth client.`,
      ),
      tfeKey,
    };
  }
  // Several organizations on one TFE instance each get a link to https://<tfe-host>/app/<org>.
  const orgPath = ctx.tfe.organization ? `/app/${ctx.tfe.organization}`.toLowerCase() : undefined;
  const link = links.find((l) => orgPath && [l.rpcUrl, l.displayUrl].some((u) => pathOf(u) === orgPath)) ?? links[0];
  const target = `application link ${link.name ? `"${link.name}" ` : ''}(${link.id})`;

  const consumerUrl = joinUrl(ctx.bitbucketBase, `/rest/applinks-oauth/1.0/applicationlink/${segment(link.id)}/authentication/consumer`);
  const consumer = judge<{ consumers: Array<{ key: string; publicKey?: string }> }>(
    await ctx.http.get(consumerUrl, { authorization: ctx.bitbucketAuthorization, accept: 'application/json' }),
    'dc-consumer',
    'Bitbucket',
    'an incoming OAuth consumer',
  );
  if (consumer.kind === 'untrusted') {
    return { check: result(APPLINK_PUBLIC_KEY, 'fail', target, `could not read the incoming OAuth consumer: ${consumer.message}`, consumer.fix), tfeKey, link };
  }
  if (consumer.kind === 'status') {
    const status = consumer.response.status;
    if (status === 401 || status === 403) {
      return { check: result(APPLINK_PUBLIC_KEY, 'skip', target, `not checked: reading the link's consumer needs a Bitbucket administrator (HTTP ${status})`, ADMIN_SKIP_FIX), tfeKey, link };
    }
    if (status === 404) {
      return {
        check: result(
          APPLINK_PUBLIC_KEY,
          'fail',
          target,
          `${target} has no incoming OAuth consumer, so Bitbucket cannot verify TFE's signed requests`,
          'Configure incoming authentication on the link with the TFE OAuth client\'s consumer key and RSA public key (the cdktf-bitbucket-tfe connect construct does this).',
        ),
        tfeKey,
        link,
      };
    }
    return { check: result(APPLINK_PUBLIC_KEY, 'fail', target, unexpectedAnswer(consumer.response, 'Bitbucket (OAuth consumer)'), unexpectedFix(consumer.response)), tfeKey, link };
  }
  // The link's consumers are listed; the one TFE signs as has the client's consumer key.
  const consumers = consumer.body.consumers;
  if (consumers.length === 0) {
    return {
      check: result(APPLINK_PUBLIC_KEY, 'fail', target, `${target} has no incoming OAuth consumer, so Bitbucket cannot verify TFE's signed requests`,
        'Configure incoming authentication on the link with the TFE OAuth client\'s consumer key and RSA public key (the cdktf-bitbucket-tfe connect construct does this).'),
      tfeKey,
      link,
    };
  }
  const body = consumers.find((c) => c.key === client.key) ?? consumers[0];
  const applinkKey = tryParse(typeof body.publicKey === 'string' ? body.publicKey : undefined);
  if (!applinkKey) {
    return { check: result(APPLINK_PUBLIC_KEY, 'fail', target, `${target} has no readable public key in its incoming OAuth consumer`, 'Set the RSA public key of the TFE OAuth client on the link\'s incoming authentication.'), tfeKey, link };
  }
  if (!tfeKey) {
    return {
      check: result(
        APPLINK_PUBLIC_KEY,
        'fail',
        client.id,
        `the TFE OAuth client ${client.id} has ${client.rsaPublicKey ? 'an rsa-public-key that is not a valid public key (truncated or mangled?)' : 'no rsa-public-key'}; TFE does not validate it, the failure shows only when linking`,
        'Recreate the OAuth client with the PEM public key that belongs to its private key (the cdktf-bitbucket-tfe connect construct generates both from one key pair).',
      ),
      applinkKey,
      link,
    };
  }
  if (!sameKey(applinkKey, tfeKey)) {
    return {
      check: result(
        APPLINK_PUBLIC_KEY,
        'fail',
        target,
        `the link's public key (${applinkKey.fingerprint}) differs from the TFE client's rsa-public-key (${tfeKey.fingerprint}): Bitbucket rejects TFE's signatures`,
        'Use one key pair on both sides: set the link\'s incoming public key to the TFE client\'s rsa-public-key, or recreate both from one pair (the cdktf-bitbucket-tfe connect construct generates it with tls_private_key).',
      ),
      applinkKey,
      tfeKey,
      link,
    };
  }
  if (typeof body.key === 'string' && client.key && body.key !== client.key) {
    return {
      check: result(
        APPLINK_PUBLIC_KEY,
        'fail',
        target,
        `the public keys match (${tfeKey.fingerprint}), but the link's consumer key differs from the TFE client's key`,
        'Make the TFE OAuth client\'s key equal to the consumer key of the link\'s incoming authentication (the key forces replacement of the client).',
      ),
      applinkKey,
      tfeKey,
      link,
    };
  }
  return { check: result(APPLINK_PUBLIC_KEY, 'pass', target, `the link's public key equals the TFE client's rsa-public-key (${tfeKey.fingerprint})`), applinkKey, tfeKey, link };
}

function tryParse(text: string | undefined): PublicKeyInfo | undefined {
  if (!text) {
    return undefined;
  }
  try {
    return parsePublicKey(text);
  } catch {
    return undefined;
  }
}

/** Accepts the list shapes the applinks REST resources use: `{applicationLinks: [...]}` or `{list: [{application}]}`. */
function toLinks(body: unknown): ApplicationLink[] {
  const shaped = body as { applicationLinks?: unknown[]; list?: Array<{ application?: unknown }> } | unknown[] | undefined;
  const raw: unknown[] = Array.isArray(shaped)
    ? shaped
    : Array.isArray(shaped?.applicationLinks)
      ? shaped.applicationLinks
      : Array.isArray(shaped?.list)
        ? shaped.list.map((entry) => entry?.application ?? entry)
        : [];
  const links: ApplicationLink[] = [];
  for (const item of raw) {
    const link = item as { id?: unknown; name?: unknown; rpcUrl?: unknown; displayUrl?: unknown };
    if (link && typeof link.id === 'string') {
      links.push({
        id: link.id,
        name: typeof link.name === 'string' ? link.name : undefined,
        rpcUrl: typeof link.rpcUrl === 'string' ? link.rpcUrl : undefined,
        displayUrl: typeof link.displayUrl === 'string' ? link.displayUrl : undefined,
      });
    }
  }
  return links;
}

function pathOf(value: string | undefined): string | undefined {
  try {
    return value ? new URL(value).pathname.toLowerCase().replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

function pointsAt(link: ApplicationLink, host: string): boolean {
  return [link.rpcUrl, link.displayUrl].some((value) => {
    try {
      return !!value && new URL(value).host.toLowerCase() === host.toLowerCase();
    } catch {
      return false;
    }
  });
}

/**
 * Check 4a (Data Center): the link's real id equals the id computed from its application URL
 * (lib/domain/bitbucket-data-center.ts), which the connect construct uses to read, update and delete the link.
 * No public id/URL pair confirms that derivation, so a real instance is where it is confirmed or refuted.
 */
export function applinkId(link: ApplicationLink | undefined, keys: CheckResult): CheckResult {
  if (!link) {
    return result(APPLINK_ID, 'skip', 'application link', `not checked: no application link was read (see ${APPLINK_PUBLIC_KEY})`);
  }
  const url = link.rpcUrl ?? link.displayUrl;
  const target = `application link ${link.name ? `"${link.name}" ` : ''}(${link.id})`;
  if (!url) {
    return result(APPLINK_ID, 'fail', target, 'the application link has no URL to compute its id from', 'Check the link under Administration > Application links.');
  }
  const computed = applicationLinkId(url);
  if (computed === link.id.toLowerCase()) {
    return result(APPLINK_ID, 'pass', target, `the link's id equals the id computed from its URL ${url}`);
  }
  return result(
    APPLINK_ID,
    keys.status === 'fail' ? 'fail' : 'warn',
    target,
    `the link's id ${link.id} differs from ${computed}, the id computed from its URL ${url}: a link managed by the connect construct (ApplicationLinkSetup.managed()) is read by the computed id, so its apply fails (404) and the link is not found`,
    'With ApplicationLinkSetup.managed(), report the id/URL pair (it refutes the derivation) and use ApplicationLinkSetup.manual() for this link meanwhile; with manual(), nothing to do.',
  );
}
