import { DataCenterCredentials } from '../data-center/credentials';
import { CloudCredentials } from '../cloud/credentials';
import { basename } from 'node:path';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { DataCenterConnection } from '../data-center/connection';
import { HCP_TERRAFORM_HOSTNAME } from '../domain/tfe';
import { loadOnboardingFile, OnboardingFileError } from './load';
import { OnboardingFromFile } from './onboarding-from-file';
import { FileShard, planOnboardingFile } from './shards';

export interface OnboardingShardStackProps {
  /** Path of the onboarding file. */
  readonly path: string;
  /**
   * The shard this stack onboards (one of `OnboardingFileShards.shardNames(path)`).
   * @default - the stack's id
   */
  readonly shard?: string;
  /**
   * The file's data-center connections made by a `DataCenterConnection` (usually in a connect stack), by name:
   * the shard links through its client, as a cross-stack reference.
   * @default - connections are found by their `oauthClient` in the file
   */
  readonly dataCenterConnections?: { [name: string]: DataCenterConnection };
}

/**
 * One shard of an onboarding file: the repositories of one Bitbucket project (or of one bucket of it) onboarded
 * through their connection, in a stack of their own. Credentials are sensitive Terraform variables, set by the
 * pipeline as `TF_VAR_<name>`: `bitbucket_admin_username`, `bitbucket_admin_password` and `tfe_token` for a
 * data-center connection; `bitbucket_cloud_username`, `bitbucket_cloud_api_token` and `tfe_token` for a cloud one.
 */
export class OnboardingShardStack extends TerraformStack {
  /** The shard's name (also the stack's id unless given otherwise). */
  public readonly shard: string;
  /** The name of the file's connection the shard onboards through. */
  public readonly connection: string;
  /** The project key (Cloud: workspace id) of the shard's repositories. */
  public readonly project: string;
  /** Identifiers of the repositories the shard onboards. */
  public readonly repositories: string[];
  /** The onboarding, limited to the shard. */
  public readonly onboarding: OnboardingFromFile;

  constructor(scope: Construct, id: string, props: OnboardingShardStackProps) {
    super(scope, id);
    const shard = findShard(props.path, props.shard ?? id);
    this.shard = shard.name;
    this.connection = shard.connection;
    this.project = shard.project;
    this.repositories = shard.entries.map((e) => e.identifier);
    const flavor = loadOnboardingFile(props.path).connections.find((c) => c.name === shard.connection)!.flavor;
    const variable = (name: string, sensitive: boolean, description: string) =>
      new TerraformVariable(this, name, { type: 'string', sensitive, description }).stringValue;
    const tfeToken = variable('tfe_token', true, 'TFE token of an organization owner');
    this.onboarding = new OnboardingFromFile(this, 'onboarding', {
      path: props.path,
      shard: shard.name,
      tfeToken,
      dataCenterConnections: props.dataCenterConnections,
      ...(flavor === 'data-center'
        ? {
          dataCenterCredentials: DataCenterCredentials.fromPassword(
            variable('bitbucket_admin_username', false, 'Bitbucket Data Center administrator'),
            // Bitbucket takes an HTTP access token in place of the password too.
            variable('bitbucket_admin_password', true, 'Password or HTTP access token of bitbucket_admin_username'),
          ),
        }
        : {
          cloudCredentials: CloudCredentials.fromApiToken(
            variable('bitbucket_cloud_username', false, 'E-mail of the Atlassian account whose API token grants Bitbucket Cloud permissions'),
            variable('bitbucket_cloud_api_token', true, 'Atlassian API token with Bitbucket permission scopes'),
          ),
        }),
    });
  }
}

/** A data-center connection of an onboarding file, in the terms of `DataCenterConnectionProps`. */
export interface OnboardingFileDataCenterConnection {
  /** Its name in the file. */
  readonly name: string;
  readonly bitbucketUrl: string;
  readonly serviceAccountName: string;
  readonly tfeHostname: string;
  readonly organization: string;
  /**
   * The OAuth client's name, when the file names it.
   * @default - the file gives the client's id
   */
  readonly oauthClientName?: string;
  /**
   * The OAuth client's id, when the file gives it (the client was made elsewhere).
   * @default - the file names the client
   */
  readonly oauthClientId?: string;
}

export interface OnboardingFileShardsProps {
  /** Path of the onboarding file (`.yaml`, `.yml` or `.json`). */
  readonly path: string;
  /**
   * The file's data-center connections made by a `DataCenterConnection`, by name: every shard of such a connection
   * links through its client, and waits for its stack.
   * @default - connections are found by their `oauthClient` in the file
   */
  readonly dataCenterConnections?: { [name: string]: DataCenterConnection };
}

/**
 * An onboarding file split into stacks, one `OnboardingShardStack` per shard: one per Bitbucket project (Cloud:
 * per workspace), and a project with `buckets: k` in the file split into k stacks by a stable hash of each
 * repository's identifier (see `RepositorySharding`). Adding, changing or removing a repository changes exactly one
 * stack, so a pipeline plans and deploys only that one, and shards deploy independently of each other.
 *
 * Stack names are `<sharding.stackPrefix>-<connection>-<project>[-<bucket>]`, e.g. `onboarding-datacenter-plat-3`.
 * A stack holding more than `sharding.bucketSize` repositories stops synth with the bucket count its project needs.
 */
export class OnboardingFileShards {
  /** The names of the file's shards, in order: for code that builds its own stacks around `OnboardingFromFile`. */
  public static shardNames(path: string): string[] {
    return planOnboardingFile(basename(path), loadOnboardingFile(path)).shards.map((s) => s.name);
  }

  /**
   * The file's data-center connections, for a stack that makes one of them with `DataCenterConnection` (then
   * pass it in `dataCenterConnections`): the file stays the one place that says where Bitbucket and TFE are.
   */
  public static dataCenterConnections(path: string): OnboardingFileDataCenterConnection[] {
    const spec = loadOnboardingFile(path);
    return spec.connections.flatMap((c) => (c.flavor !== 'data-center' ? [] : [{
      name: c.name,
      bitbucketUrl: c.bitbucketUrl,
      serviceAccountName: c.serviceAccount,
      tfeHostname: spec.tfe.hostname ?? HCP_TERRAFORM_HOSTNAME,
      organization: spec.tfe.organization,
      oauthClientName: c.oauthClient.name,
      oauthClientId: c.oauthClient.id,
    }]));
  }

  /** One stack per shard, ordered by name. */
  public readonly stacks: OnboardingShardStack[];
  private readonly path: string;

  /** Adds one stack per shard of the file to `scope` (the app). */
  constructor(scope: Construct, props: OnboardingFileShardsProps) {
    this.path = props.path;
    this.stacks = OnboardingFileShards.shardNames(props.path)
      .map((shard) => new OnboardingShardStack(scope, shard, { path: props.path, dataCenterConnections: props.dataCenterConnections }));
  }

  /**
   * The stack that onboards a repository (`PROJECT/slug`, Cloud `workspace/slug`), as the file lists it.
   * @param repository the repository as the file lists it
   * @param connection the connection's name, needed when the file has several connections that list the repository
   */
  public stackFor(repository: string, connection?: string): OnboardingShardStack | undefined {
    const plan = planOnboardingFile(basename(this.path), loadOnboardingFile(this.path));
    const shard = plan.shards.find((s) => s.entries.some((e) => e.options.repository === repository && (connection === undefined || e.connection === connection)));
    return shard === undefined ? undefined : this.stacks.find((stack) => stack.shard === shard.name);
  }
}

function findShard(path: string, name: string): FileShard {
  const file = basename(path);
  const shard = planOnboardingFile(file, loadOnboardingFile(path)).shards.find((s) => s.name === name);
  if (!shard) {
    throw new OnboardingFileError(file, [`${file}: has no shard ${name}; its shards are ${OnboardingFileShards.shardNames(path).join(', ') || '(none)'}`]);
  }
  return shard;
}
