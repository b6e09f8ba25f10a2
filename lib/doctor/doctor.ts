import { BITBUCKET_CLOUD_API_URL } from '../domain/bitbucket-cloud';
import { APPLINK_ID, applinkId, applinkPublicKey } from './checks/applink-public-key';
import { bitbucketCredentials } from './checks/bitbucket-credentials';
import { bitbucketReachable, serviceName } from './checks/bitbucket-reachable';
import { DoctorContext, TfeContext, result } from './checks/common';
import { insecureHttp } from './checks/insecure-http';
import { PRIVATE_KEY_MATCH, privateKeyMatch } from './checks/private-key-match';
import { tfeCallbackHost } from './checks/tfe-callback-host';
import { findOAuthClient } from './checks/tfe-oauth-client';
import { tfeOAuthToken } from './checks/tfe-oauth-token';
import { expectedUrls, tfeOAuthUrls } from './checks/tfe-oauth-urls';
import { workspaceAdoption } from './checks/tfe-workspace-adoption';
import { noRepositories, webhookPermission } from './checks/webhook-permission';
import { workspaceMembership } from './checks/workspace-membership';
import { UsageError } from './errors';
import { HttpClient } from './http';
import { PublicKeyInfo, publicKeyOfPrivateKey } from './keys';
import { Redactor } from './redact';
import { judge } from './trust';
import { BitbucketCredentials, BitbucketFlavor, CheckResult, DoctorOptions, DoctorResult } from './types';
import { joinUrl, normalizeUrl, parseBaseUrl } from './urls';

export const DEFAULT_CLOUD_API_URL = BITBUCKET_CLOUD_API_URL;
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** The whole run; a gate must end. 1000 repositories at the default concurrency take well under a minute on a healthy network. */
export const DEFAULT_DEADLINE_MS = 300_000;

/**
 * Runs every check against live Bitbucket and TFE servers and returns the findings, with all known secrets
 * redacted. Throws UsageError when the options cannot work (missing URL or credentials, unusable key, plain HTTP
 * to another machine without allowInsecureHttp). What counts as proof is written down in trust.ts.
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorResult> {
  const redactor = redactorFor(options);
  const flavor = options.flavor;
  const bitbucketBase = resolveBitbucketBase(flavor, options.bitbucketUrl);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  const privateKeyPublic = privateKeyInfo(options.privateKeyPem);
  const tfe = options.tfe && tfeContext(options.tfe);
  const insecure: CheckResult[] = [];
  for (const [address, service, flag] of [[bitbucketBase, 'Bitbucket', flavor === 'cloud' ? '--bitbucket-api-url' : '--bitbucket-url'], [tfe?.base, 'TFE', '--tfe-address']] as const) {
    const finding = address === undefined ? undefined : insecureHttp(address, service);
    if (finding && !options.allowInsecureHttp) {
      throw new UsageError(
        `${flag} is a plain http:// address of another machine: the credentials would travel unencrypted. Use its https:// address, or pass --allow-insecure-http if this network is trusted`,
      );
    }
    if (finding) {
      insecure.push(finding);
    }
  }
  const http = new HttpClient({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxConcurrent: concurrency,
    retry: options.retry,
    deadlineMs: options.deadlineMs ?? DEFAULT_DEADLINE_MS,
    breakerThreshold: options.breakerThreshold,
    allowInsecureHttp: options.allowInsecureHttp,
    redact: (text) => redactor.redact(text),
    env: options.env,
  });
  const ctx: DoctorContext = {
    flavor,
    bitbucketBase,
    bitbucketAuthorization: bitbucketAuthorization(flavor, options.credentials),
    http,
    tfe,
    beforeDeploy: options.beforeDeploy,
  };

  const checks: CheckResult[] = [...insecure];
  try {
    // TFE does not depend on Bitbucket: its lookup starts now and runs while Bitbucket is checked.
    const lookupPromise = findOAuthClient(ctx, expectedUrls(flavor, bitbucketBase).httpUrl);
    const adoptionPromise = workspaceAdoption(ctx, options.workspaces ?? [], (items, fn) => mapConcurrent(items, concurrency, fn));

    const probeUrl = flavor === 'cloud' ? joinUrl(bitbucketBase, '/2.0/user') : joinUrl(bitbucketBase, '/rest/api/1.0/projects?limit=1');
    const probeOutcome = await http.get(probeUrl, { authorization: ctx.bitbucketAuthorization });
    const probe = judge(probeOutcome, flavor === 'cloud' ? 'cloud-account' : 'dc-page', serviceName(ctx), flavor === 'cloud' ? 'the account' : 'a page of projects');
    const reachable = bitbucketReachable(ctx, probe, !probeOutcome.ok);
    const credentials = bitbucketCredentials(ctx, probe, reachable, options.serviceAccount);
    checks.push(reachable, credentials.check);

    let done = 0;
    const total = options.repositories.length;
    const workspaces = flavor === 'cloud' ? [...new Set(options.repositories.map((r) => r.owner))] : [];
    const [membershipChecks, repositoryChecks, lookup, adoption] = await Promise.all([
      Promise.all(workspaces.map((workspace) => workspaceMembership(ctx, workspace, credentials.account))),
      mapConcurrent(options.repositories, concurrency, async (repo) => {
        const check = await webhookPermission(ctx, repo, credentials.account, reachable);
        options.onProgress?.(++done, total);
        return check;
      }),
      lookupPromise,
      adoptionPromise,
    ]);
    checks.push(...membershipChecks, ...(total === 0 ? [noRepositories()] : repositoryChecks), lookup.check, ...adoption);

    let tfeKey: PublicKeyInfo | undefined;
    let applinkKey: PublicKeyInfo | undefined;
    if (ctx.tfe) {
      checks.push(tfeOAuthUrls(lookup.client, expectedUrls(flavor, bitbucketBase)), tfeOAuthToken(lookup.client, flavor));
      if (flavor === 'cloud') {
        checks.push(tfeCallbackHost(lookup.client, ctx.tfe.base));
      } else {
        const keys = await applinkPublicKey(ctx, lookup.client, credentials.check);
        checks.push(keys.check);
        checks.push(keys.link ? applinkId(keys.link, keys.check) : result(APPLINK_ID, 'skip', 'application link', `not checked: no application link was read (see ${keys.check.id})`));
        tfeKey = keys.tfeKey;
        applinkKey = keys.applinkKey;
      }
    }
    if (privateKeyPublic) {
      checks.push(
        ctx.tfe || flavor === 'cloud'
          ? privateKeyMatch(flavor, privateKeyPublic, tfeKey, applinkKey)
          : result(PRIVATE_KEY_MATCH, 'skip', '--private-key-file', 'not checked: needs --tfe-hostname to find the keys to compare with'),
      );
    }
  } finally {
    http.close();
  }

  const redacted = checks.map((check) => ({
    ...check,
    target: redactor.redact(check.target),
    message: redactor.redact(check.message),
    fix: check.fix === null ? null : redactor.redact(check.fix),
  }));
  return { ok: redacted.every((check) => check.status !== 'fail'), checks: redacted };
}

/** A redactor that knows every secret in the options. */
export function redactorFor(options: Pick<DoctorOptions, 'credentials' | 'tfe' | 'privateKeyPem'>): Redactor {
  const redactor = new Redactor();
  const { username, token, password } = options.credentials;
  redactor.add(token).add(password).add(options.tfe?.token).addPem(options.privateKeyPem);
  if (username) {
    for (const secret of [token, password]) {
      if (secret) {
        redactor.addBasic(username, secret);
      }
    }
  }
  return redactor;
}

function resolveBitbucketBase(flavor: BitbucketFlavor, bitbucketUrl: string | undefined): string {
  if (flavor === 'data-center' && !bitbucketUrl) {
    throw new UsageError('Bitbucket Data Center needs --bitbucket-url (the instance URL including any context path), or use --flavor cloud');
  }
  return normalizeUrl(parseBaseUrl(bitbucketUrl ?? DEFAULT_CLOUD_API_URL, flavor === 'cloud' ? '--bitbucket-api-url' : '--bitbucket-url'));
}

function tfeContext(tfe: NonNullable<DoctorOptions['tfe']>): TfeContext {
  if (!tfe.token) {
    throw new UsageError('set TFE_TOKEN to a TFE user or team API token to check the TFE side');
  }
  if (!tfe.organization && !tfe.oauthClientId) {
    throw new UsageError('the TFE checks need --tfe-organization or --oauth-client-id');
  }
  return {
    base: normalizeUrl(parseBaseUrl(tfe.address, 'the TFE address')),
    authorization: `Bearer ${tfe.token}`,
    organization: tfe.organization,
    oauthClientId: tfe.oauthClientId,
    oauthClientName: tfe.oauthClientId ? undefined : tfe.oauthClientName,
  };
}

/**
 * The Authorization header for Bitbucket.
 * Data Center: a token is sent as Bearer. That works for personal, project and repository HTTP access
 * tokens alike, whereas Basic with a token works only for personal ones; username + password go as Basic.
 * Cloud: username + API token / app password go as Basic (what Atlassian documents for both); a token
 * without username is an access token, sent as Bearer.
 */
export function bitbucketAuthorization(flavor: BitbucketFlavor, credentials: BitbucketCredentials): string {
  const { username, token, password } = credentials;
  const basic = (secret: string) => `Basic ${Buffer.from(`${username}:${secret}`, 'utf8').toString('base64')}`;
  if (flavor === 'data-center') {
    if (token) {
      return `Bearer ${token}`;
    }
    if (username && password) {
      return basic(password);
    }
  } else {
    const secret = token ?? password;
    if (username && secret) {
      return basic(secret);
    }
    if (token) {
      return `Bearer ${token}`;
    }
  }
  throw new UsageError(
    flavor === 'cloud'
      ? 'set Bitbucket Cloud credentials in the environment: BITBUCKET_USERNAME with BITBUCKET_TOKEN (API token or app password) or BITBUCKET_PASSWORD, or BITBUCKET_TOKEN alone for an access token'
      : 'set Bitbucket credentials in the environment: BITBUCKET_TOKEN (an HTTP access token of the service account), or BITBUCKET_USERNAME with BITBUCKET_PASSWORD; add BITBUCKET_USERNAME to a token so fixes name the account',
  );
}

function privateKeyInfo(pem: string | undefined): PublicKeyInfo | undefined {
  if (pem === undefined) {
    return undefined;
  }
  try {
    return publicKeyOfPrivateKey(pem);
  } catch (err) {
    throw new UsageError(`the private key cannot be used: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Maps items with at most `limit` calls of `fn` running at once; results keep the input order. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
