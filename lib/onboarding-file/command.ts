import { basename, extname } from 'node:path';
import { OnboardingFileError, OnboardingFileSpec, parseOnboardingFile } from './load';
import { FileShard, planOnboardingFile } from './shards';

/** What the onboarding-file commands touch outside themselves. */
export interface FileCommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  /** Throws with `code: 'ENOENT'` for a missing file. */
  readFile(path: string): string;
}

export interface ShardsFlags {
  /** The onboarding file of an earlier revision (e.g. the main branch's): list only the shards that differ from it. */
  readonly since?: string;
  readonly json?: boolean;
}

/** Exit statuses: the file is valid; it is not (or a shard would be left behind); the command cannot run. */
export const FILE_OK = 0;
export const FILE_PROBLEMS = 1;
export const FILE_USAGE = 2;

class FileUsageError extends Error {}

function read(io: FileCommandIo, path: string, what: string): { spec: OnboardingFileSpec; shards: FileShard[] } {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new FileUsageError(`${what} ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const name = basename(path);
  const spec = parseOnboardingFile(name, text, extname(path).toLowerCase() === '.json' ? 'json' : 'yaml');
  return { spec, shards: planOnboardingFile(name, spec).shards };
}

/**
 * `bitbucket-tfe validate FILE`: the file is read, checked against its schema and split into shards as synth
 * would (connections exist, repositories are named their flavour's way and listed once, no shard over the bucket
 * size). What only the constructs judge (a working directory outside the repository, a workspace name TFE
 * refuses, ...) is checked by synth.
 */
export function runValidateCommand(path: string, io: FileCommandIo): number {
  try {
    const { spec, shards } = read(io, path, 'the onboarding file');
    const largest = shards.reduce((max, s) => Math.max(max, s.entries.length), 0);
    io.stdout.write(`${basename(path)}: valid; ${spec.repositories.length} repositories, ${spec.connections.length} connection${spec.connections.length === 1 ? '' : 's'}, `
      + `${shards.length} shard${shards.length === 1 ? '' : 's'} (the largest has ${largest})\n`);
    return FILE_OK;
  } catch (error) {
    return report(error, io);
  }
}

/**
 * `bitbucket-tfe shards FILE [--since BASE]`: the stack names of the file's shards, one a line. With `--since`,
 * only the shards whose configuration differs from BASE's (new ones included), which is what a pipeline plans
 * and deploys. A shard that BASE had and FILE no longer has is reported on standard error; when it still
 * onboarded repositories that were not off-boarded, nothing would remove them (the stack is gone, its state
 * stays), so the command fails and says what to do.
 */
export function runShardsCommand(path: string, flags: ShardsFlags, io: FileCommandIo): number {
  try {
    const head = read(io, path, 'the onboarding file');
    const flavors = new Map(head.spec.connections.map((c) => [c.name, c.flavor]));
    const shardJson = (s: FileShard) => ({
      name: s.name, connection: s.connection, flavor: flavors.get(s.connection), project: s.project, bucket: s.bucket, buckets: s.buckets, repositories: s.entries.length,
    });
    if (flags.since === undefined) {
      io.stdout.write(flags.json ? `${JSON.stringify({ shards: head.shards.map(shardJson) })}\n` : head.shards.map((s) => `${s.name}\n`).join(''));
      return FILE_OK;
    }
    let base: FileShard[];
    try {
      base = read(io, flags.since, '--since').shards;
    } catch (error) {
      if (error instanceof OnboardingFileError) throw new FileUsageError(`cannot compare with --since ${flags.since}: ${error.message}`);
      throw error;
    }
    const before = new Map(base.map((s) => [s.name, s]));
    const after = new Set(head.shards.map((s) => s.name));
    const changed = head.shards.filter((s) => before.get(s.name)?.fingerprint !== s.fingerprint);
    const removed = base.filter((s) => !after.has(s.name));
    // Entries that the base revision still managed: off-boarded ones were forgotten when it was deployed.
    const stranded = removed.map((s) => ({ name: s.name, project: s.project, live: s.entries.filter((e) => !e.options.offboard).map((e) => e.identifier) }))
      .filter((s) => s.live.length > 0);
    if (flags.json) {
      io.stdout.write(`${JSON.stringify({
        shards: head.shards.map(shardJson),
        changed: changed.map((s) => s.name),
        added: changed.filter((s) => !before.has(s.name)).map((s) => s.name),
        removed: removed.map((s) => s.name),
        stranded,
      })}\n`);
    } else {
      io.stdout.write(changed.map((s) => `${s.name}\n`).join(''));
    }
    for (const s of removed.filter((r) => !stranded.some((x) => x.name === r.name))) {
      io.stderr.write(`bitbucket-tfe shards: ${s.name} is no longer in ${basename(path)}; its repositories were off-boarded, so its state holds nothing to remove\n`);
    }
    for (const s of stranded) {
      io.stderr.write(`bitbucket-tfe shards: ${s.name} is no longer in ${basename(path)}, but it still onboards ${s.live.length} repositor${s.live.length === 1 ? 'y' : 'ies'} `
        + `(${s.live.slice(0, 5).join(', ')}${s.live.length > 5 ? ', ...' : ''}) that nothing would remove: its stack is gone and its state stays. `
        + `Fix: declare the project under its connection's projects (e.g. ${s.project}: {}), which keeps its stack while it is empty, so the deploy `
        + 'removes what it had; or set offboard: true on those entries and deploy before removing them.\n');
    }
    return stranded.length > 0 ? FILE_PROBLEMS : FILE_OK;
  } catch (error) {
    return report(error, io);
  }
}

function report(error: unknown, io: FileCommandIo): number {
  if (error instanceof FileUsageError) {
    io.stderr.write(`bitbucket-tfe: ${error.message}\n`);
    return FILE_USAGE;
  }
  if (error instanceof OnboardingFileError) {
    io.stderr.write(`${error.message}\n`);
    return FILE_PROBLEMS;
  }
  throw error;
}
