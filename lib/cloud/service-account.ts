import { TerraformDataSource, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { DataBitbucketUser } from '../providers/bitbucket/data-bitbucket-user';
import { normaliseCloudUuid } from '../common/validators';
import { BitbucketTfeInputError } from '../domain/errors';

export interface CloudServiceAccountProps {
  /**
   * The Bitbucket Cloud account's UUID, `{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}`. Given without braces or in upper
   * case it is normalised to Bitbucket's spelling (braces, lower case): the provider compares the UUID it sends with
   * the one Bitbucket answers as strings. User names, nicknames and Atlassian account ids are refused.
   */
  readonly serviceAccountUuid: string;
  /**
   * Read the account through the `bitbucket_user` data source, so a UUID Bitbucket does not know stops the plan
   * (instead of the first permission grant at apply) and grants reference what Bitbucket answered. The provider's
   * credentials then also need the `account` scope (API token permission `read:user:bitbucket`). The data source
   * finds users by UUID only: it has a `display_name` argument, but the provider does not search by it.
   * @default false
   */
  readonly lookup?: boolean;
  /**
   * The bitbucket (Cloud) provider, for the lookup.
   * @default - the stack's default bitbucket provider
   */
  readonly provider?: TerraformProvider;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'CloudServiceAccount'
   * @internal
   */
  readonly _propPrefix?: string;
}

/**
 * The Bitbucket Cloud account TFE acts as. Whoever clicks "Grant access" when the TFE OAuth client is connected
 * becomes the identity behind every webhook TFE creates, so this is the account that needs admin on the
 * repositories (see `CloudServiceAccountAccess`). Bitbucket Cloud's permission API names users by UUID only.
 */
export class CloudServiceAccount extends Construct {
  /** The UUID for grants: the normalised literal, or a reference to the looked-up user so grants wait for it. */
  public readonly userUuid: string;
  /** The UUID as normalised at synth time, for messages and outputs. */
  public readonly uuid: string;
  /** The `bitbucket_user` data source, when `lookup` is set. */
  public readonly user?: TerraformDataSource;
  /** The account's user name as Bitbucket reports it (a reference), when `lookup` is set. */
  public readonly username?: string;
  /** The account's display name as Bitbucket reports it (a reference), when `lookup` is set. */
  public readonly displayName?: string;

  constructor(scope: Construct, id: string, props: CloudServiceAccountProps) {
    super(scope, id);
    const prefix = props._propPrefix ?? 'CloudServiceAccount';
    if (props.serviceAccountUuid === undefined) {
      throw new BitbucketTfeInputError(`${prefix}.serviceAccountUuid`, undefined, 'is required: Bitbucket Cloud grants permissions to account UUIDs',
        'pass the service account\'s UUID, e.g. "{f5aee987-bd9b-4da0-beab-ba903286e189}" (GET https://api.bitbucket.org/2.0/user as that account shows it)');
    }
    this.uuid = normaliseCloudUuid(`${prefix}.serviceAccountUuid`, props.serviceAccountUuid);
    if (!props.lookup) {
      this.userUuid = this.uuid;
      return;
    }
    const user = new DataBitbucketUser(this, 'user', {
      provider: props.provider,
      uuid: this.uuid,
    });
    this.user = user;
    this.userUuid = user.uuid;
    this.username = user.username;
    this.displayName = user.displayName;
  }
}
