import { Fn, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectResource } from '../providers/restapi/object-resource';
import { restApiProvider } from '../common/rest-api';
import { isUnresolved } from '../common/tokens';
import { checkCredentials, DataCenterCredentials, restApiAuth } from './credentials';

export interface DataCenterUserSshKeyProps {
  /** Bitbucket base URL with context path. */
  readonly bitbucketUrl: string;
  /** Administrator credentials (adding a key for another user needs admin). */
  readonly adminCredentials: DataCenterCredentials;
  /** The user the key is registered for (the service account). */
  readonly userName: string;
  /** OpenSSH public key (`ssh-rsa AAAA...`). */
  readonly publicKeyOpenssh: string;
  /** Label shown in the user's SSH keys page. @default 'Terraform Enterprise clone key' */
  readonly label?: string;
  /** Names the props in error messages. @default 'DataCenterUserSshKey' */
  readonly propPrefix?: string;
}

/**
 * Registers an SSH public key for a Bitbucket Data Center user (`POST /rest/ssh/latest/keys?user=<name>`), so
 * TFE can clone as the service account with the matching private key. No Terraform provider manages user SSH
 * keys, hence a `restapi_object`.
 */
export class DataCenterUserSshKey extends Construct {
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: DataCenterUserSshKeyProps) {
    super(scope, id);
    const prefix = props.propPrefix ?? 'DataCenterUserSshKey';
    checkCredentials(`${prefix}.adminCredentials`, props.adminCredentials);
    const api = restApiProvider(this, 'ssh-api', 'bitbucket_ssh', {
      uri: props.bitbucketUrl,
      ...restApiAuth(props.adminCredentials),
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' },
      returnsObject: true,
    });
    this.resource = new ObjectResource(this, 'key', {
      provider: api,
      path: '/rest/ssh/latest/keys',
      createPath: `/rest/ssh/latest/keys?user=${isUnresolved(props.userName) ? props.userName : encodeURIComponent(props.userName)}`,
      readPath: '/rest/ssh/latest/keys/{id}',
      destroyPath: '/rest/ssh/latest/keys/{id}',
      destroyMethod: 'DELETE',
      idAttribute: 'id',
      data: Fn.jsonencode({ text: props.publicKeyOpenssh, label: props.label ?? 'Terraform Enterprise clone key' }),
      // A key cannot be edited in Bitbucket: a new key replaces it.
      forceNew: ['text'],
      ignoreServerAdditions: true,
    });
  }
}
