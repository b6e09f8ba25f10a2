import { basename } from 'node:path';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudConnection } from '../cloud/connection';
import { CloudCredentials } from '../cloud/credentials';
import { CloudOAuthClientSource } from '../cloud/oauth-client-source';
import { BitbucketTfeInputError } from '../domain/errors';
import { HCP_TERRAFORM_HOSTNAME } from '../domain/tfe';
import { checkSecretToken } from '../common/secrets';
import { isUnresolved } from '../common/tokens';
import { providerAlias } from '../common/providers';
import { DataCenterConnection } from '../data-center/connection';
import { IDataCenterConnection } from '../data-center/imported-connection';
import { DataCenterCredentials } from '../data-center/credentials';
import { DataCenterOnboarding } from '../data-center/onboarding';
import { RepositoryOnboarding, RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { FileCloudConnection, FileDataCenterConnection, loadOnboardingFile, OnboardingFileError, OnboardingFileSpec, sourceOf } from './load';
import { FileNames } from './file-names';
import { FileShard, planOnboardingFile } from './shards';

export interface OnboardingFromFileProps {
  /** Path of the onboarding file (`.yaml`, `.yml` or `.json`), validated against schemas/onboarding-file.schema.json. */
  readonly path: string;
  /**
   * Bitbucket Data Center administrator credentials (tokens), for the file's data-center connections.
   * @default - required when the file has a data-center connection
   */
  readonly dataCenterCredentials?: DataCenterCredentials;
  /**
   * Bitbucket Cloud credentials (tokens), for the file's cloud connections.
   * @default - required when the file has a cloud connection
   */
  readonly cloudCredentials?: CloudCredentials;
  /**
   * TFE API token (a token): the tfe provider and the Data Center clone key use it.
   * @default - the tfe provider reads TFE_TOKEN; required when a data-center connection manages its clone key
   */
  readonly tfeToken?: string;
  /**
   * A tfe provider you configured.
   * @default - one is created for the file's TFE host name
   */
  readonly tfeProvider?: TerraformProvider;
  /**
   * Onboard only the repositories of this shard (a stack name of `OnboardingFileShards`), through its connection.
   * @default - every repository of the file
   */
  readonly shard?: string;
  /**
   * The file's data-center connections that a `DataCenterConnection` makes, usually in another stack, by their
   * name in the file: the workspaces link through that connection's OAuth client (a cross-stack reference, so
   * this stack deploys after the connection's), and its URL, service account, TFE host, organization and client
   * name must be the file's.
   * @default - every connection is found by its `oauthClient` in the file
   */
  readonly dataCenterConnections?: { [name: string]: DataCenterConnection };
}

/**
 * Onboards the repositories an onboarding file lists (docs/onboarding-file.md), through the same
 * constructs as TypeScript would: `DataCenterOnboarding` per data-center connection, `CloudConnection` with
 * `RepositoryOnboarding` per cloud connection. Each connection's construct id is its name in the file.
 * A bad file stops synth with the file name, the line and column, the path of the bad key and what was expected;
 * the constructs it builds name what they refuse the same way (`onboarding.yaml:41:13: repositories[3].branch: ...`).
 */
export class OnboardingFromFile extends Construct {
  /** The validated file. */
  private readonly spec: OnboardingFileSpec;
  /** The Data Center onboarding of each data-center connection, by name. */
  public readonly dataCenter: { [name: string]: DataCenterOnboarding } = {};
  /** The Cloud onboarding of each cloud connection, by name. */
  public readonly cloud: { [name: string]: RepositoryOnboarding } = {};

  constructor(scope: Construct, id: string, props: OnboardingFromFileProps) {
    super(scope, id);
    const file = basename(props.path);
    this.spec = loadOnboardingFile(props.path);
    const source = sourceOf(this.spec, file);
    checkSecretToken('OnboardingFromFile.tfeToken', props.tfeToken, 'tfe_token');
    const plan = planOnboardingFile(file, this.spec);
    let shard: FileShard | undefined;
    if (props.shard !== undefined) {
      shard = plan.shards.find((s) => s.name === props.shard);
      if (!shard) {
        throw new OnboardingFileError(file, [`${file}: has no shard ${props.shard}; its shards are ${plan.shards.map((s) => s.name).join(', ') || '(none)'}`]);
      }
    }
    for (const name of Object.keys(props.dataCenterConnections ?? {})) {
      const connection = this.spec.connections.find((c) => c.name === name);
      if (connection?.flavor !== 'data-center') {
        throw new OnboardingFileError(file, [`${file}: OnboardingFromFile.dataCenterConnections.${name}: the file has no data-center connection named "${name}"; `
          + `its data-center connections are ${this.spec.connections.filter((c) => c.flavor === 'data-center').map((c) => c.name).join(', ') || '(none)'}`]);
      }
    }
    const tfeHostname = this.spec.tfe.hostname ?? HCP_TERRAFORM_HOSTNAME;
    const tfeProvider = props.tfeProvider ?? new TfeProvider(this, 'tfe', { alias: providerAlias(this, 'tfe'), hostname: tfeHostname, token: props.tfeToken });

    this.spec.connections.forEach((connection, index) => {
      if (shard && shard.connection !== connection.name) return;
      const entries = shard ? shard.entries : plan.byConnection.get(connection.name) ?? [];
      const handedOver = shard?.handedOver ?? [];
      const options = entries.map((e) => e.options);
      // Errors are the constructs' own: they name every prop by where the file has it.
      const fileNames = new FileNames(source, this.spec, index, [...entries, ...handedOver]);
      if (connection.flavor === 'data-center') {
        const onboarding = new DataCenterOnboarding(this, connection.name, {
          // The id holds a character no connection name has, so it cannot meet another connection's.
          connection: dataCenterConnection(this, `${connection.name}_attributes`, connection, fileNames, this.spec, props, tfeProvider, tfeHostname),
          repositories: options,
          alreadyAdministeredProjects: connection.alreadyAdministeredProjects,
          _propNames: { alreadyAdministeredProjects: fileNames.connection('alreadyAdministeredProjects') },
          _repositoryPaths: fileNames.repositories('DataCenterOnboarding.repositories'),
        });
        this.dataCenter[connection.name] = onboarding;
        handedOver.forEach((e) => onboarding.onboarding.handOver(e.options));
      } else {
        const onboarding = cloudOnboarding(this, connection, fileNames, this.spec, options, props, tfeProvider, tfeHostname);
        this.cloud[connection.name] = onboarding;
        handedOver.forEach((e) => onboarding.handOver(e.options));
      }
    });
  }
}

/** The file's data-center connection, described by its attributes, with every attribute named where the file has it. */
function dataCenterConnection(scope: Construct, id: string, connection: FileDataCenterConnection, names: FileNames, spec: OnboardingFileSpec,
  props: OnboardingFromFileProps, tfeProvider: TerraformProvider, tfeHostname: string): IDataCenterConnection {
  const made = props.dataCenterConnections?.[connection.name];
  if (made) checkSameConnection(made, connection, names, spec, tfeHostname);
  return DataCenterConnection.fromConnectionAttributes(scope, id, {
    bitbucketUrl: connection.bitbucketUrl,
    tfeHostname,
    organization: spec.tfe.organization,
    serviceAccountName: connection.serviceAccount,
    // The connection's own client: a cross-stack reference when it lives in another stack.
    oauthClientId: made ? made.oauthClient.oauthClientId : connection.oauthClient.id,
    oauthClientName: made ? undefined : connection.oauthClient.name,
    // Checked where they are used: a file without data-center connections needs none.
    adminCredentials: props.dataCenterCredentials!,
    tfeToken: props.tfeToken!,
    tfeProvider,
    _propNames: {
      bitbucketUrl: names.connection('bitbucketUrl'),
      tfeHostname: names.file('tfe', 'hostname'),
      organization: names.file('tfe', 'organization'),
      serviceAccountName: names.connection('serviceAccount'),
      oauthClientId: made ? `OnboardingFromFile.dataCenterConnections.${connection.name}` : names.connection('oauthClient', 'id'),
      oauthClientName: names.connection('oauthClient', 'name'),
      adminCredentials: 'OnboardingFromFile.dataCenterCredentials',
      tfeToken: 'OnboardingFromFile.tfeToken',
    },
  });
}

function cloudOnboarding(scope: Construct, connection: FileCloudConnection, names: FileNames, spec: OnboardingFileSpec, repositories: RepositoryWorkspaceOptions[],
  props: OnboardingFromFileProps, tfeProvider: TerraformProvider, tfeHostname: string): RepositoryOnboarding {
  const group = new Construct(scope, connection.name);
  const cloud = new CloudConnection(group, 'connection', {
    tfeHostname,
    organization: spec.tfe.organization,
    workspace: connection.workspace,
    serviceAccountUuid: connection.serviceAccountUuid,
    oauthClient: connection.oauthClient.id !== undefined
      ? CloudOAuthClientSource.adoptById(connection.oauthClient.id)
      : CloudOAuthClientSource._adoptByName(connection.oauthClient.name!, names.connection('oauthClient', 'name')),
    bitbucketCredentials: props.cloudCredentials,
    tfeProvider,
    tfeToken: props.tfeToken,
    _propNames: {
      tfeHostname: names.file('tfe', 'hostname'),
      organization: names.file('tfe', 'organization'),
      workspace: names.connection('workspace'),
      serviceAccountUuid: names.connection('serviceAccountUuid'),
      oauthClient: names.connection('oauthClient'),
      bitbucketCredentials: 'OnboardingFromFile.cloudCredentials',
      tfeToken: 'OnboardingFromFile.tfeToken',
    },
  });
  return new RepositoryOnboarding(group, 'repositories', {
    organization: spec.tfe.organization,
    access: cloud.access,
    oauthClient: cloud.oauthClientLookup,
    provider: cloud.tfeProvider,
    authorizationInstructions: cloud.authorizationStep,
    repositories,
    _propNames: { organization: names.file('tfe', 'organization') },
    _repositoryPaths: names.repositories('RepositoryOnboarding.repositories'),
  });
}

/**
 * The file's connection and the construct that makes it must describe the same link: otherwise the workspaces
 * would be linked through a client other than the one the file (and the doctor reading it) names.
 */
function checkSameConnection(made: DataCenterConnection, connection: FileDataCenterConnection, names: FileNames, spec: OnboardingFileSpec, tfeHostname: string): void {
  const differences: string[] = [];
  const compare = (key: string, file: string | undefined, code: string | undefined, normalise = (v: string) => v) => {
    if (file === undefined || code === undefined || isUnresolved(code)) return;
    if (normalise(file) !== normalise(code)) differences.push(`${key} is ${JSON.stringify(file)} in the file and ${JSON.stringify(code)} in the connection`);
  };
  const url = (v: string) => v.replace(/\/+$/, '').toLowerCase();
  compare('bitbucketUrl', connection.bitbucketUrl, made.bitbucketHttpUrl, url);
  compare('serviceAccount', connection.serviceAccount, made.serviceAccount.loginName);
  compare('tfe.hostname', tfeHostname, made.tfeHostname, (v) => v.toLowerCase());
  compare('tfe.organization', spec.tfe.organization, made.organization);
  compare('oauthClient.name', connection.oauthClient.name, made.oauthClient.oauthClient.nameInput);
  if (connection.oauthClient.id !== undefined) {
    differences.push('oauthClient.id names a client, but the connection makes its own: write the connection\'s client name as oauthClient.name instead');
  }
  if (differences.length > 0) {
    throw new BitbucketTfeInputError(`${names.connection()} (${connection.name})`, made.node.path, `is made by a DataCenterConnection that differs from it: ${differences.join('; ')}`,
      'make the file\'s connection and the DataCenterConnection describe the same link');
  }
}
