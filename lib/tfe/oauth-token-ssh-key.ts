import { ITerraformDependable, TerraformLocal, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { Operation } from '../providers/restful/operation';
import { BitbucketTfeInputError, described } from '../domain/errors';
import { isLiteral } from '../common/tokens';
import { tfeApiProvider } from './tfe-api';

export interface OAuthTokenSshKeyProps {
  /** TFE host name (`tfe.example.com`). */
  readonly tfeHostname: string;
  /** TFE API token with permission to manage the organization's VCS providers, as a token (sensitive variable). */
  readonly tfeToken: string;
  /**
   * The OAuth token (`ot-...`) to set the key on; empty while nobody has authorized the connection, and then
   * nothing is planned (the next deploy after the authorization sets the key).
   */
  readonly oauthTokenId: string;
  /** PEM private key TFE clones with. */
  readonly privateKeyPem: string;
  /**
   * What must exist before the key is set: the public key registered in Bitbucket, so TFE never holds a key
   * Bitbucket does not know.
   * @default []
   */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'OAuthTokenSshKey'
   * @internal
   */
  readonly _propPrefix?: string;
}

/**
 * Sets the SSH private key TFE uses to clone Bitbucket Data Center repositories on the OAuth token
 * (`PATCH /api/v2/oauth-tokens/:id`, attribute `ssh-key`). The tfe provider has no argument for it, hence a
 * `restful_operation`, with no delete method: TFE has no call that removes a token's key, and a DELETE there would
 * delete the token and disconnect every workspace. A new key is PATCHed in place; a new token (re-authorization)
 * changes the path, and the new token gets the key.
 */
export class OAuthTokenSshKey extends Construct {
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: OAuthTokenSshKeyProps) {
    super(scope, id);
    const prefix = props._propPrefix ?? 'OAuthTokenSshKey';
    if (props.tfeToken === undefined || isLiteral(props.tfeToken)) {
      throw new BitbucketTfeInputError(`${prefix}.tfeToken`, props.tfeToken === undefined ? undefined : described('a literal string'),
        'must be a token: the SSH key is set through the TFE API, which needs the token at apply time',
        'pass new TerraformVariable(this, "tfe_token", { type: "string", sensitive: true }).stringValue, or turn the clone key off');
    }
    const api = tfeApiProvider(this, props.tfeHostname, props.tfeToken);
    this.resource = new Operation(this, 'ssh-key', {
      provider: api,
      path: '/oauth-tokens/${each.value}',
      method: 'PATCH',
      body: { data: { type: 'oauth-tokens', id: '${each.value}', attributes: { 'ssh-key': props.privateKeyPem } } },
      dependsOn: props.dependsOn,
    });
    // One instance under a fixed key while a token exists, none before: the address stays put when the token
    // id changes, so re-authorization replaces the operation (a new path) and PATCHes the new token.
    const tokenId = new TerraformLocal(this, 'oauth-token-id', props.oauthTokenId);
    this.resource.addOverride('for_each', `\${{ for token in compact([local.${tokenId.friendlyUniqueId}]) : "oauth-token" => token }}`);
  }
}
