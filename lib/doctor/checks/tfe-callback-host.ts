import { CheckResult } from '../types';
import { result } from './common';
import { OAuthClient, TFE_OAUTH_CLIENT } from './tfe-oauth-client';

export const TFE_CALLBACK_HOST = 'tfe-callback-host';

/**
 * Check 3d (Cloud): the client's callback URL is on the TFE host the doctor talks to. TFE builds it from
 * its configured hostname; when that differs from the address users reach, Bitbucket redirects the
 * authorization to the wrong host and reports a redirect_uri mismatch.
 */
export function tfeCallbackHost(client: OAuthClient | undefined, tfeBase: string): CheckResult {
  if (!client) {
    return result(TFE_CALLBACK_HOST, 'skip', 'TFE', `not checked: no OAuth client (see ${TFE_OAUTH_CLIENT})`);
  }
  const expectedHost = new URL(tfeBase).host;
  let actualHost: string | undefined;
  try {
    actualHost = client.callbackUrl ? new URL(client.callbackUrl).host : undefined;
  } catch {
    actualHost = undefined;
  }
  if (!client.callbackUrl || !actualHost) {
    return result(TFE_CALLBACK_HOST, 'fail', client.id, `OAuth client ${client.id} has no usable callback-url (${client.callbackUrl ?? 'empty'})`, 'Check the TFE hostname setting of the installation, then recreate the OAuth client.');
  }
  if (actualHost === expectedHost) {
    return result(
      TFE_CALLBACK_HOST,
      'pass',
      client.id,
      `callback-url ${client.callbackUrl} is on ${expectedHost}; the Bitbucket OAuth consumer's callback URL must be exactly this address`,
    );
  }
  return result(
    TFE_CALLBACK_HOST,
    'fail',
    client.id,
    `callback-url ${client.callbackUrl} is on ${actualHost}, not on the TFE host ${expectedHost}`,
    `Set the TFE installation's hostname to ${expectedHost} (or run the doctor against the host TFE is configured with), then put the client's callback URL into the Bitbucket OAuth consumer.`,
  );
}
