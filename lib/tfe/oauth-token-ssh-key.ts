import { Fn, ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ObjectResource } from '../providers/restapi/object-resource';
import { BitbucketTfeInputError, described } from '../common/errors';
import { restApiProvider } from '../common/rest-api';
import { isLiteral } from '../common/tokens';
import { hasOAuthToken } from './oauth-client-lookup';

export interface OAuthTokenSshKeyProps {
  /** TFE host name (`tfe.example.com`). */
  readonly tfeHostname: string;
  /** TFE API token with permission to manage the organization's VCS providers, as a token (sensitive variable). */
  readonly tfeToken: string;
  /** The OAuth token (`ot-...`) to set the key on. */
  readonly oauthTokenId: string;
  /** PEM private key TFE clones with. */
  readonly privateKeyPem: string;
  /**
   * Plan-time error shown while the OAuth token does not exist yet (nobody has authorized the connection).
   * @default - a generic description of the authorization step
   */
  readonly missingTokenMessage?: string;
  /**
   * What must exist before the key is set (e.g. the public key registered in Bitbucket).
   * @default []
   */
  readonly dependsOn?: ITerraformDependable[];
  /** Names the props in error messages. @default 'OAuthTokenSshKey' */
  readonly propPrefix?: string;
}

/**
 * Sets the SSH private key TFE uses to clone Bitbucket Data Center repositories on the OAuth token
 * (`PATCH /api/v2/oauth-tokens/:id`, attribute `ssh-key`). The tfe provider has no argument for it, hence
 * a `restapi_object` with a provider of its own pointed at TFE's API.
 */
export class OAuthTokenSshKey extends Construct {
  public readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: OAuthTokenSshKeyProps) {
    super(scope, id);
    const prefix = props.propPrefix ?? 'OAuthTokenSshKey';
    if (props.tfeToken === undefined || isLiteral(props.tfeToken)) {
      throw new BitbucketTfeInputError(`${prefix}.tfeToken`, props.tfeToken === undefined ? undefined : described('a literal string'),
        'must be a token: the SSH key is set through the TFE API, which needs the token at apply time',
        'pass new TerraformVariable(this, "tfe_token", { type: "string", sensitive: true }).stringValue, or turn the clone key off');
    }
    const api = restApiProvider(this, 'tfe-api', 'tfe_api', {
      uri: `https://${props.tfeHostname}/api/v2`,
      bearerToken: props.tfeToken,
      headers: { 'Content-Type': 'application/vnd.api+json', 'Accept': 'application/vnd.api+json' },
      returnsObject: true,
    });

    const tokenPath = `/oauth-tokens/${props.oauthTokenId}`;
    this.resource = new ObjectResource(this, 'ssh-key', {
      provider: api,
      path: '/oauth-tokens',
      objectId: props.oauthTokenId,
      idAttribute: 'data/id',
      createPath: tokenPath,
      createMethod: 'PATCH',
      readPath: tokenPath,
      updatePath: tokenPath,
      updateMethod: 'PATCH',
      // TFE has no call that removes a token's SSH key; destroying this resource leaves the key until a new
      // one is set (or the token is deleted), so destroy only reads the token back.
      destroyPath: tokenPath,
      destroyMethod: 'GET',
      data: Fn.jsonencode({
        data: { id: props.oauthTokenId, type: 'oauth-tokens', attributes: { 'ssh-key': props.privateKeyPem } },
      }),
      // TFE never returns the key (only has-ssh-key), so what the server answers is not drift.
      ignoreAllServerChanges: true,
      dependsOn: props.dependsOn,
      lifecycle: {
        precondition: [{
          condition: hasOAuthToken(props.oauthTokenId),
          errorMessage: props.missingTokenMessage ?? 'The OAuth token does not exist yet: connect the organization to Bitbucket in TFE (Settings > Version control > Providers) first.',
        }],
      },
    });
  }
}

