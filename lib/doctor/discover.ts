/*
 * `bitbucket-tfe discover`: reads a live TFE organization and writes the onboarding file that adopts every
 * workspace it links through one Bitbucket OAuth client, each entry with the workspace's id so that the first
 * deploy imports the workspace instead of creating it (which TFE would refuse: the name is taken).
 *
 * It reads TFE the way the doctor does (trust.ts): the token goes to the configured origin only, the run has a
 * deadline, every body must have the shape TFE's API documents, a list counts only when every page was read and
 * the pages add up to TFE's own count, and secrets are redacted from everything shown.
 */
import type * as Sharding from '../onboarding/sharding';
import type * as Yaml from 'yaml';
import { normaliseCloudUuid, parseCloudRepository } from '../domain/bitbucket-cloud';
import { checkDataCenterUserName, parseDataCenterRepository } from '../domain/bitbucket-data-center';
import { BitbucketTfeInputError } from '../domain/errors';
import {
  BitbucketServiceProvider, checkOrganizationName, DATA_CENTER_SERVICE_PROVIDERS, defaultWorkspaceName, DEPRECATED_BITBUCKET_SERVER, OAUTH_CLIENT_ID,
  WORKSPACE_NAME,
} from '../domain/tfe';
import { FileCloudConnection, FileDataCenterConnection, FileRepository, OnboardingFileSpec, parseOnboardingFile } from '../onboarding-file/load';
import { CONNECTION_NAME } from '../onboarding-file/schema';
import { OAuthClient, toClient } from './checks/tfe-oauth-client';
import { UsageError } from './errors';
import { HttpClient, RetryOptions } from './http';
import { Redactor } from './redact';
import { safeText } from './sanitize';
import { judge, SchemaName, serverMessage } from './trust';
import { isLoopbackHost, joinUrl, normalizeUrl, parseBaseUrl, segment } from './urls';

/** TFE's largest page: the fewest requests for a large organization. */
export const DISCOVER_PAGE_SIZE = 100;
/** 100 000 workspaces; a longer list is reported, never cut. */
export const MAX_WORKSPACE_PAGES = 1000;
/** OAuth clients of an organization: a few, rarely more than one page. */
const MAX_CLIENT_PAGES = 20;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_DEADLINE_MS = 300_000;

export interface DiscoverOptions {
  /** The TFE organization to read, and how to reach it. */
  readonly tfe: {
    /** Base address, e.g. https://tfe.example.com. */
    readonly address: string;
    readonly token: string;
    readonly organization: string;
    /** Written as the file's `tfe.hostname`. @default - the host (and port) of `address` */
    readonly hostname?: string;
  };
  /** The OAuth client whose workspaces are adopted, by id (`oc-...`). Give this or `oauthClientName`. */
  readonly oauthClientId?: string;
  /** The OAuth client by its name in TFE (Settings > Version control > Providers). */
  readonly oauthClientName?: string;
  /** Data Center: the https URL with its context path. @default - the OAuth client's `http-url` */
  readonly bitbucketUrl?: string;
  /**
   * The service account: Data Center login name, Cloud account `{uuid}` (required for Cloud).
   * @default - Data Center: the Bitbucket user who authorized the client's OAuth token
   */
  readonly serviceAccount?: string;
  /** Cloud: the workspace that owns the OAuth consumer. @default - the one workspace every adopted repository is in */
  readonly bitbucketWorkspace?: string;
  /** The connection's name in the file. @default 'datacenter' or 'cloud' */
  readonly connectionName?: string;
  /** Time allowed for each request attempt, in milliseconds. @default 30000 */
  readonly timeoutMs?: number;
  /** Time allowed for the whole run, in milliseconds. @default 300000 */
  readonly deadlineMs?: number;
  readonly retry?: RetryOptions;
  /** Send the token over plain HTTP to a host off this machine. @default false */
  readonly allowInsecureHttp?: boolean;
  /** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** More certificate authorities to trust (PEM), besides Node's own and NODE_EXTRA_CA_CERTS. */
  readonly ca?: string;
}

/** A workspace the file adopts. */
export interface AdoptedWorkspace {
  readonly id: string;
  readonly name: string;
  readonly repository: string;
  /** Live settings the file cannot express, which the first deploy changes (in place). */
  readonly changes: string[];
}

/** A workspace of the organization the file does not adopt, and why. */
export interface SkippedWorkspace {
  readonly id: string;
  readonly name: string;
  /** The repository it is linked to, if any. */
  readonly repository?: string;
  readonly reason: string;
}

export interface DiscoverResult {
  readonly organization: string;
  readonly oauthClient: { readonly id: string; readonly name?: string; readonly serviceProvider: string };
  /** Workspaces the organization holds, as TFE counted them. */
  readonly workspaceCount: number;
  readonly adopted: AdoptedWorkspace[];
  readonly notAdopted: SkippedWorkspace[];
  /** The onboarding file, valid against schemas/onboarding-file.schema.json. */
  readonly file: OnboardingFileSpec;
  /** The same file as YAML, with what a reviewer should know in comments. */
  readonly yaml: string;
}

/** TFE answered, but not with what discovery needs: the message says what was seen, the fix what to do. */
export class DiscoverError extends Error {
  constructor(message: string, readonly fix: string) {
    super(message);
    this.name = 'DiscoverError';
  }
}

interface Workspace {
  readonly id: string;
  readonly attributes: Record<string, unknown>;
  readonly relationships: Record<string, { data?: { id?: string } | null } | undefined>;
}

interface VcsRepo {
  readonly identifier: string;
  readonly branch?: string | null;
  readonly 'oauth-token-id'?: string | null;
  readonly 'github-app-installation-id'?: string | null;
  readonly 'ingress-submodules'?: boolean;
  readonly 'tags-regex'?: string | null;
}

/** Reads the organization and builds the onboarding file. Throws UsageError for unusable options, DiscoverError when TFE's answers do not allow it. */
export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  const organization = options.tfe.organization;
  try {
    checkOrganizationName('--organization', organization);
  } catch (error) {
    throw usage(error);
  }
  if ((options.oauthClientId === undefined) === (options.oauthClientName === undefined)) {
    throw new UsageError('give the OAuth client whose workspaces to adopt: --oauth-client-name NAME or --oauth-client-id oc-..., one of the two');
  }
  if (options.oauthClientId !== undefined && !OAUTH_CLIENT_ID.test(options.oauthClientId)) {
    throw new UsageError(`--oauth-client-id expects an OAuth client id (oc-...), got ${JSON.stringify(options.oauthClientId)}`);
  }
  if (options.connectionName !== undefined && !CONNECTION_NAME.test(options.connectionName)) {
    throw new UsageError(`--connection must be a lower-case name (a letter, then letters, digits and "-"; at most 40), got ${JSON.stringify(options.connectionName)}`);
  }
  const base = normalizeUrl(parseBaseUrl(options.tfe.address, 'the TFE address'));
  const baseUrl = new URL(base);
  if (baseUrl.protocol === 'http:' && !isLoopbackHost(baseUrl.hostname) && !options.allowInsecureHttp) {
    throw new UsageError('the TFE address is plain http:// on another machine: TFE_TOKEN would travel unencrypted. Use https://, or pass --allow-insecure-http if this network is trusted');
  }
  const redactor = new Redactor().add(options.tfe.token);
  const http = new HttpClient({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    // Requests go one after another: each page says whether there is a next.
    maxConcurrent: 1,
    retry: options.retry,
    deadlineMs: options.deadlineMs ?? DEFAULT_DEADLINE_MS,
    allowInsecureHttp: options.allowInsecureHttp,
    redact: (text) => redactor.redact(text),
    env: options.env,
    ca: options.ca,
  });
  const tfe = new TfeReader(http, base, `Bearer ${options.tfe.token}`);
  try {
    const clients = (await tfe.pages(`/api/v2/organizations/${segment(organization)}/oauth-clients`, 'tfe-oauth-client-list', 'a list of OAuth clients',
      MAX_CLIENT_PAGES, organizationNotFound(organization))).map(toClient);
    const client = pickClient(clients, organization, options);
    const flavor = client.serviceProvider === BitbucketServiceProvider.CLOUD ? 'cloud' : 'data-center';
    if (client.tokenIds.length === 0) {
      throw new DiscoverError(
        `OAuth client ${label(client)} has no OAuth token: nobody completed its authorization, so no workspace can be linked through it`,
        'In TFE open Settings > Version control > Providers, click "Connect organization" on the client and allow access in Bitbucket as the service account; or name the client the workspaces are linked through.',
      );
    }
    const serviceAccount = await resolveServiceAccount(tfe, flavor, client, options);
    const listed = await tfe.pages(`/api/v2/organizations/${segment(organization)}/workspaces`, 'tfe-workspace-list', 'a list of workspaces',
      MAX_WORKSPACE_PAGES, organizationNotFound(organization), true);
    const workspaces = (listed as Workspace[]).sort((a, b) => String(a.attributes.name).localeCompare(String(b.attributes.name)));
    const { adopted, entries, notAdopted } = classify(workspaces, clients, client, flavor);
    const connection = buildConnection(flavor, client, options, serviceAccount, entries);
    const file: OnboardingFileSpec = {
      version: 1,
      tfe: { hostname: options.tfe.hostname ?? baseUrl.host, organization },
      connections: [connection],
      repositories: entries,
    };
    const yaml = render(file, client, adopted, notAdopted, workspaces.length, redactor);
    // The file is deployed as written: a secret in it would reach the state and TFE. Refuse rather than redact.
    if (options.tfe.token.length >= 6 && yaml.includes(options.tfe.token)) {
      throw new DiscoverError('a workspace setting read from TFE contains the value of TFE_TOKEN; no file was written', 'Remove the token from the workspace settings in TFE, rotate it, and run discover again.');
    }
    // What discover writes must load exactly as a reviewed file does.
    parseOnboardingFile('discovered.yaml', yaml, 'yaml');
    return {
      organization,
      oauthClient: { id: client.id, name: client.name, serviceProvider: client.serviceProvider ?? '' },
      workspaceCount: workspaces.length,
      adopted,
      notAdopted,
      file,
      yaml,
    };
  } finally {
    http.close();
  }
}

function usage(error: unknown): UsageError {
  if (error instanceof BitbucketTfeInputError) return new UsageError(error.message);
  throw error;
}

function label(client: OAuthClient, withProvider = false): string {
  const details = [...(client.name ? [`"${client.name}"`] : []), ...(withProvider && client.serviceProvider ? [client.serviceProvider] : [])];
  return `${client.id}${details.length ? ` (${details.join(', ')})` : ''}`;
}

function organizationNotFound(organization: string) {
  return {
    message: `organization ${organization} was not found in TFE, or TFE_TOKEN has no access to it`,
    fix: 'Check --organization; the token must belong to an organization owner, or to a team that may read the organization\'s VCS providers and workspaces (a missing organization and a token without access both answer 404).',
  };
}

/** Reads TFE's JSON:API under the trust rules; every failure is a DiscoverError saying what was seen. */
class TfeReader {
  constructor(private readonly http: HttpClient, private readonly base: string, private readonly authorization: string) {}

  async one<T>(path: string, schema: SchemaName, what: string, notFound: { message: string; fix: string }): Promise<T> {
    const outcome = await this.http.get(joinUrl(this.base, path), { authorization: this.authorization, accept: 'application/vnd.api+json' });
    const answer = judge<T>(outcome, schema, 'TFE', what);
    if (answer.kind === 'valid') return answer.body;
    if (answer.kind === 'untrusted') throw new DiscoverError(`${outcome.ok ? '' : 'TFE is not reachable: '}${answer.message}`, answer.fix);
    const status = answer.response.status;
    if (status === 401) {
      throw new DiscoverError('TFE rejected TFE_TOKEN (401)', 'Set TFE_TOKEN to a valid user or team API token (User settings > Tokens).');
    }
    if (status === 404) throw new DiscoverError(notFound.message, notFound.fix);
    throw new DiscoverError(`TFE answered HTTP ${status} where ${what} was expected: ${serverMessage(answer.response)}`,
      'Check the TFE address and the token\'s permissions, then run again.');
  }

  /**
   * Every item of a paged list. Pages are asked for by number; each must be the page asked for, and with
   * `counted` the items read must add up to TFE's `total-count`: a list that changed while it was read (a
   * workspace created or deleted between two pages shifts the others) is refused, not half-adopted.
   */
  async pages(path: string, schema: SchemaName, what: string, maxPages: number, notFound: { message: string; fix: string }, counted = false): Promise<unknown[]> {
    const byId = new Map<string, unknown>();
    let total: number | null | undefined;
    for (let page = 1; page <= maxPages; page++) {
      const body = await this.one<{ data: Array<{ id: string }>; meta: { pagination: Record<string, number | null> } }>(
        `${path}?page%5Bnumber%5D=${page}&page%5Bsize%5D=${DISCOVER_PAGE_SIZE}`, schema, what, notFound);
      const pagination = body.meta.pagination;
      if (pagination['current-page'] !== undefined && pagination['current-page'] !== page) {
        throw new DiscoverError(`TFE answered page ${pagination['current-page']} of ${what} when page ${page} was asked for`,
          'Check that the address reaches TFE itself (not a proxy or cache that ignores the query), then run again.');
      }
      for (const item of body.data) byId.set(item.id, item);
      // A workspace created or deleted between two pages shifts the ones after it: one would be read twice or
      // not at all. TFE's count changes with it, so a count that differs between pages, or from what was read,
      // means the list changed.
      const changed = (how: string) => new DiscoverError(
        `the organization's ${what.replace(/^a list of /, '')} changed while they were read (${how}); no file was written`,
        'Run discover again when nobody is creating or deleting workspaces.',
      );
      if (counted) {
        if (page > 1 && pagination['total-count'] !== total) throw changed(`TFE counted ${total} on page 1 and ${pagination['total-count']} on page ${page}`);
        total = pagination['total-count'];
      }
      if (!pagination['next-page']) {
        if (counted && total !== byId.size) throw changed(`TFE counts ${total}, ${byId.size} were read`);
        return [...byId.values()];
      }
      if (pagination['next-page'] !== page + 1) {
        throw new DiscoverError(`TFE's ${what} skips from page ${page} to page ${pagination['next-page']}`, 'Run discover again; if it persists, check what answers in front of TFE.');
      }
    }
    throw new DiscoverError(`${what} is longer than ${maxPages} pages of ${DISCOVER_PAGE_SIZE}; discover stopped reading rather than write a file that leaves some out`,
      'Split the organization\'s adoption (several OAuth clients), or raise the limit in a fork; no file was written.');
  }
}

function pickClient(clients: OAuthClient[], organization: string, options: DiscoverOptions): OAuthClient {
  const bitbucket = (c: OAuthClient) => c.serviceProvider === BitbucketServiceProvider.CLOUD || DATA_CENTER_SERVICE_PROVIDERS.includes(c.serviceProvider ?? '');
  const listing = clients.map((c) => `${label(c)} ${c.serviceProvider ?? ''}`.trim()).join(', ') || 'none';
  if (options.oauthClientId !== undefined) {
    const client = clients.find((c) => c.id === options.oauthClientId);
    if (!client) {
      throw new DiscoverError(`organization ${organization} has no OAuth client ${options.oauthClientId}; its clients: ${listing}`,
        'Take the id from Settings > Version control > Providers of this organization, or name the client with --oauth-client-name.');
    }
    if (!bitbucket(client)) {
      throw new DiscoverError(`OAuth client ${label(client)} is for ${client.serviceProvider ?? 'an unknown provider'}, not Bitbucket`,
        'Give the Bitbucket Data Center (bitbucket_data_center) or Bitbucket Cloud (bitbucket_hosted) client.');
    }
    return client;
  }
  const name = options.oauthClientName!;
  const named = clients.filter((c) => c.name === name && bitbucket(c));
  if (named.length > 1) {
    throw new DiscoverError(
      `${named.length} Bitbucket OAuth clients of organization ${organization} are named "${name}": ${named.map((c) => `${c.id} (${c.serviceProvider})`).join(', ')}`,
      'Choose one with --oauth-client-id; rename or delete the others in TFE (the tfe provider\'s lookup by this name fails with "too many OAuthClients").',
    );
  }
  if (named.length === 0) {
    const other = clients.find((c) => c.name === name);
    throw new DiscoverError(
      other ? `OAuth client "${name}" of organization ${organization} is ${label(other)}, for ${other.serviceProvider}, not Bitbucket`
        : `organization ${organization} has no Bitbucket OAuth client named "${name}"; its clients: ${listing}`,
      'Give the exact name shown under Settings > Version control > Providers, or the id with --oauth-client-id.',
    );
  }
  return named[0];
}

/** Data Center: the flag, else the Bitbucket user who authorized the token (TFE creates webhooks as that user). */
async function resolveServiceAccount(tfe: TfeReader, flavor: 'data-center' | 'cloud', client: OAuthClient, options: DiscoverOptions): Promise<string> {
  if (flavor === 'cloud') {
    if (options.serviceAccount === undefined) {
      throw new UsageError('Bitbucket Cloud grants permissions to an account UUID, which TFE does not know: give the service account with --service-account {uuid} (GET https://api.bitbucket.org/2.0/user as that account shows it)');
    }
    try {
      return normaliseCloudUuid('--service-account', options.serviceAccount);
    } catch (error) {
      throw usage(error);
    }
  }
  if (options.serviceAccount !== undefined) {
    try {
      checkDataCenterUserName('--service-account', options.serviceAccount);
    } catch (error) {
      throw usage(error);
    }
    return options.serviceAccount;
  }
  const users = new Set<string>();
  for (const id of client.tokenIds) {
    const token = await tfe.one<{ data: { attributes: { 'service-provider-user'?: string | null } } }>(`/api/v2/oauth-tokens/${segment(id)}`, 'tfe-oauth-token', 'an OAuth token', {
      message: `OAuth token ${id} of client ${label(client)} was not found, or TFE_TOKEN may not read it`,
      fix: 'Give the service account with --service-account NAME.',
    });
    const user = token.data.attributes['service-provider-user'];
    if (user) users.add(user);
  }
  if (users.size !== 1) {
    throw new UsageError(users.size === 0
      ? `TFE does not say which Bitbucket user authorized OAuth client ${label(client)}: give the service account with --service-account NAME`
      : `OAuth client ${label(client)} was authorized by several Bitbucket users (${[...users].join(', ')}): give the service account with --service-account NAME`);
  }
  return [...users][0];
}

/** Workspaces the client links, one entry each; everything else with the reason it is left out. */
function classify(workspaces: Workspace[], clients: OAuthClient[], client: OAuthClient, flavor: 'data-center' | 'cloud') {
  const tokenOwner = new Map<string, OAuthClient>();
  for (const c of clients) for (const t of c.tokenIds) tokenOwner.set(t, c);
  const notAdopted: SkippedWorkspace[] = [];
  const candidates: Array<{ ws: Workspace; name: string; identifier: string; vcs: VcsRepo }> = [];
  for (const ws of workspaces) {
    const name = String(ws.attributes.name);
    const vcs = ws.attributes['vcs-repo'] as VcsRepo | null;
    const skip = (reason: string) => notAdopted.push({ id: ws.id, name, ...(vcs ? { repository: vcs.identifier } : {}), reason });
    if (!vcs) {
      skip('not linked to a repository');
      continue;
    }
    const tokenId = vcs['oauth-token-id'] ?? '';
    if (!client.tokenIds.includes(tokenId)) {
      const other = tokenOwner.get(tokenId);
      skip(other ? `linked through another OAuth client, ${label(other, true)}`
        : vcs['github-app-installation-id'] ? 'linked through a GitHub App installation'
          : tokenId ? `linked through OAuth token ${tokenId}, which no OAuth client of the organization holds` : 'linked without an OAuth token');
      continue;
    }
    let identifier: string;
    try {
      identifier = flavor === 'cloud' ? parseCloudRepository('identifier', vcs.identifier).identifier : parseDataCenterRepository('identifier', vcs.identifier).identifier;
    } catch (error) {
      if (!(error instanceof BitbucketTfeInputError)) throw error;
      skip(`its repository cannot be onboarded: ${error.message}`);
      continue;
    }
    if (!WORKSPACE_NAME.test(name)) {
      skip('its name has characters the onboarding constructs refuse (letters, digits, "-" and "_", at most 90)');
      continue;
    }
    const directory = typeof ws.attributes['working-directory'] === 'string' ? ws.attributes['working-directory'] : '';
    if (directory.startsWith('/') || directory.split('/').includes('..')) {
      skip(`its working directory "${directory}" is not a path inside the repository`);
      continue;
    }
    candidates.push({ ws, name, identifier, vcs });
  }

  // One entry per repository: the workspace named as the constructs would name it, else the first by name.
  const byRepository = new Map<string, typeof candidates>();
  for (const c of candidates) byRepository.set(c.identifier, [...(byRepository.get(c.identifier) ?? []), c]);
  const adopted: AdoptedWorkspace[] = [];
  const entries: FileRepository[] = [];
  for (const identifier of [...byRepository.keys()].sort()) {
    const group = byRepository.get(identifier)!;
    const chosen = group.find((c) => c.name === defaultWorkspaceName(identifier)) ?? group[0];
    for (const other of group.filter((c) => c !== chosen)) {
      notAdopted.push({
        id: other.ws.id,
        name: other.name,
        repository: other.vcs.identifier,
        reason: `${identifier} is also linked to workspace ${chosen.name} (${chosen.ws.id}), adopted here; an onboarding file onboards a repository once, so adopt this one in another file`,
      });
    }
    const { entry, changes } = entryFor(chosen.ws, chosen.name, identifier, chosen.vcs);
    entries.push(entry);
    adopted.push({ id: chosen.ws.id, name: chosen.name, repository: identifier, changes });
  }
  notAdopted.sort((a, b) => a.name.localeCompare(b.name));
  return { adopted, entries, notAdopted };
}

/** The entry that describes a live workspace as it is, and what the deploy would still change. */
function entryFor(ws: Workspace, name: string, identifier: string, vcs: VcsRepo): { entry: FileRepository; changes: string[] } {
  const a = ws.attributes;
  const text = (key: string) => (typeof a[key] === 'string' ? (a[key] as string) : '');
  const list = (key: string) => (Array.isArray(a[key]) ? (a[key] as string[]) : []);
  const description = text('description');
  const project = ws.relationships?.project?.data?.id;
  const entry: Record<string, unknown> = {
    repository: identifier,
    workspaceId: ws.id,
    ...(name !== defaultWorkspaceName(identifier) ? { workspaceName: name } : {}),
    // The constructs describe a workspace they create; an adopted one keeps its own description, empty included.
    ...(description !== `Linked to ${identifier} by cdktf-bitbucket-tfe` ? { description } : {}),
    ...(vcs.branch ? { branch: vcs.branch } : {}),
    ...(text('working-directory') ? { workingDirectory: text('working-directory') } : {}),
    ...(list('trigger-patterns').length ? { triggerPatterns: list('trigger-patterns') } : {}),
    ...(list('tag-names').length ? { tags: list('tag-names') } : {}),
    ...(project ? { project } : {}),
    ...(a['auto-apply'] === true ? { autoApply: true } : {}),
    ...(a['queue-all-runs'] === true ? { queueAllRuns: true } : {}),
  };
  // Settings the file has no key for: the constructs leave them to the tfe provider's defaults, so the first
  // deploy sets them back (in place). The reviewer should see that before the plan does.
  const changes: string[] = [];
  if (vcs.identifier !== identifier) changes.push(`vcs-repo identifier ${vcs.identifier} -> ${identifier} (TFE links the repository again)`);
  const defaults: Array<[string, boolean]> = [
    ['allow-destroy-plan', true], ['auto-apply-run-trigger', false], ['file-triggers-enabled', true],
    ['speculative-enabled', true], ['structured-run-output-enabled', true],
  ];
  for (const [key, value] of defaults) if (typeof a[key] === 'boolean' && a[key] !== value) changes.push(`${key} ${a[key]} -> ${value}`);
  if (list('trigger-prefixes').length) changes.push(`trigger-prefixes ${JSON.stringify(list('trigger-prefixes'))} -> none`);
  if (vcs['ingress-submodules'] === true) changes.push('vcs-repo ingress-submodules true -> false');
  if (vcs['tags-regex']) changes.push(`vcs-repo tags-regex ${JSON.stringify(vcs['tags-regex'])} -> none`);
  if (ws.relationships?.['ssh-key']?.data?.id) changes.push(`ssh-key ${ws.relationships['ssh-key'].data.id} -> none`);
  return { entry: entry as unknown as FileRepository, changes };
}

function buildConnection(flavor: 'data-center' | 'cloud', client: OAuthClient, options: DiscoverOptions, serviceAccount: string,
  entries: FileRepository[]): FileDataCenterConnection | FileCloudConnection {
  if (flavor === 'cloud') {
    const workspaces = [...new Set(entries.map((e) => e.repository.split('/')[0]))];
    const workspace = options.bitbucketWorkspace ?? (workspaces.length === 1 ? workspaces[0] : undefined);
    if (workspace === undefined) {
      throw new UsageError(`give the Bitbucket Cloud workspace that owns the OAuth consumer with --workspace WS (the adopted repositories are in ${workspaces.length === 0 ? 'no workspace' : workspaces.join(', ')})`);
    }
    return { name: options.connectionName ?? 'cloud', flavor: 'cloud', workspace, serviceAccountUuid: serviceAccount, oauthClient: { id: client.id } };
  }
  const bitbucketUrl = options.bitbucketUrl ?? client.httpUrl;
  if (!bitbucketUrl || !/^https:\/\//.test(bitbucketUrl)) {
    const seen = bitbucketUrl ? `is ${JSON.stringify(bitbucketUrl)}` : 'is empty';
    throw new UsageError(`the onboarding file needs Bitbucket's https:// URL with its context path, and ${options.bitbucketUrl ? '--bitbucket-url' : `the OAuth client's http-url`} ${seen}: give it with --bitbucket-url`);
  }
  const projects = bucketsFor(entries.map((e) => e.repository));
  return {
    name: options.connectionName ?? 'datacenter',
    flavor: 'data-center',
    bitbucketUrl: normalizeUrl(bitbucketUrl),
    serviceAccount,
    oauthClient: { id: client.id },
    ...(projects ? { projects } : {}),
  };
}

/**
 * The bucket counts that keep every shard of the written file within the default bucket size, for the projects
 * that need more than one stack (deployed as one, a project of hundreds of repositories would be planned whole
 * for every change). Loaded on use: the sharding rules bring cdktf with them, which the command line does not
 * need otherwise.
 */
function bucketsFor(repositories: string[]): { [project: string]: { buckets: number } } | undefined {
  const { RepositorySharding, suggestBuckets } = require('../onboarding/sharding') as typeof Sharding;
  const byProject = new Map<string, string[]>();
  for (const repository of repositories) {
    const [project, slug] = repository.split('/');
    const key = project.startsWith('~') ? project : project.toUpperCase();
    byProject.set(key, [...(byProject.get(key) ?? []), `${key}/${slug}`]);
  }
  const projects: { [project: string]: { buckets: number } } = {};
  for (const [project, identifiers] of byProject) {
    if (identifiers.length > RepositorySharding.DEFAULT_BUCKET_SIZE) {
      projects[project] = { buckets: suggestBuckets(identifiers, RepositorySharding.DEFAULT_BUCKET_SIZE, 1) };
    }
  }
  return Object.keys(projects).length > 0 ? projects : undefined;
}

/** The file as YAML: a header that says where it came from and what to review, notes per entry, and what was left out. */
function render(file: OnboardingFileSpec, client: OAuthClient, adopted: AdoptedWorkspace[], notAdopted: SkippedWorkspace[], total: number, redactor: Redactor): string {
  const { Document } = require('yaml') as typeof Yaml;
  // Server text goes into comments: one line each, no control characters, no secrets.
  const line = (text: string) => ` ${redactor.redact(safeText(text))}`;
  const doc = new Document(file);
  const header = [
    `Written by bitbucket-tfe discover from TFE organization ${file.tfe.organization} (${file.tfe.hostname}): ${total} workspace${total === 1 ? '' : 's'},`,
    `${adopted.length} linked through OAuth client ${label(client, true)} and adopted below.`,
    'Each workspaceId makes the first deploy import that workspace instead of creating it: it keeps its state,',
    'variables and run history. Review the entries, then deploy; the plan shows each one "will be imported".',
    'The REPO_ADMIN grants are made again by an idempotent PUT, which leaves an existing permission as it is.',
  ];
  if (client.serviceProvider === DEPRECATED_BITBUCKET_SERVER) {
    header.push('The client uses the deprecated service provider bitbucket_server: recreate it as bitbucket_data_center (a new client, authorized again).');
  }
  if (client.tokenIds.length > 1) {
    header.push(`The client holds ${client.tokenIds.length} OAuth tokens: the deploy's lookup fails with "unexpected number of OAuth tokens" until one is left.`);
  }
  doc.commentBefore = header.map(line).join('\n');
  const seq = doc.get('repositories', true) as Yaml.YAMLSeq;
  seq.items.forEach((item, index) => {
    const changes = adopted[index].changes;
    if (changes.length > 0) {
      (item as Yaml.YAMLMap).commentBefore = [`${adopted[index].name}: the deploy changes (the file has no key for these):`, ...changes.map((c) => `  ${c}`)].map(line).join('\n');
    }
  });
  if (notAdopted.length > 0) {
    doc.comment = [
      `Not adopted (${notAdopted.length}):`,
      ...notAdopted.map((w) => `  ${w.id} ${w.name}${w.repository ? ` (${w.repository})` : ''}: ${w.reason}`),
    ].map(line).join('\n');
  }
  return doc.toString({ lineWidth: 0 });
}
