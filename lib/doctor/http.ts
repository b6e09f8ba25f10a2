import * as http from 'node:http';
import * as https from 'node:https';
import { sameOrigin } from './urls';

export interface RetryOptions {
  /** Retries after the first attempt, for 429, 5xx and dropped connections. @default 3 */
  readonly retries?: number;
  /** First backoff delay; doubles with each retry. @default 500 */
  readonly baseDelayMs?: number;
  /** Upper bound for any wait, including one asked for by Retry-After. @default 20000 */
  readonly maxDelayMs?: number;
}

export interface HttpClientOptions {
  /** Time allowed for one attempt, from connecting to the end of the body. */
  readonly timeoutMs: number;
  /** Requests in flight at once across the whole client. */
  readonly maxConcurrent: number;
  readonly retry?: RetryOptions;
  /** @default 5 */
  readonly maxRedirects?: number;
}

export interface GetOptions {
  /** Full Authorization header value. Sent only to the origin of the requested URL. */
  readonly authorization?: string;
  /** @default application/json */
  readonly accept?: string;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** The body as text, cut at MAX_BODY_BYTES. */
  readonly body: string;
  /** The URL that gave this response, after redirects. */
  readonly url: string;
  /** Every URL a redirect led to, in order. */
  readonly redirects: string[];
  /** True when a redirect left the requested origin, so the Authorization header was not sent there. */
  readonly authorizationWithheld: boolean;
  /** Attempts made, retries included. */
  readonly attempts: number;
}

export type HttpFailureKind = 'timeout' | 'tls' | 'dns' | 'refused' | 'unreachable' | 'reset' | 'redirect' | 'other';

/** A request that produced no HTTP response. The message and fix are written for the person running the doctor. */
export class HttpError extends Error {
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export type HttpOutcome = { readonly ok: true; readonly response: HttpResponse } | { readonly ok: false; readonly error: HttpError };

const MAX_BODY_BYTES = 1024 * 1024;
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A small GET-only HTTP client for the doctor: per-attempt timeouts, bounded retries with exponential
 * backoff that honours Retry-After, a global limit on requests in flight, and redirects followed by hand
 * so that credentials never travel to another origin.
 */
export class HttpClient {
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRedirects: number;
  private readonly slots: Semaphore;
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(private readonly options: HttpClientOptions) {
    this.retries = options.retry?.retries ?? 3;
    this.baseDelayMs = options.retry?.baseDelayMs ?? 500;
    this.maxDelayMs = options.retry?.maxDelayMs ?? 20_000;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.slots = new Semaphore(options.maxConcurrent);
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets: options.maxConcurrent });
    this.httpsAgent = new https.Agent({ keepAlive: true, maxSockets: options.maxConcurrent });
  }

  /** GET with retries. Never throws for network problems: they come back as `{ ok: false, error }`. */
  async get(url: string, options: GetOptions = {}): Promise<HttpOutcome> {
    for (let attempt = 1; ; attempt++) {
      let outcome: HttpOutcome;
      try {
        const response = await this.followRedirects(url, options, attempt);
        outcome = { ok: true, response };
      } catch (err) {
        outcome = { ok: false, error: err instanceof HttpError ? err : describeFailure(err, url, this.options.timeoutMs) };
      }
      const retryable = outcome.ok ? RETRY_STATUSES.has(outcome.response.status) : outcome.error.kind === 'reset';
      if (!retryable || attempt > this.retries) {
        if (!outcome.ok && attempt > 1) {
          const { kind, message, fix } = outcome.error;
          return { ok: false, error: new HttpError(kind, `${message} (${attempt} attempts)`, fix) };
        }
        return outcome;
      }
      await sleep(this.delayBeforeRetry(attempt, outcome.ok ? outcome.response.headers['retry-after'] : undefined));
    }
  }

  /** Closes idle keep-alive connections so the process can exit. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private delayBeforeRetry(attempt: number, retryAfter: string | string[] | undefined): number {
    const asked = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
    const backoff = this.baseDelayMs * 2 ** (attempt - 1) + Math.floor(Math.random() * this.baseDelayMs);
    return Math.min(asked ?? backoff, this.maxDelayMs);
  }

  private async followRedirects(url: string, options: GetOptions, attempt: number): Promise<HttpResponse> {
    const requested = new URL(url);
    let current = requested;
    const redirects: string[] = [];
    let authorizationWithheld = false;
    for (let hop = 0; ; hop++) {
      const headers: http.OutgoingHttpHeaders = {
        'accept': options.accept ?? 'application/json',
        'user-agent': 'bitbucket-tfe-doctor',
      };
      if (options.authorization && !authorizationWithheld) {
        headers.authorization = options.authorization;
      }
      const raw = await this.sendOnce(current, headers);
      const location = raw.headers.location;
      if (!REDIRECT_STATUSES.has(raw.status) || !location) {
        return { ...raw, url: current.toString(), redirects, authorizationWithheld, attempts: attempt };
      }
      if (hop >= this.maxRedirects) {
        throw new HttpError(
          'redirect',
          `more than ${this.maxRedirects} redirects, starting at ${requested.toString()}`,
          'Open the URL in a browser to see where it leads; give the doctor the final address of the service.',
        );
      }
      const next = new URL(location, current);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new HttpError('redirect', `redirected to a non-HTTP address (${next.protocol})`, 'Give the doctor the direct address of the service.');
      }
      if (!credentialsMayFollow(requested, next)) {
        authorizationWithheld = true;
      }
      redirects.push(next.toString());
      current = next;
    }
  }

  private async sendOnce(url: URL, headers: http.OutgoingHttpHeaders): Promise<RawResponse> {
    const release = await this.slots.acquire();
    try {
      return await this.request(url, headers);
    } finally {
      release();
    }
  }

  private request(url: URL, headers: http.OutgoingHttpHeaders): Promise<RawResponse> {
    return new Promise<RawResponse>((resolve, reject) => {
      let settled = false;
      let timedOut = false;
      const fail = (err: unknown) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          reject(timedOut ? new TimeoutSignal() : err);
        }
      };
      const isHttps = url.protocol === 'https:';
      const request = (isHttps ? https : http).request(
        url,
        { method: 'GET', headers, agent: isHttps ? this.httpsAgent : this.httpAgent },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            if (size < MAX_BODY_BYTES) {
              chunks.push(chunk);
              size += chunk.length;
            }
          });
          response.on('error', fail);
          response.on('end', () => {
            if (!settled) {
              settled = true;
              clearTimeout(timer);
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8'),
              });
            }
          });
        },
      );
      const timer = setTimeout(() => {
        timedOut = true;
        request.destroy(new TimeoutSignal());
      }, this.options.timeoutMs);
      request.on('error', fail);
      request.end();
    });
  }
}

/**
 * Credentials may follow a redirect within the requested origin, or to the same host upgraded from http to
 * https. Anywhere else (another host, another port, a downgrade to http) they are withheld.
 */
function credentialsMayFollow(requested: URL, next: URL): boolean {
  if (sameOrigin(requested, next)) {
    return true;
  }
  return requested.protocol === 'http:' && next.protocol === 'https:' && requested.hostname === next.hostname;
}

/** Retry-After as milliseconds: either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed) * 1000;
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Whether a response is a web page rather than an API answer: the mark of a login page, proxy or SSO gateway. */
export function isHtml(response: HttpResponse): boolean {
  const type = String(response.headers['content-type'] ?? '').toLowerCase();
  return type.includes('text/html') || /^\s*<(!doctype html|html)/i.test(response.body);
}

/** The response body parsed as JSON, or undefined when it is not JSON. */
export function jsonBody(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

class TimeoutSignal extends Error {
  readonly code = 'DOCTOR_TIMEOUT';
}

const TLS_TRUST_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

function describeFailure(err: unknown, url: string, timeoutMs: number): HttpError {
  const target = new URL(url);
  const host = target.host;
  const code = String((err as { code?: unknown })?.code ?? '');
  const reason = err instanceof Error ? err.message : String(err);
  const proxyNote =
    process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY || process.env.http_proxy
      ? ' Note: a proxy is configured in the environment (HTTPS_PROXY/HTTP_PROXY), but the doctor connects directly; run it from a machine that can reach the service without a proxy.'
      : '';
  const caHint = `If ${target.hostname} uses a certificate from your organization's own certificate authority, point Node.js at that CA: NODE_EXTRA_CA_CERTS=/path/to/ca-bundle.pem bitbucket-tfe ...`;

  if (code === 'DOCTOR_TIMEOUT') {
    return new HttpError(
      'timeout',
      `no answer from ${host} within ${timeoutMs / 1000} s`,
      `Check that ${host} is reachable from this machine (firewall, VPN); for a slow server raise --timeout.${proxyNote}`,
    );
  }
  if (TLS_TRUST_CODES.has(code)) {
    return new HttpError('tls', `TLS certificate of ${host} is not trusted (${code})`, caHint);
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return new HttpError('tls', `TLS certificate of ${host} is not valid now (${code})`, `Renew the certificate of ${target.hostname}. ${caHint}`);
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new HttpError(
      'tls',
      `TLS certificate of ${host} does not cover the name ${target.hostname}`,
      `Use the host name the certificate was issued for in the URL. ${caHint}`,
    );
  }
  if (code === 'EPROTO' || code.startsWith('ERR_SSL_') || /wrong version number|SSL routines/i.test(reason)) {
    return new HttpError(
      'tls',
      `TLS handshake with ${host} failed (${code || reason})`,
      `Check the scheme and port in the URL: the port may serve plain HTTP, or a proxy may intercept TLS. ${caHint}`,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new HttpError(
      'dns',
      `cannot resolve the host name ${target.hostname}`,
      `Check the URL for typos; for a host inside a private network, run from a machine on that network or VPN.${proxyNote}`,
    );
  }
  if (code === 'ECONNREFUSED') {
    return new HttpError('refused', `connection refused by ${host}`, `Check the port in the URL and that the service is running; a firewall may be rejecting the connection.${proxyNote}`);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new HttpError('unreachable', `no network route to ${host}`, `Run the doctor from a machine that can reach ${host} (network, VPN).${proxyNote}`);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(reason)) {
    return new HttpError(
      'reset',
      `${host} closed the connection without an answer`,
      `A proxy, load balancer or firewall may be dropping the connection; check that ${host} accepts connections from this machine.${proxyNote}`,
    );
  }
  return new HttpError('other', `request to ${host} failed: ${code ? `${code}: ` : ''}${reason}`, `Check that ${host} is reachable from this machine.${proxyNote}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Counts requests in flight; `acquire` waits for a free slot and returns the function that frees it. */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {}

  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.active++;
        let released = false;
        resolve(() => {
          if (!released) {
            released = true;
            this.active--;
            this.waiting.shift()?.();
          }
        });
      };
      if (this.active < this.max) {
        grant();
      } else {
        this.waiting.push(grant);
      }
    });
  }
}
