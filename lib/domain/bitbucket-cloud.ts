// Bitbucket Cloud: its fixed addresses, the permission TFE's webhooks need, and the rules for workspace ids,
// repository slugs, project keys and account UUIDs. The checks here judge literal values; constructs call them
// through lib/common/validators.ts, which lets tokens pass.

import { BitbucketTfeInputError } from './errors';

/** Bitbucket Cloud's web address: TFE's `http_url` for a Cloud client. */
export const BITBUCKET_CLOUD_HTTP_URL = 'https://bitbucket.org';
/** Bitbucket Cloud's REST API: TFE's `api_url` for a Cloud client, and the doctor's default API base. */
export const BITBUCKET_CLOUD_API_URL = 'https://api.bitbucket.org';
/** The host names of Bitbucket Cloud, which are never a Data Center instance. */
export const BITBUCKET_CLOUD_HOSTS: readonly string[] = ['bitbucket.org', 'api.bitbucket.org', 'www.bitbucket.org'];

/**
 * Bitbucket Cloud's repository and project permission that allows webhook management. Bitbucket Cloud lets only
 * repository admins manage webhooks (`/2.0/repositories/{workspace}/{slug}/hooks`; without it 403), and admin
 * includes write, so pull requests.
 */
export const CLOUD_ADMIN = 'admin';

/**
 * Bitbucket Cloud identifiers as TFE and the DrFaust92/bitbucket provider use them.
 *
 * Rules, decided from Bitbucket's URLs and API (bitbucket.org/<workspace>/<repo slug>):
 * - workspace ids and repository slugs are written in lower case: lower case letters, digits, "-", "_" and
 *   "."; they start with a letter or a digit. Upper case is refused (not folded) so one spelling reaches
 *   TFE's `vcs_repo.identifier`, Terraform's resource ids and Bitbucket's API paths; the error shows it.
 * - project keys: a letter, then letters, digits or "_" (the key, not the project's name).
 * - user UUIDs: the account's UUID in Bitbucket's own spelling, `{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}` in lower
 *   case. Given without braces or in upper case it is normalised to that spelling, because the provider compares
 *   the `user_id` it sent with the UUID Bitbucket answers as strings and fails on any other spelling.
 */

/** A Bitbucket Cloud repository in the form TFE's `vcs_repo.identifier` uses: `<workspace id>/<repository slug>`. */
export interface CloudRepositoryRef {
  /** Workspace id, e.g. `acme`. */
  readonly workspace: string;
  /** Repository slug, e.g. `network`. */
  readonly slug: string;
  /** `acme/network`. */
  readonly identifier: string;
}

/** A Bitbucket Cloud project: `<workspace id>/<PROJECT KEY>`. */
export interface CloudProjectRef {
  /** Workspace id, e.g. `acme`. */
  readonly workspace: string;
  /** Project key as written, e.g. `PLAT`. */
  readonly projectKey: string;
  /** `acme/PLAT`. */
  readonly identifier: string;
  /** Identity for comparisons and construct ids: workspace and upper-cased key, e.g. `acme/PLAT`. */
  readonly identity: string;
}

/** Workspace ids and repository slugs: lower case letters, digits, "-", "_" and ".", starting with a letter or digit. */
export const CLOUD_ID = /^[a-z0-9][a-z0-9_.-]{0,127}$/;
/** Project keys: a letter, then letters, digits or "_". */
export const CLOUD_PROJECT_KEY = /^[A-Za-z][A-Za-z0-9_]{0,127}$/;
/** An account UUID, with or without braces, in either case. */
const UUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;
/** Atlassian account ids: `557058:<uuid>` or 24 hex digits; people paste them where the UUID belongs. */
const ACCOUNT_ID = /^(\d{6}:[0-9a-f-]{36}|[0-9a-f]{24})$/i;

/** A workspace id (the `acme` of bitbucket.org/acme). */
export function checkCloudWorkspace(prop: string, value: string): void {
  if (!isCloudWorkspace(value)) {
    const lower = typeof value === 'string' && CLOUD_ID.test(value.toLowerCase()) ? ` (write "${value.toLowerCase()}")` : '';
    throw new BitbucketTfeInputError(prop, value, `is not a Bitbucket Cloud workspace id${lower}`,
      'use the id from the workspace URL bitbucket.org/<workspace id> (lower case letters, digits, "-", "_" and "."), not its display name');
  }
}

function isCloudWorkspace(value: unknown): boolean {
  return typeof value === 'string' && CLOUD_ID.test(value) && !value.includes('..');
}

/** Parses `workspace/slug`. */
export function parseCloudRepository(prop: string, value: string): CloudRepositoryRef {
  const parts = typeof value === 'string' ? value.split('/') : [];
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
    throw new BitbucketTfeInputError(prop, value, 'is not "<workspace id>/<repository slug>"',
      'write the workspace id and the slug from the repository URL bitbucket.org/acme/network as "acme/network"');
  }
  const [workspace, slug] = parts;
  if (!isCloudWorkspace(workspace)) {
    const lower = isCloudWorkspace(workspace.toLowerCase()) && CLOUD_ID.test(slug.toLowerCase()) ? ` (write "${value.toLowerCase()}")` : '';
    throw new BitbucketTfeInputError(prop, value, `has "${workspace}", which is not a Bitbucket Cloud workspace id${lower}`,
      'write the workspace id from the repository URL bitbucket.org/<workspace id>/<slug> (lower case letters, digits, "-", "_" and "."); Bitbucket Cloud names repositories by workspace, not by project key');
  }
  if (!CLOUD_ID.test(slug) || slug === '.' || slug === '..') {
    const lower = CLOUD_ID.test(slug.toLowerCase()) ? ` (write "${workspace}/${slug.toLowerCase()}")` : '';
    throw new BitbucketTfeInputError(prop, value, `has "${slug}", which is not a Bitbucket Cloud repository slug${lower}`,
      'use the slug from the repository URL (lower case letters, digits, "-", "_" and "."), not the display name');
  }
  return { workspace, slug, identifier: `${workspace}/${slug}` };
}

/** A project key (not the project's name). */
export function checkCloudProjectKey(prop: string, value: string): void {
  if (typeof value !== 'string' || !CLOUD_PROJECT_KEY.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a Bitbucket Cloud project key',
      'use the project key shown in the project\'s settings (not its name), e.g. "PLAT": a letter, then letters, digits or "_"');
  }
}

/** Parses `workspace/PROJECTKEY`. */
export function parseCloudProject(prop: string, value: string): CloudProjectRef {
  const parts = typeof value === 'string' ? value.split('/') : [];
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
    throw new BitbucketTfeInputError(prop, value, 'is not "<workspace id>/<PROJECT KEY>"',
      'write the workspace id and the project key from the project URL bitbucket.org/acme/workspace/projects/PLAT as "acme/PLAT"');
  }
  const [workspace, projectKey] = parts;
  checkCloudWorkspace(prop, workspace);
  checkCloudProjectKey(prop, projectKey);
  return { workspace, projectKey, identifier: `${workspace}/${projectKey}`, identity: `${workspace}/${projectKey.toUpperCase()}` };
}

/**
 * A Bitbucket Cloud account UUID in Bitbucket's spelling: `{` lower-case UUID `}`. Accepts it without braces or in
 * upper case and normalises.
 */
export function normaliseCloudUuid(prop: string, value: string): string {
  const match = typeof value === 'string' ? UUID.exec(value.trim()) : null;
  if (!match || (value.trim().startsWith('{') !== value.trim().endsWith('}'))) {
    const what = typeof value === 'string' && ACCOUNT_ID.test(value.trim())
      ? 'is an Atlassian account id, not the Bitbucket account UUID'
      : 'is not a Bitbucket Cloud account UUID';
    throw new BitbucketTfeInputError(prop, value, what,
      `use the account's UUID, e.g. "{f5aee987-bd9b-4da0-beab-ba903286e189}" (GET ${BITBUCKET_CLOUD_API_URL}/2.0/user as the service account shows it as "uuid"), not its user name, nickname or e-mail`);
  }
  return `{${match[1].toLowerCase()}}`;
}
