import { brand, isBranded } from '../common/brand';
import { BitbucketTfeInputError } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';
import { checkOAuthClientId, checkOAuthClientName } from '../common/validators';

const NAME = 'CloudOAuthClientSource';

/** The TFE OAuth client's name when none is given. */
export const DEFAULT_CLOUD_CLIENT_NAME = 'Bitbucket Cloud';

/** What Terraform needs to create a `bitbucket_hosted` OAuth client. Secrets are tokens (sensitive variables). */
export interface CloudOAuthClientCreateOptions {
  /**
   * The name to give the client in TFE.
   * @default 'Bitbucket Cloud'
   */
  readonly oauthClientName?: string;
  /** The OAuth consumer's Key, as a token. */
  readonly consumerKey: string;
  /** The OAuth consumer's Secret, as a token. */
  readonly consumerSecret: string;
  /**
   * An OAuth access token of the consumer, as a token: the TFE API requires one for `bitbucket_hosted`. A person
   * obtains it through Bitbucket's browser flow; Bitbucket Cloud access tokens expire after two hours.
   */
  readonly oauthToken: string;
  /**
   * TFE project ids (`prj-...`) the client is limited to.
   * @default - every project of the organization
   */
  readonly tfeProjectIds?: string[];
}

/**
 * Where a Cloud connection's TFE OAuth client comes from: one a person made and connected in the TFE UI
 * (adopted by name or id, the dependable path: Bitbucket Cloud issues OAuth tokens only through its browser
 * flow), or one Terraform creates from the consumer's key and secret and an OAuth access token.
 */
export class CloudOAuthClientSource {
  /**
   * Adopt the Bitbucket Cloud client of this name, made in the TFE UI.
   * @param oauthClientName the client's name in TFE. Default: 'Bitbucket Cloud'
   */
  public static adoptByName(oauthClientName?: string): CloudOAuthClientSource {
    return CloudOAuthClientSource._adoptByName(oauthClientName ?? DEFAULT_CLOUD_CLIENT_NAME, `${NAME}.adoptByName(oauthClientName)`);
  }

  /** @internal adoptByName, with errors naming the name by `prop` (an onboarding file's key). */
  public static _adoptByName(oauthClientName: string, prop: string): CloudOAuthClientSource {
    checkOAuthClientName(prop, oauthClientName);
    return new CloudOAuthClientSource(false, oauthClientName, undefined, undefined);
  }

  /** Adopt the client with this id (`oc-...`), made in the TFE UI. */
  public static adoptById(oauthClientId: string): CloudOAuthClientSource {
    checkOAuthClientId(`${NAME}.adoptById(oauthClientId)`, oauthClientId);
    return new CloudOAuthClientSource(false, undefined, oauthClientId, undefined);
  }

  /** Terraform creates the client from the consumer's key and secret and an OAuth access token. */
  public static create(options: CloudOAuthClientCreateOptions): CloudOAuthClientSource {
    const at = (field: string) => `${NAME}.create(options.${field})`;
    for (const field of ['consumerKey', 'consumerSecret', 'oauthToken'] as const) {
      if (options[field] === undefined) {
        throw new BitbucketTfeInputError(at(field), undefined, 'is required to create a bitbucket_hosted OAuth client',
          field === 'oauthToken'
            ? 'pass an OAuth access token of the consumer from a sensitive TerraformVariable, or use CloudOAuthClientSource.adoptByName() and connect the client in the TFE UI (the dependable path: Bitbucket Cloud access tokens expire after two hours)'
            : `pass the consumer's ${field === 'consumerKey' ? 'Key' : 'Secret'} from a sensitive TerraformVariable`);
      }
    }
    checkSecretToken(at('consumerKey'), options.consumerKey, 'bitbucket_oauth_consumer_key');
    checkSecretToken(at('consumerSecret'), options.consumerSecret, 'bitbucket_oauth_consumer_secret');
    checkSecretToken(at('oauthToken'), options.oauthToken, 'bitbucket_oauth_token');
    return new CloudOAuthClientSource(true, options.oauthClientName ?? DEFAULT_CLOUD_CLIENT_NAME, undefined, options);
  }

  /** Whether `x` is a CloudOAuthClientSource, also when it comes from another copy of the library. */
  public static isCloudOAuthClientSource(x: any): x is CloudOAuthClientSource {
    return isBranded(x, NAME);
  }

  private constructor(
    /** Whether Terraform creates the client. */
    public readonly createsClient: boolean,
    /** The client's name (adopted by name, or created). */
    public readonly oauthClientName: string | undefined,
    /** The adopted client's id. */
    public readonly oauthClientId: string | undefined,
    /** What creating it takes. */
    public readonly createOptions: CloudOAuthClientCreateOptions | undefined,
  ) {
    brand(this, NAME);
  }
}
