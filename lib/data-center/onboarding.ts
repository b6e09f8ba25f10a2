import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TlsProvider } from '@cdktf/provider-tls/lib/provider';
import { PrivateKey } from '@cdktf/provider-tls/lib/private-key';
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BitbucketserverProvider } from '../providers/bitbucketserver/provider';
import { BitbucketTfeInputError } from '../common/errors';
import { checkSecretToken } from '../common/secrets';
import { checkDataCenterUserName, checkOrganizationName } from '../common/names';
import { providerAlias, providerOrCreate } from '../common/providers';
import { parseBitbucketUrl, parseHostname } from '../common/url';
import { checkRsaBits } from '../keys/rsa-key-pair';
import { RepositoryOnboarding, RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { OAuthClientLookup } from '../tfe/oauth-client-lookup';
import { BitbucketServiceProvider } from '../tfe/oauth-client';
import { OAuthTokenSshKey } from '../tfe/oauth-token-ssh-key';
import { AccessScope, DataCenterServiceAccountAccess } from './access';
import { checkCredentials, DataCenterCredentials } from './credentials';
import { DataCenterConnection, dataCenterAuthorizationStep, DEFAULT_CLIENT_NAME } from './connection';
import { DataCenterUserSshKey } from './user-ssh-key';

export interface DataCenterOnboardingProps {
  /**
   * A connection in the same stack: its URLs, organization, service account, access and providers are used,
   * and the props that repeat them are not needed.
   * @default - the connection is described by the props below (e.g. it lives in another stack)
   */
  readonly connection?: DataCenterConnection;
  /**
   * Bitbucket Data Center base URL with its context path.
   * @default - the connection's; required without one
   */
  readonly bitbucketUrl?: string;
  /**
   * Accept an http:// Bitbucket URL (test instances only).
   * @default false
   */
  readonly allowInsecureHttp?: boolean;
  /**
   * TFE host name.
   * @default - the connection's, else 'app.terraform.io'
   */
  readonly tfeHostname?: string;
  /**
   * TFE organization of the workspaces.
   * @default - the connection's; required without one
   */
  readonly organization?: string;
  /**
   * The service account's login name.
   * @default - the connection's; required without one
   */
  readonly serviceAccountName?: string;
  /**
   * The OAuth client (`oc-...`) to link through: a connection's (possibly a cross-stack reference) or one made
   * in the TFE UI.
   * @default - the connection's client; else the client named oauthClientName
   */
  readonly oauthClientId?: string;
  /**
   * Adopt an existing Data Center OAuth client by its name in TFE.
   * @default - by oauthClientId
   */
  readonly oauthClientName?: string;
  /** Repositories and their workspace settings. @default [] */
  readonly repositories?: RepositoryWorkspaceOptions[];
  /**
   * Projects where the service account already holds PROJECT_ADMIN, granted elsewhere (e.g. by a connection with
   * AccessScope.PROJECT in an earlier stack): their repositories get no REPO_ADMIN grant of their own.
   * @default []
   */
  readonly alreadyAdministeredProjects?: string[];
  /**
   * Bitbucket administrator credentials, as tokens.
   * @default - required unless bitbucketProvider is given and the clone key is off
   */
  readonly adminCredentials?: DataCenterCredentials;
  /**
   * Generate the SSH key TFE clones with, register it for the service account in Bitbucket and set it on the
   * OAuth token. Bitbucket Data Center needs it for cloning; turn it off when the token already has one.
   * @default true
   */
  readonly cloneKey?: boolean;
  /**
   * Size of the generated clone key.
   * @default 3072
   */
  readonly cloneKeyRsaBits?: number;
  /**
   * TFE API token, as a token (sensitive variable): the clone key is set through the TFE API with it, and a
   * created tfe provider uses it.
   * @default - required when cloneKey is on; a created tfe provider otherwise reads TFE_TOKEN
   */
  readonly tfeToken?: string;
  /**
   * A bitbucketserver provider you configured.
   * @default - the connection's, else one created from bitbucketUrl and adminCredentials
   */
  readonly bitbucketProvider?: TerraformProvider;
  /**
   * A tfe provider you configured.
   * @default - the connection's, else one created for tfeHostname
   */
  readonly tfeProvider?: TerraformProvider;
  /**
   * Add the library's synth-time checks (BitbucketTfeChecks) to the stack.
   * @default true
   */
  readonly checks?: boolean;
}

const NAME = 'DataCenterOnboarding';

/**
 * Onboards Bitbucket Data Center repositories into TFE workspaces: REPO_ADMIN for the service account on each
 * repository (unless its project's PROJECT_ADMIN covers it), then the workspace, which depends on that grant;
 * the OAuth token read through the data source with a precondition that explains the authorization step; and
 * the SSH clone key on the token. Deploy it after the connection (same stack, or a later one).
 */
export class DataCenterOnboarding extends Construct {
  public readonly access: DataCenterServiceAccountAccess;
  public readonly oauthClient: OAuthClientLookup;
  public readonly onboarding: RepositoryOnboarding;
  /** The clone key's `tls_private_key`, when cloneKey is on. */
  public readonly cloneKey?: PrivateKey;

  constructor(scope: Construct, id: string, props: DataCenterOnboardingProps) {
    super(scope, id);
    const connection = props.connection;
    const required = <T>(value: T | undefined, prop: string, example: string): T => {
      if (value === undefined) {
        throw new BitbucketTfeInputError(`${NAME}.${prop}`, undefined, 'is required without a connection in the same stack',
          `pass ${prop} (e.g. ${example}), or pass connection`);
      }
      return value;
    };
    const bitbucketUrl = connection?.bitbucketHttpUrl ?? required(props.bitbucketUrl, 'bitbucketUrl', '"https://bitbucket.example.com/bitbucket"');
    const urls = parseBitbucketUrl(`${NAME}.bitbucketUrl`, bitbucketUrl, { allowHttp: props.allowInsecureHttp ?? connection !== undefined });
    const tfeHostname = connection?.tfeHostname ?? parseHostname(`${NAME}.tfeHostname`, props.tfeHostname ?? 'app.terraform.io');
    const organization = connection?.organization ?? required(props.organization, 'organization', '"acme"');
    checkOrganizationName(`${NAME}.organization`, organization);
    const serviceAccountName = connection?.serviceAccount.loginName ?? required(props.serviceAccountName, 'serviceAccountName', '"svc-terraform"');
    checkDataCenterUserName(`${NAME}.serviceAccountName`, serviceAccountName);
    if (props.adminCredentials) checkCredentials(`${NAME}.adminCredentials`, props.adminCredentials);
    checkSecretToken(`${NAME}.tfeToken`, props.tfeToken, 'tfe_token');

    const bitbucketProvider = providerOrCreate(props.bitbucketProvider ?? connection?.bitbucketProvider, () => {
      const admin = required(props.adminCredentials, 'adminCredentials', '{ username, password: <sensitive variable> }');
      return new BitbucketserverProvider(this, 'bitbucket', {
        alias: providerAlias(this, 'bitbucket'),
        server: urls.httpUrl,
        username: admin.username,
        password: admin.password,
        token: admin.token,
      });
    });
    const tfeProvider = props.tfeProvider ?? connection?.tfeProvider ?? new TfeProvider(this, 'tfe', {
      alias: providerAlias(this, 'tfe'),
      hostname: tfeHostname,
      token: props.tfeToken,
    });

    this.access = connection && !props.alreadyAdministeredProjects ? connection.access : new DataCenterServiceAccountAccess(this, 'access', {
      userName: connection?.serviceAccount.userName ?? serviceAccountName,
      scope: AccessScope.REPOSITORY,
      provider: bitbucketProvider,
      alreadyAdministeredProjects: props.alreadyAdministeredProjects,
      propPrefix: NAME,
    });

    const byName = props.oauthClientName !== undefined;
    const oauthClientId = props.oauthClientId ?? (byName ? undefined : connection?.oauthClient.oauthClientId);
    if (oauthClientId === undefined && !byName) {
      throw new BitbucketTfeInputError(`${NAME}.oauthClientId`, undefined, 'is required to know which OAuth client the workspaces use',
        'pass the client id (e.g. a DataCenterConnection\'s oauthClient.oauthClientId, or "oc-..." from TFE), oauthClientName to adopt one by name, or connection');
    }
    this.oauthClient = new OAuthClientLookup(this, 'oauth-client', {
      organization,
      oauthClientId,
      name: props.oauthClientName,
      serviceProvider: byName ? BitbucketServiceProvider.DATA_CENTER : undefined,
      provider: tfeProvider,
      propPrefix: NAME,
    });

    const authorization = dataCenterAuthorizationStep(tfeHostname, organization, props.oauthClientName ?? DEFAULT_CLIENT_NAME, serviceAccountName);
    // Workspaces wait for the clone key: their first run clones the repository.
    const workspaceDependencies: ITerraformDependable[] = [];
    if (props.cloneKey ?? true) {
      const rsaBits = props.cloneKeyRsaBits ?? 3072;
      checkRsaBits(`${NAME}.cloneKeyRsaBits`, rsaBits);
      if (props.tfeToken === undefined) {
        throw new BitbucketTfeInputError(`${NAME}.tfeToken`, undefined, 'is required to set the SSH clone key on the OAuth token',
          'pass the TFE token from a sensitive TerraformVariable, or set cloneKey: false when the token already has an SSH key');
      }
      const admin = props.adminCredentials;
      if (admin === undefined) {
        throw new BitbucketTfeInputError(`${NAME}.adminCredentials`, undefined, 'is required to register the clone key for the service account',
          'pass Bitbucket admin credentials from sensitive TerraformVariables, or set cloneKey: false');
      }
      const tls = new TlsProvider(this, 'tls', { alias: providerAlias(this, 'tls') });
      // RSA in PEM: what TFE accepts for Bitbucket Data Center (docs: ssh-keygen -t rsa -m PEM).
      this.cloneKey = new PrivateKey(this, 'clone-key', { provider: tls, algorithm: 'RSA', rsaBits });
      const registered = new DataCenterUserSshKey(this, 'service-account-ssh-key', {
        bitbucketUrl: urls.httpUrl,
        adminCredentials: admin,
        userName: serviceAccountName,
        publicKeyOpenssh: this.cloneKey.publicKeyOpenssh,
        propPrefix: NAME,
      });
      const onToken = new OAuthTokenSshKey(this, 'oauth-token-ssh-key', {
        tfeHostname,
        tfeToken: props.tfeToken,
        oauthTokenId: this.oauthClient.oauthTokenId,
        privateKeyPem: this.cloneKey.privateKeyPem,
        missingTokenMessage: `The Bitbucket OAuth client has no OAuth token yet, so the SSH clone key cannot be set on it. ${authorization} Then run cdktf deploy again.`,
        // TFE should only clone with a key Bitbucket already knows.
        dependsOn: [registered.resource],
        propPrefix: NAME,
      });
      workspaceDependencies.push(onToken.resource);
    }

    this.onboarding = new RepositoryOnboarding(this, 'repositories', {
      organization,
      access: this.access,
      oauthClient: this.oauthClient,
      repositories: props.repositories,
      provider: tfeProvider,
      authorizationInstructions: authorization,
      workspaceDependencies,
      checks: props.checks,
      propPrefix: NAME,
    });

  }

  /** Onboards one more repository and returns its workspace. */
  public addRepository(options: RepositoryWorkspaceOptions): Workspace {
    return this.onboarding.addRepository(options);
  }
}
