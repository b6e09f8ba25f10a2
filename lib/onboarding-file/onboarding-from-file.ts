import { basename } from 'node:path';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudConnection } from '../cloud/connection';
import { CloudCredentials } from '../cloud/credentials';
import { BitbucketTfeInputError } from '../domain/errors';
import { HCP_TERRAFORM_HOSTNAME } from '../domain/tfe';
import { checkSecretToken } from '../common/secrets';
import { isUnresolved } from '../common/tokens';
import { providerAlias } from '../common/providers';
import { DataCenterConnection } from '../data-center/connection';
import { DataCenterCredentials } from '../data-center/credentials';
import { DataCenterOnboarding } from '../data-center/onboarding';
import { RepositoryOnboarding, RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { FileCloudConnection, FileDataCenterConnection, loadOnboardingFile, OnboardingFileError, OnboardingFileSpec } from './load';
import { FileEntry, FileShard, planOnboardingFile } from './shards';

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
 * Onboards the repositories an onboarding file lists (see the README's "Onboarding file"), through the same
 * constructs as TypeScript would: `DataCenterOnboarding` per data-center connection, `CloudConnection` with
 * `RepositoryOnboarding` per cloud connection. Each connection's construct id is its name in the file.
 * A bad file stops synth with the file name, the path of the bad key and what was expected.
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
    checkSecretToken('OnboardingFromFile.tfeToken', props.tfeToken, 'tfe_token');
    const plan = planOnboardingFile(file, this.spec);
    let shard: FileShard | undefined;
    if (props.shard !== undefined) {
      shard = plan.shards.find((s) => s.name === props.shard);
      if (!shard) {
        throw new OnboardingFileError(file, [`has no shard ${props.shard}; its shards are ${plan.shards.map((s) => s.name).join(', ') || '(none)'}`]);
      }
    }
    for (const name of Object.keys(props.dataCenterConnections ?? {})) {
      const connection = this.spec.connections.find((c) => c.name === name);
      if (connection?.flavor !== 'data-center') {
        throw new OnboardingFileError(file, [`OnboardingFromFile.dataCenterConnections.${name}: the file has no data-center connection named "${name}"; `
          + `its data-center connections are ${this.spec.connections.filter((c) => c.flavor === 'data-center').map((c) => c.name).join(', ') || '(none)'}`]);
      }
    }
    const tfeHostname = this.spec.tfe.hostname ?? HCP_TERRAFORM_HOSTNAME;
    const tfeProvider = props.tfeProvider ?? new TfeProvider(this, 'tfe', { alias: providerAlias(this, 'tfe'), hostname: tfeHostname, token: props.tfeToken });

    this.spec.connections.forEach((connection, index) => {
      if (shard && shard.connection !== connection.name) return;
      const entries = shard ? shard.entries : plan.byConnection.get(connection.name) ?? [];
      const options = entries.map((e) => e.options);
      try {
        if (connection.flavor === 'data-center') {
          const onboarding = new DataCenterOnboarding(this, connection.name,
            dataCenterProps(connection, `connections[${index}]`, this.spec, options, props, tfeProvider, tfeHostname));
          this.dataCenter[connection.name] = onboarding;
          shard?.handedOver.forEach((e) => onboarding.onboarding.handOver(e.options));
        } else {
          const onboarding = cloudOnboarding(this, connection, this.spec, options, props, tfeProvider, tfeHostname);
          this.cloud[connection.name] = onboarding;
          shard?.handedOver.forEach((e) => onboarding.handOver(e.options));
        }
      } catch (error) {
        if (!(error instanceof BitbucketTfeInputError)) throw error;
        throw new OnboardingFileError(file, [inFileTerms(error.message, `connections[${index}]`, [...entries, ...(shard?.handedOver ?? [])])]);
      }
    });
  }
}

function dataCenterProps(connection: FileDataCenterConnection, at: string, spec: OnboardingFileSpec, repositories: RepositoryWorkspaceOptions[],
  props: OnboardingFromFileProps, tfeProvider: TerraformProvider, tfeHostname: string) {
  const made = props.dataCenterConnections?.[connection.name];
  if (made) checkSameConnection(made, connection, at, spec, tfeHostname);
  return {
    bitbucketUrl: connection.bitbucketUrl,
    tfeHostname,
    organization: spec.tfe.organization,
    serviceAccountName: connection.serviceAccount,
    // The connection's own client: a cross-stack reference when it lives in another stack.
    oauthClientId: made ? made.oauthClient.oauthClientId : connection.oauthClient.id,
    oauthClientName: made ? undefined : connection.oauthClient.name,
    repositories,
    alreadyAdministeredProjects: connection.alreadyAdministeredProjects,
    adminCredentials: props.dataCenterCredentials,
    tfeToken: props.tfeToken,
    tfeProvider,
  };
}

function cloudOnboarding(scope: Construct, connection: FileCloudConnection, spec: OnboardingFileSpec, repositories: RepositoryWorkspaceOptions[],
  props: OnboardingFromFileProps, tfeProvider: TerraformProvider, tfeHostname: string): RepositoryOnboarding {
  const group = new Construct(scope, connection.name);
  const cloud = new CloudConnection(group, 'connection', {
    tfeHostname,
    organization: spec.tfe.organization,
    workspace: connection.workspace,
    serviceAccountUuid: connection.serviceAccountUuid,
    oauthClientId: connection.oauthClient.id,
    oauthClientName: connection.oauthClient.name,
    bitbucketCredentials: props.cloudCredentials,
    tfeProvider,
    tfeToken: props.tfeToken,
  });
  return new RepositoryOnboarding(group, 'repositories', {
    organization: spec.tfe.organization,
    access: cloud.access,
    oauthClient: cloud.oauthClientLookup,
    provider: cloud.tfeProvider,
    authorizationInstructions: cloud.authorizationStep,
    repositories,
  });
}

/**
 * The file's connection and the construct that makes it must describe the same link: otherwise the workspaces
 * would be linked through a client other than the one the file (and the doctor reading it) names.
 */
function checkSameConnection(made: DataCenterConnection, connection: FileDataCenterConnection, at: string, spec: OnboardingFileSpec, tfeHostname: string): void {
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
    throw new BitbucketTfeInputError(`${at} (${connection.name})`, made.node.path, `is made by a DataCenterConnection that differs from it: ${differences.join('; ')}`,
      'make the file\'s connection and the DataCenterConnection describe the same link');
  }
}

/**
 * Restates a construct's input error in the file's terms: its repositories[k] (counted among the entries it was
 * given) becomes the entry's position in the file; anything else is said of the connection.
 */
function inFileTerms(message: string, connection: string, entries: FileEntry[]): string {
  const repository = /^\w+\.repositories\[(\d+)\]/.exec(message);
  if (repository && entries[Number(repository[1])] !== undefined) {
    // Every entry the message names (a duplicate names two) gets its position in the file.
    return message.replace(/\b[A-Z]\w*\.repositories\[(\d+)\]/g, (whole, k: string) => (entries[Number(k)] !== undefined ? `repositories[${entries[Number(k)].index}]` : whole));
  }
  if (message.startsWith(`${connection} (`)) return message;
  return `${connection}: ${message}`;
}
