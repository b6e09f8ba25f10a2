import { BitbucketTfeInputError } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';

/**
 * How Terraform authenticates to Bitbucket Cloud (the DrFaust92/bitbucket provider) to grant the service account
 * its permissions. Exactly one of three ways: `username` with `password` (an Atlassian API token with the account's
 * e-mail address, or a Bitbucket app password with the Bitbucket user name), `oauthClientId` with
 * `oauthClientSecret` (client credentials of an OAuth consumer), or `oauthToken`. Secrets are tokens, e.g.
 * sensitive `TerraformVariable`s; literals are refused.
 */
export interface CloudCredentials {
  /**
   * Atlassian account e-mail address (with an API token) or Bitbucket user name (with an app password).
   * @default - not basic authentication
   */
  readonly username?: string;
  /**
   * The API token or app password of `username`, as a token.
   * @default - not basic authentication
   */
  readonly password?: string;
  /**
   * OAuth client id (consumer key) for the client credentials grant.
   * @default - not client credentials
   */
  readonly oauthClientId?: string;
  /**
   * OAuth client secret for the client credentials grant, as a token.
   * @default - not client credentials
   */
  readonly oauthClientSecret?: string;
  /**
   * An OAuth access token, as a token.
   * @default - not an access token
   */
  readonly oauthToken?: string;
}

/** Exactly one way to authenticate, each complete, no secret a literal. */
export function checkCloudCredentials(prop: string, credentials: CloudCredentials): void {
  const basic = credentials.username !== undefined || credentials.password !== undefined;
  const client = credentials.oauthClientId !== undefined || credentials.oauthClientSecret !== undefined;
  const token = credentials.oauthToken !== undefined;
  const ways = [basic, client, token].filter((w) => w).length;
  if (ways !== 1) {
    throw new BitbucketTfeInputError(prop, ways === 0 ? 'neither' : 'several', 'must give exactly one way to authenticate',
      'pass username with password (an API token), or oauthClientId with oauthClientSecret, or oauthToken, from sensitive TerraformVariables');
  }
  const pairs: Array<[keyof CloudCredentials, keyof CloudCredentials]> = [['username', 'password'], ['oauthClientId', 'oauthClientSecret']];
  for (const [a, b] of pairs) {
    if ((credentials[a] === undefined) !== (credentials[b] === undefined)) {
      const missing = credentials[a] === undefined ? a : b;
      throw new BitbucketTfeInputError(`${prop}.${missing}`, undefined, `is required with ${prop}.${missing === a ? b : a}`,
        `pass both ${a} and ${b}`);
    }
  }
  for (const field of ['password', 'oauthClientSecret', 'oauthToken'] as const) {
    checkSecretToken(`${prop}.${field}`, credentials[field], `bitbucket_${snake(field)}`);
  }
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
