// URLs and host names as TFE and Bitbucket take them: a Data Center URL split into TFE's `http_url` and
// `api_url`, https URLs without credentials, query or fragment, and TFE host names. The parsers here judge
// literal values; constructs call them through lib/common/validators.ts, which refuses tokens with the reason.

import { BITBUCKET_CLOUD_HOSTS } from './bitbucket-cloud';
import { BitbucketTfeInputError, described } from './errors';
import { HCP_TERRAFORM_HOSTNAME } from './tfe';

/** How a Data Center URL is shown in errors and fixes. */
export const BITBUCKET_URL_EXAMPLE = 'https://bitbucket.example.com or https://bitbucket.example.com/bitbucket';

/** A Bitbucket Data Center base URL split the way TFE wants it. */
export interface BitbucketUrlParts {
  /** Scheme, host, port and context path, no trailing slash: TFE's `http_url`. */
  readonly httpUrl: string;
  /** Scheme, host and port only: TFE's `api_url`. */
  readonly apiUrl: string;
  /** Host name, lower case. */
  readonly hostname: string;
  /** Context path without trailing slash, '' when Bitbucket is served at the root. */
  readonly contextPath: string;
}

export interface ParseUrlOptions {
  /** Accept `http://` (only for test instances; credentials would cross the network in clear). */
  readonly allowHttp?: boolean;
}

/**
 * Parses and normalises a Bitbucket Data Center URL given in a prop.
 * Trailing slashes are dropped; a context path (`/bitbucket`) is kept for `http_url` and removed for `api_url`.
 */
export function parseBitbucketUrl(prop: string, value: string, options: ParseUrlOptions = {}): BitbucketUrlParts {
  const url = parseHttpsUrl(prop, value, BITBUCKET_URL_EXAMPLE, options);
  const contextPath = url.pathname.replace(/\/+$/, '');
  if (BITBUCKET_CLOUD_HOSTS.includes(url.hostname.toLowerCase())) {
    throw new BitbucketTfeInputError(prop, value, 'is Bitbucket Cloud, not a Data Center instance',
      'use CloudConnection and the Cloud onboarding for bitbucket.org, or give your Data Center instance\'s URL');
  }
  // TFE derives every API and clone URL from this root: a page or API URL here gives a wrong http_url, and fixing
  // it later replaces the OAuth client (a new authorization for every workspace).
  const inside = /\/(rest|scm|projects|users|plugins|admin|browse|dashboard|login|account|mvc|s)(\/|$)/i.exec(contextPath);
  if (inside) {
    const root = `${url.origin}${contextPath.slice(0, inside.index)}`;
    throw new BitbucketTfeInputError(prop, value, `is a page or API URL inside Bitbucket ("${inside[0].replace(/\/$/, '')}..."), not the instance's root`,
      `use the root the instance is served at, with its context path if any: ${JSON.stringify(root)}`);
  }
  return {
    httpUrl: `${url.origin}${contextPath}`,
    apiUrl: url.origin,
    hostname: url.hostname,
    contextPath,
  };
}

/** Parses an https URL and rejects what TFE and Bitbucket cannot use: credentials, query, fragment, other schemes. */
export function parseHttpsUrl(prop: string, value: string, example: string, options: ParseUrlOptions = {}): URL {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BitbucketTfeInputError(prop, value, 'is not a URL', `pass the full URL, e.g. ${example}`);
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new BitbucketTfeInputError(prop, value, 'is not a valid absolute URL', `write it with its scheme, e.g. ${example}`);
  }
  const allowed = options.allowHttp ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) {
    throw new BitbucketTfeInputError(prop, value, 'must use https:// (TFE and the service account send credentials to it)',
      options.allowHttp === undefined ? `use ${example}` : `use https://, or set allowInsecureHttp: true for a test instance`);
  }
  if (url.username || url.password) {
    throw new BitbucketTfeInputError(prop, described('a URL with embedded credentials'), 'must not carry a user name or password',
      'remove "user:password@" from the URL and pass credentials through their own props');
  }
  if (url.search || url.hash) {
    throw new BitbucketTfeInputError(prop, value, 'must not have a query string or fragment',
      `remove everything from "?" or "#" on, e.g. ${example}`);
  }
  return url;
}

/** A host name as TFE's `hostname` wants it (`tfe.example.com` or `tfe.example.com:8443`), never a URL. */
export function parseHostname(prop: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BitbucketTfeInputError(prop, value, 'is not a host name', `pass the TFE host name, e.g. "tfe.example.com" or "${HCP_TERRAFORM_HOSTNAME}"`);
  }
  const text = value.trim();
  if (/^[a-z]+:\/\//i.test(text) || text.includes('/')) {
    throw new BitbucketTfeInputError(prop, value, 'is a URL, not a host name',
      `pass the host name only, e.g. "${hostOf(text) ?? 'tfe.example.com'}"`);
  }
  const match = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:\d{1,5})?$/i.exec(text);
  const port = match?.[5] ? Number(match[5].slice(1)) : undefined;
  if (!match || text.length > 253 || (port !== undefined && (port < 1 || port > 65535))) {
    throw new BitbucketTfeInputError(prop, value, 'is not a valid host name',
      'use letters, digits, "-" and "." with an optional ":port", e.g. "tfe.example.com"');
  }
  return text.toLowerCase();
}

function hostOf(text: string): string | undefined {
  try {
    return new URL(text).host || undefined;
  } catch {
    return undefined;
  }
}
