import { createHash, createPublicKey, KeyObject } from 'node:crypto';
import * as http from 'node:http';
import { applicationLinkId, normaliseApplicationUrl } from '../../../lib/domain/bitbucket-data-center';
import { FakeServer, Handler, startServer } from '../../doctor/fakes/server';
import { firstValues, matchRoute, readRequest, RecordedCall, recordStatus, Route, send, stripTrailingSlashes } from './http';

/*
 * A stateful Bitbucket Data Center 9.2 for end-to-end tests: real Terraform (through stand-in providers) and
 * the TFE fake call it over HTTP, and tests assert on what it holds afterwards. Paths, status codes and bodies
 * follow the 9.2 OpenAPI description where it covers them; the applinks resources, which it does not cover,
 * follow DESIGN.md. Tests change `state` directly to play "somebody changed it by hand".
 */

export type RepoPermission = 'REPO_READ' | 'REPO_WRITE' | 'REPO_ADMIN';
export type ProjectPermission = 'PROJECT_READ' | 'PROJECT_WRITE' | 'PROJECT_ADMIN';
export type GlobalPermission = 'LICENSED_USER' | 'PROJECT_CREATE' | 'ADMIN' | 'SYS_ADMIN';

export interface DcUserInput {
  readonly name: string;
  readonly password: string;
  /** Global ADMIN (application links, every repository). */
  readonly admin?: boolean;
  /** Overrides `admin`, e.g. SYS_ADMIN or PROJECT_CREATE. */
  readonly globalPermission?: GlobalPermission;
  readonly displayName?: string;
  readonly emailAddress?: string;
}

export interface DcUser {
  readonly id: number;
  name: string;
  slug: string;
  displayName: string;
  emailAddress: string;
  password: string;
  active: boolean;
  globalPermission: GlobalPermission;
}

export interface DcProject {
  readonly id: number;
  key: string;
  name: string;
  /** Direct project grants by user name. */
  permissions: Record<string, ProjectPermission>;
}

export interface DcWebhook {
  readonly id: number;
  name: string;
  url: string;
  events: string[];
  active: boolean;
  configuration: Record<string, unknown>;
  sslVerificationRequired: boolean;
  createdDate: number;
  updatedDate: number;
  /** Name of the user whose request created it (TFE creates webhooks as the user who authorized its token). */
  readonly createdBy: string;
}

export interface DcRepository {
  readonly id: number;
  projectKey: string;
  slug: string;
  name: string;
  /** Direct repository grants by user name; they follow the repository through a rename, as in Bitbucket. */
  permissions: Record<string, RepoPermission>;
  webhooks: DcWebhook[];
}

export interface OAuthDirection {
  enabled: boolean;
  twoLoEnabled: boolean;
  twoLoImpersonationEnabled: boolean;
}

export interface DcApplicationLink {
  readonly id: string;
  name: string;
  readonly rpcUrl: string;
  displayUrl: string;
  readonly typeId: string;
  /**
   * The link's property naming its incoming consumer. Consumers live in one store keyed by consumer key, so
   * two links can name the same key, and removing one link removes the consumer the other one uses.
   */
  incomingConsumerKey?: string;
  outgoing: OAuthDirection;
}

export interface DcConsumer {
  readonly key: string;
  name: string;
  /** Base64 SubjectPublicKeyInfo DER without armour or line breaks, the form the consumer resource returns. */
  publicKey: string;
  description: string | null;
  callback: string | null;
  outgoing: boolean;
  twoLOAllowed: boolean;
  twoLOImpersonationAllowed: boolean;
  executingTwoLOUser: string | null;
}

/** An OAuth 1.0a access token Bitbucket issued to a consumer when a person clicked "Allow". */
export interface DcOAuthAccessToken {
  readonly token: string;
  readonly consumerKey: string;
  readonly user: string;
  readonly createdAt: string;
  /** Set once the token no longer works: its consumer was removed or replaced. */
  revoked?: { readonly at: string; readonly reason: string };
}

export interface DcSshKey {
  readonly id: number;
  readonly user: string;
  readonly text: string;
  label: string;
  readonly algorithmType: string;
  readonly bitLength: number;
  readonly fingerprint: string;
  readonly createdDate: string;
}

export interface DcState {
  users: DcUser[];
  /** HTTP access tokens: `Authorization: Bearer <token>` authenticates as `user`. */
  accessTokens: Array<{ token: string; user: string }>;
  projects: DcProject[];
  repositories: DcRepository[];
  applicationLinks: DcApplicationLink[];
  /** The OAuth service provider's consumer store, keyed by consumer key. */
  consumers: DcConsumer[];
  oauthAccessTokens: DcOAuthAccessToken[];
  sshKeys: DcSshKey[];
}

export interface DcRequest extends RecordedCall {
  /** Authenticated user name, undefined for anonymous or rejected requests. */
  readonly user: string | undefined;
}

export interface FakeBitbucketDcOptions {
  readonly users: DcUserInput[];
  /** "PROJECT/slug"; projects are created as needed. */
  readonly repositories: string[];
  /** e.g. "/bitbucket"; "" or omitted for an instance at the root. */
  readonly contextPath?: string;
  /** Serve https with this key and certificate. @default - plain http */
  readonly tls?: { readonly key: string; readonly cert: string };
}

export interface FakeBitbucketDc {
  /** Instance URL including the context path (TFE's http-url). */
  readonly url: string;
  /** Instance URL without the context path (TFE's api-url). */
  readonly apiUrl: string;
  readonly contextPath: string;
  readonly state: DcState;
  /** Requests in arrival order; `path` is below the context path. */
  readonly requests: DcRequest[];
  /** Plays `act` instead of the normal answer for the next `times` requests whose path matches. */
  inject: FakeServer['inject'];
  /**
   * Answers requests with this method whose path (below the context path) matches only after `ms` milliseconds,
   * as a busy instance does: a missing ordering between two calls then shows, instead of winning the race.
   */
  slowDown(method: string, pattern: RegExp, ms: number): void;
  close(): Promise<void>;

  addUser(user: DcUserInput): DcUser;
  user(name: string): DcUser | undefined;
  /** Registers an HTTP access token for `user` and returns it. */
  addAccessToken(user: string, token?: string): string;
  addRepository(ref: string): DcRepository;
  repository(ref: string): DcRepository | undefined;
  /** Deletes the repository with its grants and webhooks, as deleting it in Bitbucket's UI does. */
  deleteRepository(ref: string): void;
  /** Renames (or moves) the repository; it keeps its id, grants and webhooks. */
  renameRepository(from: string, to: string): DcRepository;
  grantRepository(ref: string, user: string, permission: RepoPermission): void;
  grantProject(projectKey: string, user: string, permission: ProjectPermission): void;
  revokePermission(ref: string, user: string): void;
  /** Direct repository grants, by user name. */
  grantHolders(ref: string): Record<string, RepoPermission>;
  webhooksOf(ref: string): DcWebhook[];
  sshKeysOf(user: string): DcSshKey[];
  applicationLink(id: string): DcApplicationLink | undefined;
  /** Deletes the link, its incoming consumer (by the key the link names) and so every token issued to it. */
  deleteApplicationLink(id: string): void;
  consumerOf(linkId: string): DcConsumer | undefined;
  /**
   * Whether a consumer with `consumerKey` is configured on an application link and holds the public half of
   * `keyPem` (a PEM private key, as TFE's `secret`, or a PEM public key).
   */
  verifyConsumer(consumerKey: string, keyPem: string): boolean;
  /** Issues an OAuth access token to the consumer on behalf of `user` (the "Allow" click). */
  issueOAuthAccessToken(consumerKey: string, user: string): DcOAuthAccessToken;
  /** Why Bitbucket would reject the access token (an OAuth `oauth_problem`), undefined when it is valid. */
  oauthAccessProblem(token: string): string | undefined;
}

const REPO_RANK: Record<RepoPermission, number> = { REPO_READ: 1, REPO_WRITE: 2, REPO_ADMIN: 3 };
const PROJECT_RANK: Record<ProjectPermission, number> = { PROJECT_READ: 1, PROJECT_WRITE: 2, PROJECT_ADMIN: 3 };
const PROJECT_IMPLIES: Record<ProjectPermission, RepoPermission> = { PROJECT_READ: 'REPO_READ', PROJECT_WRITE: 'REPO_WRITE', PROJECT_ADMIN: 'REPO_ADMIN' };

const JSON_TYPE = 'application/json;charset=UTF-8';

/** Bitbucket's error envelope (RestErrorMessage). */
export function bitbucketError(message: string, exceptionName: string | null = null, context: string | null = null) {
  return { errors: [{ context, message, exceptionName }] };
}

export const NOT_PERMITTED = bitbucketError('You are not permitted to access this resource', 'com.atlassian.bitbucket.AuthorisationException');
export const BAD_CREDENTIALS = bitbucketError(
  'Authentication failed. Please check your credentials and try again.',
  'com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException',
);
/** The Atlassian REST framework's answer when an admin-only resource (all of applinks) is called by anybody else. */
const ADMIN_ONLY = { 'status-code': 401, message: 'Client must be authenticated as an administrator to access this resource.' };

function isAdmin(user: DcUser | undefined): boolean {
  return !!user && (user.globalPermission === 'ADMIN' || user.globalPermission === 'SYS_ADMIN');
}

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
}

function splitRef(ref: string): { projectKey: string; slug: string } {
  const parts = ref.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new Error(`repository reference "${ref}" is not "PROJECT/slug"`);
  }
  return { projectKey: parts[0], slug: parts[1] };
}

/** Public key text (PEM or bare Base64 SPKI DER) or a PEM private key -> SPKI DER. Throws on anything else. */
function spkiOf(text: string, acceptPkcs1: boolean): Buffer {
  const trimmed = text.trim();
  let key: KeyObject;
  if (trimmed.includes('-----BEGIN')) {
    if (!acceptPkcs1 && /-----BEGIN RSA PUBLIC KEY-----/.test(trimmed)) {
      // Atlassian's RSAKeys strips the armour and reads the rest as X.509 (SubjectPublicKeyInfo); PKCS#1 fails there.
      throw new Error('not an X.509 public key');
    }
    key = createPublicKey(trimmed);
  } else {
    key = createPublicKey({ key: Buffer.from(trimmed.replace(/\s+/g, ''), 'base64'), format: 'der', type: 'spki' });
  }
  if (key.asymmetricKeyType !== 'rsa') throw new Error('not an RSA key');
  return key.export({ type: 'spki', format: 'der' });
}

interface ParsedSshKey {
  readonly blob: Buffer;
  readonly algorithmType: string;
  readonly bitLength: number;
  readonly comment: string;
}

/** Parses an OpenSSH public key line ("ssh-rsa AAAA... comment"); undefined when it is not one. */
function parseSshKey(text: string): ParsedSshKey | undefined {
  const match = /^\s*(\S+)\s+([A-Za-z0-9+/=]+)(?:\s+(.*?))?\s*$/.exec(text);
  if (!match) return undefined;
  const blob = Buffer.from(match[2], 'base64');
  const fields: Buffer[] = [];
  let offset = 0;
  while (offset + 4 <= blob.length) {
    const length = blob.readUInt32BE(offset);
    if (offset + 4 + length > blob.length) return undefined;
    fields.push(blob.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  if (offset !== blob.length || fields.length === 0 || fields[0].toString('latin1') !== match[1]) return undefined;
  const type = match[1];
  const bits = (mpint: Buffer | undefined) => {
    if (!mpint) return 0;
    let i = 0;
    while (i < mpint.length && mpint[i] === 0) i++;
    return i === mpint.length ? 0 : (mpint.length - i - 1) * 8 + (32 - Math.clz32(mpint[i]));
  };
  if (type === 'ssh-rsa' && fields.length === 3) return { blob, algorithmType: 'RSA', bitLength: bits(fields[2]), comment: match[3] ?? '' };
  if (type === 'ssh-dss' && fields.length === 5) return { blob, algorithmType: 'DSA', bitLength: bits(fields[1]), comment: match[3] ?? '' };
  if (type === 'ssh-ed25519' && fields.length === 2 && fields[1].length === 32) return { blob, algorithmType: 'ED25519', bitLength: 256, comment: match[3] ?? '' };
  const ecdsa = /^ecdsa-sha2-nistp(256|384|521)$/.exec(type);
  if (ecdsa && fields.length === 3) return { blob, algorithmType: 'EC', bitLength: Number(ecdsa[1]), comment: match[3] ?? '' };
  return undefined;
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A plain XML rendering of a JSON value, for the applinks resources' answer to clients that did not ask for JSON. */
function toXml(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) return value.map((item) => toXml(name, item)).join('');
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>).map(([k, v]) => toXml(k, v)).join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${xmlEscape(String(value))}</${name}>`;
}

interface Ctx {
  readonly res: http.ServerResponse;
  readonly url: URL;
  readonly json: unknown;
  readonly jsonError: boolean;
  readonly caller: DcUser | undefined;
  readonly wantsJson: boolean;
}

export async function startFakeBitbucketDc(opts: FakeBitbucketDcOptions): Promise<FakeBitbucketDc> {
  const contextPath = stripTrailingSlashes(opts.contextPath ?? '');
  if (contextPath !== '' && !contextPath.startsWith('/')) throw new Error(`contextPath must start with "/": ${contextPath}`);
  const state: DcState = { users: [], accessTokens: [], projects: [], repositories: [], applicationLinks: [], consumers: [], oauthAccessTokens: [], sshKeys: [] };
  const requests: DcRequest[] = [];
  let nextUserId = 1;
  let nextProjectId = 1;
  let nextRepositoryId = 1;
  let nextWebhookId = 1;
  let nextSshKeyId = 1;
  let tokenCounter = 0;
  let base = '';
  let origin = '';

  // ---- state helpers ------------------------------------------------------------------------------------

  const findUser = (name: string) => state.users.find((u) => u.name.toLowerCase() === name.toLowerCase() || u.slug === name.toLowerCase());
  const findProject = (key: string) => state.projects.find((p) => p.key.toLowerCase() === key.toLowerCase());
  const findRepository = (projectKey: string, slug: string) =>
    state.repositories.find((r) => r.projectKey.toLowerCase() === projectKey.toLowerCase() && r.slug.toLowerCase() === slug.toLowerCase());
  const findRef = (ref: string) => {
    const { projectKey, slug } = splitRef(ref);
    return findRepository(projectKey, slug);
  };
  const mustRef = (ref: string) => {
    const repo = findRef(ref);
    if (!repo) throw new Error(`no repository ${ref} in the Bitbucket fake`);
    return repo;
  };
  const projectOf = (repo: DcRepository) => findProject(repo.projectKey)!;

  const addUser = (input: DcUserInput): DcUser => {
    if (findUser(input.name)) throw new Error(`user ${input.name} already exists`);
    const user: DcUser = {
      id: nextUserId++,
      name: input.name,
      slug: slugOf(input.name),
      displayName: input.displayName ?? input.name,
      emailAddress: input.emailAddress ?? `${slugOf(input.name)}@example.com`,
      password: input.password,
      active: true,
      globalPermission: input.globalPermission ?? (input.admin ? 'ADMIN' : 'LICENSED_USER'),
    };
    state.users.push(user);
    return user;
  };

  const ensureProject = (key: string): DcProject => {
    let project = findProject(key);
    if (!project) {
      project = { id: nextProjectId++, key, name: key, permissions: {} };
      state.projects.push(project);
    }
    return project;
  };

  const addRepository = (ref: string): DcRepository => {
    const { projectKey, slug } = splitRef(ref);
    if (findRepository(projectKey, slug)) throw new Error(`repository ${ref} already exists`);
    const project = ensureProject(projectKey);
    const repo: DcRepository = { id: nextRepositoryId++, projectKey: project.key, slug, name: slug, permissions: {}, webhooks: [] };
    state.repositories.push(repo);
    return repo;
  };

  const effectiveRepoPermission = (user: DcUser | undefined, repo: DcRepository): RepoPermission | undefined => {
    if (!user || !user.active) return undefined;
    if (isAdmin(user)) return 'REPO_ADMIN';
    const candidates: RepoPermission[] = [];
    const direct = repo.permissions[user.name];
    if (direct) candidates.push(direct);
    const projectPermission = projectOf(repo).permissions[user.name];
    if (projectPermission) candidates.push(PROJECT_IMPLIES[projectPermission]);
    return candidates.sort((a, b) => REPO_RANK[b] - REPO_RANK[a])[0];
  };
  const hasRepoPermission = (user: DcUser | undefined, repo: DcRepository, needed: RepoPermission) => {
    const held = effectiveRepoPermission(user, repo);
    return !!held && REPO_RANK[held] >= REPO_RANK[needed];
  };
  const hasProjectPermission = (user: DcUser | undefined, project: DcProject, needed: ProjectPermission) => {
    if (!user || !user.active) return false;
    if (isAdmin(user)) return true;
    const held = project.permissions[user.name];
    return !!held && PROJECT_RANK[held] >= PROJECT_RANK[needed];
  };
  const canSeeProject = (user: DcUser | undefined, project: DcProject) =>
    hasProjectPermission(user, project, 'PROJECT_READ') ||
    state.repositories.some((r) => r.projectKey === project.key && !!effectiveRepoPermission(user, r));

  const consumerByKey = (key: string | undefined) => (key === undefined ? undefined : state.consumers.find((c) => c.key === key));
  const consumerOf = (linkId: string) => {
    const link = state.applicationLinks.find((l) => l.id === linkId);
    return link ? consumerByKey(link.incomingConsumerKey) : undefined;
  };

  const revokeTokensOf = (consumerKey: string, reason: string) => {
    const at = new Date().toISOString();
    for (const token of state.oauthAccessTokens) {
      if (token.consumerKey === consumerKey && !token.revoked) token.revoked = { at, reason };
    }
  };
  const removeConsumer = (key: string | undefined, reason: string) => {
    if (key === undefined) return;
    const index = state.consumers.findIndex((c) => c.key === key);
    if (index >= 0) state.consumers.splice(index, 1);
    revokeTokensOf(key, reason);
  };
  const deleteLink = (id: string): boolean => {
    const index = state.applicationLinks.findIndex((l) => l.id === id);
    if (index < 0) return false;
    const [link] = state.applicationLinks.splice(index, 1);
    removeConsumer(link.incomingConsumerKey, `application link ${id} was deleted`);
    return true;
  };

  // ---- representations -----------------------------------------------------------------------------------

  const userJson = (user: DcUser) => ({
    name: user.name,
    emailAddress: user.emailAddress,
    active: user.active,
    displayName: user.displayName,
    id: user.id,
    slug: user.slug,
    type: 'NORMAL',
    links: { self: [{ href: `${base}/users/${user.slug}` }] },
  });
  const projectJson = (project: DcProject) => ({
    key: project.key,
    id: project.id,
    name: project.name,
    public: false,
    type: 'NORMAL',
    links: { self: [{ href: `${base}/projects/${project.key}` }] },
  });
  const repositoryJson = (repo: DcRepository) => {
    const host = new URL(base).host;
    return {
      slug: repo.slug,
      id: repo.id,
      name: repo.name,
      hierarchyId: createHash('sha1').update(String(repo.id)).digest('hex').slice(0, 20),
      scmId: 'git',
      state: 'AVAILABLE',
      statusMessage: 'Available',
      forkable: true,
      project: projectJson(projectOf(repo)),
      public: false,
      archived: false,
      links: {
        clone: [
          { href: `${base}/scm/${repo.projectKey.toLowerCase()}/${repo.slug}.git`, name: 'http' },
          { href: `ssh://git@${host.replace(/:\d+$/, '')}:7999/${repo.projectKey.toLowerCase()}/${repo.slug}.git`, name: 'ssh' },
        ],
        self: [{ href: `${base}/projects/${repo.projectKey}/repos/${repo.slug}/browse` }],
      },
    };
  };
  const webhookJson = (hook: DcWebhook) => ({
    id: hook.id,
    name: hook.name,
    createdDate: hook.createdDate,
    updatedDate: hook.updatedDate,
    events: hook.events,
    configuration: hook.configuration,
    url: hook.url,
    active: hook.active,
    scopeType: 'repository',
    sslVerificationRequired: hook.sslVerificationRequired,
  });
  const primaryOf = (link: DcApplicationLink) => state.applicationLinks.find((l) => l.typeId === link.typeId)?.id === link.id;
  const linkJson = (link: DcApplicationLink) => ({
    id: link.id,
    name: link.name,
    rpcUrl: link.rpcUrl,
    displayUrl: link.displayUrl,
    typeId: link.typeId,
    system: false,
    primary: primaryOf(link),
  });
  const consumerJson = (consumer: DcConsumer) => ({
    key: consumer.key,
    name: consumer.name,
    description: consumer.description,
    publicKey: consumer.publicKey,
    callback: consumer.callback,
    outgoing: consumer.outgoing,
    twoLOAllowed: consumer.twoLOAllowed,
    executingTwoLOUser: consumer.executingTwoLOUser,
    twoLOImpersonationAllowed: consumer.twoLOImpersonationAllowed,
  });
  const oauthStatusJson = (link: DcApplicationLink) => {
    const consumer = consumerByKey(link.incomingConsumerKey);
    return {
      incoming: {
        enabled: !!consumer,
        twoLoEnabled: !!consumer?.twoLOAllowed,
        twoLoImpersonationEnabled: !!consumer?.twoLOImpersonationAllowed,
      },
      outgoing: { ...link.outgoing },
    };
  };
  const sshKeyJson = (key: DcSshKey) => ({
    id: key.id,
    text: key.text,
    label: key.label,
    algorithmType: key.algorithmType,
    bitLength: key.bitLength,
    fingerprint: key.fingerprint,
    createdDate: key.createdDate,
  });

  const page = <T>(ctx: Ctx, items: T[], render: (item: T) => unknown) => {
    const start = Math.max(0, Number(ctx.url.searchParams.get('start') ?? '0') || 0);
    const limit = Math.min(1000, Math.max(1, Number(ctx.url.searchParams.get('limit') ?? '25') || 25));
    const values = items.slice(start, start + limit);
    const isLastPage = start + values.length >= items.length;
    return { size: values.length, limit, isLastPage, start, values: values.map(render), ...(isLastPage ? {} : { nextPageStart: start + values.length }) };
  };

  // ---- answers ---------------------------------------------------------------------------------------------

  const authenticated = (ctx: Ctx): http.OutgoingHttpHeaders => (ctx.caller ? { 'x-ausername': ctx.caller.name, 'x-auserid': String(ctx.caller.id) } : {});
  const json = (ctx: Ctx, status: number, body: unknown) => send(ctx.res, status, body, JSON_TYPE, authenticated(ctx));
  const noContent = (ctx: Ctx) => send(ctx.res, 204, undefined, JSON_TYPE, authenticated(ctx));
  /** applinks answers XML unless the request asked for JSON. */
  const applinks = (ctx: Ctx, status: number, body: unknown, xmlRoot: string) => {
    if (body === undefined) {
      send(ctx.res, status, undefined, JSON_TYPE, authenticated(ctx));
    } else if (ctx.wantsJson) {
      send(ctx.res, status, body, 'application/json', authenticated(ctx));
    } else {
      send(ctx.res, status, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${toXml(xmlRoot, body)}`, 'application/xml', authenticated(ctx));
    }
  };
  const noSuchRepository = (ctx: Ctx, projectKey: string, slug: string) =>
    json(ctx, 404, bitbucketError(`Repository ${projectKey}/${slug} does not exist.`, 'com.atlassian.bitbucket.repository.NoSuchRepositoryException'));
  const noSuchProject = (ctx: Ctx, projectKey: string) =>
    json(ctx, 404, bitbucketError(`Project ${projectKey} does not exist.`, 'com.atlassian.bitbucket.project.NoSuchProjectException'));
  const noSuchUser = (ctx: Ctx, name: string) => json(ctx, 404, bitbucketError(`User ${name} does not exist.`, 'com.atlassian.bitbucket.user.NoSuchUserException'));
  const badJson = (ctx: Ctx) => json(ctx, 400, bitbucketError('The request body is not valid JSON.', null));

  const repoOr404 = (ctx: Ctx, projectKey: string, slug: string): DcRepository | undefined => {
    const repo = findRepository(projectKey, slug);
    if (!repo) noSuchRepository(ctx, projectKey, slug);
    return repo;
  };

  // ---- core REST API (/rest/api/1.0) ---------------------------------------------------------------------

  const repoPermissionUsers = (kind: 'repo' | 'project') => ({
    GET: (ctx: Ctx, p: string[]) => {
      const target = kind === 'repo' ? repoOr404(ctx, p[0], p[1]) : findProject(p[0]);
      if (!target) return kind === 'project' ? noSuchProject(ctx, p[0]) : undefined;
      if (!permitted(ctx, kind, target)) return json(ctx, 401, NOT_PERMITTED);
      const filter = (ctx.url.searchParams.get('filter') ?? '').toLowerCase();
      const grants = Object.entries((target as DcRepository | DcProject).permissions)
        .map(([name, permission]) => ({ user: findUser(name), permission }))
        .filter((g): g is { user: DcUser; permission: RepoPermission | ProjectPermission } => !!g.user)
        .filter((g) => filter === '' || g.user.name.toLowerCase().includes(filter) || g.user.displayName.toLowerCase().includes(filter))
        .sort((a, b) => a.user.name.localeCompare(b.user.name));
      return json(ctx, 200, page(ctx, grants, (g) => ({ user: userJson(g.user), permission: g.permission })));
    },
    PUT: (ctx: Ctx, p: string[]) => {
      const target = kind === 'repo' ? repoOr404(ctx, p[0], p[1]) : findProject(p[0]);
      if (!target) return kind === 'project' ? noSuchProject(ctx, p[0]) : undefined;
      if (!permitted(ctx, kind, target)) return json(ctx, 401, NOT_PERMITTED);
      const names = ctx.url.searchParams.getAll('name');
      const permission = ctx.url.searchParams.get('permission') ?? '';
      const valid = kind === 'repo' ? permission in REPO_RANK : permission in PROJECT_RANK;
      if (!valid) {
        return json(ctx, 400, bitbucketError(`The permission "${permission}" is not a valid ${kind === 'repo' ? 'repository' : 'project'} permission.`, null, 'permission'));
      }
      if (names.length === 0) return json(ctx, 400, bitbucketError('At least one user name is required.', null, 'name'));
      const users = names.map((name) => ({ name, user: findUser(name) }));
      const missing = users.find((u) => !u.user);
      if (missing) return noSuchUser(ctx, missing.name);
      // A caller may not lower their own level unless a wider permission already implies it.
      if (users.some((u) => u.user === ctx.caller) && ownLevelDrops(ctx.caller!, kind, target, permission)) {
        return json(ctx, 403, bitbucketError('You cannot reduce your own permission level.', 'com.atlassian.bitbucket.permission.PermissionException'));
      }
      for (const { user } of users) {
        (target as { permissions: Record<string, string> }).permissions[user!.name] = permission;
      }
      return noContent(ctx);
    },
    DELETE: (ctx: Ctx, p: string[]) => {
      const target = kind === 'repo' ? repoOr404(ctx, p[0], p[1]) : findProject(p[0]);
      if (!target) return kind === 'project' ? noSuchProject(ctx, p[0]) : undefined;
      if (!permitted(ctx, kind, target)) return json(ctx, 401, NOT_PERMITTED);
      const name = ctx.url.searchParams.get('name');
      if (!name) return json(ctx, 400, bitbucketError('A user name is required.', null, 'name'));
      const user = findUser(name);
      if (!user) return noSuchUser(ctx, name);
      if (user === ctx.caller && ownLevelDrops(user, kind, target, undefined)) {
        return json(ctx, 409, bitbucketError('You cannot revoke your own permissions.', 'com.atlassian.bitbucket.permission.PermissionException'));
      }
      delete (target as { permissions: Record<string, string> }).permissions[user.name];
      return noContent(ctx);
    },
  });
  /** Whether giving `user` the direct level `next` (undefined: none) on the target lowers what they can do there. */
  const ownLevelDrops = (user: DcUser, kind: 'repo' | 'project', target: DcRepository | DcProject, next: string | undefined): boolean => {
    if (isAdmin(user)) return false;
    if (kind === 'project') {
      const held = (target as DcProject).permissions[user.name];
      return !!held && (next === undefined || PROJECT_RANK[next as ProjectPermission] < PROJECT_RANK[held]);
    }
    const repo = target as DcRepository;
    const held = effectiveRepoPermission(user, repo);
    if (!held) return false;
    const fromProject = projectOf(repo).permissions[user.name];
    const after = Math.max(next ? REPO_RANK[next as RepoPermission] : 0, fromProject ? REPO_RANK[PROJECT_IMPLIES[fromProject]] : 0);
    return after < REPO_RANK[held];
  };
  const permitted = (ctx: Ctx, kind: 'repo' | 'project', target: DcRepository | DcProject) =>
    kind === 'repo' ? hasRepoPermission(ctx.caller, target as DcRepository, 'REPO_ADMIN') : hasProjectPermission(ctx.caller, target as DcProject, 'PROJECT_ADMIN');

  /** Webhooks need REPO_ADMIN (directly, through PROJECT_ADMIN or a global admin permission); otherwise 401. */
  const webhookRepo = (ctx: Ctx, p: string[]): DcRepository | undefined => {
    const repo = repoOr404(ctx, p[0], p[1]);
    if (!repo) return undefined;
    if (!hasRepoPermission(ctx.caller, repo, 'REPO_ADMIN')) {
      json(ctx, 401, NOT_PERMITTED);
      return undefined;
    }
    return repo;
  };
  const webhookInput = (ctx: Ctx): { ok: true; value: Partial<DcWebhook> } | { ok: false } => {
    if (ctx.jsonError || typeof ctx.json !== 'object' || ctx.json === null) {
      badJson(ctx);
      return { ok: false };
    }
    const body = ctx.json as Record<string, unknown>;
    const value: Partial<DcWebhook> = {};
    if (body.name !== undefined) value.name = String(body.name);
    if (body.url !== undefined) value.url = String(body.url);
    if (Array.isArray(body.events)) value.events = body.events.map(String);
    if (body.active !== undefined) value.active = body.active === true;
    if (body.configuration && typeof body.configuration === 'object') value.configuration = body.configuration as Record<string, unknown>;
    if (body.sslVerificationRequired !== undefined) value.sslVerificationRequired = body.sslVerificationRequired === true;
    return { ok: true, value };
  };
  const webhookProblems = (hook: Partial<DcWebhook>) => {
    const errors: Array<{ context: string; message: string; exceptionName: null }> = [];
    if (!hook.name || !hook.name.trim()) errors.push({ context: 'name', message: 'Name must not be blank.', exceptionName: null });
    if (!hook.url || !/^https?:\/\/\S+$/i.test(hook.url)) errors.push({ context: 'url', message: 'URL must be a valid http or https URL.', exceptionName: null });
    if (!hook.events || hook.events.length === 0) errors.push({ context: 'events', message: 'At least one event must be selected.', exceptionName: null });
    return errors;
  };

  const api: Array<Route<Ctx>> = [
    {
      pattern: /^\/rest\/api\/(?:1\.0|latest)\/projects$/,
      methods: {
        GET: (ctx) => {
          const name = (ctx.url.searchParams.get('name') ?? '').toLowerCase();
          const visible = state.projects.filter((p) => canSeeProject(ctx.caller, p)).filter((p) => name === '' || p.name.toLowerCase().includes(name));
          json(ctx, 200, page(ctx, visible, projectJson));
        },
      },
    },
    {
      pattern: /^\/rest\/api\/(?:1\.0|latest)\/projects\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          const project = findProject(p[0]);
          if (!project) return noSuchProject(ctx, p[0]);
          if (!canSeeProject(ctx.caller, project)) return json(ctx, 401, NOT_PERMITTED);
          return json(ctx, 200, projectJson(project));
        },
      },
    },
    { pattern: /^\/rest\/api\/(?:1\.0|latest)\/projects\/([^/]+)\/permissions\/users$/, methods: repoPermissionUsers('project') },
    {
      pattern: /^\/rest\/api\/(?:1\.0|latest)\/projects\/([^/]+)\/repos$/,
      methods: {
        GET: (ctx, p) => {
          const project = findProject(p[0]);
          if (!project) return noSuchProject(ctx, p[0]);
          const repos = state.repositories.filter((r) => r.projectKey === project.key && hasRepoPermission(ctx.caller, r, 'REPO_READ'));
          return json(ctx, 200, page(ctx, repos, repositoryJson));
        },
      },
    },
    {
      pattern: /^\/rest\/api\/(?:1\.0|latest)\/projects\/([^/]+)\/repos\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          const repo = repoOr404(ctx, p[0], p[1]);
          if (!repo) return;
          if (!hasRepoPermission(ctx.caller, repo, 'REPO_READ')) return json(ctx, 401, NOT_PERMITTED);
          return json(ctx, 200, repositoryJson(repo));
        },
      },
    },
    { pattern: /^\/rest\/api\/(?:1\.0|latest)\/projects\/([^/]+)\/repos\/([^/]+)\/permissions\/users$/, methods: repoPermissionUsers('repo') },
    {
      pattern: /^\/rest\/api\/(?:1\.0|latest)\/projects\/([^/]+)\/repos\/([^/]+)\/webhooks$/,
      methods: {
        GET: (ctx, p) => {
          const repo = webhookRepo(ctx, p);
          if (!repo) return;
          const event = ctx.url.searchParams.getAll('event');
          const hooks = repo.webhooks.filter((h) => event.length === 0 || h.events.some((e) => event.includes(e)));
          json(ctx, 200, page(ctx, hooks, webhookJson));
        },
        POST: (ctx, p) => {
          const repo = webhookRepo(ctx, p);
          if (!repo) return;
          const input = webhookInput(ctx);
          if (!input.ok) return;
          const problems = webhookProblems(input.value);
          if (problems.length > 0) return json(ctx, 400, { errors: problems });
          const now = Date.now();
          const hook: DcWebhook = {
            id: nextWebhookId++,
            name: input.value.name!,
            url: input.value.url!,
            events: input.value.events!,
            active: input.value.active ?? true,
            configuration: input.value.configuration ?? {},
            sslVerificationRequired: input.value.sslVerificationRequired ?? true,
            createdDate: now,
            updatedDate: now,
            createdBy: ctx.caller!.name,
          };
          repo.webhooks.push(hook);
          // The 9.2 description declares 200 (not 201) for "A created webhook".
          json(ctx, 200, webhookJson(hook));
        },
      },
    },
    {
      pattern: /^\/rest\/api\/(?:1\.0|latest)\/projects\/([^/]+)\/repos\/([^/]+)\/webhooks\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          const repo = webhookRepo(ctx, p);
          if (!repo) return;
          const hook = repo.webhooks.find((h) => String(h.id) === p[2]);
          if (!hook) return json(ctx, 404, bitbucketError(`No webhook with id ${p[2]} exists for this repository.`, 'com.atlassian.bitbucket.webhook.NoSuchWebhookException'));
          json(ctx, 200, webhookJson(hook));
        },
        PUT: (ctx, p) => {
          const repo = webhookRepo(ctx, p);
          if (!repo) return;
          const hook = repo.webhooks.find((h) => String(h.id) === p[2]);
          if (!hook) return json(ctx, 404, bitbucketError(`No webhook with id ${p[2]} exists for this repository.`, 'com.atlassian.bitbucket.webhook.NoSuchWebhookException'));
          const input = webhookInput(ctx);
          if (!input.ok) return;
          const merged = { ...hook, ...input.value };
          const problems = webhookProblems(merged);
          if (problems.length > 0) return json(ctx, 400, { errors: problems });
          Object.assign(hook, input.value, { updatedDate: Date.now() });
          json(ctx, 200, webhookJson(hook));
        },
        DELETE: (ctx, p) => {
          const repo = webhookRepo(ctx, p);
          if (!repo) return;
          const index = repo.webhooks.findIndex((h) => String(h.id) === p[2]);
          if (index < 0) return json(ctx, 404, bitbucketError(`No webhook with id ${p[2]} exists for this repository.`, 'com.atlassian.bitbucket.webhook.NoSuchWebhookException'));
          repo.webhooks.splice(index, 1);
          noContent(ctx);
        },
      },
    },
  ];

  // ---- SSH keys (/rest/ssh/1.0) ------------------------------------------------------------------------------

  /** The user a key request is about: `user` (or `userName`) when given, else the caller. */
  const keyOwner = (ctx: Ctx): DcUser | undefined => {
    const name = ctx.url.searchParams.get('user') ?? ctx.url.searchParams.get('userName');
    if (!ctx.caller) {
      json(ctx, 401, NOT_PERMITTED);
      return undefined;
    }
    if (!name) return ctx.caller;
    const owner = findUser(name);
    if (!owner) {
      noSuchUser(ctx, name);
      return undefined;
    }
    // Only administrators manage other users' keys.
    if (owner !== ctx.caller && !isAdmin(ctx.caller)) {
      json(ctx, 401, NOT_PERMITTED);
      return undefined;
    }
    return owner;
  };
  /** Reading or deleting one key by id: its owner or an administrator. */
  const keyById = (ctx: Ctx, id: string): { key?: DcSshKey; denied: boolean } => {
    const key = state.sshKeys.find((k) => String(k.id) === id);
    if (!ctx.caller || (key && key.user !== ctx.caller.name && !isAdmin(ctx.caller))) {
      json(ctx, 401, NOT_PERMITTED);
      return { denied: true };
    }
    return { key, denied: false };
  };

  const ssh: Array<Route<Ctx>> = [
    {
      pattern: /^\/rest\/ssh\/(?:1\.0|latest)\/keys$/,
      methods: {
        GET: (ctx) => {
          const owner = keyOwner(ctx);
          if (!owner) return;
          json(ctx, 200, page(ctx, state.sshKeys.filter((k) => k.user === owner.name), sshKeyJson));
        },
        POST: (ctx) => {
          const owner = keyOwner(ctx);
          if (!owner) return;
          if (ctx.jsonError || typeof ctx.json !== 'object' || ctx.json === null) return badJson(ctx);
          const body = ctx.json as { text?: unknown; label?: unknown };
          const text = typeof body.text === 'string' ? body.text.trim() : '';
          const parsed = parseSshKey(text);
          if (!parsed) {
            return json(ctx, 400, bitbucketError('The SSH key is not a valid RSA, DSA, ECDSA or Ed25519 key of a supported length.', null, 'text'));
          }
          if (parsed.algorithmType === 'RSA' && parsed.bitLength < 1024) {
            return json(ctx, 400, bitbucketError(`RSA keys must be at least 1024 bits; this key has ${parsed.bitLength}.`, null, 'text'));
          }
          const fingerprint = createHash('sha256').update(parsed.blob).digest('base64').replace(/=+$/, '');
          // Key material is unique across the instance, whoever holds it.
          if (state.sshKeys.some((k) => k.fingerprint === fingerprint)) {
            return json(ctx, 409, bitbucketError('This SSH key is already in use on this server.', 'com.atlassian.bitbucket.ssh.DuplicateSshKeyException', 'text'));
          }
          const key: DcSshKey = {
            id: nextSshKeyId++,
            user: owner.name,
            text,
            label: typeof body.label === 'string' && body.label !== '' ? body.label : parsed.comment,
            algorithmType: parsed.algorithmType,
            bitLength: parsed.bitLength,
            fingerprint,
            createdDate: new Date().toISOString(),
          };
          state.sshKeys.push(key);
          json(ctx, 201, sshKeyJson(key));
        },
        DELETE: (ctx) => {
          const owner = keyOwner(ctx);
          if (!owner) return;
          state.sshKeys = state.sshKeys.filter((k) => k.user !== owner.name);
          noContent(ctx);
        },
      },
    },
    {
      pattern: /^\/rest\/ssh\/(?:1\.0|latest)\/keys\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          const { key, denied } = keyById(ctx, p[0]);
          if (denied) return;
          if (!key) return json(ctx, 404, bitbucketError(`No SSH key exists with id ${p[0]}.`, 'com.atlassian.bitbucket.ssh.NoSuchSshKeyException'));
          json(ctx, 200, sshKeyJson(key));
        },
        DELETE: (ctx, p) => {
          const { key, denied } = keyById(ctx, p[0]);
          if (denied) return;
          // The 9.2 description: 204 "was deleted or did not exist".
          if (key) state.sshKeys = state.sshKeys.filter((k) => k !== key);
          noContent(ctx);
        },
      },
    },
  ];

  // ---- application links (/rest/applinks/3.0, /rest/applinks-oauth/1.0) ----------------------------------

  const applinkError = (ctx: Ctx, status: number, summary: string, details: string | null = null) =>
    applinks(ctx, status, { errors: [{ context: null, summary, details }] }, 'errors');
  /** The older applinks REST modules (applinks-oauth 1.0) answer errors as `{status-code, message}`. */
  const legacyError = (ctx: Ctx, status: number, message: string) => applinks(ctx, status, { 'status-code': status, message }, 'status');
  const adminOnly = (ctx: Ctx): boolean => {
    if (isAdmin(ctx.caller)) return true;
    applinks(ctx, 401, ADMIN_ONLY, 'status');
    return false;
  };
  const bodyObject = (ctx: Ctx): Record<string, unknown> | undefined => {
    if (ctx.jsonError || typeof ctx.json !== 'object' || ctx.json === null || Array.isArray(ctx.json)) {
      applinkError(ctx, 400, 'The request body is not a valid JSON object.');
      return undefined;
    }
    return ctx.json as Record<string, unknown>;
  };
  const direction = (value: unknown, fallback: OAuthDirection): OAuthDirection => {
    const v = (value ?? {}) as Partial<Record<keyof OAuthDirection, unknown>>;
    return {
      enabled: typeof v.enabled === 'boolean' ? v.enabled : fallback.enabled,
      twoLoEnabled: typeof v.twoLoEnabled === 'boolean' ? v.twoLoEnabled : fallback.twoLoEnabled,
      twoLoImpersonationEnabled: typeof v.twoLoImpersonationEnabled === 'boolean' ? v.twoLoImpersonationEnabled : fallback.twoLoImpersonationEnabled,
    };
  };

  const applinkRoutes: Array<Route<Ctx>> = [
    {
      pattern: /^\/rest\/applinks\/(?:3\.0|latest)\/applicationlink$/,
      methods: {
        GET: (ctx) => {
          if (!adminOnly(ctx)) return;
          applinks(ctx, 200, { applicationLinks: state.applicationLinks.map(linkJson) }, 'applicationLinks');
        },
        PUT: (ctx) => {
          if (!adminOnly(ctx)) return;
          const body = bodyObject(ctx);
          if (!body) return;
          const name = typeof body.name === 'string' ? body.name.trim() : '';
          const rpcUrl = typeof body.rpcUrl === 'string' ? body.rpcUrl.trim() : '';
          const typeId = typeof body.typeId === 'string' ? body.typeId : 'generic';
          if (!name) return applinkError(ctx, 400, 'applinks.error.name.required', 'The application link needs a name.');
          if (!/^https?:\/\/[^/\s]+/i.test(rpcUrl)) return applinkError(ctx, 400, 'applinks.error.url.invalid', `"${rpcUrl}" is not a valid application URL.`);
          const id = applicationLinkId(rpcUrl);
          const normalised = normaliseApplicationUrl(rpcUrl);
          if (state.applicationLinks.some((l) => l.id === id || normaliseApplicationUrl(l.rpcUrl) === normalised)) {
            return applinkError(ctx, 400, 'applinks.error.duplicate.url', `An application link to ${rpcUrl} already exists.`);
          }
          const link: DcApplicationLink = {
            id,
            name,
            rpcUrl,
            displayUrl: typeof body.displayUrl === 'string' && body.displayUrl !== '' ? body.displayUrl : rpcUrl,
            typeId,
            outgoing: { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false },
          };
          state.applicationLinks.push(link);
          applinks(
            ctx,
            201,
            { 'status-code': 201, 'resources-created': [{ href: `${base}/rest/applinks/3.0/applicationlink/${id}` }], 'resources-updated': [] },
            'status',
          );
        },
      },
    },
    {
      pattern: /^\/rest\/applinks\/(?:3\.0|latest)\/applicationlink\/([^/]+)$/,
      methods: {
        GET: (ctx, p) => {
          if (!adminOnly(ctx)) return;
          const link = state.applicationLinks.find((l) => l.id === p[0]);
          // Bitbucket answers an unknown id with 500 (its type lookup throws), not 404: see DESIGN.md.
          if (!link) return applinkError(ctx, 500, 'Internal server error', `No application link with id ${p[0]}`);
          applinks(ctx, 200, linkJson(link), 'applicationLink');
        },
        POST: (ctx, p) => {
          if (!adminOnly(ctx)) return;
          const link = state.applicationLinks.find((l) => l.id === p[0]);
          // Updating names the link by id through the service's lookup, which reports a missing entity as 404.
          if (!link) return applinkError(ctx, 404, 'applinks.error.notfound', `No application link with id ${p[0]}`);
          const body = bodyObject(ctx);
          if (!body) return;
          if (typeof body.rpcUrl === 'string' && normaliseApplicationUrl(body.rpcUrl) !== normaliseApplicationUrl(link.rpcUrl)) {
            return applinkError(ctx, 400, 'applinks.error.rpcurl.immutable', 'The application URL of an existing link cannot be changed.');
          }
          if (typeof body.typeId === 'string' && body.typeId !== link.typeId) {
            return applinkError(ctx, 400, 'applinks.error.type.immutable', 'The type of an existing link cannot be changed.');
          }
          if (typeof body.name === 'string' && body.name.trim() !== '') link.name = body.name.trim();
          if (typeof body.displayUrl === 'string' && body.displayUrl !== '') link.displayUrl = body.displayUrl;
          applinks(ctx, 200, linkJson(link), 'applicationLink');
        },
        DELETE: (ctx, p) => {
          if (!adminOnly(ctx)) return;
          if (!deleteLink(p[0])) return applinkError(ctx, 404, 'applinks.error.notfound', `No application link with id ${p[0]}`);
          applinks(ctx, 200, { 'status-code': 200, 'resources-created': [], 'resources-updated': [] }, 'status');
        },
      },
    },
    {
      // Status of the link's OAuth configuration (applinks 3.0 "status" resource). An unknown id answers 404:
      // this resource looks the link up through the service layer, which reports a missing entity as
      // NoSuchEntityException (404), unlike the link resource's GET whose 500 comes from its type lookup.
      pattern: /^\/rest\/applinks\/(?:3\.0|latest)\/status\/([^/]+)\/oauth$/,
      methods: {
        GET: (ctx, p) => {
          if (!adminOnly(ctx)) return;
          const link = state.applicationLinks.find((l) => l.id === p[0]);
          if (!link) return applinkError(ctx, 404, 'applinks.error.notfound', `No application link with id ${p[0]}`);
          applinks(ctx, 200, oauthStatusJson(link), 'oauthConfig');
        },
        PUT: (ctx, p) => {
          if (!adminOnly(ctx)) return;
          const link = state.applicationLinks.find((l) => l.id === p[0]);
          if (!link) return applinkError(ctx, 404, 'applinks.error.notfound', `No application link with id ${p[0]}`);
          const body = bodyObject(ctx);
          if (!body) return;
          const current = oauthStatusJson(link);
          const incoming = direction(body.incoming, current.incoming);
          link.outgoing = direction(body.outgoing, current.outgoing);
          const consumer = consumerByKey(link.incomingConsumerKey);
          if (!incoming.enabled) {
            // Removing the incoming consumer invalidates every access token issued to it.
            removeConsumer(link.incomingConsumerKey, `incoming OAuth was disabled on application link ${link.id}`);
            link.incomingConsumerKey = undefined;
          } else if (consumer) {
            consumer.twoLOAllowed = incoming.twoLoEnabled;
            consumer.twoLOImpersonationAllowed = incoming.twoLoImpersonationEnabled;
          }
          // Enabling incoming OAuth without a consumer would make Bitbucket fetch one from the remote
          // application's manifest; TFE publishes none, so nothing is created here.
          applinks(ctx, 204, undefined, 'status');
        },
      },
    },
    {
      pattern: /^\/rest\/applinks-oauth\/(?:1\.0|latest)\/applicationlink\/([^/]+)\/authentication\/consumer$/,
      methods: {
        GET: (ctx, p) => {
          if (!adminOnly(ctx)) return;
          const link = state.applicationLinks.find((l) => l.id === p[0]);
          if (!link) return legacyError(ctx, 404, `No application link with id ${p[0]} found.`);
          const consumer = consumerByKey(link.incomingConsumerKey);
          applinks(ctx, 200, { consumers: consumer ? [consumerJson(consumer)] : [] }, 'consumers');
        },
        PUT: (ctx, p) => {
          if (!adminOnly(ctx)) return;
          const link = state.applicationLinks.find((l) => l.id === p[0]);
          if (!link) return legacyError(ctx, 404, `No application link with id ${p[0]} found.`);
          if (ctx.jsonError || typeof ctx.json !== 'object' || ctx.json === null) return legacyError(ctx, 400, 'The request body is not a valid JSON object.');
          const body = ctx.json as Record<string, unknown>;
          const key = typeof body.key === 'string' ? body.key.trim() : '';
          const name = typeof body.name === 'string' ? body.name.trim() : '';
          if (!key) return legacyError(ctx, 400, 'A consumer key is required.');
          if (!name) return legacyError(ctx, 400, 'A consumer name is required.');
          let publicKey: string;
          try {
            publicKey = spkiOf(typeof body.publicKey === 'string' ? body.publicKey : '', false).toString('base64');
          } catch {
            return legacyError(ctx, 400, 'The public key is not a valid RSA public key (X.509, PEM or Base64).');
          }
          const consumer: DcConsumer = {
            key,
            name,
            publicKey,
            description: typeof body.description === 'string' ? body.description : null,
            callback: typeof body.callback === 'string' ? body.callback : null,
            outgoing: body.outgoing === true,
            twoLOAllowed: body.twoLOAllowed === true,
            twoLOImpersonationAllowed: body.twoLOImpersonationAllowed === true,
            executingTwoLOUser: typeof body.executingTwoLOUser === 'string' ? body.executingTwoLOUser : null,
          };
          // Replacing the link's consumer, or another consumer stored under the same key, is a removal and an
          // addition for the service provider: tokens issued to the replaced consumer stop working. An
          // identical PUT (same key material) changes nothing.
          const previous = consumerByKey(link.incomingConsumerKey);
          if (previous && previous.key !== key) removeConsumer(previous.key, `application link ${link.id} got another consumer`);
          const existing = consumerByKey(key);
          if (existing && existing.publicKey !== publicKey) revokeTokensOf(key, `consumer ${key} was replaced with another public key`);
          state.consumers = state.consumers.filter((c) => c.key !== key);
          state.consumers.push(consumer);
          link.incomingConsumerKey = key;
          applinks(
            ctx,
            201,
            {
              'status-code': 201,
              'resources-created': [{ href: `${base}/rest/applinks-oauth/1.0/applicationlink/${link.id}/authentication/consumer` }],
              'resources-updated': [],
            },
            'status',
          );
        },
        // No DELETE: the resource declares GET and PUT only, so a DELETE answers 405 (see the router).
      },
    },
  ];

  const routes = [...api, ...ssh, ...applinkRoutes];

  // ---- HTTP --------------------------------------------------------------------------------------------------

  const authenticate = (req: http.IncomingMessage): { caller?: DcUser; rejected: boolean } => {
    const header = req.headers.authorization;
    if (!header) return { rejected: false };
    const basic = /^Basic\s+(.+)$/i.exec(header);
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const user = colon >= 0 ? findUser(decoded.slice(0, colon)) : undefined;
      if (!user || !user.active || user.password !== decoded.slice(colon + 1)) return { rejected: true };
      return { caller: user, rejected: false };
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(header);
    if (bearer) {
      const entry = state.accessTokens.find((t) => t.token === bearer[1].trim());
      const user = entry ? findUser(entry.user) : undefined;
      if (!user || !user.active) return { rejected: true };
      return { caller: user, rejected: false };
    }
    return { rejected: true };
  };

  const slowdowns: Array<{ method: string; pattern: RegExp; ms: number }> = [];
  const handler: Handler = async (req, res) => {
    const parsed = await readRequest(req);
    const fullPath = parsed.url.pathname;
    const slow = slowdowns.find((d) => d.method === parsed.method && d.pattern.test(fullPath.slice(contextPath.length)));
    if (slow) await new Promise((resolve) => setTimeout(resolve, slow.ms));
    const inContext = contextPath === '' || fullPath === contextPath || fullPath.startsWith(`${contextPath}/`);
    const path = inContext ? fullPath.slice(contextPath.length) || '/' : fullPath;
    const { caller, rejected } = authenticate(req);
    const call: DcRequest = {
      method: parsed.method,
      path,
      query: firstValues(parsed.url.searchParams),
      rawQuery: parsed.url.search,
      body: parsed.json ?? (parsed.text === '' ? undefined : parsed.text),
      user: caller?.name,
    };
    requests.push(call);
    recordStatus(res, call);

    if (!inContext || !path.startsWith('/rest/')) {
      // Outside the REST API Bitbucket serves its HTML "page not found".
      send(res, 404, '<!DOCTYPE html><html><head><title>Page not found - Bitbucket</title></head><body>Page not found</body></html>', 'text/html;charset=UTF-8');
      return;
    }
    if (rejected) {
      send(res, 401, BAD_CREDENTIALS, JSON_TYPE);
      return;
    }
    const ctx: Ctx = {
      res,
      url: parsed.url,
      json: parsed.json,
      jsonError: parsed.jsonError,
      caller,
      wantsJson: /application\/json/i.test(String(req.headers.accept ?? '')),
    };
    const match = matchRoute(routes, path);
    if (!match) {
      // Jersey's answer for a path no resource declares.
      json(ctx, 404, bitbucketError(`null for uri: ${origin}${fullPath}${parsed.url.search}`, 'com.sun.jersey.api.NotFoundException'));
      return;
    }
    const method = match.route.methods[parsed.method];
    if (!method) {
      send(res, 405, undefined, JSON_TYPE, { allow: Object.keys(match.route.methods).join(',') });
      return;
    }
    await method(ctx, match.params);
  };

  const server = await startServer(handler, opts.tls);
  origin = server.url;
  base = `${server.url}${contextPath}`;
  for (const user of opts.users) addUser(user);
  for (const ref of opts.repositories) addRepository(ref);

  const fake: FakeBitbucketDc = {
    url: base,
    apiUrl: server.url,
    contextPath,
    state,
    requests,
    inject: (pattern, act, times) => server.inject(pattern, act, times),
    slowDown: (method, pattern, ms) => {
      slowdowns.push({ method, pattern, ms });
    },
    close: () => server.close(),

    addUser,
    user: (name) => findUser(name),
    addAccessToken(user, token) {
      const owner = findUser(user);
      if (!owner) throw new Error(`no user ${user} in the Bitbucket fake`);
      const value = token ?? `BBDC-${createHash('sha256').update(`${owner.name}:${++tokenCounter}:${Math.random()}`).digest('base64url').slice(0, 40)}`;
      state.accessTokens.push({ token: value, user: owner.name });
      return value;
    },
    addRepository,
    repository: (ref) => findRef(ref),
    deleteRepository(ref) {
      const repo = mustRef(ref);
      state.repositories = state.repositories.filter((r) => r !== repo);
    },
    renameRepository(from, to) {
      const repo = mustRef(from);
      const target = splitRef(to);
      const existing = findRepository(target.projectKey, target.slug);
      if (existing && existing !== repo) throw new Error(`repository ${to} already exists`);
      repo.projectKey = ensureProject(target.projectKey).key;
      repo.slug = target.slug;
      repo.name = target.slug;
      return repo;
    },
    grantRepository(ref, user, permission) {
      const owner = findUser(user);
      if (!owner) throw new Error(`no user ${user} in the Bitbucket fake`);
      mustRef(ref).permissions[owner.name] = permission;
    },
    grantProject(projectKey, user, permission) {
      const owner = findUser(user);
      if (!owner) throw new Error(`no user ${user} in the Bitbucket fake`);
      const project = findProject(projectKey);
      if (!project) throw new Error(`no project ${projectKey} in the Bitbucket fake`);
      project.permissions[owner.name] = permission;
    },
    revokePermission(ref, user) {
      const repo = mustRef(ref);
      const owner = findUser(user);
      delete repo.permissions[owner ? owner.name : user];
    },
    grantHolders: (ref) => ({ ...mustRef(ref).permissions }),
    webhooksOf: (ref) => mustRef(ref).webhooks,
    sshKeysOf: (user) => state.sshKeys.filter((k) => k.user === (findUser(user)?.name ?? user)),
    applicationLink: (id) => state.applicationLinks.find((l) => l.id === id),
    deleteApplicationLink(id) {
      if (!deleteLink(id)) throw new Error(`no application link ${id} in the Bitbucket fake`);
    },
    consumerOf,
    verifyConsumer(consumerKey, keyPem) {
      const consumer = consumerByKey(consumerKey);
      if (!consumer || !state.applicationLinks.some((l) => l.incomingConsumerKey === consumerKey)) return false;
      let spki: Buffer;
      try {
        spki = spkiOf(keyPem, true);
      } catch {
        return false;
      }
      return spki.equals(Buffer.from(consumer.publicKey, 'base64'));
    },
    issueOAuthAccessToken(consumerKey, user) {
      const owner = findUser(user);
      if (!owner) throw new Error(`no user ${user} in the Bitbucket fake`);
      if (!consumerByKey(consumerKey)) throw new Error(`no OAuth consumer ${consumerKey} in the Bitbucket fake`);
      const token: DcOAuthAccessToken = {
        token: createHash('sha256').update(`${consumerKey}:${owner.name}:${++tokenCounter}:${Math.random()}`).digest('hex').slice(0, 32),
        consumerKey,
        user: owner.name,
        createdAt: new Date().toISOString(),
      };
      state.oauthAccessTokens.push(token);
      return token;
    },
    oauthAccessProblem(token) {
      const entry = state.oauthAccessTokens.find((t) => t.token === token);
      if (!entry || entry.revoked) return 'token_rejected';
      if (!consumerByKey(entry.consumerKey)) return 'consumer_key_unknown';
      const user = findUser(entry.user);
      if (!user || !user.active) return 'permission_denied';
      return undefined;
    },
  };
  return fake;
}
