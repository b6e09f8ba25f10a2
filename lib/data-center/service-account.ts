import { TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { User } from '../providers/bitbucketserver/user';
import { BitbucketTfeInputError, propPaths } from '../domain/errors';
import { checkDataCenterUserName } from '../common/validators';
import { isUnresolved } from '../common/tokens';

export interface DataCenterServiceAccountProps {
  /** Login name of the Bitbucket user TFE acts as (it creates the webhooks). */
  readonly serviceAccountName: string;
  /**
   * Create the user (`bitbucketserver_user`) instead of using an existing one.
   * @default false
   */
  readonly create?: boolean;
  /**
   * Display name of a created user.
   * @default - the user name
   */
  readonly displayName?: string;
  /**
   * E-mail address of a created user (Bitbucket requires one).
   * @default - required when `create` is true
   */
  readonly emailAddress?: string;
  /**
   * The bitbucketserver provider.
   * @default - the stack's default bitbucketserver provider
   */
  readonly provider?: TerraformProvider;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'DataCenterServiceAccount'
   * @internal
   */
  readonly _propPrefix?: string;
  /**
   * The paths errors name for props a parent construct passes under other names (`displayName` -> `DataCenterConnection.serviceAccountDisplayName`).
   * @default - `<prefix>.<prop>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
}

/**
 * The Bitbucket Data Center user TFE authenticates as. Whoever clicks "Allow" during the one-time
 * authorization becomes the identity behind every webhook TFE creates, so this is the account that
 * needs REPO_ADMIN (see `DataCenterServiceAccountAccess`).
 */
export class DataCenterServiceAccount extends Construct {
  /** The user name; a reference to the created user when `create` is set, so grants wait for it. */
  public readonly userName: string;
  /** The literal user name, for messages and outputs. */
  public readonly loginName: string;
  /** The created user, when `create` is set. */
  public readonly user?: TerraformResource;

  constructor(scope: Construct, id: string, props: DataCenterServiceAccountProps) {
    super(scope, id);
    const prefix = props._propPrefix ?? 'DataCenterServiceAccount';
    const path = propPaths(prefix, props._propNames);
    checkDataCenterUserName(path('serviceAccountName'), props.serviceAccountName);
    this.loginName = props.serviceAccountName;
    if (!props.create) {
      for (const prop of ['displayName', 'emailAddress'] as const) {
        if (props[prop] !== undefined) {
          throw new BitbucketTfeInputError(path(prop), props[prop], 'only applies to a user the library creates',
            'remove it, or set create: true to have the library create the service account');
        }
      }
      this.userName = props.serviceAccountName;
      return;
    }
    const email = props.emailAddress;
    if (email === undefined || (!isUnresolved(email) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))) {
      throw new BitbucketTfeInputError(path('emailAddress'), email, 'must be an e-mail address: Bitbucket requires one for a new user',
        'pass the mailbox that should receive the service account\'s notifications, e.g. "terraform@example.com"');
    }
    const user = new User(this, 'user', {
      provider: props.provider,
      name: props.serviceAccountName,
      displayName: props.displayName ?? props.serviceAccountName,
      emailAddress: email,
    });
    this.user = user;
    this.userName = user.name;
  }
}
