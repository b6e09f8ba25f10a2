import { UsageError } from './errors';

/**
 * Parses a user-supplied http(s) URL and rejects what the doctor cannot use safely:
 * other schemes, embedded credentials (they would end up in logs and output), queries and fragments.
 */
export function parseBaseUrl(value: string, flag: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${flag} ${JSON.stringify(value)} is not a URL: give the full address, e.g. https://bitbucket.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`${flag} must be an https:// URL, got ${JSON.stringify(url.protocol)}`);
  }
  if (url.username || url.password) {
    throw new UsageError(
      `${flag} must not contain credentials: remove them from the URL and set BITBUCKET_USERNAME / BITBUCKET_TOKEN or TFE_TOKEN in the environment instead`,
    );
  }
  if (url.search || url.hash) {
    throw new UsageError(`${flag} must not contain a query or fragment: give the base URL only`);
  }
  return url;
}

/**
 * The URL as a string without trailing slashes. WHATWG URL parsing already lower-cases scheme and host
 * and drops default ports, so two spellings of one address compare equal.
 */
export function normalizeUrl(value: string | URL): string {
  const url = typeof value === 'string' ? new URL(value) : value;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/** Appends a REST path to a base URL that may carry a context path (https://host/bitbucket). */
export function joinUrl(base: string | URL, path: string): string {
  const root = (typeof base === 'string' ? base : base.toString()).replace(/\/+$/, '');
  return `${root}${path.startsWith('/') ? path : `/${path}`}`;
}

/** True for addresses that never leave the machine, where plain HTTP exposes nothing. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host.toLowerCase() === b.host.toLowerCase();
}

/** Path segment encoding for project keys, workspaces and slugs. */
export function segment(value: string): string {
  return encodeURIComponent(value);
}
