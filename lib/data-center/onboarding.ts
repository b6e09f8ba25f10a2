import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { BitbucketTfeInputError } from '../domain/errors';
import { checkSecretToken } from '../common/secrets';
import { checkDataCenterUserName, checkOrganizationName, parseBitbucketUrl, parseHostname } from '../common/validators';
import { providerAlias } from '../common/providers';
import { RepositoryOnboarding, RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { OAuthClientLookup } from '../tfe/oauth-client-lookup';
import { BitbucketServiceProvider, HCP_TERRAFORM_HOSTNAME } from '../domain/tfe';
import { AccessScope } from '../onboarding/repository-access';
import { DataCenterServiceAccountAccess } from './access';
import { bitbucketApiProvider } from './bitbucket-api';
import { checkCredentials, DataCenterCredentials } from './credentials';
import { DataCenterConnection, dataCenterAuthorizationStep, DEFAULT_CLIENT_NAME } from './connection';

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
   * Bitbucket administrator credentials, as tokens: the grants are made with them.
   * @default - the connection's; required without one
   */
  readonly adminCredentials?: DataCenterCredentials;
  /**
   * TFE API token, as a token (sensitive variable): the OAuth client is read through TFE's API with it, and a
   * created tfe provider uses it.
   * @default - the connection's; required without one
   */
  readonly tfeToken?: string;
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
 * the OAuth client read through TFE's API, with plan-time messages for a missing authorization, a duplicate
 * client name or extra tokens. Deploy it after the connection (same stack, or a later one).
 */
export class DataCenterOnboarding extends Construct {
  /** Whether `x` is a DataCenterOnboarding, also when it comes from another copy of the library. */
  public static isDataCenterOnboarding(x: any): x is DataCenterOnboarding {
    return isBranded(x, 'DataCenterOnboarding');
  }

  public readonly access: DataCenterServiceAccountAccess;
  public readonly oauthClient: OAuthClientLookup;
  public readonly onboarding: RepositoryOnboarding;

  constructor(scope: Construct, id: string, props: DataCenterOnboardingProps) {
    super(scope, id);
    brand(this, 'DataCenterOnboarding');
    const connection = props.connection;
    const required = <T>(value: T | undefined, prop: string, example: string): T => {
      if (value === undefined) {
        throw new BitbucketTfeInputError(`${NAME}.${prop}`, undefined, 'is required without a connection in the same stack',
          `pass ${prop} (e.g. ${example}), or pass connection`);
      }
      return value;
    };
    if (connection) {
      // With a connection its values are the ones used: a different one given here would be silently ignored.
      const given: Array<[string, string | undefined, string]> = [
        ['organization', props.organization, connection.organization],
        ['serviceAccountName', props.serviceAccountName, connection.serviceAccount.loginName],
        ['tfeHostname', props.tfeHostname, connection.tfeHostname],
        ['bitbucketUrl', props.bitbucketUrl?.replace(/\/+$/, ''), connection.bitbucketHttpUrl],
      ];
      for (const [prop, value, fromConnection] of given) {
        if (value !== undefined && value !== fromConnection) {
          throw new BitbucketTfeInputError(`${NAME}.${prop}`, value, `differs from the connection's ${JSON.stringify(fromConnection)}`,
            `remove ${prop}: with connection, the connection's value is used`);
        }
      }
    }
    const bitbucketUrl = connection?.bitbucketHttpUrl ?? required(props.bitbucketUrl, 'bitbucketUrl', '"https://bitbucket.example.com/bitbucket"');
    const urls = parseBitbucketUrl(`${NAME}.bitbucketUrl`, bitbucketUrl, { allowHttp: props.allowInsecureHttp ?? connection !== undefined });
    const tfeHostname = connection?.tfeHostname ?? parseHostname(`${NAME}.tfeHostname`, props.tfeHostname ?? HCP_TERRAFORM_HOSTNAME);
    const organization = connection?.organization ?? required(props.organization, 'organization', '"acme"');
    checkOrganizationName(`${NAME}.organization`, organization);
    const serviceAccountName = connection?.serviceAccount.loginName ?? required(props.serviceAccountName, 'serviceAccountName', '"svc-terraform"');
    checkDataCenterUserName(`${NAME}.serviceAccountName`, serviceAccountName);
    if (props.adminCredentials) checkCredentials(`${NAME}.adminCredentials`, props.adminCredentials);
    checkSecretToken(`${NAME}.tfeToken`, props.tfeToken, 'tfe_token');
    const tfeToken: string = props.tfeToken ?? connection?.tfeToken
      ?? required<string>(undefined, 'tfeToken', 'new TerraformVariable(this, "tfe_token", { type: "string", sensitive: true }).stringValue');

    const tfeProvider = props.tfeProvider ?? connection?.tfeProvider ?? new TfeProvider(this, 'tfe', {
      alias: providerAlias(this, 'tfe'),
      hostname: tfeHostname,
      token: tfeToken,
    });

    // The grants' addresses depend only on whether a connection shares the stack (its access then grants), never
    // on another prop: a grant that moved would be destroyed and created again on the same permission, in no
    // defined order, and could end up revoked.
    if (connection) {
      this.access = connection.access;
      this.access.addAdministeredProjects(props.alreadyAdministeredProjects ?? [], `${NAME}.alreadyAdministeredProjects`);
    } else {
      const admin = required(props.adminCredentials, 'adminCredentials', '{ username, password: <sensitive variable> }');
      this.access = new DataCenterServiceAccountAccess(this, 'access', {
        userName: serviceAccountName,
        scope: AccessScope.REPOSITORY,
        provider: bitbucketApiProvider(this, 'bitbucket-api', urls.httpUrl, admin),
        alreadyAdministeredProjects: props.alreadyAdministeredProjects,
        _propPrefix: NAME,
      });
    }

    if (props.oauthClientName !== undefined && props.oauthClientName.trim() === '') {
      throw new BitbucketTfeInputError(`${NAME}.oauthClientName`, props.oauthClientName, 'is empty',
        'give the client\'s name as TFE shows it under Settings > Version control > Providers, or pass oauthClientId instead');
    }
    const byName = props.oauthClientName !== undefined;
    const oauthClientId = props.oauthClientId ?? (byName ? undefined : connection?.oauthClient.oauthClientId);
    if (oauthClientId === undefined && !byName) {
      throw new BitbucketTfeInputError(`${NAME}.oauthClientId`, undefined, 'is required to know which OAuth client the workspaces use',
        'pass the client id (e.g. a DataCenterConnection\'s oauthClient.oauthClientId, or "oc-..." from TFE), oauthClientName to adopt one by name, or connection');
    }
    const authorization = dataCenterAuthorizationStep(tfeHostname, organization, props.oauthClientName ?? DEFAULT_CLIENT_NAME, serviceAccountName);
    this.oauthClient = new OAuthClientLookup(this, 'oauth-client', {
      organization,
      tfeHostname,
      tfeToken,
      oauthClientId,
      name: props.oauthClientName,
      serviceProvider: byName ? BitbucketServiceProvider.DATA_CENTER : undefined,
      authorizationInstructions: authorization,
      _propPrefix: NAME,
      _propNames: { name: `${NAME}.oauthClientName` },
    });

    this.onboarding = new RepositoryOnboarding(this, 'repositories', {
      organization,
      access: this.access,
      oauthClient: this.oauthClient,
      repositories: props.repositories,
      provider: tfeProvider,
      authorizationInstructions: authorization,
      checks: props.checks,
      _propPrefix: NAME,
    });
  }

  /** Onboards one more repository and returns its workspace (undefined for an off-boarded entry). */
  public addRepository(options: RepositoryWorkspaceOptions): Workspace | undefined {
    return this.onboarding.addRepository(options);
  }
}
