import { TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { Resource as RestResource } from '../providers/restful/resource';
import { bitbucketApiProvider } from './bitbucket-api';
import { resourceAddress } from '../common/tokens';
import { checkCredentials, DataCenterCredentials } from './credentials';

export interface DataCenterUserSshKeyProps {
  /** Bitbucket base URL with context path. */
  readonly bitbucketUrl: string;
  /** Administrator credentials (adding a key for another user needs admin). */
  readonly adminCredentials: DataCenterCredentials;
  /** The user the key is registered for (the service account). */
  readonly userName: string;
  /** OpenSSH public key (`ssh-rsa AAAA...`). */
  readonly publicKeyOpenssh: string;
  /**
   * The resource that generates the key (e.g. `tls_private_key`): when it is replaced, the new public key is
   * registered before the old one is removed, so a clone never finds Bitbucket without the key TFE holds.
   * @default - the key is only replaced when Terraform is told to
   */
  readonly rotatesWith?: TerraformResource;
  /** Label shown in the user's SSH keys page. @default 'Terraform Enterprise clone key' */
  readonly label?: string;
  /**
   * A `restful` provider on Bitbucket's API to share (see `bitbucketApiProvider`).
   * @default - one is created from bitbucketUrl and adminCredentials
   */
  readonly bitbucketApi?: TerraformProvider;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'DataCenterUserSshKey'
   * @internal
   */
  readonly _propPrefix?: string;
}

/**
 * Registers an SSH public key for a Bitbucket Data Center user (`POST /rest/ssh/latest/keys?user=<name>`), so
 * TFE can clone as the service account with the matching private key. No Terraform provider manages user SSH
 * keys, hence a `restful_resource`. Bitbucket cannot edit a key (get and delete only), so a new key is a new
 * object: created first, the old one deleted after (`create_before_destroy`). A key deleted by hand reads 404,
 * Terraform forgets it, and the next apply registers it again.
 */
export class DataCenterUserSshKey extends Construct {
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: DataCenterUserSshKeyProps) {
    super(scope, id);
    const prefix = props._propPrefix ?? 'DataCenterUserSshKey';
    checkCredentials(`${prefix}.adminCredentials`, props.adminCredentials);
    const api = props.bitbucketApi ?? bitbucketApiProvider(this, 'ssh-api', props.bitbucketUrl, props.adminCredentials);
    this.resource = new RestResource(this, 'key', {
      provider: api,
      path: '/rest/ssh/latest/keys',
      createQuery: { user: [props.userName] },
      // The id Bitbucket assigns is in the create response; the key is read and deleted at its own path.
      readPath: '/rest/ssh/latest/keys/$(body.id)',
      body: { text: props.publicKeyOpenssh, label: props.label ?? 'Terraform Enterprise clone key' },
      lifecycle: {
        createBeforeDestroy: true,
        // Bitbucket returns the key text normalised; and a key is never updated, only replaced (above).
        ignoreChanges: ['body'],
        replaceTriggeredBy: props.rotatesWith ? [resourceAddress(props.rotatesWith)] : undefined,
      },
    });
  }
}
