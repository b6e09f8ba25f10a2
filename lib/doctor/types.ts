import { RetryOptions } from './http';

/**
 * `pending` (only with `beforeDeploy`): a permission is missing that the deploy about to run grants. It does not
 * fail the run; everything the deploy cannot fix still fails.
 */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip' | 'pending';

/** One finding. `fix` is null when there is nothing to do. */
export interface CheckResult {
  /** Stable kebab-case id, e.g. `webhook-permission`. */
  readonly id: string;
  readonly status: CheckStatus;
  /** What the check is about: a URL, `PROJECT/slug`, `workspace/slug` or an OAuth client id. */
  readonly target: string;
  readonly message: string;
  readonly fix: string | null;
}

export interface DoctorResult {
  /** True when no check failed (warnings, skips and pending grants do not make it false). */
  readonly ok: boolean;
  readonly checks: CheckResult[];
}

export type BitbucketFlavor = 'data-center' | 'cloud';

/** A repository: `owner` is the project key on Data Center, the workspace on Cloud. */
export interface RepositoryRef {
  readonly owner: string;
  readonly slug: string;
  /** The deploy grants the service account its permission here (onboarding file, before the deploy). */
  readonly grantedByDeploy?: boolean;
}

/**
 * The Bitbucket service account's credentials.
 * - Data Center: `token` (a personal or HTTP access token) is sent as `Authorization: Bearer`; without a
 *   token, `username` + `password` go as HTTP Basic. `username` is still used to name the account in fixes.
 * - Cloud: `username` + `token` (API token or app password) or `username` + `password` go as HTTP Basic;
 *   a `token` alone (workspace, project or repository access token) goes as Bearer.
 */
export interface BitbucketCredentials {
  readonly username?: string;
  readonly token?: string;
  readonly password?: string;
}

export interface TfeTarget {
  /** Base address, e.g. https://tfe.example.com. The API lives under `<address>/api/v2/`. */
  readonly address: string;
  readonly token: string;
  /** Organization whose Bitbucket OAuth client is checked when no `oauthClientId` is given. */
  readonly organization?: string;
  readonly oauthClientId?: string;
  /** Find the organization's client by this name (and the flavour's service provider), as the tfe provider's lookup does. */
  readonly oauthClientName?: string;
}

/** The workspace an onboarding file's entry deploys, as the doctor checks it against TFE. */
export interface OnboardedWorkspace {
  /** Where the entry is in the file, e.g. `repositories[3]`. */
  readonly entry: string;
  /** The repository's identifier, e.g. `PLAT/network`. */
  readonly repository: string;
  /** The workspace name the deploy uses. */
  readonly name: string;
  /** The entry's `workspaceId`: the existing workspace the deploy imports. */
  readonly id?: string;
}

export interface DoctorOptions {
  readonly flavor: BitbucketFlavor;
  /**
   * Data Center: the instance URL including any context path, e.g. https://host/bitbucket.
   * Cloud: the REST API base. @default https://api.bitbucket.org (Cloud)
   */
  readonly bitbucketUrl?: string;
  readonly repositories: RepositoryRef[];
  readonly credentials: BitbucketCredentials;
  /** Leave out to skip the TFE and key checks. */
  readonly tfe?: TfeTarget;
  /** PEM private key of the application link (Data Center), compared with both public keys. */
  readonly privateKeyPem?: string;
  /** Requests in flight at once. @default 8 */
  readonly concurrency?: number;
  /** Time allowed for each request attempt, in milliseconds. @default 30000 */
  readonly timeoutMs?: number;
  readonly retry?: RetryOptions;
  /**
   * The service account the credentials must belong to: the Data Center user name, or the Cloud account UUID
   * (`{...}`). @default - any account, named in the findings
   */
  readonly serviceAccount?: string;
  /**
   * Before the deploy: a missing repository permission that the deploy grants (`RepositoryRef.grantedByDeploy`)
   * is `pending` instead of `fail`. @default false
   */
  readonly beforeDeploy?: boolean;
  /** Time allowed for the whole run, in milliseconds; what is not done by then fails. @default 300000 */
  readonly deadlineMs?: number;
  /** Consecutive timeouts or connection failures after which a host's remaining requests fail at once. @default 3 */
  readonly breakerThreshold?: number;
  /** Send credentials over plain HTTP to a host off this machine. @default false */
  readonly allowInsecureHttp?: boolean;
  /** Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY are read. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * The workspaces an onboarding file deploys (with the TFE checks): an entry without `workspaceId` whose
   * workspace name is taken would fail at apply with 422, and an entry's `workspaceId` must name a workspace of
   * the organization. @default - not checked
   */
  readonly workspaces?: OnboardedWorkspace[];
  /** Called after each repository check, e.g. to draw a progress indicator. */
  readonly onProgress?: (done: number, total: number) => void;
}
