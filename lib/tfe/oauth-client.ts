import { OauthClient } from '@cdktf/provider-tfe/lib/oauth-client';
import { ProjectOauthClient } from '@cdktf/provider-tfe/lib/project-oauth-client';
import { ITerraformDependable, TerraformCondition, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { BitbucketTfeInputError, propPaths } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';
import { checkOrganizationName } from '../common/validators';
import { isUnresolved } from '../common/tokens';
import { BitbucketServiceProvider, checkServiceProvider, DEPRECATED_BITBUCKET_SERVER, PROJECT_ID } from '../domain/tfe';

export interface BitbucketOAuthClientProps {
  /** TFE organization that owns the client. */
  readonly organization: string;
  /** Bitbucket Data Center or Cloud. */
  readonly serviceProvider: BitbucketServiceProvider;
  /** Display name in TFE. @default 'Bitbucket' */
  readonly oauthClientName?: string;
  /** Web URL of Bitbucket: Data Center with its context path; Cloud `https://bitbucket.org`. */
  readonly httpUrl: string;
  /** API URL of Bitbucket: Data Center without its context path; Cloud `https://api.bitbucket.org`. */
  readonly apiUrl: string;
  /** OAuth consumer key (Data Center: the application link's consumer key). */
  readonly key: string;
  /** Data Center: the application link's PEM RSA private key; Cloud: the consumer secret. A token, never a literal. */
  readonly secret: string;
  /**
   * Data Center: the PEM public key of the same pair as `secret`.
   * @default - none (Cloud)
   */
  readonly rsaPublicKey?: string;
  /**
   * Cloud: an OAuth access token the TFE API requires when it creates a `bitbucket_hosted` client.
   * @default - none (Data Center)
   */
  readonly oauthToken?: string;
  /**
   * Limit the client to these TFE projects (`prj-...`) instead of the whole organization.
   * @default - organization-scoped
   */
  readonly tfeProjectIds?: string[];
  /**
   * The tfe provider.
   * @default - the stack's default tfe provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Allow a plan that replaces or destroys the client. Every argument of a `tfe_oauth_client` forces a new
   * client, and replacing it deletes its OAuth token: every workspace loses its VCS connection until a person
   * authorizes again. Without it, such a plan stops (`prevent_destroy`) before anything changes.
   * @default false
   */
  readonly allowDisconnect?: boolean;
  /**
   * Plan-time checks on the client's inputs (e.g. that a supplied key pair belongs together).
   * @default []
   */
  readonly preconditions?: TerraformCondition[];
  /** Resources that must exist before the client (e.g. the Bitbucket application link). @default [] */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'BitbucketOAuthClient'
   * @internal
   */
  readonly _propPrefix?: string;
  /**
   * The paths errors name for props a parent construct passes under other names (an onboarding file's keys).
   * @default - `<prefix>.<prop>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
}

/**
 * TFE's half of the link: a `tfe_oauth_client` for Bitbucket, organization-scoped or attached to
 * chosen TFE projects (`tfe_project_oauth_client`).
 */
export class BitbucketOAuthClient extends Construct {
  /** The service provider TFE deprecated when Atlassian ended Bitbucket Server (February 2024). */
  public static readonly DEPRECATED_SERVICE_PROVIDER = DEPRECATED_BITBUCKET_SERVER;
  /** Whether `x` is a BitbucketOAuthClient, also when it comes from another copy of the library. */
  public static isBitbucketOAuthClient(x: any): x is BitbucketOAuthClient {
    return isBranded(x, 'BitbucketOAuthClient');
  }

  public readonly oauthClient: OauthClient;
  /** The client id (`oc-...`). */
  public readonly oauthClientId: string;
  /** The `tfe_project_oauth_client` attachments, one per project id. */
  public readonly projectAttachments: ProjectOauthClient[] = [];

  constructor(scope: Construct, id: string, props: BitbucketOAuthClientProps) {
    super(scope, id);
    brand(this, 'BitbucketOAuthClient');
    const prefix = props._propPrefix ?? 'BitbucketOAuthClient';
    const path = propPaths(prefix, props._propNames);
    checkOrganizationName(path('organization'), props.organization);
    checkServiceProvider(path('serviceProvider'), props.serviceProvider);
    if (props.serviceProvider === BitbucketServiceProvider.DATA_CENTER && props.rsaPublicKey === undefined) {
      throw new BitbucketTfeInputError(path('rsaPublicKey'), undefined, 'is required for Bitbucket Data Center',
        'pass the public key of the pair whose private key is the secret');
    }
    // A Data Center consumer key is an OAuth 1.0a identifier sent in clear with every request; every other
    // credential here is a secret and must arrive as a token.
    const secrets: Array<[string, string | undefined]> = [['secret', props.secret], ['oauthToken', props.oauthToken]];
    if (props.serviceProvider === BitbucketServiceProvider.CLOUD) secrets.push(['key', props.key]);
    for (const [prop, value] of secrets) checkSecretToken(path(prop), value, prop);
    const projectIds = props.tfeProjectIds ?? [];
    projectIds.forEach((projectId, index) => {
      if (!isUnresolved(projectId) && !PROJECT_ID.test(projectId)) {
        throw new BitbucketTfeInputError(`${path('tfeProjectIds')}[${index}]`, projectId, 'is not a TFE project id',
          'use the id from the project\'s settings page ("prj-..."), or a tfe_project resource\'s id');
      }
    });

    this.oauthClient = new OauthClient(this, 'client', {
      provider: props.provider,
      organization: props.organization,
      name: props.oauthClientName ?? 'Bitbucket',
      serviceProvider: props.serviceProvider,
      httpUrl: props.httpUrl,
      apiUrl: props.apiUrl,
      key: props.key,
      secret: props.secret,
      rsaPublicKey: props.rsaPublicKey,
      oauthToken: props.oauthToken,
      organizationScoped: projectIds.length === 0,
      dependsOn: props.dependsOn,
      lifecycle: {
        preventDestroy: !(props.allowDisconnect ?? false),
        precondition: props.preconditions && props.preconditions.length > 0 ? props.preconditions : undefined,
      },
    });
    this.oauthClientId = this.oauthClient.id;
    const seen = new Set<string>();
    for (const projectId of projectIds) {
      if (seen.has(projectId)) continue;
      seen.add(projectId);
      this.projectAttachments.push(new ProjectOauthClient(this, isUnresolved(projectId) ? `project-${seen.size}` : projectId, {
        provider: props.provider,
        oauthClientId: this.oauthClient.id,
        projectId,
      }));
    }
  }
}
