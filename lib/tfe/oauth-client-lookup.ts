import { DataTfeOauthClient } from '@cdktf/provider-tfe/lib/data-tfe-oauth-client';
import { Fn, IResolvable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BitbucketTfeInputError } from '../common/errors';
import { checkOrganizationName } from '../common/names';
import { isUnresolved } from '../common/tokens';
import { checkServiceProvider } from './oauth-client';

export interface OAuthClientLookupProps {
  /** TFE organization of the client. */
  readonly organization: string;
  /**
   * The client's id (`oc-...`): one made by `DataCenterConnection`, or one made earlier in the TFE UI.
   * @default - looked up by `name` and `serviceProvider`
   */
  readonly oauthClientId?: string;
  /**
   * The client's name in TFE (Settings > Version control > Providers), for adopting a client by name.
   * @default - looked up by `oauthClientId`
   */
  readonly name?: string;
  /**
   * The client's service provider, required with `name` (`bitbucket_data_center` or `bitbucket_hosted`).
   * @default - none
   */
  readonly serviceProvider?: string;
  /**
   * The tfe provider.
   * @default - the stack's default tfe provider
   */
  readonly provider?: TerraformProvider;
  /** Names the props in error messages. @default 'OAuthClientLookup' */
  readonly propPrefix?: string;
}

/**
 * Reads an OAuth client back through the `tfe_oauth_client` data source, for what only exists after it was
 * created and authorized: the OAuth token id workspaces need, and Cloud's callback URL. Also how an existing
 * client made in the UI is adopted, by id or by name.
 */
export class OAuthClientLookup extends Construct {
  public readonly dataSource: DataTfeOauthClient;
  /** `ot-...`, empty until a person authorized the connection once. */
  public readonly oauthTokenId: string;
  /** `https://<tfe-host>/auth/<uuid>/callback` (Cloud consumers need it). */
  public readonly callbackUrl: string;
  /** The client id, read back. */
  public readonly oauthClientId: string;
  /** A Terraform condition, true once the client has an OAuth token (for preconditions). */
  public readonly hasOAuthToken: IResolvable;

  constructor(scope: Construct, id: string, props: OAuthClientLookupProps) {
    super(scope, id);
    const prefix = props.propPrefix ?? 'OAuthClientLookup';
    checkOrganizationName(`${prefix}.organization`, props.organization);
    const byId = props.oauthClientId !== undefined;
    const byName = props.name !== undefined;
    if (byId === byName) {
      throw new BitbucketTfeInputError(`${prefix}.oauthClientId / ${prefix}.name`, byId ? 'both' : 'neither',
        'identify the OAuth client: exactly one of the two must be given',
        'pass oauthClientId ("oc-...", from a connection or TFE\'s provider page), or name with serviceProvider to adopt a client made in the UI');
    }
    if (byId && !isUnresolved(props.oauthClientId) && !/^oc-[A-Za-z0-9]+$/.test(props.oauthClientId!)) {
      throw new BitbucketTfeInputError(`${prefix}.oauthClientId`, props.oauthClientId, 'is not a TFE OAuth client id',
        'use the id shown in TFE under Settings > Version control > Providers ("oc-..."), not the token id ("ot-...")');
    }
    if (byName) {
      if (props.serviceProvider === undefined) {
        throw new BitbucketTfeInputError(`${prefix}.serviceProvider`, undefined, 'is required to find a client by name',
          'pass BitbucketServiceProvider.DATA_CENTER or BitbucketServiceProvider.CLOUD');
      }
      checkServiceProvider(`${prefix}.serviceProvider`, props.serviceProvider);
    }
    this.dataSource = new DataTfeOauthClient(this, 'client', {
      provider: props.provider,
      organization: props.organization,
      oauthClientId: props.oauthClientId,
      name: props.name,
      serviceProvider: byName ? props.serviceProvider : undefined,
    });
    this.oauthTokenId = this.dataSource.oauthTokenId;
    this.callbackUrl = this.dataSource.callbackUrl;
    this.oauthClientId = this.dataSource.oauthClientId;
    this.hasOAuthToken = hasOAuthToken(this.oauthTokenId);
  }
}

/** `can(coalesce(id))`: true when the token id is neither null nor empty (it is both until someone authorizes). */
export function hasOAuthToken(oauthTokenId: string): IResolvable {
  return Fn.can(Fn.coalesce([oauthTokenId]));
}
