import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { BitbucketTfeInputError, described, EntryPaths, propPaths } from '../domain/errors';
import { providerAlias } from '../common/providers';
import { RepositoryOnboarding, RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { OAuthClientLookup } from '../tfe/oauth-client-lookup';
import { BitbucketServiceProvider } from '../domain/tfe';
import { AccessScope } from '../onboarding/repository-access';
import { DataCenterServiceAccountAccess } from './access';
import { bitbucketApiProvider } from './bitbucket-api';
import { DataCenterConnection, dataCenterAuthorizationStep, DEFAULT_CLIENT_NAME } from './connection';
import { IDataCenterConnection, ImportedDataCenterConnection } from './imported-connection';

export interface DataCenterOnboardingProps {
  /**
   * The connection the workspaces link through: a `DataCenterConnection` in the same stack (its access,
   * client and providers are used), or `DataCenterConnection.fromConnectionAttributes(...)` for one made
   * elsewhere (e.g. in an earlier stack).
   */
  readonly connection: IDataCenterConnection;
  /** Repositories and their workspace settings. @default [] */
  readonly repositories?: RepositoryWorkspaceOptions[];
  /**
   * Projects where the service account already holds PROJECT_ADMIN, granted elsewhere (e.g. by a connection with
   * AccessScope.PROJECT in an earlier stack): their repositories get no REPO_ADMIN grant of their own.
   * @default []
   */
  readonly alreadyAdministeredProjects?: string[];
  /**
   * Add the library's synth-time checks (BitbucketTfeChecks) to the stack.
   * @default true
   */
  readonly checks?: boolean;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'DataCenterOnboarding'
   * @internal
   */
  readonly _propPrefix?: string;
  /**
   * The paths errors name for props a parent construct passes under other names (an onboarding file's keys).
   * @default - `<prefix>.<prop>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
  /**
   * How errors name the index-th repository (see `RepositoryOnboardingProps._repositoryPaths`) and its props.
   * @default - `<prefix>.repositories[<index>]`
   * @internal
   */
  readonly _repositoryPaths?: (index: number) => EntryPaths;
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
    const prefix = props._propPrefix ?? NAME;
    const path = propPaths(prefix, props._propNames);
    const connection = props.connection;
    if (!DataCenterConnection.isDataCenterConnection(connection) && !ImportedDataCenterConnection.isImportedDataCenterConnection(connection)) {
      throw new BitbucketTfeInputError(path('connection'), described(connection === undefined ? 'not set' : typeof connection), 'is not a Data Center connection',
        'pass a DataCenterConnection of this stack, or DataCenterConnection.fromConnectionAttributes(this, "connection", { ... }) for one made elsewhere');
    }
    const organization = connection.organization;
    // The client the workspaces link through, and how errors name its props.
    let client: { tfeToken: string; oauthClientId?: string; oauthClientName?: string; clientName: string; names: { readonly [prop: string]: string } };
    let tfeProvider;

    // The grants' and the lookup's construct ids are the same for every kind of connection that is not in this
    // stack, so that moving between them never moves a grant: a moved grant would be destroyed and created again
    // on the same permission, in no defined order, and could end up revoked.
    if (DataCenterConnection.isDataCenterConnection(connection)) {
      if (TerraformStack.of(connection) !== TerraformStack.of(this)) {
        // Its grants would land in the connection's stack, which the workspaces here cannot wait for.
        throw new BitbucketTfeInputError(path('connection'), connection.node.path, 'is a DataCenterConnection of another stack',
          'pass DataCenterConnection.fromConnectionAttributes(this, "connection", { ..., oauthClientId: connection.oauthClient.oauthClientId }) '
          + 'to onboard through it from this stack');
      }
      if (connection.tfeToken === undefined) {
        throw new BitbucketTfeInputError(path('connection'), connection.node.path, 'has no tfeToken to read its OAuth client through TFE\'s API with',
          'pass tfeToken to the DataCenterConnection, from a sensitive TerraformVariable');
      }
      this.access = connection.access;
      this.access.addAdministeredProjects(props.alreadyAdministeredProjects ?? [], path('alreadyAdministeredProjects'));
      tfeProvider = connection.tfeProvider;
      // The connection's own client, by id; its name only words the authorization step.
      const clientName = connection.oauthClient.oauthClient.nameInput ?? DEFAULT_CLIENT_NAME;
      client = { tfeToken: connection.tfeToken, oauthClientId: connection.oauthClient.oauthClientId, clientName, names: {} };
    } else {
      const attributes = connection.attributes;
      tfeProvider = attributes.tfeProvider ?? new TfeProvider(this, 'tfe', {
        alias: providerAlias(this, 'tfe'),
        hostname: connection.tfeHostname,
        token: attributes.tfeToken,
      });
      this.access = new DataCenterServiceAccountAccess(this, 'access', {
        serviceAccountName: connection.serviceAccountName,
        accessScope: AccessScope.REPOSITORY,
        provider: bitbucketApiProvider(this, 'bitbucket-api', connection.bitbucketHttpUrl, attributes.adminCredentials),
        alreadyAdministeredProjects: props.alreadyAdministeredProjects,
        _propPrefix: prefix,
        _propNames: { serviceAccountName: connection._path('serviceAccountName'), alreadyAdministeredProjects: path('alreadyAdministeredProjects') },
      });
      client = {
        tfeToken: attributes.tfeToken,
        oauthClientId: attributes.oauthClientId,
        oauthClientName: attributes.oauthClientName,
        clientName: attributes.oauthClientName ?? DEFAULT_CLIENT_NAME,
        names: Object.fromEntries(['oauthClientId', 'oauthClientName', 'organization', 'tfeToken'].map((prop) => [prop, connection._path(prop)])),
      };
    }
    const authorization = dataCenterAuthorizationStep(connection.tfeHostname, organization, client.clientName, connection.serviceAccountName);
    this.oauthClient = new OAuthClientLookup(this, 'oauth-client', {
      organization,
      tfeHostname: connection.tfeHostname,
      tfeToken: client.tfeToken,
      oauthClientId: client.oauthClientId,
      oauthClientName: client.oauthClientName,
      serviceProvider: client.oauthClientName !== undefined ? BitbucketServiceProvider.DATA_CENTER : undefined,
      authorizationInstructions: authorization,
      _propPrefix: prefix,
      _propNames: client.names,
    });

    this.onboarding = new RepositoryOnboarding(this, 'repositories', {
      organization,
      access: this.access,
      oauthClient: this.oauthClient,
      repositories: props.repositories,
      provider: tfeProvider,
      authorizationInstructions: authorization,
      checks: props.checks,
      _propPrefix: prefix,
      _repositoryPaths: props._repositoryPaths,
    });
  }

  /** Onboards one more repository and returns its workspace (undefined for an off-boarded entry). */
  public addRepository(options: RepositoryWorkspaceOptions): Workspace | undefined {
    return this.onboarding.addRepository(options);
  }
}
