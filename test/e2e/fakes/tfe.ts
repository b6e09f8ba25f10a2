import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import { Agent, fetch as undiciFetch } from 'undici';
import { FakeServer, Handler, startServer } from '../../doctor/fakes/server';
import { FakeBitbucketDc } from './bitbucket-dc';
import { externalId, firstValues, matchRoute, readRequest, RecordedCall, recordStatus, Route, send, stripTrailingSlashes } from './http';

/*
 * A stateful Terraform Enterprise (API v2, JSON:API) for end-to-end tests. It links workspaces to Bitbucket
 * Data Center repositories the way TFE does: as the Bitbucket user who authorized the OAuth token, over real
 * HTTP, by creating a webhook. So a service account without REPO_ADMIN fails to link here exactly as it fails
 * in production (the support article's 401 AuthorisationException).
 */

export interface TfeOAuthClient {
  readonly id: string;
  name: string | null;
  serviceProvider: string;
  httpUrl: string;
  apiUrl: string;
  key: string | null;
  /** For Data Center: the PEM RSA private key. TFE never returns it. */
  secret: string | null;
  rsaPublicKey: string | null;
  organizationScoped: boolean;
  readonly createdAt: string;
  readonly callbackUrl: string;
  readonly connectPath: string;
  /** Projects the client is scoped to (tfe_project_oauth_client). */
  projectIds: string[];
}

export interface TfeOAuthToken {
  readonly id: string;
  readonly clientId: string;
  readonly uid: string;
  readonly createdAt: string;
  /** The Bitbucket user who clicked "Allow": webhooks are created with this identity. */
  readonly serviceProviderUser: string;
  /** PEM private key for cloning (PATCH ssh-key); never returned, only `has-ssh-key`. */
  sshKey: string | null;
  /** The OAuth access token Bitbucket issued; it stops working when the consumer is removed. */
  readonly bitbucketAccessToken: string;
}

export interface TfeVcsRepo {
  identifier: string;
  branch: string;
  oauthTokenId: string;
  ingressSubmodules: boolean;
  tagsRegex: string | null;
  displayIdentifier: string;
  serviceProvider: string;
  repositoryHttpUrl: string;
  webhookUrl: string;
}

export interface TfeWorkspace {
  readonly id: string;
  name: string;
  description: string | null;
  autoApply: boolean;
  autoApplyRunTrigger: boolean;
  allowDestroyPlan: boolean;
  assessmentsEnabled: boolean;
  executionMode: string;
  agentPoolId: string | null;
  fileTriggersEnabled: boolean;
  globalRemoteState: boolean;
  queueAllRuns: boolean;
  speculativeEnabled: boolean;
  terraformVersion: string;
  triggerPrefixes: string[];
  triggerPatterns: string[];
  workingDirectory: string;
  tagNames: string[];
  sourceName: string | null;
  sourceUrl: string | null;
  projectId: string;
  locked: boolean;
  /** Resources in the workspace's state; safe-delete refuses while it is above zero. */
  resourceCount: number;
  vcsRepo: TfeVcsRepo | null;
  /** Id of the webhook TFE created in Bitbucket for the current link. */
  webhookId: number | null;
  /** "PROJECT/slug" the webhook was created on. */
  webhookRepository: string | null;
  /** Set when the VCS connection was lost without the workspace being changed (its OAuth token was deleted). */
  lostVcsRepo?: { readonly vcsRepo: TfeVcsRepo; readonly webhookId: number | null; readonly reason: string; readonly at: string };
  readonly createdAt: string;
  updatedAt: string;
  /** Attributes the fake does not model, kept and returned as sent (kebab-case). */
  extra: Record<string, unknown>;
}

export interface TfeRun {
  readonly id: string;
  readonly workspaceId: string;
  readonly workspaceName: string;
  status: string;
  readonly source: string;
  readonly message: string;
  readonly createdAt: string;
}

export interface TfeProject {
  readonly id: string;
  name: string;
  description: string | null;
}

export interface TfeState {
  clients: TfeOAuthClient[];
  tokens: TfeOAuthToken[];
  workspaces: TfeWorkspace[];
  runs: TfeRun[];
  projects: TfeProject[];
}

export interface TfeRequest extends RecordedCall {
  /** Whether the request carried the configured token. */
  readonly authorized: boolean;
}

export interface FakeTfeOptions {
  readonly organization: string;
  readonly token: string;
  readonly bitbucket: FakeBitbucketDc;
  /** Serve https with this key and certificate; the same certificate is trusted when calling Bitbucket. @default - plain http */
  readonly tls?: { readonly key: string; readonly cert: string };
}

export interface FakeTfe {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** "127.0.0.1:<port>", the provider's `hostname`. */
  readonly hostname: string;
  readonly organization: string;
  readonly state: TfeState;
  readonly requests: TfeRequest[];
  readonly runs: TfeRun[];
  inject: FakeServer['inject'];
  close(): Promise<void>;

  workspaces(): TfeWorkspace[];
  workspace(name: string): TfeWorkspace | undefined;
  clients(): TfeOAuthClient[];
  tokens(): TfeOAuthToken[];
  setResourceCount(name: string, count: number): void;
  /** Deletes a workspace as a person does in the UI (its webhook is removed from Bitbucket as far as TFE can). */
  deleteWorkspace(name: string): Promise<void>;
  /**
   * A person clicks "Connect organization" on the client and "Allow" in Bitbucket while logged in as `asUser`.
   * Throws what the person would see when Bitbucket refuses. Replaces any earlier token of the client.
   */
  authorize(clientId: string, asUser: string): TfeOAuthToken;
}

const JSON_API = 'application/vnd.api+json';
const DATA_CENTER_PROVIDERS = ['bitbucket_data_center', 'bitbucket_server'];
const SERVICE_PROVIDERS: Record<string, string> = {
  ado_server: 'Azure DevOps Server',
  ado_services: 'Azure DevOps Services',
  bitbucket_data_center: 'Bitbucket Data Center',
  bitbucket_hosted: 'Bitbucket Cloud',
  bitbucket_server: 'Bitbucket Server',
  github: 'GitHub',
  github_enterprise: 'GitHub Enterprise',
  gitlab_hosted: 'GitLab.com',
  gitlab_community_edition: 'GitLab Community Edition',
  gitlab_enterprise_edition: 'GitLab Enterprise Edition',
};
/** Events TFE subscribes its Bitbucket Data Center webhook to: pushes and pull request activity. */
const WEBHOOK_EVENTS = ['repo:refs_changed', 'pr:opened', 'pr:from_ref_updated', 'pr:modified'];
const DEFAULT_TERRAFORM_VERSION = '1.11.4';

interface JsonApiError {
  status: string;
  title: string;
  detail?: string;
  source?: { pointer: string };
}

export function tfeError(status: number, title: string, detail?: string, pointer?: string): { errors: JsonApiError[] } {
  return { errors: [{ status: String(status), title, ...(detail !== undefined ? { detail } : {}), ...(pointer ? { source: { pointer } } : {}) }] };
}
const NOT_FOUND = tfeError(404, 'not found');
const UNAUTHORIZED = tfeError(401, 'unauthorized');

interface Ctx {
  readonly res: http.ServerResponse;
  readonly url: URL;
  readonly json: unknown;
  readonly jsonError: boolean;
}

type Attributes = Record<string, unknown>;

class LinkError extends Error {
  constructor(public readonly body: { errors: JsonApiError[] }) {
    super(body.errors.map((e) => e.detail ?? e.title).join('; '));
  }
}

function invalid(detail: string, pointer: string): LinkError {
  return new LinkError(tfeError(422, 'invalid attribute', detail, pointer));
}

function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** How TFE's Ruby HTTP client names an answer in its logs (the support article quotes Net::HTTPUnauthorized). */
function netHttpClass(status: number): string {
  const names: Record<number, string> = { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed', 409: 'Conflict', 500: 'InternalServerError' };
  return `Net::HTTP${names[status] ?? status}`;
}

export async function startFakeTfe(opts: FakeTfeOptions): Promise<FakeTfe> {
  const bitbucket = opts.bitbucket;
  // TFE trusts the certificate Bitbucket serves (the fakes share one).
  const bitbucketDispatcher = opts.tls ? new Agent({ connect: { ca: opts.tls.cert } }) : undefined;
  const organization = opts.organization;
  const defaultProject: TfeProject = { id: externalId('prj'), name: 'Default Project', description: null };
  const state: TfeState = { clients: [], tokens: [], workspaces: [], runs: [], projects: [defaultProject] };
  const requests: TfeRequest[] = [];
  const orgExternalId = externalId('org');
  const orgCreatedAt = new Date().toISOString();
  let url = '';
  let hostname = '';

  // ---- helpers ------------------------------------------------------------------------------------------------

  const findWorkspaceByName = (name: string) => state.workspaces.find((w) => w.name === name);
  const findWorkspace = (id: string) => state.workspaces.find((w) => w.id === id);
  const findClient = (id: string) => state.clients.find((c) => c.id === id);
  const findToken = (id: string) => state.tokens.find((t) => t.id === id);

  const pageOf = <T>(ctx: Ctx, items: T[], render: (item: T) => unknown, selfPath: string) => {
    const size = Math.min(100, Math.max(1, Number(ctx.url.searchParams.get('page[size]') ?? '20') || 20));
    const totalPages = Math.max(1, Math.ceil(items.length / size));
    const number = Math.max(1, Number(ctx.url.searchParams.get('page[number]') ?? '1') || 1);
    const slice = items.slice((number - 1) * size, number * size);
    const link = (n: number) => `${url}${selfPath}?page%5Bnumber%5D=${n}&page%5Bsize%5D=${size}`;
    return {
      data: slice.map(render),
      links: {
        self: link(number),
        first: link(1),
        prev: number > 1 ? link(number - 1) : null,
        next: number < totalPages ? link(number + 1) : null,
        last: link(totalPages),
      },
      meta: {
        pagination: {
          'current-page': number,
          'page-size': size,
          'prev-page': number > 1 ? number - 1 : null,
          'next-page': number < totalPages ? number + 1 : null,
          'total-pages': totalPages,
          'total-count': items.length,
        },
      },
    };
  };

  const clientJson = (client: TfeOAuthClient) => {
    const tokens = state.tokens.filter((t) => t.clientId === client.id);
    return {
      id: client.id,
      type: 'oauth-clients',
      attributes: {
        'created-at': client.createdAt,
        'callback-url': client.callbackUrl,
        'connect-path': client.connectPath,
        'service-provider': client.serviceProvider,
        'service-provider-display-name': SERVICE_PROVIDERS[client.serviceProvider] ?? client.serviceProvider,
        name: client.name,
        'http-url': client.httpUrl,
        'api-url': client.apiUrl,
        key: client.key,
        'rsa-public-key': client.rsaPublicKey,
        'organization-scoped': client.organizationScoped,
      },
      relationships: {
        organization: { data: { id: organization, type: 'organizations' }, links: { related: `/api/v2/organizations/${organization}` } },
        'oauth-tokens': {
          data: tokens.map((t) => ({ id: t.id, type: 'oauth-tokens' })),
          ...(tokens.length > 0 ? { links: { related: `/api/v2/oauth-tokens/${tokens[0].id}` } } : {}),
        },
        projects: { data: client.projectIds.map((id) => ({ id, type: 'projects' })) },
        'agent-pool': { data: null },
      },
      links: { self: `/api/v2/oauth-clients/${client.id}` },
    };
  };
  const tokenJson = (token: TfeOAuthToken) => ({
    id: token.id,
    type: 'oauth-tokens',
    attributes: {
      uid: token.uid,
      'created-at': token.createdAt,
      'has-ssh-key': !!token.sshKey,
      'service-provider-user': token.serviceProviderUser,
    },
    relationships: {
      'oauth-client': { data: { id: token.clientId, type: 'oauth-clients' }, links: { related: `/api/v2/oauth-clients/${token.clientId}` } },
    },
    links: { self: `/api/v2/oauth-tokens/${token.id}` },
  });
  const vcsJson = (vcs: TfeVcsRepo | null) =>
    vcs && {
      branch: vcs.branch,
      'ingress-submodules': vcs.ingressSubmodules,
      identifier: vcs.identifier,
      'display-identifier': vcs.displayIdentifier,
      'oauth-token-id': vcs.oauthTokenId,
      'github-app-installation-id': null,
      'webhook-url': vcs.webhookUrl,
      'repository-http-url': vcs.repositoryHttpUrl,
      'service-provider': vcs.serviceProvider,
      'tags-regex': vcs.tagsRegex,
    };
  const latestRun = (ws: TfeWorkspace) => [...state.runs].reverse().find((r) => r.workspaceId === ws.id);
  const workspaceJson = (ws: TfeWorkspace) => {
    const run = latestRun(ws);
    return {
      id: ws.id,
      type: 'workspaces',
      attributes: {
        ...ws.extra,
        actions: { 'is-destroyable': true },
        'allow-destroy-plan': ws.allowDestroyPlan,
        'assessments-enabled': ws.assessmentsEnabled,
        'auto-apply': ws.autoApply,
        'auto-apply-run-trigger': ws.autoApplyRunTrigger,
        'auto-destroy-at': null,
        'created-at': ws.createdAt,
        description: ws.description,
        environment: 'default',
        'execution-mode': ws.executionMode,
        'file-triggers-enabled': ws.fileTriggersEnabled,
        'global-remote-state': ws.globalRemoteState,
        locked: ws.locked,
        name: ws.name,
        operations: ws.executionMode !== 'local',
        permissions: {
          'can-update': true,
          'can-destroy': true,
          'can-queue-run': true,
          'can-read-settings': true,
          'can-lock': true,
          'can-unlock': true,
          'can-force-unlock': true,
          'can-queue-apply': true,
          'can-queue-destroy': true,
          'can-update-variable': true,
          'can-force-delete': true,
        },
        'queue-all-runs': ws.queueAllRuns,
        'resource-count': ws.resourceCount,
        source: 'tfe-api',
        'source-name': ws.sourceName,
        'source-url': ws.sourceUrl,
        'speculative-enabled': ws.speculativeEnabled,
        'structured-run-output-enabled': true,
        'tag-names': ws.tagNames,
        'terraform-version': ws.terraformVersion,
        'trigger-prefixes': ws.triggerPrefixes,
        'trigger-patterns': ws.triggerPatterns,
        'updated-at': ws.updatedAt,
        'vcs-repo': vcsJson(ws.vcsRepo),
        'vcs-repo-identifier': ws.vcsRepo?.identifier ?? null,
        'working-directory': ws.workingDirectory,
        'setting-overwrites': { 'execution-mode': true, 'agent-pool': true },
      },
      relationships: {
        organization: { data: { id: organization, type: 'organizations' } },
        project: { data: { id: ws.projectId, type: 'projects' } },
        'current-run': { data: run ? { id: run.id, type: 'runs' } : null },
        'latest-run': { data: run ? { id: run.id, type: 'runs' } : null },
        'agent-pool': { data: ws.agentPoolId ? { id: ws.agentPoolId, type: 'agent-pools' } : null },
        'ssh-key': { data: null },
        'remote-state-consumers': { links: { related: `/api/v2/workspaces/${ws.id}/relationships/remote-state-consumers` } },
      },
      links: { self: `/api/v2/organizations/${organization}/workspaces/${ws.name}`, 'self-html': `/app/${organization}/workspaces/${ws.name}` },
    };
  };
  const projectJson = (project: TfeProject) => ({
    id: project.id,
    type: 'projects',
    attributes: { name: project.name, description: project.description },
    relationships: { organization: { data: { id: organization, type: 'organizations' } } },
    links: { self: `/api/v2/projects/${project.id}` },
  });

  // ---- linking to Bitbucket ---------------------------------------------------------------------------------

  /** Calls the Bitbucket instance the client points at, as the Bitbucket user who authorized the token. */
  const callBitbucket = async (client: TfeOAuthClient, token: TfeOAuthToken, method: string, path: string, body?: unknown) => {
    const user = bitbucket.user(token.serviceProviderUser);
    if (!user) {
      throw invalid(`Bitbucket user ${token.serviceProviderUser}, who authorized OAuth token ${token.id}, no longer exists`, '/data/attributes/vcs-repo/oauth-token-id');
    }
    // TFE talks to the instance at its HTTP URL (context path included).
    const target = `${stripTrailingSlashes(client.httpUrl)}${path}`;
    let response: Awaited<ReturnType<typeof undiciFetch>>;
    try {
      response = await undiciFetch(target, {
        ...(bitbucketDispatcher ? { dispatcher: bitbucketDispatcher } : {}),
        method,
        headers: { authorization: basicAuth(user.name, user.password), accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw invalid(`Could not reach Bitbucket at ${target}: ${err instanceof Error ? err.message : String(err)}`, '/data/attributes/vcs-repo/identifier');
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (an HTML error page, say): keep the text for the message.
    }
    return { status: response.status, body: parsed, text, target };
  };

  /** What TFE checks before it can act on Bitbucket with a token: the token, its client, and OAuth itself. */
  const usableToken = (tokenId: string): { token: TfeOAuthToken; client: TfeOAuthClient } => {
    const token = findToken(tokenId);
    if (!token) throw invalid(`OAuth token ${tokenId} was not found`, '/data/attributes/vcs-repo/oauth-token-id');
    const client = findClient(token.clientId)!;
    if (!DATA_CENTER_PROVIDERS.includes(client.serviceProvider)) {
      throw invalid(`this TFE fake links Bitbucket Data Center repositories only, not ${client.serviceProvider}`, '/data/attributes/vcs-repo/oauth-token-id');
    }
    // Every call TFE makes is OAuth 1.0a signed with the client's private key and carries Bitbucket's access token.
    const problem = bitbucket.oauthAccessProblem(token.bitbucketAccessToken);
    if (problem) {
      throw invalid(
        `Bitbucket answered 401 (Net::HTTPUnauthorized) with oauth_problem=${problem}: the OAuth access behind token ${token.id} was revoked; authorize the OAuth client ${client.id} again`,
        '/data/attributes/vcs-repo/oauth-token-id',
      );
    }
    if (!client.key || !client.secret || !bitbucket.verifyConsumer(client.key, client.secret)) {
      throw invalid(
        `Bitbucket answered 401 (Net::HTTPUnauthorized) with oauth_problem=signature_invalid: no application link consumer "${client.key ?? ''}" holds the public key of OAuth client ${client.id}`,
        '/data/attributes/vcs-repo/oauth-token-id',
      );
    }
    return { token, client };
  };

  const refused = (what: string, answer: { status: number; text: string; target: string }) =>
    invalid(`Bitbucket refused to ${what}: ${answer.status} ${netHttpClass(answer.status)} from ${answer.target}: ${answer.text}`, '/data/attributes/vcs-repo/identifier');

  /** Links a repository: reads it and creates the webhook as the token's user. Throws LinkError when Bitbucket refuses. */
  const link = async (input: Attributes): Promise<{ vcs: TfeVcsRepo; webhookId: number; repository: string }> => {
    const identifier = typeof input.identifier === 'string' ? input.identifier : '';
    const tokenId = typeof input['oauth-token-id'] === 'string' ? (input['oauth-token-id'] as string) : '';
    if (!tokenId) throw invalid('oauth-token-id is required with vcs-repo', '/data/attributes/vcs-repo/oauth-token-id');
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(identifier);
    if (!match) throw invalid(`Identifier "${identifier}" is not "<project key>/<repository slug>"`, '/data/attributes/vcs-repo/identifier');
    const { token, client } = usableToken(tokenId);
    const repoPath = `/rest/api/1.0/projects/${encodeURIComponent(match[1])}/repos/${encodeURIComponent(match[2])}`;
    const repo = await callBitbucket(client, token, 'GET', repoPath);
    if (repo.status !== 200) throw refused(`show repository ${identifier}`, repo);
    const repoBody = repo.body as { slug?: string; project?: { key?: string }; links?: { self?: Array<{ href?: string }> } };
    const webhookUrl = `${url}/webhooks/vcs/${randomUUID()}`;
    const hook = await callBitbucket(client, token, 'POST', `${repoPath}/webhooks`, {
      name: 'Terraform Enterprise',
      url: webhookUrl,
      events: WEBHOOK_EVENTS,
      active: true,
      configuration: {},
      sslVerificationRequired: true,
    });
    if (hook.status !== 200 && hook.status !== 201) throw refused(`create a webhook on ${identifier}`, hook);
    const hookId = Number((hook.body as { id?: unknown } | undefined)?.id);
    const repository = `${repoBody.project?.key ?? match[1]}/${repoBody.slug ?? match[2]}`;
    return {
      vcs: {
        identifier,
        branch: typeof input.branch === 'string' ? input.branch : '',
        oauthTokenId: token.id,
        ingressSubmodules: input['ingress-submodules'] === true,
        tagsRegex: typeof input['tags-regex'] === 'string' && input['tags-regex'] !== '' ? (input['tags-regex'] as string) : null,
        displayIdentifier: identifier,
        serviceProvider: client.serviceProvider,
        repositoryHttpUrl: repoBody.links?.self?.[0]?.href?.replace(/\/browse$/, '') ?? `${stripTrailingSlashes(client.httpUrl)}/projects/${match[1]}/repos/${match[2]}`,
        webhookUrl,
      },
      webhookId: hookId,
      repository,
    };
  };

  /** Removes the workspace's webhook from Bitbucket when TFE still can; failures are ignored, as TFE does. */
  const unlink = async (ws: TfeWorkspace) => {
    const vcs = ws.vcsRepo;
    if (!vcs || ws.webhookId === null || !ws.webhookRepository) return;
    try {
      const { token, client } = usableToken(vcs.oauthTokenId);
      const [projectKey, slug] = ws.webhookRepository.split('/');
      await callBitbucket(client, token, 'DELETE', `/rest/api/1.0/projects/${encodeURIComponent(projectKey)}/repos/${encodeURIComponent(slug)}/webhooks/${ws.webhookId}`);
    } catch {
      // Best effort: a webhook TFE can no longer reach stays behind in Bitbucket.
    }
  };

  /** A deleted token takes the VCS connection of every workspace linked through it (the webhook stays in Bitbucket). */
  const deleteToken = (token: TfeOAuthToken, reason: string) => {
    state.tokens = state.tokens.filter((t) => t !== token);
    const at = new Date().toISOString();
    for (const ws of state.workspaces) {
      if (ws.vcsRepo?.oauthTokenId === token.id) {
        ws.lostVcsRepo = { vcsRepo: ws.vcsRepo, webhookId: ws.webhookId, reason, at };
        ws.vcsRepo = null;
        ws.webhookId = null;
        ws.webhookRepository = null;
        ws.updatedAt = at;
      }
    }
  };

  // ---- workspace attributes -------------------------------------------------------------------------------

  const KNOWN: Record<string, (ws: TfeWorkspace, value: unknown) => string | undefined> = {
    name: (ws, v) => {
      if (typeof v !== 'string' || !/^[A-Za-z0-9_-]{1,90}$/.test(v)) return 'Name is invalid: only letters, numbers, - and _ (at most 90 characters)';
      ws.name = v;
      return undefined;
    },
    description: (ws, v) => {
      ws.description = v === null || v === undefined ? null : String(v);
      return undefined;
    },
    'auto-apply': (ws, v) => bool(v, (b) => (ws.autoApply = b)),
    'auto-apply-run-trigger': (ws, v) => bool(v, (b) => (ws.autoApplyRunTrigger = b)),
    'allow-destroy-plan': (ws, v) => bool(v, (b) => (ws.allowDestroyPlan = b)),
    'assessments-enabled': (ws, v) => bool(v, (b) => (ws.assessmentsEnabled = b)),
    'file-triggers-enabled': (ws, v) => bool(v, (b) => (ws.fileTriggersEnabled = b)),
    'global-remote-state': (ws, v) => bool(v, (b) => (ws.globalRemoteState = b)),
    'queue-all-runs': (ws, v) => bool(v, (b) => (ws.queueAllRuns = b)),
    'speculative-enabled': (ws, v) => bool(v, (b) => (ws.speculativeEnabled = b)),
    operations: (ws, v) => bool(v, (b) => (ws.executionMode = b ? 'remote' : 'local')),
    'execution-mode': (ws, v) => {
      if (v !== 'remote' && v !== 'local' && v !== 'agent') return 'Execution mode must be one of remote, local or agent';
      ws.executionMode = v;
      return undefined;
    },
    'agent-pool-id': (ws, v) => {
      ws.agentPoolId = typeof v === 'string' && v !== '' ? v : null;
      return undefined;
    },
    'terraform-version': (ws, v) => {
      if (typeof v !== 'string') return 'Terraform version is invalid';
      ws.terraformVersion = v === '' || v === 'latest' ? DEFAULT_TERRAFORM_VERSION : v;
      return undefined;
    },
    'trigger-prefixes': (ws, v) => strings(v, (a) => (ws.triggerPrefixes = a)),
    'trigger-patterns': (ws, v) => strings(v, (a) => (ws.triggerPatterns = a)),
    'tag-names': (ws, v) =>
      strings(v, (a) => {
        ws.tagNames = [...new Set(a.map((t) => t.toLowerCase()))];
      }),
    'working-directory': (ws, v) => {
      ws.workingDirectory = v === null || v === undefined ? '' : String(v);
      return undefined;
    },
    'source-name': (ws, v) => {
      ws.sourceName = typeof v === 'string' ? v : null;
      return undefined;
    },
    'source-url': (ws, v) => {
      ws.sourceUrl = typeof v === 'string' ? v : null;
      return undefined;
    },
  };
  function bool(v: unknown, set: (b: boolean) => void): string | undefined {
    if (typeof v !== 'boolean') return 'must be true or false';
    set(v);
    return undefined;
  }
  function strings(v: unknown, set: (a: string[]) => void): string | undefined {
    if (v === null) {
      set([]);
      return undefined;
    }
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return 'must be a list of strings';
    set(v as string[]);
    return undefined;
  }
  /** Applies attributes to a draft workspace; returns JSON:API errors for the ones it refuses. */
  const applyAttributes = (ws: TfeWorkspace, attributes: Attributes): JsonApiError[] => {
    const errors: JsonApiError[] = [];
    for (const [key, value] of Object.entries(attributes)) {
      if (key === 'vcs-repo') continue;
      const setter = KNOWN[key];
      if (!setter) {
        ws.extra[key] = value;
        continue;
      }
      const problem = setter(ws, value);
      if (problem) errors.push({ status: '422', title: 'invalid attribute', detail: problem.startsWith('must') ? `${key} ${problem}` : problem, source: { pointer: `/data/attributes/${key}` } });
    }
    return errors;
  };
  const projectFrom = (data: { relationships?: Record<string, { data?: { id?: unknown } | null }> }): string | undefined | null => {
    const id = data.relationships?.project?.data?.id;
    if (id === undefined) return undefined;
    return typeof id === 'string' && state.projects.some((p) => p.id === id) ? id : null;
  };
  const sameLink = (current: TfeVcsRepo | null, input: Attributes) =>
    !!current && current.identifier === input.identifier && current.oauthTokenId === input['oauth-token-id'];

  const queueRun = (ws: TfeWorkspace, source: string, message: string) => {
    state.runs.push({ id: externalId('run'), workspaceId: ws.id, workspaceName: ws.name, status: 'pending', source, message, createdAt: new Date().toISOString() });
  };

  const removeWorkspace = async (ws: TfeWorkspace) => {
    state.workspaces = state.workspaces.filter((w) => w !== ws);
    await unlink(ws);
  };

  // ---- routes -----------------------------------------------------------------------------------------------

  const doc = (ctx: Ctx, status: number, body: unknown) => send(ctx.res, status, body, JSON_API);
  const noContent = (ctx: Ctx) => send(ctx.res, 204, undefined, JSON_API);
  const dataOf = (ctx: Ctx): { attributes: Attributes; relationships?: Record<string, { data?: { id?: unknown } | null }> } | undefined => {
    const data = (ctx.json as { data?: unknown } | undefined)?.data;
    if (ctx.jsonError || !data || typeof data !== 'object' || Array.isArray(data)) {
      doc(ctx, 400, tfeError(400, 'bad request', 'The request body must be a JSON:API document with a data object'));
      return undefined;
    }
    const d = data as { attributes?: unknown; relationships?: Record<string, { data?: { id?: unknown } | null }> };
    return { attributes: (d.attributes && typeof d.attributes === 'object' ? d.attributes : {}) as Attributes, relationships: d.relationships };
  };
  const orgOr404 = (ctx: Ctx, org: string) => {
    if (org === organization) return true;
    doc(ctx, 404, NOT_FOUND);
    return false;
  };

  const createWorkspace = async (ctx: Ctx) => {
    const data = dataOf(ctx);
    if (!data) return;
    const now = new Date().toISOString();
    const ws: TfeWorkspace = {
      id: externalId('ws'),
      name: '',
      description: null,
      autoApply: false,
      autoApplyRunTrigger: false,
      allowDestroyPlan: true,
      assessmentsEnabled: false,
      executionMode: 'remote',
      agentPoolId: null,
      fileTriggersEnabled: true,
      globalRemoteState: false,
      queueAllRuns: false,
      speculativeEnabled: true,
      terraformVersion: DEFAULT_TERRAFORM_VERSION,
      triggerPrefixes: [],
      triggerPatterns: [],
      workingDirectory: '',
      tagNames: [],
      sourceName: null,
      sourceUrl: null,
      projectId: defaultProject.id,
      locked: false,
      resourceCount: 0,
      vcsRepo: null,
      webhookId: null,
      webhookRepository: null,
      createdAt: now,
      updatedAt: now,
      extra: {},
    };
    if (typeof data.attributes.name !== 'string') return doc(ctx, 422, tfeError(422, 'invalid attribute', "Name can't be blank", '/data/attributes/name'));
    const errors = applyAttributes(ws, data.attributes);
    if (errors.length > 0) return doc(ctx, 422, { errors });
    const project = projectFrom(data);
    if (project === null) return doc(ctx, 422, tfeError(422, 'invalid relationship', 'Project not found', '/data/relationships/project'));
    if (project) ws.projectId = project;
    // go-tfe sends a new workspace's tags as the `tags` relationship, each with its name (not an id).
    const tags = (data.relationships?.tags as { data?: unknown } | undefined)?.data;
    if (Array.isArray(tags)) {
      const names = tags.map((t) => (t as { attributes?: { name?: unknown } })?.attributes?.name).filter((n): n is string => typeof n === 'string');
      ws.tagNames = [...new Set([...ws.tagNames, ...names.map((n) => n.toLowerCase())])];
    }
    if (findWorkspaceByName(ws.name)) return doc(ctx, 422, tfeError(422, 'invalid attribute', 'Name has already been taken', '/data/attributes/name'));
    const vcsInput = data.attributes['vcs-repo'];
    if (vcsInput && typeof vcsInput === 'object') {
      try {
        const linked = await link(vcsInput as Attributes);
        ws.vcsRepo = linked.vcs;
        ws.webhookId = linked.webhookId;
        ws.webhookRepository = linked.repository;
      } catch (err) {
        if (err instanceof LinkError) return doc(ctx, 422, err.body);
        throw err;
      }
    }
    // Linking took a while: another request may have taken the name meanwhile.
    if (findWorkspaceByName(ws.name)) {
      await unlink(ws);
      return doc(ctx, 422, tfeError(422, 'invalid attribute', 'Name has already been taken', '/data/attributes/name'));
    }
    state.workspaces.push(ws);
    // A new VCS workspace with queue-all-runs fetches its configuration and plans at once; without a
    // repository there is no configuration to run.
    if (ws.queueAllRuns && ws.vcsRepo) queueRun(ws, 'tfe-workspace-creation', 'Queued automatically: workspace created with queue-all-runs');
    doc(ctx, 201, { data: workspaceJson(ws) });
  };

  const updateWorkspace = async (ctx: Ctx, ws: TfeWorkspace | undefined) => {
    if (!ws) return doc(ctx, 404, NOT_FOUND);
    const data = dataOf(ctx);
    if (!data) return;
    const draft: TfeWorkspace = { ...ws, extra: { ...ws.extra }, triggerPatterns: [...ws.triggerPatterns], triggerPrefixes: [...ws.triggerPrefixes], tagNames: [...ws.tagNames] };
    const errors = applyAttributes(draft, data.attributes);
    if (errors.length > 0) return doc(ctx, 422, { errors });
    const project = projectFrom(data);
    if (project === null) return doc(ctx, 422, tfeError(422, 'invalid relationship', 'Project not found', '/data/relationships/project'));
    if (project) draft.projectId = project;
    if (draft.name !== ws.name && findWorkspaceByName(draft.name)) {
      return doc(ctx, 422, tfeError(422, 'invalid attribute', 'Name has already been taken', '/data/attributes/name'));
    }
    let unlinkOld = false;
    if ('vcs-repo' in data.attributes) {
      const input = data.attributes['vcs-repo'];
      if (input === null) {
        unlinkOld = !!ws.vcsRepo;
        draft.vcsRepo = null;
        draft.webhookId = null;
        draft.webhookRepository = null;
      } else if (typeof input === 'object') {
        const vcsInput = { ...(vcsJson(ws.vcsRepo) ?? {}), ...(input as Attributes) };
        if (sameLink(ws.vcsRepo, vcsInput)) {
          draft.vcsRepo = {
            ...ws.vcsRepo!,
            branch: typeof vcsInput.branch === 'string' ? vcsInput.branch : ws.vcsRepo!.branch,
            ingressSubmodules: typeof vcsInput['ingress-submodules'] === 'boolean' ? (vcsInput['ingress-submodules'] as boolean) : ws.vcsRepo!.ingressSubmodules,
            tagsRegex: typeof vcsInput['tags-regex'] === 'string' && vcsInput['tags-regex'] !== '' ? (vcsInput['tags-regex'] as string) : null,
          };
        } else {
          try {
            const linked = await link(vcsInput);
            draft.vcsRepo = linked.vcs;
            draft.webhookId = linked.webhookId;
            draft.webhookRepository = linked.repository;
            unlinkOld = !!ws.vcsRepo;
          } catch (err) {
            if (err instanceof LinkError) return doc(ctx, 422, err.body);
            throw err;
          }
        }
      }
    }
    if (!state.workspaces.includes(ws)) return doc(ctx, 404, NOT_FOUND);
    if (unlinkOld) await unlink(ws);
    draft.updatedAt = new Date().toISOString();
    Object.assign(ws, draft);
    if (ws.vcsRepo) delete ws.lostVcsRepo;
    doc(ctx, 200, { data: workspaceJson(ws) });
  };

  const safeDelete = async (ctx: Ctx, ws: TfeWorkspace | undefined) => {
    if (!ws) return doc(ctx, 404, NOT_FOUND);
    if (ws.locked) return doc(ctx, 409, tfeError(409, 'conflict', 'The workspace is locked and cannot be deleted'));
    if (ws.resourceCount > 0) {
      // go-tfe turns this answer into ErrWorkspaceNotSafeToDelete ("workspace cannot be safely deleted because it is still managing resources").
      return doc(ctx, 409, tfeError(409, 'conflict', 'Workspace cannot be safely deleted because it is still managing resources'));
    }
    await removeWorkspace(ws);
    noContent(ctx);
  };
  const forceDelete = async (ctx: Ctx, ws: TfeWorkspace | undefined) => {
    if (!ws) return doc(ctx, 404, NOT_FOUND);
    await removeWorkspace(ws);
    noContent(ctx);
  };

  const tagsOf = (ctx: Ctx): string[] | undefined => {
    const data = (ctx.json as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data)) {
      doc(ctx, 400, tfeError(400, 'bad request', 'data must be a list of tags'));
      return undefined;
    }
    return data.map((t: { attributes?: { name?: unknown } }) => String(t?.attributes?.name ?? '').toLowerCase()).filter((t) => t !== '');
  };

  const routes: Array<Route<Ctx>> = [
    {
      pattern: /^\/api\/v2\/organizations\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          doc(ctx, 200, {
            data: {
              id: organization,
              type: 'organizations',
              attributes: { name: organization, 'external-id': orgExternalId, email: `admin@${organization}.example.com`, 'created-at': orgCreatedAt, 'collaborator-auth-policy': 'password', 'cost-estimation-enabled': false },
              links: { self: `/api/v2/organizations/${organization}` },
            },
          });
        },
      },
    },
    {
      pattern: /^\/api\/v2\/organizations\/([^/]+)\/oauth-clients$/,
      methods: {
        GET: (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          doc(ctx, 200, pageOf(ctx, state.clients, clientJson, `/api/v2/organizations/${organization}/oauth-clients`));
        },
        POST: (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          const data = dataOf(ctx);
          if (!data) return;
          const a = data.attributes;
          const str = (k: string) => (typeof a[k] === 'string' && a[k] !== '' ? (a[k] as string) : null);
          const provider = str('service-provider');
          if (!provider || !(provider in SERVICE_PROVIDERS)) {
            return doc(ctx, 422, tfeError(422, 'invalid attribute', `Service provider ${provider ? `"${provider}" is not supported` : "can't be blank"}`, '/data/attributes/service-provider'));
          }
          for (const k of ['http-url', 'api-url']) {
            if (!str(k)) return doc(ctx, 422, tfeError(422, 'invalid attribute', `${k === 'http-url' ? 'HTTP URL' : 'API URL'} can't be blank`, `/data/attributes/${k}`));
          }
          if (DATA_CENTER_PROVIDERS.includes(provider) && !str('key')) {
            return doc(ctx, 422, tfeError(422, 'invalid attribute', "Key can't be blank", '/data/attributes/key'));
          }
          const uuid = randomUUID();
          const client: TfeOAuthClient = {
            id: externalId('oc'),
            name: str('name'),
            serviceProvider: provider,
            httpUrl: str('http-url')!,
            apiUrl: str('api-url')!,
            key: str('key'),
            secret: str('secret'),
            rsaPublicKey: str('rsa-public-key'),
            organizationScoped: a['organization-scoped'] !== false,
            createdAt: new Date().toISOString(),
            callbackUrl: `https://${hostname}/auth/${uuid}/callback`,
            connectPath: `/auth/${uuid}?organization_id=${orgExternalId}`,
            projectIds: [],
          };
          state.clients.push(client);
          doc(ctx, 201, { data: clientJson(client) });
        },
      },
    },
    {
      pattern: /^\/api\/v2\/oauth-clients\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          const client = findClient(p[0]);
          if (!client) return doc(ctx, 404, NOT_FOUND);
          doc(ctx, 200, { data: clientJson(client) });
        },
        PATCH: (ctx, p) => {
          const client = findClient(p[0]);
          if (!client) return doc(ctx, 404, NOT_FOUND);
          const data = dataOf(ctx);
          if (!data) return;
          const a = data.attributes;
          const setters: Record<string, (v: unknown) => void> = {
            name: (v) => (client.name = typeof v === 'string' ? v : null),
            key: (v) => (client.key = typeof v === 'string' ? v : null),
            secret: (v) => (client.secret = typeof v === 'string' ? v : null),
            'rsa-public-key': (v) => (client.rsaPublicKey = typeof v === 'string' ? v : null),
            'http-url': (v) => typeof v === 'string' && v !== '' && (client.httpUrl = v),
            'api-url': (v) => typeof v === 'string' && v !== '' && (client.apiUrl = v),
            'organization-scoped': (v) => typeof v === 'boolean' && (client.organizationScoped = v),
          };
          for (const [k, v] of Object.entries(a)) setters[k]?.(v);
          doc(ctx, 200, { data: clientJson(client) });
        },
        DELETE: (ctx, p) => {
          const client = findClient(p[0]);
          if (!client) return doc(ctx, 404, NOT_FOUND);
          state.clients = state.clients.filter((c) => c !== client);
          for (const token of state.tokens.filter((t) => t.clientId === client.id)) deleteToken(token, `OAuth client ${client.id} was deleted`);
          noContent(ctx);
        },
      },
    },
    {
      pattern: /^\/api\/v2\/oauth-clients\/([^/]+)\/oauth-tokens$/,
      methods: {
        GET: (ctx, p) => {
          const client = findClient(p[0]);
          if (!client) return doc(ctx, 404, NOT_FOUND);
          doc(ctx, 200, pageOf(ctx, state.tokens.filter((t) => t.clientId === client.id), tokenJson, `/api/v2/oauth-clients/${client.id}/oauth-tokens`));
        },
      },
    },
    {
      pattern: /^\/api\/v2\/oauth-clients\/([^/]+)\/relationships\/projects$/,
      methods: {
        POST: (ctx, p) => projectsRelationship(ctx, p[0], 'add'),
        DELETE: (ctx, p) => projectsRelationship(ctx, p[0], 'remove'),
      },
    },
    {
      pattern: /^\/api\/v2\/oauth-tokens\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          const token = findToken(p[0]);
          if (!token) return doc(ctx, 404, NOT_FOUND);
          doc(ctx, 200, { data: tokenJson(token) });
        },
        PATCH: (ctx, p) => {
          const token = findToken(p[0]);
          if (!token) return doc(ctx, 404, NOT_FOUND);
          const data = dataOf(ctx);
          if (!data) return;
          if ('ssh-key' in data.attributes) {
            const key = data.attributes['ssh-key'];
            if (key !== null && typeof key !== 'string') return doc(ctx, 422, tfeError(422, 'invalid attribute', 'SSH key must be a string', '/data/attributes/ssh-key'));
            token.sshKey = key === '' ? null : key;
          }
          doc(ctx, 200, { data: tokenJson(token) });
        },
        DELETE: (ctx, p) => {
          const token = findToken(p[0]);
          if (!token) return doc(ctx, 404, NOT_FOUND);
          deleteToken(token, `OAuth token ${token.id} was deleted`);
          noContent(ctx);
        },
      },
    },
    {
      pattern: /^\/api\/v2\/organizations\/([^/]+)\/workspaces$/,
      methods: {
        GET: (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          const search = ctx.url.searchParams.get('search[name]') ?? '';
          const projectId = ctx.url.searchParams.get('filter[project][id]');
          const items = state.workspaces.filter((w) => w.name.includes(search) && (!projectId || w.projectId === projectId));
          doc(ctx, 200, pageOf(ctx, items, workspaceJson, `/api/v2/organizations/${organization}/workspaces`));
        },
        POST: async (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          await createWorkspace(ctx);
        },
      },
    },
    {
      pattern: /^\/api\/v2\/organizations\/([^/]+)\/workspaces\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          const ws = findWorkspaceByName(p[1]);
          if (!ws) return doc(ctx, 404, NOT_FOUND);
          doc(ctx, 200, { data: workspaceJson(ws) });
        },
        PATCH: async (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          await updateWorkspace(ctx, findWorkspaceByName(p[1]));
        },
        DELETE: async (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          await forceDelete(ctx, findWorkspaceByName(p[1]));
        },
      },
    },
    {
      pattern: /^\/api\/v2\/organizations\/([^/]+)\/workspaces\/([^/]+)\/actions\/safe-delete$/,
      methods: {
        POST: async (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          await safeDelete(ctx, findWorkspaceByName(p[1]));
        },
      },
    },
    {
      pattern: /^\/api\/v2\/workspaces\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          const ws = findWorkspace(p[0]);
          if (!ws) return doc(ctx, 404, NOT_FOUND);
          doc(ctx, 200, { data: workspaceJson(ws) });
        },
        PATCH: (ctx, p) => updateWorkspace(ctx, findWorkspace(p[0])),
        DELETE: (ctx, p) => forceDelete(ctx, findWorkspace(p[0])),
      },
    },
    { pattern: /^\/api\/v2\/workspaces\/([^/]+)\/actions\/safe-delete$/, methods: { POST: (ctx, p) => safeDelete(ctx, findWorkspace(p[0])) } },
    { pattern: /^\/api\/v2\/workspaces\/([^/]+)\/actions\/force-delete$/, methods: { POST: (ctx, p) => forceDelete(ctx, findWorkspace(p[0])) } },
    {
      pattern: /^\/api\/v2\/workspaces\/([^/]+)\/relationships\/tags$/,
      methods: {
        GET: (ctx, p) => {
          const ws = findWorkspace(p[0]);
          if (!ws) return doc(ctx, 404, NOT_FOUND);
          doc(ctx, 200, pageOf(ctx, ws.tagNames, (name) => ({ id: `tag-${name}`, type: 'tags', attributes: { name, 'instance-count': 1 } }), `/api/v2/workspaces/${ws.id}/relationships/tags`));
        },
        POST: (ctx, p) => {
          const ws = findWorkspace(p[0]);
          if (!ws) return doc(ctx, 404, NOT_FOUND);
          const tags = tagsOf(ctx);
          if (!tags) return;
          ws.tagNames = [...new Set([...ws.tagNames, ...tags])];
          noContent(ctx);
        },
        DELETE: (ctx, p) => {
          const ws = findWorkspace(p[0]);
          if (!ws) return doc(ctx, 404, NOT_FOUND);
          const tags = tagsOf(ctx);
          if (!tags) return;
          ws.tagNames = ws.tagNames.filter((t) => !tags.includes(t));
          noContent(ctx);
        },
      },
    },
    {
      pattern: /^\/api\/v2\/organizations\/([^/]+)\/projects$/,
      methods: {
        GET: (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          const name = ctx.url.searchParams.get('filter[names]');
          const items = state.projects.filter((pr) => !name || name.split(',').includes(pr.name));
          doc(ctx, 200, pageOf(ctx, items, projectJson, `/api/v2/organizations/${organization}/projects`));
        },
        POST: (ctx, p) => {
          if (!orgOr404(ctx, p[0])) return;
          const data = dataOf(ctx);
          if (!data) return;
          const name = typeof data.attributes.name === 'string' ? data.attributes.name : '';
          if (!name) return doc(ctx, 422, tfeError(422, 'invalid attribute', "Name can't be blank", '/data/attributes/name'));
          if (state.projects.some((pr) => pr.name === name)) return doc(ctx, 422, tfeError(422, 'invalid attribute', 'Name has already been taken', '/data/attributes/name'));
          const project: TfeProject = { id: externalId('prj'), name, description: typeof data.attributes.description === 'string' ? data.attributes.description : null };
          state.projects.push(project);
          doc(ctx, 201, { data: projectJson(project) });
        },
      },
    },
    {
      pattern: /^\/api\/v2\/projects\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          const project = state.projects.find((pr) => pr.id === p[0]);
          if (!project) return doc(ctx, 404, NOT_FOUND);
          doc(ctx, 200, { data: projectJson(project) });
        },
      },
    },
  ];

  function projectsRelationship(ctx: Ctx, clientId: string, op: 'add' | 'remove') {
    const client = findClient(clientId);
    if (!client) return doc(ctx, 404, NOT_FOUND);
    const data = (ctx.json as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data)) return doc(ctx, 400, tfeError(400, 'bad request', 'data must be a list of projects'));
    const ids = data.map((d: { id?: unknown }) => String(d?.id ?? ''));
    const unknown = ids.find((id) => !state.projects.some((pr) => pr.id === id));
    if (unknown) return doc(ctx, 404, NOT_FOUND);
    client.projectIds = op === 'add' ? [...new Set([...client.projectIds, ...ids])] : client.projectIds.filter((id) => !ids.includes(id));
    return noContent(ctx);
  }

  const handler: Handler = async (req, res) => {
    const parsed = await readRequest(req);
    const path = parsed.url.pathname;
    const authorized = req.headers.authorization === `Bearer ${opts.token}`;
    const call: TfeRequest = {
      method: parsed.method,
      path,
      query: firstValues(parsed.url.searchParams),
      rawQuery: parsed.url.search,
      body: parsed.json ?? (parsed.text === '' ? undefined : parsed.text),
      authorized,
    };
    requests.push(call);
    recordStatus(res, call);
    const ctx: Ctx = { res, url: parsed.url, json: parsed.json, jsonError: parsed.jsonError };

    // Service discovery and the ping go-tfe makes before anything else need no token.
    if (path === '/.well-known/terraform.json' && parsed.method === 'GET') {
      return send(res, 200, { 'modules.v1': '/api/registry/v1/modules/', 'motd.v1': '/api/terraform/motd', 'state.v2': '/api/v2/', 'tfe.v2': '/api/v2/', 'tfe.v2.1': '/api/v2/', 'tfe.v2.2': '/api/v2/', 'versions.v1': '/api/versions/' }, 'application/json');
    }
    if (path === '/api/v2/ping' && parsed.method === 'GET') {
      return send(res, 204, undefined, JSON_API, { 'tfp-api-version': '2.6', 'x-tfe-version': 'v202501-1' });
    }
    if (!req.headers.authorization) return doc(ctx, 401, UNAUTHORIZED);
    // An unknown token learns nothing: TFE answers as if the resource did not exist.
    if (!authorized) return doc(ctx, 404, NOT_FOUND);
    const match = matchRoute(routes, path);
    if (!match) return doc(ctx, 404, NOT_FOUND);
    const method = match.route.methods[parsed.method];
    if (!method) return doc(ctx, 404, NOT_FOUND);
    await method(ctx, match.params);
  };

  const server = await startServer(handler, opts.tls);
  url = server.url;
  hostname = new URL(server.url).host;

  return {
    url,
    hostname,
    organization,
    state,
    requests,
    get runs() {
      return state.runs;
    },
    inject: (pattern, act, times) => server.inject(pattern, act, times),
    close: () => server.close(),
    workspaces: () => state.workspaces,
    workspace: (name) => findWorkspaceByName(name),
    clients: () => state.clients,
    tokens: () => state.tokens,
    setResourceCount(name, count) {
      const ws = findWorkspaceByName(name);
      if (!ws) throw new Error(`no workspace ${name} in the TFE fake`);
      ws.resourceCount = count;
    },
    async deleteWorkspace(name) {
      const ws = findWorkspaceByName(name);
      if (!ws) throw new Error(`no workspace ${name} in the TFE fake`);
      await removeWorkspace(ws);
    },
    authorize(clientId, asUser) {
      const client = findClient(clientId);
      if (!client) throw new Error(`TFE: no OAuth client ${clientId} in organization ${organization}`);
      if (!DATA_CENTER_PROVIDERS.includes(client.serviceProvider)) {
        throw new Error(`TFE: OAuth client ${clientId} is ${client.serviceProvider}; this fake authorizes Bitbucket Data Center clients only`);
      }
      const user = bitbucket.user(asUser);
      if (!user || !user.active) throw new Error(`Bitbucket: cannot log in as "${asUser}" (no such active user)`);
      const key = client.key ?? '';
      const linked = bitbucket.state.applicationLinks.find((l) => l.incomingConsumerKey === key && bitbucket.consumerOf(l.id));
      if (!linked) {
        throw new Error(
          `Bitbucket refused the OAuth request from TFE (oauth_problem=consumer_key_unknown): no application link has an incoming consumer with key "${key}". ` +
            'Create the application link and its incoming authentication with the OAuth client\'s key, then connect again.',
        );
      }
      if (!client.secret || !bitbucket.verifyConsumer(key, client.secret)) {
        throw new Error(
          `Bitbucket refused the OAuth request from TFE (oauth_problem=signature_invalid): the public key of consumer "${key}" on application link ${linked.id} ` +
            `does not belong to OAuth client ${client.id}'s private key.`,
        );
      }
      for (const old of state.tokens.filter((t) => t.clientId === client.id)) deleteToken(old, `OAuth client ${client.id} was authorized again`);
      const access = bitbucket.issueOAuthAccessToken(key, user.name);
      const token: TfeOAuthToken = {
        id: externalId('ot'),
        clientId: client.id,
        uid: randomUUID(),
        createdAt: new Date().toISOString(),
        serviceProviderUser: user.name,
        sshKey: null,
        bitbucketAccessToken: access.token,
      };
      state.tokens.push(token);
      return token;
    },
  };
}
