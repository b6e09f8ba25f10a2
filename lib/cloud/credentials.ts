import { brand, isBranded } from '../common/brand';
import { BitbucketTfeInputError, described } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';

const NAME = 'CloudCredentials';

/** The DrFaust92/bitbucket provider's authentication arguments. */
interface ProviderAuth {
  readonly username?: string;
  readonly password?: string;
  readonly oauthClientId?: string;
  readonly oauthClientSecret?: string;
  readonly oauthToken?: string;
}

/**
 * How Terraform authenticates to Bitbucket Cloud (the DrFaust92/bitbucket provider) to grant the service account
 * its permissions: one of the factories below. Secrets are tokens, e.g. sensitive `TerraformVariable`s; a
 * literal is refused where it is given.
 *
 * @example
 * CloudCredentials.fromApiToken('admin@example.com', new TerraformVariable(this, 'bitbucket_api_token', { type: 'string', sensitive: true }).stringValue)
 */
export class CloudCredentials {
  /** An Atlassian API token (as a token) with the e-mail address of its account. */
  public static fromApiToken(email: string, apiToken: string): CloudCredentials {
    return CloudCredentials.basic(`${NAME}.fromApiToken`, 'email', email, 'apiToken', apiToken);
  }

  /** A Bitbucket app password (as a token) with the Bitbucket user name (app passwords are being retired by Atlassian). */
  public static fromAppPassword(username: string, appPassword: string): CloudCredentials {
    return CloudCredentials.basic(`${NAME}.fromAppPassword`, 'username', username, 'appPassword', appPassword);
  }

  /** The client credentials grant of an OAuth consumer: its key and secret (as a token). */
  public static fromClientCredentials(clientId: string, clientSecret: string): CloudCredentials {
    const factory = `${NAME}.fromClientCredentials`;
    checkGiven(`${factory}(clientId)`, clientId);
    checkSecretToken(`${factory}(clientSecret)`, clientSecret, 'bitbucket_oauth_client_secret');
    return new CloudCredentials({ oauthClientId: clientId, oauthClientSecret: clientSecret });
  }

  /** An OAuth access token (as a token). */
  public static fromAccessToken(accessToken: string): CloudCredentials {
    checkSecretToken(`${NAME}.fromAccessToken(accessToken)`, accessToken, 'bitbucket_oauth_token');
    return new CloudCredentials({ oauthToken: accessToken });
  }

  /** Whether `x` is a CloudCredentials, also when it comes from another copy of the library. */
  public static isCloudCredentials(x: any): x is CloudCredentials {
    return isBranded(x, NAME);
  }

  private static basic(factory: string, userArg: string, username: string, secretArg: string, password: string): CloudCredentials {
    checkGiven(`${factory}(${userArg})`, username);
    checkSecretToken(`${factory}(${secretArg})`, password, `bitbucket_${secretArg === 'apiToken' ? 'api_token' : 'app_password'}`);
    return new CloudCredentials({ username, password });
  }

  private readonly auth: ProviderAuth;

  private constructor(auth: ProviderAuth) {
    this.auth = auth;
    brand(this, NAME);
  }

  /** @internal the bitbucket provider's arguments. */
  public _providerAuth(): ProviderAuth {
    return this.auth;
  }
}

function checkGiven(prop: string, value: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BitbucketTfeInputError(prop, value, 'is empty', 'pass the account\'s user name, e-mail address or OAuth consumer key');
  }
}

/** Credentials given to a construct are made by one of CloudCredentials' factories (plain objects are refused). */
export function checkCloudCredentials(prop: string, credentials: CloudCredentials): void {
  if (!CloudCredentials.isCloudCredentials(credentials)) {
    throw new BitbucketTfeInputError(prop, described(typeof credentials), 'is not a CloudCredentials',
      'pass CloudCredentials.fromApiToken(email, apiToken), fromAppPassword, fromClientCredentials or fromAccessToken');
  }
}
