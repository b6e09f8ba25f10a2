import * as fs from 'node:fs';
import { DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUT_MS, redactorFor, runDoctor } from './doctor';
// Type-only: discover and the onboarding file's shards plan with RepositorySharding, which loads cdktf (its
// validators let tokens pass), about 140 ms of start-up that explain and the doctor itself never need; they are
// loaded when a command needs them.
import type * as Discover from './discover';
import type * as Shards from '../onboarding-file/shards';
import { BITBUCKET_CLOUD_API_URL, parseCloudRepository } from '../domain/bitbucket-cloud';
import { parseDataCenterRepository } from '../domain/bitbucket-data-center';
import { defaultWorkspaceName, HCP_TERRAFORM_HOSTNAME } from '../domain/tfe';
import { UsageError } from './errors';
import { explain, unreadableLog } from './explain';
import { renderExplainJson, renderExplainText } from './explain/report';
import { Redactor } from './redact';
import { renderDoctorJson, renderDoctorText } from './report';
import { styleFor } from './style';
import { BitbucketFlavor, DoctorOptions, OnboardedWorkspace, RepositoryRef } from './types';
import { parseBaseUrl } from './urls';
import { FileRepository, OnboardingFileError, OnboardingFileSpec, parseOnboardingFile } from '../onboarding-file/load';
import { basename, extname } from 'node:path';

/** The flags of `bitbucket-tfe doctor`, as the argument parser hands them over. */
export interface DoctorFlags {
  readonly flavor: string;
  readonly bitbucketUrl?: string;
  readonly bitbucketApiUrl?: string;
  readonly project?: string;
  readonly workspace?: string;
  readonly repo: string[];
  readonly reposFile?: string;
  readonly onboardingFile?: string;
  readonly connection?: string;
  readonly tfeHostname?: string;
  readonly tfeAddress?: string;
  readonly tfeOrganization?: string;
  readonly oauthClientId?: string;
  readonly privateKeyFile?: string;
  readonly json?: boolean;
  readonly concurrency?: string;
  readonly timeout?: string;
  readonly deadline?: string;
  readonly serviceAccount?: string;
  readonly beforeDeploy?: boolean;
  /** With --onboarding-file: check only these shards' repositories (stack names, as `bitbucket-tfe shards` prints them). */
  readonly shard?: string[];
  readonly allowInsecureHttp?: boolean;
  /** From --onboarding-file: the OAuth client's name, looked up as the tfe provider does. */
  readonly oauthClientName?: string;
  /** From --onboarding-file: owners (projects) whose repositories the deploy does not grant. */
  readonly notGrantedOwners?: string[];
  /** From --onboarding-file: the workspaces the deploy creates or adopts. */
  readonly workspaces?: OnboardedWorkspace[];
}

export interface ExplainFlags {
  readonly json?: boolean;
}

/** The flags of `bitbucket-tfe discover`. */
export interface DiscoverFlags {
  readonly tfeHostname?: string;
  readonly tfeAddress?: string;
  readonly organization?: string;
  readonly oauthClientName?: string;
  readonly oauthClientId?: string;
  readonly bitbucketUrl?: string;
  readonly serviceAccount?: string;
  readonly workspace?: string;
  readonly connection?: string;
  readonly output?: string;
  readonly force?: boolean;
  readonly json?: boolean;
  readonly timeout?: string;
  readonly deadline?: string;
  readonly allowInsecureHttp?: boolean;
}

interface OutputStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Everything the commands touch outside themselves, so tests can run them in-process. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdinIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  readFile(path: string): string;
  readStdin(): Promise<string>;
  /** Writes a file (discover --output). @default fs.writeFileSync */
  writeFile?(path: string, text: string): void;
  /** Whether a path exists (discover does not overwrite a file unless told to). @default fs.existsSync */
  exists?(path: string): boolean;
  /** Progress lines when stderr is not a terminal come this often. @default 10000 */
  readonly progressIntervalMs?: number;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

const MAX_CONCURRENCY = 64;
/** More repositories than this get a progress indicator (on a terminal). */
const PROGRESS_THRESHOLD = 3;

/** `bitbucket-tfe doctor`: exit 0 when no check failed, 1 when one did, 2 when the command cannot run. */
export async function runDoctorCommand(flags: DoctorFlags, io: CliIo): Promise<number> {
  // Built from the environment first, so that even a failure while reading the options is redacted.
  let redactor = redactorFromEnv(io.env);
  let stopProgress = () => undefined as void;
  try {
    // `--repos-file -` reads the list from standard input, which can be read only once and only asynchronously.
    const stdin = flags.reposFile === '-' ? await io.readStdin() : undefined;
    const options = resolveDoctorOptions(flags, { env: io.env, readFile: (path) => (path === '-' && stdin !== undefined ? stdin : io.readFile(path)) });
    redactor = redactorFor(options);
    const progress = progressReporter(io, options.repositories.length);
    stopProgress = progress.stop;
    const doctor = await runDoctor({ ...options, onProgress: progress.update });
    progress.stop();
    io.stdout.write(redactor.redact(flags.json ? renderDoctorJson(doctor) : renderDoctorText(doctor, styleFor(io.stdout, io.env))));
    return doctor.ok ? EXIT_OK : EXIT_PROBLEMS;
  } catch (err) {
    stopProgress();
    return reportError(err, 'doctor', redactor, io);
  }
}

/**
 * On a terminal, a live counter redrawn in place for more than a few repositories. Elsewhere (CI logs), one line
 * at a steady interval, so a long run shows it is alive without flooding the log; a short run prints nothing.
 */
function progressReporter(io: CliIo, total: number): { update: (done: number, total: number) => void; stop: () => void } {
  if (io.stderr.isTTY === true) {
    if (total <= PROGRESS_THRESHOLD) {
      return { update: () => undefined, stop: () => undefined };
    }
    let drawn = false;
    return {
      update: (done, all) => {
        drawn = true;
        io.stderr.write(`\r\u001b[Kchecking repositories: ${done}/${all}`);
      },
      stop: () => {
        if (drawn) {
          drawn = false;
          io.stderr.write('\r\u001b[K');
        }
      },
    };
  }
  const started = Date.now();
  let done = 0;
  const timer = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    io.stderr.write(`bitbucket-tfe doctor: ${done}/${total} repositories checked, ${seconds} s elapsed\n`);
  }, io.progressIntervalMs ?? 10_000);
  timer.unref();
  return {
    update: (count) => {
      done = count;
    },
    stop: () => clearInterval(timer),
  };
}

/** `bitbucket-tfe explain [FILE|-]`: exit 0 when every error-looking entry was explained, 1 otherwise, 2 on usage errors. */
export async function runExplainCommand(file: string | undefined, flags: ExplainFlags, io: CliIo): Promise<number> {
  const redactor = redactorFromEnv(io.env);
  try {
    let text: string;
    if (file === undefined || file === '-') {
      if (file === undefined && io.stdinIsTTY) {
        throw new UsageError('give a log file, or pipe the log in: `bitbucket-tfe explain tfe.log` or `docker logs tfe 2>&1 | bitbucket-tfe explain -`');
      }
      text = await io.readStdin();
    } else {
      text = readInputFile(io, file, 'log file');
    }
    const unreadable = unreadableLog(text);
    if (unreadable) {
      throw new UsageError(unreadable);
    }
    const result = explain(text);
    io.stdout.write(redactor.redact(flags.json ? renderExplainJson(result) : renderExplainText(result, styleFor(io.stdout, io.env))));
    return result.ok ? EXIT_OK : EXIT_PROBLEMS;
  } catch (err) {
    return reportError(err, 'explain', redactor, io);
  }
}

/**
 * `bitbucket-tfe discover`: exit 0 when the onboarding file was written, 1 when TFE's answers did not allow it
 * (nothing is written then), 2 when the command cannot run.
 */
export async function runDiscoverCommand(flags: DiscoverFlags, io: CliIo): Promise<number> {
  const redactor = redactorFromEnv(io.env);
  try {
    const options = resolveDiscoverOptions(flags, io.env);
    const exists = io.exists ?? fs.existsSync;
    if (flags.output && exists(flags.output) && !flags.force) {
      throw new UsageError(`${flags.output} exists: discover does not overwrite a file that may have been reviewed; remove it, choose another --output, or pass --force`);
    }
    const { discover, DiscoverError } = require('./discover') as typeof Discover;
    let result: Discover.DiscoverResult;
    try {
      result = await discover(options);
    } catch (err) {
      if (!(err instanceof DiscoverError)) throw err;
      if (flags.json) {
        io.stdout.write(redactor.redact(`${JSON.stringify({ ok: false, error: { message: err.message, fix: err.fix } }, null, 2)}\n`));
      } else {
        io.stderr.write(redactor.redact(`bitbucket-tfe discover: ${err.message}\nFix: ${err.fix}\nNo file was written.\n`));
      }
      return EXIT_PROBLEMS;
    }
    if (flags.output) {
      (io.writeFile ?? ((path: string, text: string) => fs.writeFileSync(path, text)))(flags.output, result.yaml);
    }
    if (flags.json) {
      const report = {
        ok: true,
        organization: result.organization,
        oauthClient: result.oauthClient,
        workspaces: result.workspaceCount,
        adopted: result.adopted,
        notAdopted: result.notAdopted,
        output: flags.output ?? null,
        file: result.file,
      };
      io.stdout.write(redactor.redact(`${JSON.stringify(report, null, 2)}\n`));
    } else {
      if (!flags.output) io.stdout.write(result.yaml);
      const summary = `${result.adopted.length} of ${result.workspaceCount} workspaces of ${result.organization} adopted through OAuth client ${result.oauthClient.id}` +
        `${result.notAdopted.length > 0 ? `; ${result.notAdopted.length} not adopted (listed at the end of the file)` : ''}` +
        `${flags.output ? `; wrote ${flags.output}` : ''}. Review it, then deploy: the plan shows each adopted workspace "will be imported".`;
      io.stderr.write(redactor.redact(`bitbucket-tfe discover: ${summary}\n`));
    }
    return EXIT_OK;
  } catch (err) {
    return reportError(err, 'discover', redactor, io);
  }
}

/** Turns discover's flags and the environment into DiscoverOptions, or throws UsageError saying what to change. */
export function resolveDiscoverOptions(flags: DiscoverFlags, env: NodeJS.ProcessEnv): Discover.DiscoverOptions {
  const address = resolveTfeAddress({ tfeHostname: flags.tfeHostname, tfeAddress: flags.tfeAddress });
  if (!address) throw new UsageError('give --tfe-hostname (e.g. tfe.example.com or app.terraform.io)');
  if (!flags.organization) throw new UsageError('give --organization, the TFE organization whose workspaces to adopt');
  const token = env.TFE_TOKEN && env.TFE_TOKEN.length > 0 ? env.TFE_TOKEN : undefined;
  if (!token) throw new UsageError('set TFE_TOKEN in the environment (a TFE user or team API token that may read the organization\'s VCS providers and workspaces)');
  if (flags.bitbucketUrl) parseBaseUrl(flags.bitbucketUrl, '--bitbucket-url');
  return {
    tfe: { address, token, organization: flags.organization, hostname: flags.tfeHostname ?? new URL(address).host },
    oauthClientId: flags.oauthClientId,
    oauthClientName: flags.oauthClientName,
    bitbucketUrl: flags.bitbucketUrl,
    serviceAccount: flags.serviceAccount,
    bitbucketWorkspace: flags.workspace,
    connectionName: flags.connection,
    timeoutMs: parseTimeout(flags.timeout),
    deadlineMs: parseDeadline(flags.deadline),
    allowInsecureHttp: flags.allowInsecureHttp === true,
    env,
  };
}

/** Turns the doctor's flags and the environment into DoctorOptions, or throws UsageError saying what to change. */
export function resolveDoctorOptions(given: DoctorFlags, io: Pick<CliIo, 'env' | 'readFile'>): DoctorOptions {
  const flags = given.onboardingFile ? flagsFromOnboardingFile(given, io) : given;
  if (!given.onboardingFile && given.connection) {
    throw new UsageError('--connection names a connection of --onboarding-file; give the file too');
  }
  if (!given.onboardingFile && (given.shard ?? []).length > 0) {
    throw new UsageError('--shard names a shard of --onboarding-file; give the file too');
  }
  if (!given.onboardingFile && given.beforeDeploy) {
    throw new UsageError('--before-deploy needs --onboarding-file: the file says which repositories the deploy grants');
  }
  const flavor = flags.flavor as BitbucketFlavor;
  if (flavor !== 'data-center' && flavor !== 'cloud') {
    throw new UsageError(`--flavor must be data-center or cloud, got ${JSON.stringify(flags.flavor)}`);
  }
  if (flavor === 'cloud') {
    if (flags.bitbucketUrl) {
      throw new UsageError(`--bitbucket-url is for Bitbucket Data Center; with --flavor cloud leave it out (the API is ${BITBUCKET_CLOUD_API_URL})`);
    }
    if (flags.project) {
      throw new UsageError('--project is for Bitbucket Data Center; with --flavor cloud use --workspace');
    }
  } else {
    if (!flags.bitbucketUrl) {
      throw new UsageError('give --bitbucket-url (the Data Center base URL including any context path, e.g. https://bitbucket.example.com/bitbucket), or --flavor cloud');
    }
    if (flags.workspace) {
      throw new UsageError('--workspace is for Bitbucket Cloud; for Data Center use --project');
    }
    if (flags.bitbucketApiUrl) {
      throw new UsageError('--bitbucket-api-url is for Bitbucket Cloud; for Data Center use --bitbucket-url');
    }
  }
  const bitbucketUrl = flavor === 'cloud' ? flags.bitbucketApiUrl : flags.bitbucketUrl;
  if (bitbucketUrl) {
    parseBaseUrl(bitbucketUrl, flavor === 'cloud' ? '--bitbucket-api-url' : '--bitbucket-url');
  }

  const env = io.env;
  const value = (name: string) => (env[name] && env[name]!.length > 0 ? env[name] : undefined);
  const tfeToken = value('TFE_TOKEN');
  const tfeAddress = resolveTfeAddress(flags);
  if (!tfeAddress && (flags.tfeOrganization || flags.oauthClientId)) {
    throw new UsageError('--tfe-organization and --oauth-client-id need --tfe-hostname');
  }
  if (tfeAddress && !tfeToken) {
    throw new UsageError('set TFE_TOKEN in the environment (a TFE user or team API token) to check the TFE side');
  }
  if (tfeAddress && !flags.tfeOrganization && !flags.oauthClientId) {
    throw new UsageError('give --tfe-organization (to find its Bitbucket OAuth client) or --oauth-client-id');
  }

  return {
    flavor,
    bitbucketUrl,
    repositories: resolveRepositories(flags, flavor, io),
    credentials: { username: value('BITBUCKET_USERNAME'), token: value('BITBUCKET_TOKEN'), password: value('BITBUCKET_PASSWORD') },
    tfe: tfeAddress
      ? { address: tfeAddress, token: tfeToken!, organization: flags.tfeOrganization, oauthClientId: flags.oauthClientId, oauthClientName: flags.oauthClientId ? undefined : flags.oauthClientName }
      : undefined,
    privateKeyPem: flags.privateKeyFile ? readInputFile(io, flags.privateKeyFile, '--private-key-file') : undefined,
    workspaces: tfeAddress ? flags.workspaces : undefined,
    concurrency: parseConcurrency(flags.concurrency),
    timeoutMs: parseTimeout(flags.timeout),
    deadlineMs: parseDeadline(flags.deadline),
    serviceAccount: flags.serviceAccount,
    beforeDeploy: flags.beforeDeploy === true,
    allowInsecureHttp: flags.allowInsecureHttp === true,
    env,
  };
}

/**
 * The doctor's flags for one connection of an onboarding file: its flavour, Bitbucket URL and repositories, and
 * the file's TFE host and organization (explicit --tfe-* flags win). The pipeline gate checks exactly what the
 * deploy will onboard.
 */
export function flagsFromOnboardingFile(flags: DoctorFlags, io: Pick<CliIo, 'readFile'>): DoctorFlags {
  const path = flags.onboardingFile!;
  for (const [flag, given] of [['--bitbucket-url', flags.bitbucketUrl], ['--project', flags.project], ['--workspace', flags.workspace],
    ['--repos-file', flags.reposFile], ['--repo', flags.repo.length > 0 ? 'x' : undefined]] as const) {
    if (given !== undefined) throw new UsageError(`${flag} comes from --onboarding-file ${path}; leave it out`);
  }
  let spec;
  try {
    spec = parseOnboardingFile(basename(path), readInputFile(io, path, '--onboarding-file'), extname(path).toLowerCase() === '.json' ? 'json' : 'yaml');
  } catch (error) {
    if (error instanceof OnboardingFileError) throw new UsageError(error.message);
    throw error;
  }
  const names = spec.connections.map((c) => c.name);
  const shards = selectedShards(path, spec, flags.shard ?? []);
  const shardConnections = [...new Set(shards?.map((s) => s.connection) ?? [])];
  if (shardConnections.length > 1) {
    throw new UsageError(`--shard names shards of several connections (${shardConnections.join(', ')}); check one connection per run`);
  }
  const name = flags.connection ?? shardConnections[0] ?? (names.length === 1 ? names[0] : undefined);
  if (name === undefined) {
    throw new UsageError(`${path} has several connections (${names.join(', ')}): choose one with --connection`);
  }
  const connection = spec.connections.find((c) => c.name === name);
  if (!connection) {
    throw new UsageError(`--connection ${name} is not in ${path}; its connections are ${names.join(', ')}`);
  }
  if (shardConnections.length === 1 && shardConnections[0] !== name) {
    throw new UsageError(`--shard ${shards![0].name} is a shard of connection ${shardConnections[0]}, not of --connection ${name}`);
  }
  // With --shard, exactly the repositories those shards' stacks onboard.
  const inShards = shards ? new Set(shards.flatMap((s) => s.entries.map((e) => e.options.repository))) : undefined;
  if (shards && inShards!.size === 0) {
    throw new UsageError(`--shard ${shards.map((s) => s.name).join(', ')}: no repository to check (the shards are empty)`);
  }
  const entries = spec.repositories
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => (entry.connection ?? (names.length === 1 ? names[0] : undefined)) === name)
    .filter(({ entry }) => inShards === undefined || inShards.has(entry.repository));
  const repositories = entries.map(({ entry }) => entry.repository);
  const identifier = (repository: string) => {
    try {
      return connection.flavor === 'data-center' ? parseDataCenterRepository('repository', repository).identifier : parseCloudRepository('repository', repository).identifier;
    } catch {
      // The deploy refuses it with its own message; the doctor checks the name it would have.
      return repository;
    }
  };
  // The names the deploy gives the workspaces (a renamed repository keeps its old name), by the constructs' rule.
  const workspaces = entries
    .filter(({ entry }) => !entry.offboard)
    .map(({ entry, index }: { entry: FileRepository; index: number }): OnboardedWorkspace => ({
      entry: `repositories[${index}]`,
      repository: identifier(entry.repository),
      name: entry.workspaceName ?? defaultWorkspaceName(identifier(entry.previousRepository ?? entry.repository)),
      ...(entry.workspaceId ? { id: entry.workspaceId } : {}),
    }));
  return {
    ...flags,
    flavor: connection.flavor,
    bitbucketUrl: connection.flavor === 'data-center' ? connection.bitbucketUrl : undefined,
    repo: repositories,
    tfeHostname: flags.tfeAddress ? flags.tfeHostname : flags.tfeHostname ?? spec.tfe.hostname ?? HCP_TERRAFORM_HOSTNAME,
    tfeOrganization: flags.tfeOrganization ?? spec.tfe.organization,
    oauthClientId: flags.oauthClientId ?? connection.oauthClient.id,
    // The deploy finds the client by this name (OAuthClientLookup): check the same lookup.
    oauthClientName: connection.oauthClient.id ? undefined : connection.oauthClient.name,
    serviceAccount: flags.serviceAccount ?? (connection.flavor === 'data-center' ? connection.serviceAccount : connection.serviceAccountUuid),
    notGrantedOwners: connection.flavor === 'data-center' ? (connection.alreadyAdministeredProjects ?? []).map((key) => key.toUpperCase()) : [],
    workspaces,
  };
}

/** The shards --shard names, or undefined without --shard; unknown names are a usage error. */
function selectedShards(path: string, spec: OnboardingFileSpec, names: string[]): Shards.FileShard[] | undefined {
  if (names.length === 0) return undefined;
  const { planOnboardingFile } = require('../onboarding-file/shards') as typeof Shards;
  let shards: Shards.FileShard[];
  try {
    shards = planOnboardingFile(basename(path), spec).shards;
  } catch (error) {
    if (error instanceof OnboardingFileError) throw new UsageError(error.message);
    throw error;
  }
  return [...new Set(names)].map((n) => {
    const shard = shards.find((s) => s.name === n);
    if (!shard) throw new UsageError(`--shard ${n} is not a shard of ${path}; its shards are ${shards.map((s) => s.name).join(', ')}`);
    return shard;
  });
}

function resolveTfeAddress(flags: Pick<DoctorFlags, 'tfeHostname' | 'tfeAddress'>): string | undefined {
  if (flags.tfeHostname && flags.tfeAddress) {
    throw new UsageError('give either --tfe-hostname or --tfe-address, not both');
  }
  if (flags.tfeAddress) {
    return parseBaseUrl(flags.tfeAddress, '--tfe-address').toString();
  }
  if (flags.tfeHostname) {
    if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(flags.tfeHostname)) {
      throw new UsageError(
        `--tfe-hostname expects a host name such as tfe.example.com (optionally :port), got ${JSON.stringify(flags.tfeHostname)}; for a full URL use --tfe-address`,
      );
    }
    return `https://${flags.tfeHostname}`;
  }
  return undefined;
}

function resolveRepositories(flags: DoctorFlags, flavor: BitbucketFlavor, io: Pick<CliIo, 'readFile'>): RepositoryRef[] {
  const ownerFlag = flavor === 'cloud' ? '--workspace' : '--project';
  const owner = flavor === 'cloud' ? flags.workspace : flags.project;
  const form = flavor === 'cloud' ? 'workspace/slug' : 'PROJECT/slug';
  const repositories: RepositoryRef[] = [];
  for (const repo of flags.repo) {
    if (repo.includes('/')) {
      repositories.push(splitRepository(repo, `--repo ${repo}`, form));
    } else if (owner) {
      repositories.push(checked({ owner, slug: repo }, `--repo ${repo}`, form));
    } else {
      throw new UsageError(`--repo ${repo} needs ${ownerFlag}, or give it as ${form}`);
    }
  }
  if (flags.reposFile) {
    const lines = readInputFile(io, flags.reposFile, flags.reposFile === '-' ? '--repos-file (standard input)' : '--repos-file').split(/\r?\n/);
    lines.forEach((raw, index) => {
      const line = raw.replace(/#.*$/, '').trim();
      if (line) {
        repositories.push(splitRepository(line, `${flags.reposFile} line ${index + 1}`, form));
      }
    });
  }
  const seen = new Set<string>();
  const notGranted = new Set(flags.notGrantedOwners ?? []);
  return repositories
    .filter((r) => {
      const key = `${r.owner}/${r.slug}`.toLowerCase();
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((r) => (flags.onboardingFile ? { ...r, grantedByDeploy: !notGranted.has(r.owner.toUpperCase()) } : r));
}

function splitRepository(text: string, where: string, form: string): RepositoryRef {
  const parts = text.split('/');
  if (parts.length !== 2) {
    throw new UsageError(`${where}: expected ${form}, got ${JSON.stringify(text)}`);
  }
  return checked({ owner: parts[0], slug: parts[1] }, where, form);
}

function checked(repo: RepositoryRef, where: string, form: string): RepositoryRef {
  if (!repo.owner || !repo.slug || /\s/.test(repo.owner + repo.slug)) {
    throw new UsageError(`${where}: expected ${form}, got ${JSON.stringify(`${repo.owner}/${repo.slug}`)}`);
  }
  return repo;
}

function parseConcurrency(text: string | undefined): number {
  if (text === undefined) {
    return DEFAULT_CONCURRENCY;
  }
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
    throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, got ${JSON.stringify(text)}`);
  }
  return n;
}

function parseTimeout(text: string | undefined): number {
  if (text === undefined) {
    return DEFAULT_TIMEOUT_MS;
  }
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new UsageError(`--timeout must be a number of seconds above 0 and at most 600, got ${JSON.stringify(text)}`);
  }
  return Math.round(seconds * 1000);
}

function parseDeadline(text: string | undefined): number {
  if (text === undefined) {
    return DEFAULT_DEADLINE_MS;
  }
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
    throw new UsageError(`--deadline must be a number of seconds above 0 and at most 86400, got ${JSON.stringify(text)}`);
  }
  return Math.round(seconds * 1000);
}

function readInputFile(io: Pick<CliIo, 'readFile'>, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new UsageError(`cannot read ${what} ${path}: ${reason}`);
  }
}

/** A redactor for the secrets in the environment, for messages written before the options are known. */
export function redactorFromEnv(env: NodeJS.ProcessEnv): Redactor {
  return redactorFor({
    credentials: { username: env.BITBUCKET_USERNAME, token: env.BITBUCKET_TOKEN, password: env.BITBUCKET_PASSWORD },
    tfe: env.TFE_TOKEN ? { address: 'https://tfe.invalid', token: env.TFE_TOKEN } : undefined,
  });
}

/**
 * Usage errors get their message and a pointer to --help; anything else is unexpected and is reported
 * with its message only. Both are redacted and both exit 2: the command could not do its job.
 */
function reportError(err: unknown, command: string, redactor: Redactor, io: CliIo): number {
  if (err instanceof UsageError) {
    io.stderr.write(redactor.redact(`error: ${err.message}\nRun \`bitbucket-tfe ${command} --help\` for usage.\n`));
  } else {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(redactor.redact(`bitbucket-tfe ${command}: unexpected error: ${message}\n`));
  }
  return EXIT_USAGE;
}
