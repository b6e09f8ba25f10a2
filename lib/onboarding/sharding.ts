import { createHash } from 'node:crypto';
import { BitbucketTfeInputError } from '../domain/errors';
import { checkCloudWorkspace, checkDataCenterProjectKey, parseCloudRepository, parseDataCenterRepository } from '../common/validators';
import { MAX_BUCKETS, STACK_NAME_PART as NAME_PART } from '../domain/sharding';
import { BitbucketServiceProvider } from '../domain/tfe';
import { RepositoryWorkspaceOptions } from './repository-onboarding';

/** How a project's repositories are split: into this many buckets, by a stable hash of each identifier. */
export interface ProjectSharding {
  /**
   * Number of buckets (stacks) the project's repositories are spread over. Fixed: changing it moves repositories
   * from one stack to another, which a deploy cannot do by itself (see "Resharding" in docs/onboarding-file.md).
   * @default 1
   */
  readonly buckets?: number;
  /**
   * The stack name part for the project, instead of the project key (Cloud: workspace id) in lower case.
   * @default - the project key in lower case, characters other than letters, digits, "-" and "_" as "-"
   */
  readonly shardName?: string;
}

export interface RepositoryShardingProps {
  /**
   * The Bitbucket flavour of the repositories: how their identifiers are read (`PROJECT/slug` on Data Center,
   * `workspace/slug` on Cloud).
   * @default BitbucketServiceProvider.DATA_CENTER
   */
  readonly serviceProvider?: BitbucketServiceProvider;
  /** Stack names start with it and a "-": `<stackPrefix>-<project>[-<bucket>]`, e.g. `onboarding-datacenter`. */
  readonly stackPrefix: string;
  /**
   * No shard may hold more repositories than this; `group` stops with the bucket count a project needs.
   * @default RepositorySharding.DEFAULT_BUCKET_SIZE
   */
  readonly bucketSize?: number;
  /**
   * Per project key (Data Center) or workspace id (Cloud): its bucket count and stack name part. Projects not
   * listed have one bucket.
   * @default {}
   */
  readonly projects?: { [project: string]: ProjectSharding };
  /** Names the props in error messages. @default 'RepositorySharding' */
  readonly propPrefix?: string;
  /**
   * How errors name a prop, given as the keys and list positions under these props (`['projects', 'PLAT',
   * 'buckets']`), when the props were taken from another input (an onboarding file's connection).
   * @default - `<propPrefix>.projects.PLAT.buckets`
   * @internal
   */
  readonly _propPath?: (path: ReadonlyArray<string | number>) => string;
}

/** One shard: the repositories one stack onboards. */
export interface RepositoryShard {
  /** The stack name, `<stackPrefix>-<project>` or `<stackPrefix>-<project>-<bucket>`. */
  readonly name: string;
  /** The project key (Data Center) or workspace id (Cloud) as the identifiers spell it. */
  readonly project: string;
  /** 0 .. buckets - 1. */
  readonly bucket: number;
  /** The project's bucket count. */
  readonly buckets: number;
  /** The repositories, in the order they were given. */
  readonly repositories: RepositoryWorkspaceOptions[];
}

/**
 * Splits repositories into shards, one stack each, by a key that never depends on the other repositories: one
 * shard per Bitbucket project (Cloud: per workspace), and a project with `buckets: k` split into k shards by the
 * first four bytes of the SHA-256 of the repository's identifier (big-endian, modulo k). Adding, changing or
 * removing a repository therefore changes exactly one shard, and no repository ever moves while the bucket
 * counts stay as they are. A renamed repository (`previousRepository`) stays in the shard of its earlier
 * identifier, where its workspace's state is.
 */
export class RepositorySharding {
  /** Repositories per shard unless configured: a plan of one shard then stays within Bitbucket Cloud's hourly limit. */
  public static readonly DEFAULT_BUCKET_SIZE = 100;

  /** The bucket of an identifier among `buckets`: the first four bytes of its SHA-256, big-endian, modulo `buckets`. */
  public static bucketOf(identifier: string, buckets: number): number {
    if (buckets <= 1) return 0;
    return createHash('sha256').update(identifier, 'utf8').digest().readUInt32BE(0) % buckets;
  }

  private readonly props: RepositoryShardingProps;
  private readonly path: (path: ReadonlyArray<string | number>) => string;
  private readonly bucketSize: number;
  /** Upper-cased (Data Center) or as-written (Cloud) project -> its settings. */
  private readonly projects = new Map<string, ProjectSharding>();
  private readonly dataCenter: boolean;

  constructor(props: RepositoryShardingProps) {
    this.props = props;
    const propPrefix = props.propPrefix ?? 'RepositorySharding';
    this.path = props._propPath ?? ((path) => path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${part}`), propPrefix));
    this.dataCenter = (props.serviceProvider ?? BitbucketServiceProvider.DATA_CENTER) !== BitbucketServiceProvider.CLOUD;
    if (!NAME_PART.test(props.stackPrefix)) {
      throw new BitbucketTfeInputError(this.path(['stackPrefix']), props.stackPrefix, 'is not a stack name prefix',
        'use lower case letters, digits, "-" and "_", starting with a letter or digit, e.g. "onboarding-datacenter"');
    }
    this.bucketSize = props.bucketSize ?? RepositorySharding.DEFAULT_BUCKET_SIZE;
    if (!Number.isInteger(this.bucketSize) || this.bucketSize < 1) {
      throw new BitbucketTfeInputError(this.path(['bucketSize']), this.bucketSize, 'is not a positive whole number',
        `use the most repositories one stack may hold, e.g. ${RepositorySharding.DEFAULT_BUCKET_SIZE}`);
    }
    const names = new Map<string, string>();
    for (const [project, settings] of Object.entries(props.projects ?? {})) {
      const prop = this.path(['projects', project]);
      if (this.dataCenter) checkDataCenterProjectKey(prop, project);
      else checkCloudWorkspace(prop, project);
      const key = this.projectKey(project);
      if (this.projects.has(key)) {
        throw new BitbucketTfeInputError(prop, project, 'names a project listed already', 'list each project once');
      }
      const buckets = settings.buckets ?? 1;
      if (!Number.isInteger(buckets) || buckets < 1 || buckets > MAX_BUCKETS) {
        throw new BitbucketTfeInputError(this.path(['projects', project, 'buckets']), buckets, `is not a whole number from 1 to ${MAX_BUCKETS}`,
          'set the number of stacks the project is spread over; it stays fixed once deployed');
      }
      if (settings.shardName !== undefined && !NAME_PART.test(settings.shardName)) {
        throw new BitbucketTfeInputError(this.path(['projects', project, 'shardName']), settings.shardName, 'is not a stack name part',
          'use lower case letters, digits, "-" and "_", e.g. "platform"');
      }
      this.projects.set(key, settings);
      const name = this.namePart(key);
      const other = names.get(name);
      if (other !== undefined) {
        throw new BitbucketTfeInputError(this.path(['projects', project, 'shardName']), name, `is also the stack name part of project ${other}`,
          'give one of the two another shardName');
      }
      names.set(name, project);
    }
  }

  /** The identifier a repository's shard is derived from: its earlier one when it was renamed. */
  public shardIdentifier(repository: string, previousRepository?: string): string {
    return this.identifier(previousRepository ?? repository, [previousRepository === undefined ? 'repository' : 'previousRepository']);
  }

  /** The name of the shard (stack) that onboards the repository. */
  public shardOf(repository: string, previousRepository?: string): string {
    const identifier = this.shardIdentifier(repository, previousRepository);
    const project = identifier.split('/')[0];
    return this.stackName(project, RepositorySharding.bucketOf(identifier, this.bucketsOf(project)));
  }

  /** The bucket count of a project. */
  public bucketsOf(project: string): number {
    return this.projects.get(this.projectKey(project))?.buckets ?? 1;
  }

  /** Every shard of a project, whether or not it holds repositories now. */
  public shardNamesOf(project: string): string[] {
    const buckets = this.bucketsOf(project);
    return Array.from({ length: buckets }, (_, bucket) => this.stackName(this.projectKey(project), bucket));
  }

  /**
   * Groups repositories by shard, shards ordered by name. Stops when a shard would hold more than `bucketSize`,
   * saying which bucket count would keep the project within it.
   */
  public group(repositories: RepositoryWorkspaceOptions[]): RepositoryShard[] {
    const shards = new Map<string, { project: string; bucket: number; buckets: number; repositories: RepositoryWorkspaceOptions[]; identifiers: string[] }>();
    const byProject = new Map<string, string[]>();
    repositories.forEach((options, index) => {
      const identifier = this.identifier(options.previousRepository ?? options.repository,
        ['repositories', index, options.previousRepository === undefined ? 'repository' : 'previousRepository']);
      const project = identifier.split('/')[0];
      const buckets = this.bucketsOf(project);
      const bucket = RepositorySharding.bucketOf(identifier, buckets);
      const name = this.stackName(project, bucket);
      const shard = shards.get(name) ?? { project, bucket, buckets, repositories: [], identifiers: [] };
      if (shard.project !== project) {
        throw new BitbucketTfeInputError(this.path(['repositories', index]), options.repository,
          `belongs to project ${project}, whose stack name ${name} is also project ${shard.project}'s`,
          `give one of the two projects a shardName in projects`);
      }
      shard.repositories.push(options);
      shard.identifiers.push(identifier);
      shards.set(name, shard);
      const list = byProject.get(project) ?? [];
      list.push(identifier);
      byProject.set(project, list);
    });
    const over = [...shards.entries()].filter(([, shard]) => shard.repositories.length > this.bucketSize);
    if (over.length > 0) {
      // One message per project, at the setting that fixes it.
      const [, first] = over[0];
      const project = first.project;
      const buckets = this.bucketsOf(project);
      const fits = suggestBuckets(byProject.get(project)!, this.bucketSize, buckets);
      const full = over.filter(([, shard]) => shard.project === project).map(([name, shard]) => `${name} (${shard.repositories.length})`);
      throw new BitbucketTfeInputError(this.path(['projects', project, 'buckets']), buckets,
        `leaves ${full.join(', ')} with more repositories than bucketSize ${this.bucketSize}`,
        `set it to ${fits} (the smallest count that keeps every bucket of ${project}'s ${byProject.get(project)!.length} repositories within ${this.bucketSize} today; `
        + 'take more to leave room: changing it later moves repositories between stacks), or raise bucketSize');
    }
    return [...shards.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, shard]) => ({ name, project: shard.project, bucket: shard.bucket, buckets: shard.buckets, repositories: shard.repositories }));
  }

  private identifier(repository: string, path: ReadonlyArray<string | number>): string {
    return this.dataCenter
      ? parseDataCenterRepository(this.path(path), repository).identifier
      : parseCloudRepository(this.path(path), repository).identifier;
  }

  /** Project keys as identifiers spell them: Data Center keys in upper case (personal projects as written). */
  private projectKey(project: string): string {
    return this.dataCenter && !project.startsWith('~') ? project.toUpperCase() : project;
  }

  private namePart(project: string): string {
    const given = this.projects.get(project)?.shardName;
    if (given !== undefined) return given;
    return project.toLowerCase().replace(/^~/, 'user-').replace(/[^a-z0-9_-]/g, '-');
  }

  private stackName(project: string, bucket: number): string {
    const key = this.projectKey(project);
    const base = `${this.props.stackPrefix}-${this.namePart(key)}`;
    return this.bucketsOf(key) > 1 ? `${base}-${bucket}` : base;
  }
}

/** The smallest bucket count, from the current one up, that keeps every bucket of the project within the size. */
export function suggestBuckets(identifiers: string[], bucketSize: number, current: number): number {
  for (let buckets = Math.max(current, Math.ceil(identifiers.length / bucketSize)); buckets <= MAX_BUCKETS; buckets++) {
    const counts = new Array<number>(buckets).fill(0);
    let fits = true;
    for (const identifier of identifiers) {
      if (++counts[RepositorySharding.bucketOf(identifier, buckets)] > bucketSize) {
        fits = false;
        break;
      }
    }
    if (fits) return buckets;
  }
  return MAX_BUCKETS;
}
