import { RestApiAuth } from '../common/rest-api';
import { BitbucketTfeInputError } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';
import { checkDataCenterUserName } from '../common/validators';

/**
 * How Terraform authenticates to Bitbucket Data Center as an administrator (to grant permissions and
 * manage the application link). Pass the secret as a token, e.g. a sensitive `TerraformVariable`.
 */
export interface DataCenterCredentials {
  /** Administrator's user name. */
  readonly username: string;
  /**
   * The administrator's password.
   * @default - `token` is used
   */
  readonly password?: string;
  /**
   * An HTTP access token with admin permission (sent as a Bearer token).
   * @default - `password` is used
   */
  readonly token?: string;
}

/** Exactly one of password and token, neither of them a literal. */
export function checkCredentials(prop: string, credentials: DataCenterCredentials): void {
  checkDataCenterUserName(`${prop}.username`, credentials.username);
  if ((credentials.password === undefined) === (credentials.token === undefined)) {
    throw new BitbucketTfeInputError(`${prop}.password / ${prop}.token`, credentials.password === undefined ? 'neither' : 'both',
      'must be given, exactly one of the two', 'pass a password or an HTTP access token, from a sensitive TerraformVariable');
  }
  for (const field of ['password', 'token'] as const) checkSecretToken(`${prop}.${field}`, credentials[field], `bitbucket_${field}`);
}

/** restful provider authentication for Data Center credentials: HTTP access tokens go as Bearer, passwords as Basic. */
export function restApiAuth(credentials: DataCenterCredentials): RestApiAuth {
  return credentials.token === undefined
    ? { username: credentials.username, password: credentials.password }
    : { bearerToken: credentials.token };
}
