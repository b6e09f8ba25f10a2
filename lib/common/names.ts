import { BitbucketTfeInputError, described } from './errors';
import { isUnresolved } from './tokens';

/** TFE organization names: letters, digits, "-" and "_" (TFE's own rule). */
export function checkOrganizationName(prop: string, value: string): void {
  if (isUnresolved(value)) return;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a TFE organization name',
      'use the name shown in TFE under Organization settings (letters, digits, "-" and "_"), e.g. "my-org"');
  }
}

/**
 * Bitbucket Data Center user names: what an admin types to log in. Bitbucket allows letters, digits and
 * `._-@` (e-mail style names included); spaces, slashes and other characters cannot name a user.
 */
export function checkDataCenterUserName(prop: string, value: string): void {
  if (isUnresolved(value)) return;
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._@+-]{0,254}$/.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a Bitbucket user name',
      'use the service account\'s login name (Administration > Users), e.g. "svc-terraform"');
  }
}

/** A Data Center repository in the form TFE's `vcs_repo.identifier` uses: `<PROJECT KEY>/<repository slug>`. */
export interface DataCenterRepositoryRef {
  /** Project key, e.g. `PLAT`. */
  readonly projectKey: string;
  /** Repository slug, e.g. `network`. */
  readonly slug: string;
  /** `PLAT/network`. */
  readonly identifier: string;
}

/** Bitbucket project keys: start with a letter, then letters, digits or "_"; personal projects are `~user`. */
const PROJECT_KEY = /^([A-Za-z][A-Za-z0-9_]{0,127}|~[A-Za-z0-9][A-Za-z0-9._@+-]*)$/;
/** Bitbucket repository slugs: lower case letters, digits, "-", "_" and "."; derived from the name by Bitbucket. */
const REPOSITORY_SLUG = /^[a-z0-9_.-]{1,128}$/;

export function parseDataCenterRepository(prop: string, value: string): DataCenterRepositoryRef {
  if (isUnresolved(value)) {
    throw new BitbucketTfeInputError(prop, described('a token'), 'must be known at synth time, because construct ids derive from it',
      'list repositories as plain strings, e.g. "PLAT/network"');
  }
  const parts = typeof value === 'string' ? value.split('/') : [];
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
    throw new BitbucketTfeInputError(prop, value, 'is not "<PROJECT KEY>/<repository slug>"',
      'write the project key and the slug from the repository URL .../projects/PLAT/repos/network as "PLAT/network"');
  }
  const [projectKey, slug] = parts;
  checkDataCenterProjectKey(prop, projectKey);
  if (!REPOSITORY_SLUG.test(slug)) {
    throw new BitbucketTfeInputError(prop, value, `has "${slug}", which is not a repository slug`,
      'use the slug from the repository URL (lower case letters, digits, "-", "_" and "."), not the display name');
  }
  // Bitbucket stores project keys in upper case and matches them case-insensitively; TFE compares
  // identifiers as strings, so one spelling is used everywhere. Personal projects (~user) keep theirs.
  const key = projectKey.startsWith('~') ? projectKey : projectKey.toUpperCase();
  return { projectKey: key, slug, identifier: `${key}/${slug}` };
}

export function checkDataCenterProjectKey(prop: string, value: string): void {
  if (isUnresolved(value)) return;
  if (typeof value !== 'string' || !PROJECT_KEY.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a Bitbucket project key',
      'use the project key (not its name), e.g. "PLAT": a letter, then letters, digits or "_"');
  }
}

/** TFE workspace names: letters, digits, "-" and "_", at most 90 (TFE's own rule). */
export const WORKSPACE_NAME = /^[A-Za-z0-9_-]{1,90}$/;

/**
 * The name an onboarded repository's workspace gets unless its entry names one: the identifier with "/" and
 * every other character TFE refuses turned into "-" (`PLAT/network` -> `PLAT-network`). The constructs, the
 * doctor and `bitbucket-tfe discover` all use this one rule, so they agree on which workspace an entry means.
 */
export function defaultWorkspaceName(identifier: string): string {
  return identifier.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** TFE workspace ids, as the API and the workspace's settings page show them: `ws-` and letters or digits. */
export const WORKSPACE_ID = /^ws-[A-Za-z0-9]+$/;

export function checkWorkspaceId(prop: string, value: string): void {
  if (isUnresolved(value)) return;
  if (typeof value !== 'string' || !WORKSPACE_ID.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a TFE workspace id',
      'use the id shown on the workspace\'s settings page ("ws-..."), or let `bitbucket-tfe discover` write it; leave it out to create a new workspace');
  }
}
