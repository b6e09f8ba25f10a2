import { basename } from 'node:path';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CloudConnection } from '../cloud/connection';
import { CloudCredentials } from '../cloud/credentials';
import { parseCloudRepository } from '../common/cloud-names';
import { BitbucketTfeInputError } from '../common/errors';
import { checkSecretToken } from '../common/secrets';
import { parseDataCenterRepository } from '../common/names';
import { providerAlias } from '../common/providers';
import { DataCenterCredentials } from '../data-center/credentials';
import { DataCenterOnboarding } from '../data-center/onboarding';
import { RepositoryOnboarding, RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { FileCloudConnection, FileDataCenterConnection, FileRepository, loadOnboardingFile, OnboardingFileError, OnboardingFileSpec } from './load';

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
    const byConnection = groupRepositories(file, this.spec);
    const tfeHostname = this.spec.tfe.hostname ?? 'app.terraform.io';
    const tfeProvider = props.tfeProvider ?? new TfeProvider(this, 'tfe', { alias: providerAlias(this, 'tfe'), hostname: tfeHostname, token: props.tfeToken });

    this.spec.connections.forEach((connection, index) => {
      const { options, fileIndexes } = byConnection.get(connection.name) ?? { options: [], fileIndexes: [] };
      try {
        if (connection.flavor === 'data-center') {
          this.dataCenter[connection.name] = new DataCenterOnboarding(this, connection.name, dataCenterProps(connection, this.spec, options, props, tfeProvider, tfeHostname));
        } else {
          this.cloud[connection.name] = cloudOnboarding(this, connection, this.spec, options, props, tfeProvider, tfeHostname);
        }
      } catch (error) {
        if (!(error instanceof BitbucketTfeInputError)) throw error;
        throw new OnboardingFileError(file, [inFileTerms(error.message, `connections[${index}]`, fileIndexes)]);
      }
    });
  }
}

function dataCenterProps(connection: FileDataCenterConnection, spec: OnboardingFileSpec, repositories: RepositoryWorkspaceOptions[],
  props: OnboardingFromFileProps, tfeProvider: TerraformProvider, tfeHostname: string) {
  return {
    bitbucketUrl: connection.bitbucketUrl,
    tfeHostname,
    organization: spec.tfe.organization,
    serviceAccountName: connection.serviceAccount,
    oauthClientId: connection.oauthClient.id,
    oauthClientName: connection.oauthClient.name,
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
 * Restates a construct's input error in the file's terms: its repositories[k] (counted per connection) becomes
 * the entry's position in the file; anything else is said of the connection.
 */
function inFileTerms(message: string, connection: string, fileIndexes: number[]): string {
  if (!/^\w+\.repositories\[\d+\]/.test(message)) return `${connection}: ${message}`;
  // Every entry the message names (a duplicate names two) gets its position in the file.
  return message.replace(/\b[A-Z]\w*\.repositories\[(\d+)\]/g, (_, k: string) => `repositories[${fileIndexes[Number(k)]}]`);
}

/**
 * Assigns each repository to its connection and merges in the defaults; checks what the schema cannot: the
 * connection exists, the repository is named the way its flavour names repositories, nothing is listed twice.
 */
function groupRepositories(file: string, spec: OnboardingFileSpec): Map<string, { options: RepositoryWorkspaceOptions[]; fileIndexes: number[] }> {
  const problems: string[] = [];
  const connections = new Map(spec.connections.map((c, index) => [c.name, { connection: c, index }]));
  spec.connections.forEach((c, index) => {
    const first = spec.connections.findIndex((other) => other.name === c.name);
    if (first !== index) problems.push(`connections[${index}].name: "${c.name}" is also the name of connections[${first}]; names must be unique`);
  });
  const grouped = new Map<string, { options: RepositoryWorkspaceOptions[]; fileIndexes: number[] }>();
  const seen = new Map<string, number>();
  spec.repositories.forEach((entry: FileRepository, index) => {
    const at = `repositories[${index}]`;
    const name = entry.connection ?? (spec.connections.length === 1 ? spec.connections[0].name : undefined);
    if (name === undefined) {
      problems.push(`${at}.connection: is required when the file has several connections (${[...connections.keys()].join(', ')})`);
      return;
    }
    const target = connections.get(name);
    if (!target) {
      problems.push(`${at}.connection: "${name}" is not a connection of this file; known: ${[...connections.keys()].join(', ')}`);
      return;
    }
    let identifier: string;
    try {
      identifier = target.connection.flavor === 'data-center'
        ? parseDataCenterRepository(`${at}.repository`, entry.repository).identifier
        : parseCloudRepository(`${at}.repository`, entry.repository).identifier;
    } catch (error) {
      if (!(error instanceof BitbucketTfeInputError)) throw error;
      problems.push(error.message);
      return;
    }
    const key = `${name} ${identifier}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(`${at}.repository: "${entry.repository}" repeats repositories[${first}] (${identifier}); list each repository once`);
      return;
    }
    seen.set(key, index);
    const defaults = spec.defaults ?? {};
    const options: RepositoryWorkspaceOptions = {
      repository: entry.repository,
      workspaceName: entry.workspaceName,
      workspaceId: entry.workspaceId,
      description: entry.description,
      projectId: entry.project ?? defaults.project,
      branch: entry.branch ?? defaults.branch,
      workingDirectory: entry.workingDirectory ?? defaults.workingDirectory,
      triggerPatterns: entry.triggerPatterns ?? defaults.triggerPatterns,
      tags: entry.tags ?? defaults.tags,
      autoApply: entry.autoApply ?? defaults.autoApply,
      queueAllRuns: entry.queueAllRuns ?? defaults.queueAllRuns,
      forceDelete: entry.forceDelete ?? defaults.forceDelete,
      previousRepository: entry.previousRepository,
      offboard: entry.offboard,
    };
    const group = grouped.get(name) ?? { options: [], fileIndexes: [] };
    group.options.push(options);
    group.fileIndexes.push(index);
    grouped.set(name, group);
  });
  if (problems.length > 0) throw new OnboardingFileError(file, problems);
  return grouped;
}
