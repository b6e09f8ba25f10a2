import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { namedOutput } from '../common/outputs';
import { BitbucketTfeChecks } from '../checks/aspect';
import { BitbucketProvider } from '../providers/bitbucket/provider';
import { checkCloudWorkspace, checkOrganizationName, normaliseCloudUuid, parseHostname } from '../common/validators';
import { BitbucketTfeInputError, propPaths } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';
import { providerAlias, providerOrCreate } from '../common/providers';
import { BITBUCKET_CLOUD_API_URL, BITBUCKET_CLOUD_HTTP_URL } from '../domain/bitbucket-cloud';
import { BitbucketServiceProvider, HCP_TERRAFORM_HOSTNAME } from '../domain/tfe';
import { AccessScope } from '../onboarding/repository-access';
import { BitbucketOAuthClient } from '../tfe/oauth-client';
import { RepositoryOnboarding, RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { OAuthClientLookup } from '../tfe/oauth-client-lookup';
import { CloudServiceAccountAccess } from './access';
import { checkCloudCredentials, CloudCredentials } from './credentials';
import { CloudOAuthConsumer } from './oauth-consumer';
import { CloudOAuthClientSource, DEFAULT_CLOUD_CLIENT_NAME } from './oauth-client-source';
import { CloudServiceAccount } from './service-account';


export interface CloudConnectionProps {
  /**
   * Host name of Terraform Enterprise, or HCP Terraform's.
   * @default 'app.terraform.io'
   */
  readonly tfeHostname?: string;
  /** TFE organization that owns the OAuth client. */
  readonly organization: string;
  /** Bitbucket Cloud workspace id that owns the OAuth consumer (`acme` of bitbucket.org/acme). */
  readonly workspace: string;

  /**
   * Where the TFE OAuth client comes from: adopted from the TFE UI by name or id, or created by Terraform.
   * @default CloudOAuthClientSource.adoptByName('Bitbucket Cloud')
   */
  readonly oauthClient?: CloudOAuthClientSource;
  /**
   * Name of the consumer in Bitbucket, for the checklist.
   * @default 'Terraform Enterprise'
   */
  readonly consumerName?: string;

  /** UUID of the Bitbucket Cloud account TFE acts as, `{xxxxxxxx-...}` (braces optional). */
  readonly serviceAccountUuid: string;
  /**
   * Read the service account through the `bitbucket_user` data source, so an unknown UUID stops the plan.
   * @default false
   */
  readonly lookupServiceAccount?: boolean;

  /**
   * Admin on each repository (least privilege) or admin on each project.
   * @default AccessScope.REPOSITORY
   */
  readonly accessScope?: AccessScope;
  /**
   * Repositories (`workspace/slug`) the service account administers. Leave it out when onboarding grants access
   * per repository (`RepositoryOnboarding`); an empty list is refused because it grants nothing.
   * @default - no repository is granted here
   */
  readonly repositories?: string[];
  /**
   * Projects (`workspace/PROJECTKEY`) that get admin with `AccessScope.PROJECT`.
   * @default - the projects named in `repositoryProjects`
   */
  readonly projects?: string[];
  /**
   * The project of each repository (`{ "acme/network": "PLAT" }`), for `AccessScope.PROJECT`.
   * @default {}
   */
  readonly repositoryProjects?: { [repository: string]: string };

  /**
   * How Terraform authenticates to Bitbucket Cloud to grant permissions.
   * @default - required unless bitbucketProvider is given
   */
  readonly bitbucketCredentials?: CloudCredentials;
  /**
   * A bitbucket (Cloud) provider you configured.
   * @default - one is created from bitbucketCredentials
   */
  readonly bitbucketProvider?: TerraformProvider;
  /**
   * A tfe provider you configured.
   * @default - one is created for tfeHostname, with tfeToken or TFE_TOKEN
   */
  readonly tfeProvider?: TerraformProvider;
  /**
   * TFE API token, as a token (sensitive variable): the client is read back through TFE's API with it, and
   * the created tfe provider uses it.
   * @default - required
   */
  readonly tfeToken?: string;
  /**
   * Allow a plan that replaces or destroys a created OAuth client (a rotated consumer secret or key, a new
   * token, a teardown): replacing it deletes its OAuth token, and every workspace loses its VCS connection until
   * a person grants access again. Without it, such a plan stops (`prevent_destroy`) before anything changes.
   * @default false
   */
  readonly allowDisconnect?: boolean;
  /**
   * Emit the outputs (client id, callback URL, consumer settings page and checklist, next step).
   * @default true
   */
  readonly outputs?: boolean;
  /**
   * Add the library's synth-time checks (BitbucketTfeChecks) to the stack.
   * @default true
   */
  readonly checks?: boolean;
  /**
   * The paths errors name for props a parent construct passes under other names (`workspace` -> an onboarding
   * file's `connections[1].workspace`).
   * @default - `CloudConnection.<prop>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
}

const NAME = 'CloudConnection';

/**
 * Links Bitbucket Cloud to TFE: the service account and its admin access, the declaration of the OAuth consumer
 * (Bitbucket Cloud has no API to create one) and the TFE OAuth client (`bitbucket_hosted`), adopted from the TFE
 * UI (default) or created (`oauthClient`). The client is read back through TFE's API for its callback URL and
 * OAuth token id, which onboarding uses (`oauthClientLookup`, or `addRepository`).
 */
export class CloudConnection extends Construct {
  /** TFE's `http_url` for Bitbucket Cloud. */
  public static readonly HTTP_URL = BITBUCKET_CLOUD_HTTP_URL;
  /** TFE's `api_url` for Bitbucket Cloud. */
  public static readonly API_URL = BITBUCKET_CLOUD_API_URL;
  /** Name of the TFE OAuth client for Bitbucket Cloud, unless told otherwise. */
  public static readonly DEFAULT_CLIENT_NAME = DEFAULT_CLOUD_CLIENT_NAME;
  /** Whether `x` is a CloudConnection, also when it comes from another copy of the library. */
  public static isCloudConnection(x: any): x is CloudConnection {
    return isBranded(x, 'CloudConnection');
  }

  public readonly tfeHostname: string;
  public readonly organization: string;
  /** Bitbucket Cloud workspace id that owns the OAuth consumer. */
  public readonly workspace: string;
  /** Where the OAuth client comes from. */
  public readonly oauthClientSource: CloudOAuthClientSource;
  public readonly serviceAccount: CloudServiceAccount;
  public readonly access: CloudServiceAccountAccess;
  public readonly oauthConsumer: CloudOAuthConsumer;
  /** The created client (CloudOAuthClientSource.create only). */
  public readonly oauthClient?: BitbucketOAuthClient;
  /** The client read through TFE's API: callback URL and OAuth token id; pass it to `RepositoryOnboarding`. */
  public readonly oauthClientLookup: OAuthClientLookup;
  /** The client id (`oc-...`). */
  public readonly oauthClientId: string;
  /** `https://<tfe-host>/auth/<uuid>/callback`, read back through TFE's API once the client exists. */
  public readonly callbackUrl: string;
  /** The provider that grants Bitbucket permissions; onboarding in the same stack reuses it. */
  public readonly bitbucketProvider: TerraformProvider;
  /** The provider that manages TFE resources; onboarding in the same stack reuses it. */
  public readonly tfeProvider: TerraformProvider;
  /** What a person must do once before workspaces can use the connection. */
  public readonly nextStep: string;
  /** The authorization step alone, for `RepositoryOnboarding.authorizationInstructions`. */
  public readonly authorizationStep: string;
  private onboarding?: RepositoryOnboarding;

  constructor(scope: Construct, id: string, props: CloudConnectionProps) {
    super(scope, id);
    brand(this, 'CloudConnection');
    const path = propPaths(NAME, props._propNames);
    this.tfeHostname = parseHostname(path('tfeHostname'), props.tfeHostname ?? HCP_TERRAFORM_HOSTNAME);
    checkOrganizationName(path('organization'), props.organization);
    this.organization = props.organization;
    checkCloudWorkspace(path('workspace'), props.workspace);
    this.workspace = props.workspace;
    const source = props.oauthClient ?? CloudOAuthClientSource.adoptByName();
    if (!CloudOAuthClientSource.isCloudOAuthClientSource(source)) {
      throw new BitbucketTfeInputError(path('oauthClient'), source, 'is not a CloudOAuthClientSource',
        'use CloudOAuthClientSource.adoptByName(name) or adoptById("oc-...") (a client made in the TFE UI, the dependable path), or CloudOAuthClientSource.create({...})');
    }
    this.oauthClientSource = source;
    const create = source.createOptions;
    if (props.bitbucketCredentials) checkCloudCredentials(path('bitbucketCredentials'), props.bitbucketCredentials);
    checkSecretToken(path('tfeToken'), props.tfeToken, 'tfe_token', 'or leave it out and set TFE_TOKEN');
    if (props.repositories !== undefined && props.repositories.length === 0) {
      throw new BitbucketTfeInputError(path('repositories'), props.repositories, 'grants nothing',
        'list the repositories as "workspace/slug", or leave the prop out when RepositoryOnboarding grants access per repository');
    }
    if (props.serviceAccountUuid === undefined) {
      throw new BitbucketTfeInputError(path('serviceAccountUuid'), undefined, 'is required: Bitbucket Cloud grants permissions to account UUIDs',
        'pass the service account\'s UUID, e.g. "{f5aee987-bd9b-4da0-beab-ba903286e189}" (GET https://api.bitbucket.org/2.0/user as that account shows it)');
    }
    const clientName = source.oauthClientName ?? DEFAULT_CLOUD_CLIENT_NAME;

    const credentials = props.bitbucketCredentials;
    this.bitbucketProvider = providerOrCreate(props.bitbucketProvider, () => {
      if (!credentials) {
        throw new BitbucketTfeInputError(path('bitbucketCredentials'), undefined, 'is required to configure the Bitbucket Cloud provider',
          'pass bitbucketCredentials (an Atlassian API token with its account e-mail, from sensitive TerraformVariables), or a bitbucket provider you configured as bitbucketProvider');
      }
      return new BitbucketProvider(this, 'bitbucket', {
        alias: providerAlias(this, 'bitbucket_cloud'),
        ...credentials._providerAuth(),
      });
    });
    this.tfeProvider = providerOrCreate(props.tfeProvider, () => new TfeProvider(this, 'tfe', {
      alias: providerAlias(this, 'tfe'),
      hostname: this.tfeHostname,
      token: props.tfeToken,
    }));

    this.serviceAccount = new CloudServiceAccount(this, 'service-account', {
      serviceAccountUuid: normaliseCloudUuid(path('serviceAccountUuid'), props.serviceAccountUuid),
      lookup: props.lookupServiceAccount,
      provider: this.bitbucketProvider,
      _propPrefix: NAME,
    });
    this.access = new CloudServiceAccountAccess(this, 'access', {
      serviceAccountUuid: this.serviceAccount.userUuid,
      accessScope: props.accessScope,
      repositories: props.repositories,
      projects: props.projects,
      repositoryProjects: props.repositoryProjects,
      provider: this.bitbucketProvider,
      _propPrefix: NAME,
      _propNames: { accessScope: path('accessScope') },
    });
    this.oauthConsumer = new CloudOAuthConsumer(this, 'oauth-consumer', {
      workspace: props.workspace,
      name: props.consumerName,
      consumerKey: create?.consumerKey,
      consumerSecret: create?.consumerSecret,
      _propPrefix: NAME,
    });

    if (create) {
      this.oauthClient = new BitbucketOAuthClient(this, 'oauth-client', {
        organization: this.organization,
        serviceProvider: BitbucketServiceProvider.CLOUD,
        oauthClientName: clientName,
        httpUrl: BITBUCKET_CLOUD_HTTP_URL,
        apiUrl: BITBUCKET_CLOUD_API_URL,
        key: create.consumerKey,
        secret: create.consumerSecret,
        oauthToken: create.oauthToken,
        tfeProjectIds: create.tfeProjectIds,
        provider: this.tfeProvider,
        allowDisconnect: props.allowDisconnect,
        _propPrefix: path('oauthClient'),
      });
    }
    if (props.tfeToken === undefined) {
      throw new BitbucketTfeInputError(path('tfeToken'), undefined, 'is required to read the OAuth client back through TFE\'s API',
        'pass new TerraformVariable(this, "tfe_token", { type: "string", sensitive: true }).stringValue');
    }
    // Read back after the client exists (created here, or made in the UI): the callback URL cannot be computed
    // from the host name, and the OAuth token id exists only once the client is connected.
    this.oauthClientLookup = new OAuthClientLookup(this, 'oauth-client-lookup', {
      organization: this.organization,
      oauthClientId: this.oauthClient ? this.oauthClient.oauthClientId : source.oauthClientId,
      oauthClientName: this.oauthClient || source.oauthClientId !== undefined ? undefined : clientName,
      serviceProvider: this.oauthClient || source.oauthClientId !== undefined ? undefined : BitbucketServiceProvider.CLOUD,
      tfeHostname: this.tfeHostname,
      tfeToken: props.tfeToken,
      // Read before anyone authorized the client; onboarding's workspaces stop on the missing token themselves.
      optional: true,
      _propPrefix: path('oauthClient'),
      _propNames: { organization: path('organization'), tfeToken: path('tfeToken') },
    });
    this.oauthClientId = this.oauthClient ? this.oauthClient.oauthClientId : this.oauthClientLookup.oauthClientId;
    this.callbackUrl = this.oauthClientLookup.callbackUrl;

    const providersPage = `https://${this.tfeHostname}/app/${this.organization}/settings/version-control`;
    const clientLabel = source.oauthClientId !== undefined ? `client ${source.oauthClientId}` : `"${clientName}" client`;
    this.authorizationStep = [
      `In TFE open ${providersPage}, click "Connect organization ${this.organization}" on the ${clientLabel},`,
      `and click "Grant access" in Bitbucket while logged in as the service account ${this.serviceAccount.uuid}, not as an administrator:`,
      'TFE creates webhooks as whoever granted access, and only the service account holds admin on the repositories.',
    ].join(' ');
    this.nextStep = create
      ? [
        `Terraform created the "${clientName}" client with the supplied OAuth token, so TFE uses that token as it is;`,
        'Bitbucket Cloud access tokens expire after two hours and TFE cannot refresh one it did not obtain itself.',
        `Paste the callback_url output into the consumer (see oauth_consumer_checklist), then connect the client once in the browser: ${this.authorizationStep}`,
      ].join(' ')
      : [
        'Once, before the first deploy (Bitbucket Cloud has no API for OAuth consumers):',
        `1. a workspace admin creates the OAuth consumer at ${this.oauthConsumer.settingsPage} (see oauth_consumer_checklist);`,
        '2. in TFE add a Bitbucket Cloud VCS provider',
        source.oauthClientId !== undefined ? `(this connection adopts it by its id, ${source.oauthClientId})` : `named "${clientName}" (this connection adopts it by that name)`,
        'with the consumer\'s Key and Secret, and put the callback URL TFE shows into the consumer;',
        `3. ${this.authorizationStep}`,
      ].join(' ');

    if (props.checks ?? true) BitbucketTfeChecks.applyTo(this);
    if (props.outputs ?? true) {
      namedOutput(this, 'oauth_client_id', { value: this.oauthClientId, description: 'TFE OAuth client id (oc-...)' });
      namedOutput(this, 'callback_url', {
        value: this.callbackUrl,
        description: 'Callback URL of the TFE OAuth client (read back through the TFE API): the Bitbucket Cloud OAuth consumer\'s Callback URL',
      });
      namedOutput(this, 'oauth_consumer_settings_page', {
        value: this.oauthConsumer.settingsPage,
        description: 'Bitbucket Cloud page of the OAuth consumer (Workspace settings > OAuth consumers): paste the callback URL there',
      });
      namedOutput(this, 'oauth_consumer_checklist', {
        value: this.oauthConsumer.checklist(this.callbackUrl),
        description: 'The Bitbucket Cloud OAuth consumer TFE needs (no API can create it)',
      });
      namedOutput(this, 'next_step', { value: this.nextStep, description: 'The one manual step before onboarding repositories' });
    }
  }

  /**
   * Onboards a repository in this connection's stack: admin for the service account, then its workspace, which
   * waits for it. The same as a `RepositoryOnboarding` with this connection's access and client, made on first use.
   */
  public addRepository(options: RepositoryWorkspaceOptions): Workspace | undefined {
    this.onboarding ??= new RepositoryOnboarding(this, 'onboarding', {
      organization: this.organization,
      access: this.access,
      oauthClient: this.oauthClientLookup,
      provider: this.tfeProvider,
      authorizationInstructions: this.authorizationStep,
    });
    return this.onboarding.addRepository(options);
  }
}
