import { HttpClient, HttpResponse } from '../http';
import { CheckResult, CheckStatus } from '../types';
import { serverMessage } from '../trust';

export { cloudErrorMessage, dataCenterErrors, dataCenterException, DataCenterError, htmlPageFinding, serverMessage } from '../trust';

/** What every check needs: where Bitbucket and TFE are, how to authenticate, and the shared HTTP client. */
export interface DoctorContext {
  readonly flavor: 'data-center' | 'cloud';
  /** Data Center instance URL (with context path) or the Cloud API base, without trailing slash. */
  readonly bitbucketBase: string;
  readonly bitbucketAuthorization: string;
  readonly http: HttpClient;
  readonly tfe?: TfeContext;
  /** Before the deploy: a missing grant the deploy will make is `pending`, not `fail`. */
  readonly beforeDeploy?: boolean;
}

export interface TfeContext {
  /** TFE base address without trailing slash; the API is under `<base>/api/v2`. */
  readonly base: string;
  readonly authorization: string;
  readonly organization?: string;
  readonly oauthClientId?: string;
  readonly oauthClientName?: string;
}

export function result(id: string, status: CheckStatus, target: string, message: string, fix: string | null = null): CheckResult {
  return { id, status, target, message, fix };
}

/** What to try for a status the check has no specific explanation for. */
export function unexpectedFix(response: HttpResponse): string {
  if (response.status === 402) {
    return 'The Bitbucket Cloud workspace has reached its plan\'s user limit: free a seat or upgrade the plan; until then the grant to the service account is refused.';
  }
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
  if (response.status === 402) {
    return `${what} answered HTTP 402 Payment Required${attempts}: the workspace has reached its plan's user limit (${serverMessage(response)})`;
  }
  return `${what} answered HTTP ${response.status}${attempts}: ${serverMessage(response)}`;
}
