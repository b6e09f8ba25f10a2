import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { namedOutput } from '../common/outputs';
import { BitbucketTfeChecks } from '../checks/aspect';
import { BitbucketProvider } from '../providers/bitbucket/provider';
import { checkCloudWorkspace, checkOrganizationName, normaliseCloudUuid, parseHostname } from '../common/validators';
import { BitbucketTfeInputError, described } from '../domain/errors';
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
import { CloudServiceAccount } from './service-account';

/** Where the TFE OAuth client for Bitbucket Cloud comes from. */
export enum CloudOAuthClientMode {
  /**
   * A person made and connected the client in the TFE UI; the connection finds it by id or name and manages
   * everything around it. The dependable path: Bitbucket Cloud issues OAuth tokens only through its browser flow.
   */
  ADOPT = 'adopt',
  /**
   * Terraform creates the `tfe_oauth_client` from the consumer's key and secret and an OAuth access token, which
   * the TFE API requires for `bitbucket_hosted`. The token is one a person obtained through Bitbucket's browser
   * flow; Bitbucket Cloud access tokens expire after two hours.
   */
  CREATE = 'create',
}

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
   * Adopt a client made in the TFE UI, or create one from the consumer's key and secret and an OAuth token.
   * @default CloudOAuthClientMode.ADOPT
   */
  readonly oauthClientMode?: CloudOAuthClientMode;
  /**
   * ADOPT: the client's id (`oc-...`), instead of finding it by `oauthClientName`.
   * @default - found by oauthClientName
   */
  readonly oauthClientId?: string;
  /**
   * ADOPT: the name the client was given in TFE; CREATE: the name to give it.
   * @default 'Bitbucket Cloud'
   */
  readonly oauthClientName?: string;
  /**
   * CREATE: the consumer's Key, as a token (sensitive variable).
   * @default - required with CloudOAuthClientMode.CREATE
   */
  readonly consumerKey?: string;
  /**
   * CREATE: the consumer's Secret, as a token (sensitive variable).
   * @default - required with CloudOAuthClientMode.CREATE
   */
  readonly consumerSecret?: string;
  /**
   * CREATE: an OAuth access token of the consumer, obtained by the service account through Bitbucket's browser
   * flow, as a token (sensitive variable). The TFE API requires one to create a `bitbucket_hosted` client.
   * @default - required with CloudOAuthClientMode.CREATE
   */
  readonly oauthToken?: string;
  /**
   * Name of the consumer in Bitbucket, for the checklist.
   * @default 'Terraform Enterprise'
   */
  readonly consumerName?: string;
  /**
   * CREATE: limit the client to these TFE projects (`prj-...`).
   * @default - organization-scoped
   */
  readonly tfeProjectIds?: string[];

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
}

const NAME = 'CloudConnection';
/** Name of the TFE OAuth client, adopted or created, unless told otherwise. */
export const DEFAULT_CLOUD_CLIENT_NAME = 'Bitbucket Cloud';

/**
 * Links Bitbucket Cloud to TFE: the service account and its admin access, the declaration of the OAuth consumer
 * (Bitbucket Cloud has no API to create one) and the TFE OAuth client (`bitbucket_hosted`), adopted from the TFE
 * UI (default) or created. The client is read back through the `tfe_oauth_client` data source for its callback
 * URL and OAuth token id, which onboarding uses (`oauthClientLookup`).
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
  public readonly oauthClientMode: CloudOAuthClientMode;
  public readonly serviceAccount: CloudServiceAccount;
  public readonly access: CloudServiceAccountAccess;
  public readonly oauthConsumer: CloudOAuthConsumer;
  /** The created client (CREATE only). */
  public readonly oauthClient?: BitbucketOAuthClient;
  /** The client read through the data source: callback URL and OAuth token id; pass it to `RepositoryOnboarding`. */
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
    this.tfeHostname = parseHostname(`${NAME}.tfeHostname`, props.tfeHostname ?? HCP_TERRAFORM_HOSTNAME);
    checkOrganizationName(`${NAME}.organization`, props.organization);
    this.organization = props.organization;
    checkCloudWorkspace(`${NAME}.workspace`, props.workspace);
    this.workspace = props.workspace;
    this.oauthClientMode = props.oauthClientMode ?? CloudOAuthClientMode.ADOPT;
    if (!Object.values(CloudOAuthClientMode).includes(this.oauthClientMode)) {
      throw new BitbucketTfeInputError(`${NAME}.oauthClientMode`, this.oauthClientMode,
        `is not one of ${Object.values(CloudOAuthClientMode).map((m) => `"${m}"`).join(', ')}`,
        'use CloudOAuthClientMode.ADOPT (a client made in the TFE UI, the dependable path) or CloudOAuthClientMode.CREATE (from the consumer\'s key and secret and an OAuth token)');
    }
    const create = this.oauthClientMode === CloudOAuthClientMode.CREATE;
    if (props.bitbucketCredentials) checkCloudCredentials(`${NAME}.bitbucketCredentials`, props.bitbucketCredentials);
    checkSecretToken(`${NAME}.tfeToken`, props.tfeToken, 'tfe_token', 'or leave it out and set TFE_TOKEN');
    if (props.repositories !== undefined && props.repositories.length === 0) {
      throw new BitbucketTfeInputError(`${NAME}.repositories`, props.repositories, 'grants nothing',
        'list the repositories as "workspace/slug", or leave the prop out when RepositoryOnboarding grants access per repository');
    }
    if (create) {
      if (props.oauthClientId !== undefined) {
        throw new BitbucketTfeInputError(`${NAME}.oauthClientId`, props.oauthClientId, 'only applies to CloudOAuthClientMode.ADOPT',
          'remove it to create a client, or set oauthClientMode: CloudOAuthClientMode.ADOPT to adopt this one');
      }
      for (const prop of ['consumerKey', 'consumerSecret', 'oauthToken'] as const) {
        if (props[prop] === undefined) {
          throw new BitbucketTfeInputError(`${NAME}.${prop}`, undefined, 'is required to create a bitbucket_hosted OAuth client',
            prop === 'oauthToken'
              ? 'pass an OAuth access token of the consumer from a sensitive TerraformVariable, or use CloudOAuthClientMode.ADOPT and connect the client in the TFE UI (the dependable path: Bitbucket Cloud access tokens expire after two hours)'
              : `pass the consumer's ${prop === 'consumerKey' ? 'Key' : 'Secret'} from a sensitive TerraformVariable`);
        }
      }
      checkSecretToken(`${NAME}.oauthToken`, props.oauthToken, 'bitbucket_oauth_token');
    } else {
      for (const prop of ['consumerKey', 'consumerSecret', 'oauthToken', 'tfeProjectIds'] as const) {
        if (props[prop] !== undefined) {
          throw new BitbucketTfeInputError(`${NAME}.${prop}`, prop === 'tfeProjectIds' ? props[prop] : described('a value'),
            'only applies to CloudOAuthClientMode.CREATE: an adopted client already holds the consumer\'s key and secret',
            `remove ${prop}, or set oauthClientMode: CloudOAuthClientMode.CREATE to have Terraform create the client`);
        }
      }
      if (props.oauthClientId !== undefined && props.oauthClientName !== undefined) {
        throw new BitbucketTfeInputError(`${NAME}.oauthClientId / ${NAME}.oauthClientName`, 'both',
          'identify the client to adopt: give one of the two', 'pass oauthClientId ("oc-...") or oauthClientName, not both');
      }
    }
    if (props.serviceAccountUuid === undefined) {
      throw new BitbucketTfeInputError(`${NAME}.serviceAccountUuid`, undefined, 'is required: Bitbucket Cloud grants permissions to account UUIDs',
        'pass the service account\'s UUID, e.g. "{f5aee987-bd9b-4da0-beab-ba903286e189}" (GET https://api.bitbucket.org/2.0/user as that account shows it)');
    }
    const clientName = props.oauthClientName ?? DEFAULT_CLOUD_CLIENT_NAME;

    const credentials = props.bitbucketCredentials;
    this.bitbucketProvider = providerOrCreate(props.bitbucketProvider, () => {
      if (!credentials) {
        throw new BitbucketTfeInputError(`${NAME}.bitbucketCredentials`, undefined, 'is required to configure the Bitbucket Cloud provider',
          'pass bitbucketCredentials (an Atlassian API token with its account e-mail, from sensitive TerraformVariables), or a bitbucket provider you configured as bitbucketProvider');
      }
      return new BitbucketProvider(this, 'bitbucket', {
        alias: providerAlias(this, 'bitbucket_cloud'),
        username: credentials.username,
        password: credentials.password,
        oauthClientId: credentials.oauthClientId,
        oauthClientSecret: credentials.oauthClientSecret,
        oauthToken: credentials.oauthToken,
      });
    });
    this.tfeProvider = providerOrCreate(props.tfeProvider, () => new TfeProvider(this, 'tfe', {
      alias: providerAlias(this, 'tfe'),
      hostname: this.tfeHostname,
      token: props.tfeToken,
    }));

    this.serviceAccount = new CloudServiceAccount(this, 'service-account', {
      uuid: normaliseCloudUuid(`${NAME}.serviceAccountUuid`, props.serviceAccountUuid),
      lookup: props.lookupServiceAccount,
      provider: this.bitbucketProvider,
      _propPrefix: NAME,
    });
    this.access = new CloudServiceAccountAccess(this, 'access', {
      userUuid: this.serviceAccount.userUuid,
      scope: props.accessScope,
      repositories: props.repositories,
      projects: props.projects,
      repositoryProjects: props.repositoryProjects,
      provider: this.bitbucketProvider,
      _propPrefix: NAME,
      _propNames: { scope: `${NAME}.accessScope` },
    });
    this.oauthConsumer = new CloudOAuthConsumer(this, 'oauth-consumer', {
      workspace: props.workspace,
      name: props.consumerName,
      consumerKey: props.consumerKey,
      consumerSecret: props.consumerSecret,
      _propPrefix: NAME,
    });

    if (create) {
      this.oauthClient = new BitbucketOAuthClient(this, 'oauth-client', {
        organization: this.organization,
        serviceProvider: BitbucketServiceProvider.CLOUD,
        name: clientName,
        httpUrl: BITBUCKET_CLOUD_HTTP_URL,
        apiUrl: BITBUCKET_CLOUD_API_URL,
        key: props.consumerKey!,
        secret: props.consumerSecret!,
        oauthToken: props.oauthToken,
        projectIds: props.tfeProjectIds,
        provider: this.tfeProvider,
        allowDisconnect: props.allowDisconnect,
        _propPrefix: NAME,
        _propNames: { name: `${NAME}.oauthClientName`, projectIds: `${NAME}.tfeProjectIds` },
      });
    }
    if (props.tfeToken === undefined) {
      throw new BitbucketTfeInputError(`${NAME}.tfeToken`, undefined, 'is required to read the OAuth client back through TFE\'s API',
        'pass new TerraformVariable(this, "tfe_token", { type: "string", sensitive: true }).stringValue');
    }
    // Read back after the client exists (created here, or made in the UI): the callback URL cannot be computed
    // from the host name, and the OAuth token id exists only once the client is connected.
    this.oauthClientLookup = new OAuthClientLookup(this, 'oauth-client-lookup', {
      organization: this.organization,
      oauthClientId: this.oauthClient ? this.oauthClient.oauthClientId : props.oauthClientId,
      name: this.oauthClient || props.oauthClientId !== undefined ? undefined : clientName,
      serviceProvider: this.oauthClient || props.oauthClientId !== undefined ? undefined : BitbucketServiceProvider.CLOUD,
      tfeHostname: this.tfeHostname,
      tfeToken: props.tfeToken,
      // Read before anyone authorized the client; onboarding's workspaces stop on the missing token themselves.
      optional: true,
      _propPrefix: NAME,
      _propNames: { name: `${NAME}.oauthClientName` },
    });
    this.oauthClientId = this.oauthClient ? this.oauthClient.oauthClientId : this.oauthClientLookup.oauthClientId;
    this.callbackUrl = this.oauthClientLookup.callbackUrl;

    const providersPage = `https://${this.tfeHostname}/app/${this.organization}/settings/version-control`;
    const clientLabel = props.oauthClientId !== undefined ? `client ${props.oauthClientId}` : `"${clientName}" client`;
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
        props.oauthClientId !== undefined ? `(this connection adopts it by its id, ${props.oauthClientId})` : `named "${clientName}" (this connection adopts it by that name)`,
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
