import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { checkCloudWorkspace } from '../common/validators';
import { BITBUCKET_CLOUD_HTTP_URL } from '../domain/bitbucket-cloud';
import { BitbucketTfeInputError } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';

/** One permission the Bitbucket Cloud OAuth consumer must have, as Bitbucket's consumer form names it. */
export interface CloudOAuthConsumerPermission {
  /** The permission group in Bitbucket's form, e.g. `Repositories`. */
  readonly scope: string;
  /** The box to tick, e.g. `Admin`. */
  readonly level: string;
  /** What TFE uses it for. */
  readonly purpose: string;
}

/** What the Bitbucket Cloud OAuth consumer for TFE must look like. */
export interface CloudOAuthConsumerShape {
  /** The permissions to tick, nothing else is needed. */
  readonly permissions: CloudOAuthConsumerPermission[];
  /** "This is a private consumer" must be ticked (TFE uses the consumer's secret; public consumers have none). */
  readonly privateConsumer: boolean;
  /** Where the callback URL comes from. */
  readonly callbackUrl: string;
}

/**
 * The Bitbucket Cloud OAuth consumer TFE needs, as HashiCorp documents it. Bitbucket Cloud has **no API to create
 * or read OAuth consumers** (its UI is the only way), so the library declares this shape and outputs it as a
 * checklist; a workspace admin creates the consumer by hand.
 */
export const CLOUD_OAUTH_CONSUMER: CloudOAuthConsumerShape = {
  permissions: [
    { scope: 'Account', level: 'Write', purpose: 'HashiCorp\'s documented setting for TFE\'s Bitbucket Cloud integration' },
    { scope: 'Repositories', level: 'Admin', purpose: 'TFE lists, reads and clones the repositories it links' },
    { scope: 'Pull requests', level: 'Write', purpose: 'TFE runs speculative plans for pull requests' },
    { scope: 'Webhooks', level: 'Read and write', purpose: 'TFE creates the repository webhook that starts runs' },
  ],
  privateConsumer: true,
  callbackUrl: 'the TFE OAuth client\'s callback_url (https://<tfe-host>/auth/<uuid>/callback), known only after the client exists',
};

export interface CloudOAuthConsumerProps {
  /** Bitbucket Cloud workspace id that owns the consumer (its settings page holds the consumer). */
  readonly workspace: string;
  /**
   * Name to give the consumer in Bitbucket.
   * @default 'Terraform Enterprise'
   */
  readonly name?: string;
  /**
   * The consumer's Key, as a token (sensitive variable), when Terraform creates the TFE OAuth client.
   * @default - not needed: the TFE client is adopted
   */
  readonly consumerKey?: string;
  /**
   * The consumer's Secret, as a token (sensitive variable), when Terraform creates the TFE OAuth client.
   * @default - not needed: the TFE client is adopted
   */
  readonly consumerSecret?: string;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'CloudOAuthConsumer'
   * @internal
   */
  readonly _propPrefix?: string;
}

/**
 * Declares the Bitbucket Cloud OAuth consumer TFE connects through. It creates nothing (Bitbucket Cloud has no API
 * for consumers): it holds the consumer's key and secret as tokens when the TFE client is created from them, and
 * writes the checklist a workspace admin follows, with the page to open and the callback URL to paste.
 */
export class CloudOAuthConsumer extends Construct {
  /** What TFE needs of a Bitbucket Cloud OAuth consumer. */
  public static readonly REQUIRED_SHAPE = CLOUD_OAUTH_CONSUMER;
  /** Whether `x` is a CloudOAuthConsumer, also when it comes from another copy of the library. */
  public static isCloudOAuthConsumer(x: any): x is CloudOAuthConsumer {
    return isBranded(x, 'CloudOAuthConsumer');
  }

  /** `https://bitbucket.org/<workspace>/workspace/settings/api`: Workspace settings > OAuth consumers. */
  public readonly settingsPage: string;
  public readonly workspace: string;
  public readonly name: string;
  /** The consumer's key (a token), when given. */
  public readonly consumerKey?: string;
  /** The consumer's secret (a token), when given. */
  public readonly consumerSecret?: string;
  /** The permissions to tick (`CLOUD_OAUTH_CONSUMER.permissions`). */
  public readonly requiredPermissions: CloudOAuthConsumerPermission[];
  /** "This is a private consumer" must be ticked. */
  public readonly privateConsumer: boolean;

  constructor(scope: Construct, id: string, props: CloudOAuthConsumerProps) {
    super(scope, id);
    brand(this, 'CloudOAuthConsumer');
    const prefix = props._propPrefix ?? 'CloudOAuthConsumer';
    checkCloudWorkspace(`${prefix}.workspace`, props.workspace);
    if ((props.consumerKey === undefined) !== (props.consumerSecret === undefined)) {
      const missing = props.consumerKey === undefined ? 'consumerKey' : 'consumerSecret';
      throw new BitbucketTfeInputError(`${prefix}.${missing}`, undefined,
        'is required with the other half of the consumer\'s credentials', 'pass both the consumer\'s Key and Secret, from sensitive TerraformVariables');
    }
    checkSecretToken(`${prefix}.consumerKey`, props.consumerKey, 'bitbucket_oauth_consumer_key');
    checkSecretToken(`${prefix}.consumerSecret`, props.consumerSecret, 'bitbucket_oauth_consumer_secret');
    this.workspace = props.workspace;
    this.name = props.name ?? 'Terraform Enterprise';
    this.consumerKey = props.consumerKey;
    this.consumerSecret = props.consumerSecret;
    this.requiredPermissions = CLOUD_OAUTH_CONSUMER.permissions;
    this.privateConsumer = CLOUD_OAUTH_CONSUMER.privateConsumer;
    this.settingsPage = `${BITBUCKET_CLOUD_HTTP_URL}/${props.workspace}/workspace/settings/api`;
  }

  /**
   * The consumer as a workspace admin enters it, step by step, with the callback URL (a token read from TFE's
   * API is fine: it is resolved when the output is).
   */
  public checklist(callbackUrl: string): string {
    return [
      'Bitbucket Cloud has no API to create OAuth consumers, so a workspace admin creates or checks this one by hand:',
      `1. Open ${this.settingsPage} (Workspace settings > OAuth consumers) and click "Add consumer", or edit the existing one.`,
      `2. Name: "${this.name}".`,
      `3. Callback URL: ${callbackUrl}`,
      `4. Tick "This is a private consumer".`,
      `5. Permissions, nothing else: ${this.requiredPermissions.map((p) => `${p.scope}: ${p.level}`).join('; ')}.`,
      '6. Save. The consumer\'s Key and Secret are the TFE OAuth client\'s key and secret.',
    ].join('\n');
  }
}
