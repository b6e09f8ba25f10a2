import { BITBUCKET_CLOUD_API_URL, BITBUCKET_CLOUD_HTTP_URL } from '../../domain/bitbucket-cloud';
import { CheckResult } from '../types';
import { result } from './common';
import { OAuthClient, TFE_OAUTH_CLIENT, safeNormalize } from './tfe-oauth-client';

export const TFE_OAUTH_URLS = 'tfe-oauth-urls';

/** The `http-url` and `api-url` a TFE client for this Bitbucket must have. */
export interface ExpectedUrls {
  readonly httpUrl: string;
  readonly apiUrl: string;
}

/**
 * Data Center: `http-url` is the instance URL with its context path, `api-url` the same URL without it.
 * Cloud: the fixed bitbucket.org addresses.
 */
export function expectedUrls(flavor: 'data-center' | 'cloud', bitbucketBase: string): ExpectedUrls {
  if (flavor === 'cloud') {
    return { httpUrl: BITBUCKET_CLOUD_HTTP_URL, apiUrl: BITBUCKET_CLOUD_API_URL };
  }
  return { httpUrl: safeNormalize(bitbucketBase), apiUrl: new URL(bitbucketBase).origin };
}

/** Check 3b: the client points at this Bitbucket; a wrong URL sends TFE's API calls and webhooks elsewhere. */
export function tfeOAuthUrls(client: OAuthClient | undefined, expected: ExpectedUrls): CheckResult {
  if (!client) {
    return result(TFE_OAUTH_URLS, 'skip', 'TFE', `not checked: no OAuth client (see ${TFE_OAUTH_CLIENT})`);
  }
  const problems: string[] = [];
  if (safeNormalize(client.httpUrl ?? '') !== expected.httpUrl) {
    problems.push(`http-url is ${client.httpUrl ?? '(empty)'}, expected ${expected.httpUrl}`);
  }
  if (safeNormalize(client.apiUrl ?? '') !== expected.apiUrl) {
    problems.push(`api-url is ${client.apiUrl ?? '(empty)'}, expected ${expected.apiUrl}`);
  }
  if (problems.length === 0) {
    return result(TFE_OAUTH_URLS, 'pass', client.id, `http-url ${expected.httpUrl} and api-url ${expected.apiUrl} match`);
  }
  return result(
    TFE_OAUTH_URLS,
    'fail',
    client.id,
    `OAuth client ${client.id} does not point at this Bitbucket: ${problems.join('; ')}`,
    `Recreate the OAuth client with http_url = "${expected.httpUrl}" and api_url = "${expected.apiUrl}" (both force replacement: authorize the new client and re-link the workspaces), or check that --bitbucket-url is the instance base URL.`,
  );
}
