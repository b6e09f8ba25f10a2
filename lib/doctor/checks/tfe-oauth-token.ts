import { CheckResult } from '../types';
import { result } from './common';
import { OAuthClient, TFE_OAUTH_CLIENT } from './tfe-oauth-client';

export const TFE_OAUTH_TOKEN = 'tfe-oauth-token';

/**
 * Check 3c: someone completed the OAuth authorization, so the client has an OAuth token. Workspaces link
 * through that token's id; without it TFE answers "OAuth token is required".
 */
export function tfeOAuthToken(client: OAuthClient | undefined, flavor: 'data-center' | 'cloud'): CheckResult {
  if (!client) {
    return result(TFE_OAUTH_TOKEN, 'skip', 'TFE', `not checked: no OAuth client (see ${TFE_OAUTH_CLIENT})`);
  }
  if (client.tokenIds.length > 1) {
    return result(
      TFE_OAUTH_TOKEN,
      'fail',
      client.id,
      `OAuth client ${client.id} holds ${client.tokenIds.length} OAuth tokens (${client.tokenIds.join(', ')}): the tfe provider's lookups of the client fail with "unexpected number of OAuth tokens"`,
      'In TFE (Settings > Version control > Providers), remove the extra authorizations so one OAuth token is left, the one the service account made.',
    );
  }
  if (client.tokenIds.length === 1) {
    return result(TFE_OAUTH_TOKEN, 'pass', client.id, `OAuth client ${client.id} is authorized (OAuth token ${client.tokenIds.join(', ')})`);
  }
  return result(
    TFE_OAUTH_TOKEN,
    'fail',
    client.id,
    `OAuth client ${client.id} has no OAuth token: nobody has completed the authorization yet, so workspaces cannot be linked`,
    flavor === 'cloud'
      ? 'In TFE: Settings > Version control > Providers > Connect organization, then Grant access in Bitbucket Cloud while logged in as the service account.'
      : 'In TFE: Settings > Version control > Providers > Connect organization, then Allow in Bitbucket while logged in as the service account.',
  );
}
