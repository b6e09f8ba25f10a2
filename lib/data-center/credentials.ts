import { RestApiAuth } from '../common/rest-api';
import { brand, isBranded } from '../common/brand';
import { BitbucketTfeInputError, described } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';
import { checkDataCenterUserName } from '../common/validators';

const NAME = 'DataCenterCredentials';

/**
 * How Terraform authenticates to Bitbucket Data Center as an administrator (to grant permissions and manage the
 * application link): a user name with either a password or an HTTP access token. The secret is a token, e.g. a
 * sensitive `TerraformVariable`; a literal is refused where it is given.
 *
 * @example
 * DataCenterCredentials.fromToken('admin', new TerraformVariable(this, 'bitbucket_token', { type: 'string', sensitive: true }).stringValue)
 */
export class DataCenterCredentials {
  /** Basic authentication with the administrator's password (as a token). */
  public static fromPassword(username: string, password: string): DataCenterCredentials {
    return new DataCenterCredentials(`${NAME}.fromPassword`, username, 'password', password);
  }

  /** An HTTP access token with admin permission (as a token), sent as a Bearer token. */
  public static fromToken(username: string, token: string): DataCenterCredentials {
    return new DataCenterCredentials(`${NAME}.fromToken`, username, 'token', token);
  }

  /** Whether `x` is a DataCenterCredentials, also when it comes from another copy of the library. */
  public static isDataCenterCredentials(x: any): x is DataCenterCredentials {
    return isBranded(x, NAME);
  }

  /** The administrator's user name. */
  public readonly username: string;
  /** How the secret is sent: `password` (Basic) or `token` (Bearer). */
  private readonly kind: 'password' | 'token';
  private readonly secret: string;

  private constructor(factory: string, username: string, kind: 'password' | 'token', secret: string) {
    checkDataCenterUserName(`${factory}(username)`, username);
    checkSecretToken(`${factory}(${kind})`, secret, `bitbucket_${kind}`);
    this.username = username;
    this.kind = kind;
    this.secret = secret;
    brand(this, NAME);
  }

  /** @internal restful provider authentication: HTTP access tokens go as Bearer, passwords as Basic. */
  public _restApiAuth(): RestApiAuth {
    return this.kind === 'token' ? { bearerToken: this.secret } : { username: this.username, password: this.secret };
  }

  /** @internal the bitbucketserver provider's arguments: `password`, or `token` for an HTTP access token. */
  public _providerAuth(): { username: string; password?: string; token?: string } {
    return { username: this.username, [this.kind]: this.secret };
  }
}

/** Credentials given to a construct are made by one of DataCenterCredentials' factories (plain objects are refused). */
export function checkCredentials(prop: string, credentials: DataCenterCredentials): void {
  if (!DataCenterCredentials.isDataCenterCredentials(credentials)) {
    throw new BitbucketTfeInputError(prop, described(typeof credentials), 'is not a DataCenterCredentials',
      'pass DataCenterCredentials.fromPassword(username, password) or DataCenterCredentials.fromToken(username, token)');
  }
}
