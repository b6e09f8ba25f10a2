// Bitbucket Data Center: the permissions TFE's webhooks need, the rules for user names, project keys and
// repository slugs, the id Bitbucket derives for an application link, and the RSA key sizes its OAuth 1.0a
// signatures accept. The checks here judge literal values; constructs call them through
// lib/common/validators.ts, which lets tokens pass.

import { createHash } from 'node:crypto';
import { BitbucketTfeInputError } from './errors';

/** Bitbucket's repository permission that allows webhook management (and includes write, so pull requests). */
export const REPO_ADMIN = 'REPO_ADMIN';
/** Bitbucket's project permission that implies REPO_ADMIN on every repository of the project. */
export const PROJECT_ADMIN = 'PROJECT_ADMIN';

/**
 * Bitbucket Data Center user names: what an admin types to log in. Bitbucket allows letters, digits and
 * `._-@` (e-mail style names included); spaces, slashes and other characters cannot name a user.
 */
export const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{0,254}$/;
/** Bitbucket project keys: start with a letter, then letters, digits or "_"; personal projects are `~user`. */
export const PROJECT_KEY = /^([A-Za-z][A-Za-z0-9_]{0,127}|~[A-Za-z0-9][A-Za-z0-9._@+-]*)$/;
/** Bitbucket repository slugs: lower case letters, digits, "-", "_" and "."; derived from the name by Bitbucket. */
export const REPOSITORY_SLUG = /^[a-z0-9_.-]{1,128}$/;

export function checkDataCenterUserName(prop: string, value: string): void {
  if (typeof value !== 'string' || !USER_NAME.test(value)) {
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

export function parseDataCenterRepository(prop: string, value: string): DataCenterRepositoryRef {
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
  if (typeof value !== 'string' || !PROJECT_KEY.test(value)) {
    throw new BitbucketTfeInputError(prop, value, 'is not a Bitbucket project key',
      'use the project key (not its name), e.g. "PLAT": a letter, then letters, digits or "_"');
  }
}

/** Smallest RSA modulus Bitbucket's OAuth 1.0a signatures and this library accept. */
export const MIN_RSA_BITS = 2048;
/** Largest RSA modulus this library generates or accepts. */
export const MAX_RSA_BITS = 16384;

export function checkRsaBits(prop: string, rsaBits: number): void {
  if (!Number.isInteger(rsaBits) || rsaBits < MIN_RSA_BITS || rsaBits > MAX_RSA_BITS || rsaBits % 8 !== 0) {
    throw new BitbucketTfeInputError(prop, rsaBits, `is not a usable RSA key size`,
      `use a whole number of bytes from ${MIN_RSA_BITS} to ${MAX_RSA_BITS} bits, e.g. 2048, 3072 or 4096`);
  }
}

/**
 * The id Bitbucket gives a generic application link, computed from the link's application URL the way
 * Atlassian's applinks code does (ApplicationIdUtil.generate): normalise the URI, strip trailing slashes,
 * then Java's UUID.nameUUIDFromBytes: the MD5 of the UTF-8 bytes with the version nibble set to 3 and the
 * RFC 4122 variant bits. Knowing it at synth time lets Terraform read, update and delete the link by id.
 */
export function applicationLinkId(applicationUrl: string): string {
  const bytes = createHash('md5').update(normaliseApplicationUrl(applicationUrl), 'utf8').digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x30;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** java.net.URI#normalize (drops "." segments and resolves ".."), then trailing slashes removed. */
export function normaliseApplicationUrl(applicationUrl: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)(.*)$/i.exec(applicationUrl);
  if (!match) return applicationUrl.replace(/\/+$/, '');
  const [, authority, path, rest] = match;
  const segments: string[] = [];
  for (const segment of path.split('/').slice(1)) {
    if (segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const normalisedPath = path === '' ? '' : `/${segments.join('/')}`;
  return `${authority}${normalisedPath}${rest}`.replace(/\/+$/, '');
}
