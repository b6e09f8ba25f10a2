import { createHash } from 'node:crypto';
import { parseCloudRepository } from '../domain/bitbucket-cloud';
import { BitbucketTfeInputError } from '../domain/errors';
import { parseDataCenterRepository } from '../domain/bitbucket-data-center';
import { RepositoryWorkspaceOptions } from '../onboarding/repository-onboarding';
import { RepositorySharding } from '../onboarding/sharding';
import { BitbucketServiceProvider } from '../domain/tfe';
import { FileConnection, FileRepository, OnboardingFileError, OnboardingFileSpec, sourceOf } from './load';
import { FileSource } from './source';

/** The stack names of shards start with this unless the file's `sharding.stackPrefix` says otherwise. */
export const DEFAULT_STACK_PREFIX = 'onboarding';

/** One repository entry of the file, with the defaults merged in. */
export interface FileEntry {
  /** Its position in the file's `repositories`. */
  readonly index: number;
  readonly connection: string;
  /** TFE's identifier (`PROJECT/slug`, `workspace/slug`). */
  readonly identifier: string;
  readonly options: RepositoryWorkspaceOptions;
}

/** One stack of a sharded file. */
export interface FileShard {
  readonly name: string;
  readonly connection: string;
  readonly project: string;
  readonly bucket: number;
  readonly buckets: number;
  /** The entries this stack onboards, in file order (with `adoptExistingWorkspace` when another stack had them). */
  readonly entries: FileEntry[];
  /** Entries this stack had before the bucket count changed and hands over now (`previousBuckets`). */
  readonly handedOver: FileEntry[];
  /** A digest of everything in the file that this stack's configuration is made of. */
  readonly fingerprint: string;
}

/** The file's entries per connection, and its shards. */
export interface FilePlan {
  readonly byConnection: Map<string, FileEntry[]>;
  readonly shards: FileShard[];
}

const PLANS = new WeakMap<OnboardingFileSpec, FilePlan>();

/**
 * Assigns each repository to its connection and merges in the defaults, then splits each connection's entries
 * into shards. Checks what the schema cannot: the connection exists, the repository is named the way its
 * flavour names repositories, nothing is listed twice, no shard holds more than `sharding.bucketSize`.
 * Computed once per parsed file.
 */
export function planOnboardingFile(file: string, spec: OnboardingFileSpec): FilePlan {
  const known = PLANS.get(spec);
  if (known) return known;
  const source = sourceOf(spec, file);
  const byConnection = groupRepositories(source, spec);
  const shards: FileShard[] = [];
  const problems: string[] = [];
  spec.connections.forEach((connection, index) => {
    try {
      shards.push(...shardConnection(source, spec, connection, index, byConnection.get(connection.name) ?? []));
    } catch (error) {
      if (!(error instanceof BitbucketTfeInputError)) throw error;
      problems.push(error.message);
    }
  });
  const names = new Map<string, string>();
  for (const shard of shards) {
    const other = names.get(shard.name);
    if (other !== undefined && other !== shard.connection) {
      problems.push(`${source.at(['sharding'])}: connections ${other} and ${shard.connection} both have a stack named ${shard.name}; give a project a shardName`);
    }
    names.set(shard.name, shard.connection);
  }
  if (problems.length > 0) throw new OnboardingFileError(source.file, problems);
  const plan = { byConnection, shards: shards.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
  PLANS.set(spec, plan);
  return plan;
}

function shardConnection(source: FileSource, spec: OnboardingFileSpec, connection: FileConnection, index: number, entries: FileEntry[]): FileShard[] {
  const serviceProvider = connection.flavor === 'cloud' ? BitbucketServiceProvider.CLOUD : BitbucketServiceProvider.DATA_CENTER;
  const stackPrefix = `${spec.sharding?.stackPrefix ?? DEFAULT_STACK_PREFIX}-${connection.name}`;
  const projects = Object.fromEntries(Object.entries(connection.projects ?? {}).map(([key, p]) => [key, { buckets: p.buckets, shardName: p.shardName }]));
  // The sharding's props in the file's terms: its projects are the connection's, the rest the file's sharding.
  const propPath = (path: ReadonlyArray<string | number>) => {
    const [head, ...rest] = path;
    if (head === 'repositories' && typeof rest[0] === 'number' && entries[rest[0]]) return source.at(['repositories', entries[rest[0]].index, ...rest.slice(1)]);
    if (head === 'bucketSize' || head === 'stackPrefix') return source.at(['sharding', ...path]);
    return source.at(['connections', index, ...path]);
  };
  const current = new RepositorySharding({ serviceProvider, stackPrefix, bucketSize: spec.sharding?.bucketSize, projects, _propPath: propPath });
  const previousProjects = Object.fromEntries(Object.entries(connection.projects ?? {})
    .map(([key, p]) => [key, { buckets: p.previousBuckets ?? p.buckets, shardName: p.shardName }]));
  const resharding = Object.values(connection.projects ?? {}).some((p) => p.previousBuckets !== undefined && p.previousBuckets !== (p.buckets ?? 1));
  const previous = resharding
    ? new RepositorySharding({ serviceProvider, stackPrefix, bucketSize: Number.MAX_SAFE_INTEGER, projects: previousProjects, _propPath: propPath })
    : current;

  const byOptions = new Map(entries.map((entry) => [entry.options, entry]));
  const shards = new Map<string, { name: string; project: string; bucket: number; buckets: number; entries: FileEntry[]; handedOver: FileEntry[] }>();
  for (const group of current.group(entries.map((e) => e.options))) {
    shards.set(group.name, { ...group, entries: group.repositories.map((options) => byOptions.get(options)!), handedOver: [] });
  }
  // A declared project keeps all its stacks, empty ones included: that is how its last repositories are removed
  // (the stack deploys with nothing in it and Terraform deletes what it had), and its stacks stay the same set.
  for (const project of Object.keys(connection.projects ?? {})) {
    const key = connection.flavor === 'data-center' && !project.startsWith('~') ? project.toUpperCase() : project;
    const buckets = current.bucketsOf(key);
    current.shardNamesOf(key).forEach((name, bucket) => {
      if (!shards.has(name)) shards.set(name, { name, project: key, bucket, buckets, entries: [], handedOver: [] });
    });
  }
  if (resharding) {
    for (const shard of [...shards.values()]) {
      shard.entries = shard.entries.map((entry) => {
        const before = previous.shardOf(entry.options.repository, entry.options.previousRepository);
        if (before === shard.name) return entry;
        const identifier = previous.shardIdentifier(entry.options.repository, entry.options.previousRepository);
        const project = identifier.split('/')[0];
        const buckets = previous.bucketsOf(project);
        const old = shards.get(before)
          ?? { name: before, project, bucket: RepositorySharding.bucketOf(identifier, buckets), buckets, entries: [], handedOver: [] };
        old.handedOver.push(entry);
        shards.set(before, old);
        // An entry that names its workspace's id is adopted by that id already.
        return entry.options.workspaceId !== undefined ? entry : { ...entry, options: { ...entry.options, adoptExistingWorkspace: true } };
      });
    }
  }
  // A project's sharding settings belong to its own shards only: declaring buckets for one project changes no other.
  const { projects: _projects, ...shared } = connection;
  const common = JSON.stringify({ tfe: spec.tfe, connection: shared });
  const settingsOf = (project: string) => JSON.stringify(Object.entries(connection.projects ?? {})
    .filter(([key]) => (connection.flavor === 'data-center' && !key.startsWith('~') ? key.toUpperCase() : key) === project));
  return [...shards.values()].map((shard) => ({
    ...shard,
    connection: connection.name,
    fingerprint: createHash('sha256').update(common).update(settingsOf(shard.project))
      .update(JSON.stringify(shard.entries.map((e) => e.options)))
      .update(JSON.stringify(shard.handedOver.map((e) => e.options))).digest('hex'),
  }));
}

/** Every repository entry per connection, defaults merged in, or the file's problems. */
function groupRepositories(source: FileSource, spec: OnboardingFileSpec): Map<string, FileEntry[]> {
  const problems: string[] = [];
  const connections = new Map(spec.connections.map((c, index) => [c.name, { connection: c, index }]));
  spec.connections.forEach((c, index) => {
    const first = spec.connections.findIndex((other) => other.name === c.name);
    if (first !== index) {
      problems.push(`${source.at(['connections', index, 'name'])}: "${c.name}" is also the name of ${source.ref(['connections', first])}; names must be unique`);
    }
  });
  const grouped = new Map<string, FileEntry[]>();
  const seen = new Map<string, number>();
  const defaults = spec.defaults ?? {};
  spec.repositories.forEach((entry: FileRepository, index) => {
    const at = (key: string) => source.at(['repositories', index, key]);
    const name = entry.connection ?? (spec.connections.length === 1 ? spec.connections[0].name : undefined);
    if (name === undefined) {
      problems.push(`${at('connection')}: is required when the file has several connections (${[...connections.keys()].join(', ')})`);
      return;
    }
    const target = connections.get(name);
    if (!target) {
      problems.push(`${at('connection')}: "${name}" is not a connection of this file; known: ${[...connections.keys()].join(', ')}`);
      return;
    }
    let identifier: string;
    try {
      const parse = target.connection.flavor === 'data-center' ? parseDataCenterRepository : parseCloudRepository;
      identifier = parse(at('repository'), entry.repository).identifier;
      if (entry.previousRepository !== undefined) parse(at('previousRepository'), entry.previousRepository);
    } catch (error) {
      if (!(error instanceof BitbucketTfeInputError)) throw error;
      problems.push(error.message);
      return;
    }
    const key = `${name} ${identifier}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(`${at('repository')}: "${entry.repository}" repeats ${source.ref(['repositories', first])} (${identifier}); list each repository once`);
      return;
    }
    seen.set(key, index);
    const options: RepositoryWorkspaceOptions = {
      repository: entry.repository,
      workspaceName: entry.workspaceName,
      workspaceId: entry.workspaceId,
      description: entry.description,
      tfeProjectId: entry.project ?? defaults.project,
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
    const list = grouped.get(name) ?? [];
    list.push({ index, connection: name, identifier, options });
    grouped.set(name, list);
  });
  if (problems.length > 0) throw new OnboardingFileError(source.file, problems);
  return grouped;
}
