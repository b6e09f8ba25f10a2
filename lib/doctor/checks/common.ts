import { HttpClient, HttpResponse, jsonBody } from '../http';
import { CheckResult, CheckStatus } from '../types';

/** What every check needs: where Bitbucket and TFE are, how to authenticate, and the shared HTTP client. */
export interface DoctorContext {
  readonly flavor: 'data-center' | 'cloud';
  /** Data Center instance URL (with context path) or the Cloud API base, without trailing slash. */
  readonly bitbucketBase: string;
  readonly bitbucketAuthorization: string;
  readonly http: HttpClient;
  readonly tfe?: TfeContext;
}

export interface TfeContext {
  /** TFE base address without trailing slash; the API is under `<base>/api/v2`. */
  readonly base: string;
  readonly authorization: string;
  readonly organization?: string;
  readonly oauthClientId?: string;
}

export function result(id: string, status: CheckStatus, target: string, message: string, fix: string | null = null): CheckResult {
  return { id, status, target, message, fix };
}

/** Errors in Bitbucket Data Center's body shape: `{"errors":[{"context","message","exceptionName"}]}`. */
export interface DataCenterError {
  readonly message?: string;
  readonly exceptionName?: string;
}

export function dataCenterErrors(response: HttpResponse): DataCenterError[] {
  const body = jsonBody(response) as { errors?: unknown } | undefined;
  if (!body || !Array.isArray(body.errors)) {
    return [];
  }
  return body.errors.filter((e): e is DataCenterError => typeof e === 'object' && e !== null);
}

export function dataCenterException(response: HttpResponse, pattern: RegExp): DataCenterError | undefined {
  return dataCenterErrors(response).find((e) => typeof e.exceptionName === 'string' && pattern.test(e.exceptionName));
}

/** The message of Bitbucket Cloud's error body `{"type":"error","error":{"message": ...}}`. */
export function cloudErrorMessage(response: HttpResponse): string | undefined {
  const body = jsonBody(response) as { error?: { message?: unknown; detail?: unknown } } | undefined;
  const message = body?.error?.message;
  if (typeof message !== 'string') {
    return undefined;
  }
  const detail = body?.error?.detail;
  return typeof detail === 'string' && detail ? `${message} (${detail})` : message;
}

/** A short one-line excerpt of a body, for messages about answers the doctor does not recognize. */
export function excerpt(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The error message a server put in its body, in any of the shapes Bitbucket and TFE use. */
export function serverMessage(response: HttpResponse): string {
  const dc = dataCenterErrors(response).find((e) => e.message);
  if (dc?.message) {
    return dc.exceptionName ? `${dc.message} (${dc.exceptionName})` : dc.message;
  }
  const cloud = cloudErrorMessage(response);
  if (cloud) {
    return cloud;
  }
  const body = jsonBody(response) as { errors?: Array<{ title?: unknown; detail?: unknown }> } | undefined;
  const jsonApi = Array.isArray(body?.errors) ? body?.errors[0] : undefined;
  if (jsonApi && (typeof jsonApi.detail === 'string' || typeof jsonApi.title === 'string')) {
    return String(jsonApi.detail ?? jsonApi.title);
  }
  return excerpt(response.body) || 'empty body';
}

/**
 * The finding for an HTML page where JSON was expected. After a redirect to another host this is almost
 * always a single sign-on gateway or an authenticating proxy in front of the API.
 */
export function htmlPageFinding(response: HttpResponse, service: string): { message: string; fix: string } {
  const last = response.redirects[response.redirects.length - 1];
  const where = last ? `was redirected to ${last}, which answered` : `answered`;
  const withheld = response.authorizationWithheld ? ' (the credentials were not sent to that other host)' : '';
  return {
    message: `${service} ${where} with an HTML page (HTTP ${response.status}) instead of JSON${withheld}: a login page, proxy or single sign-on gateway is in the way of the REST API`,
    fix:
      `Let the service account reach the REST API directly: exempt the API paths from SSO or the proxy, or run from a network where no proxy intercepts. ` +
      `Check that the URL is the service's own address (for Data Center, the base URL including any context path, as in Administration > Server settings).`,
  };
}

/** What to try for a status the check has no specific explanation for. */
export function unexpectedFix(response: HttpResponse): string {
  if (response.status === 429) {
    return 'The service is rate limiting this account: wait and run again, with a lower --concurrency.';
  }
  if (response.status >= 500) {
    return 'The service is failing: check its health and logs, then run again.';
  }
  if (response.status === 403) {
    return 'The account lacks a permission this request needs: check its permissions, or whether a proxy or firewall answered instead of the service.';
  }
  return 'Check that the URL reaches the service itself (not a proxy or another application) and run again.';
}

/** The finding for a status the check has no specific explanation for. */
export function unexpectedAnswer(response: HttpResponse, what: string): string {
  const attempts = response.attempts > 1 ? ` after ${response.attempts} attempts` : '';
  return `${what} answered HTTP ${response.status}${attempts}: ${serverMessage(response)}`;
}
