import * as tls from 'node:tls';
import { Agent, Dispatcher, EnvHttpProxyAgent, request as undiciRequest } from 'undici';
import { isLoopbackHost, sameOrigin } from './urls';

export interface RetryOptions {
  /** Retries after the first attempt, for 429, 5xx and dropped connections. @default 3 */
  readonly retries?: number;
  /** First backoff delay; doubles with each retry. @default 500 */
  readonly baseDelayMs?: number;
  /**
   * Upper bound for any wait. A server that asks (Retry-After) for a longer wait is not waited for: the answer is
   * reported as rate limiting at once. @default 20000
   */
  readonly maxDelayMs?: number;
}

export interface HttpClientOptions {
  /** Time allowed for one attempt, from connecting to the end of the body. */
  readonly timeoutMs: number;
  /** Requests in flight at once to one origin (Bitbucket and TFE each get this many). */
  readonly maxConcurrent: number;
  readonly retry?: RetryOptions;
  /** @default 5 */
  readonly maxRedirects?: number;
  /** Time allowed for everything this client does, from its creation. No request starts and no wait runs past it. */
  readonly deadlineMs?: number;
  /**
   * Consecutive timeouts or connection failures on one host after which every further request to that host is
   * reported unreachable at once instead of being tried. @default 3
   */
  readonly breakerThreshold?: number;
  /** Send credentials over plain HTTP to a host other than this machine. @default false */
  readonly allowInsecureHttp?: boolean;
  /** Removes secrets from server text before it goes into an excerpt. @default identity */
  readonly redact?: (text: string) => string;
  /**
   * Where HTTP_PROXY, HTTPS_PROXY and NO_PROXY (either case) are read. @default process.env
   */
  readonly env?: NodeJS.ProcessEnv;
  /** More certificate authorities to trust (PEM), besides Node's own and NODE_EXTRA_CA_CERTS. */
  readonly ca?: string;
}

export interface GetOptions {
  /** Full Authorization header value. Sent only to the origin of the requested URL. */
  readonly authorization?: string;
  /** @default application/json */
  readonly accept?: string;
}

export type HttpHeaders = Record<string, string | string[] | undefined>;

export interface HttpResponse {
  readonly status: number;
  readonly headers: HttpHeaders;
  /** The body as text, cut at MAX_BODY_BYTES (see `truncated`). */
  readonly body: string;
  /** True when the body was longer than MAX_BODY_BYTES: what is in `body` is not the whole answer. */
  readonly truncated: boolean;
  /** The URL that gave this response, after redirects. */
  readonly url: string;
  /** Every URL a redirect led to, in order. */
  readonly redirects: string[];
  /**
   * True when a redirect left the requested origin (scheme, host and port). The answer then comes from somewhere
   * else, without the credentials, and must never count as the service's.
   */
  readonly leftOrigin: boolean;
  /** Same as leftOrigin: the Authorization header was not sent to where the answer came from. */
  readonly authorizationWithheld: boolean;
  /** Attempts made, retries included. */
  readonly attempts: number;
  /** The wait a 429 or 503 asked for (Retry-After) when it was longer than the client will wait. */
  readonly retryAfterMs?: number;
  /** The client's redactor, so that excerpts of this body are redacted before they are cut. */
  readonly redact: (text: string) => string;
}

export type HttpFailureKind =
  | 'timeout'
  | 'tls'
  | 'dns'
  | 'refused'
  | 'unreachable'
  | 'reset'
  | 'redirect'
  | 'deadline'
  | 'circuit'
  | 'insecure'
  | 'other';

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

export const MAX_BODY_BYTES = 1024 * 1024;
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Failures that say the host cannot be reached at all; a run of them opens the host's circuit breaker. */
const CONNECTION_FAILURES = new Set<HttpFailureKind>(['timeout', 'tls', 'dns', 'refused', 'unreachable', 'reset']);

interface RawResponse {
  status: number;
  headers: HttpHeaders;
  body: string;
  truncated: boolean;
}

interface HostState {
  consecutiveFailures: number;
  lastFailure?: HttpError;
  readonly slots: Semaphore;
}

/**
 * A small GET-only HTTP client for the doctor: per-attempt timeouts inside one overall deadline, bounded
 * retries with exponential backoff that honours Retry-After up to a cap, a limit on requests in flight per
 * origin, a circuit breaker per host, HTTP(S)_PROXY/NO_PROXY through undici's EnvHttpProxyAgent, and
 * redirects followed by hand so that credentials never travel to another origin.
 */
export class HttpClient {
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRedirects: number;
  private readonly breakerThreshold: number;
  private readonly deadlineAt: number;
  private readonly redact: (text: string) => string;
  private readonly dispatcher: Dispatcher;
  private readonly proxied: boolean;
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly options: HttpClientOptions) {
    this.retries = options.retry?.retries ?? 3;
    this.baseDelayMs = options.retry?.baseDelayMs ?? 500;
    this.maxDelayMs = options.retry?.maxDelayMs ?? 20_000;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.breakerThreshold = options.breakerThreshold ?? 3;
    this.deadlineAt = options.deadlineMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.deadlineMs;
    this.redact = options.redact ?? ((text) => text);
    const env = options.env ?? process.env;
    const proxy = proxySettings(env);
    // undici's own timeouts stay above ours, so that every timeout is reported the same way (ours).
    const timeouts = { connectTimeout: options.timeoutMs + 1000, headersTimeout: options.timeoutMs + 1000, bodyTimeout: options.timeoutMs + 1000 };
    const connect = options.ca ? { connect: { ca: [...tls.rootCertificates, options.ca] } } : {};
    const agentOptions = { ...timeouts, ...connect, connections: options.maxConcurrent, keepAliveTimeout: 4000 };
    this.proxied = proxy !== undefined;
    this.dispatcher = proxy ? new EnvHttpProxyAgent({ ...agentOptions, ...proxy }) : new Agent(agentOptions);
  }

  /** GET with retries. Never throws for network problems: they come back as `{ ok: false, error }`. */
  async get(url: string, options: GetOptions = {}): Promise<HttpOutcome> {
    const target = new URL(url);
    if (options.authorization && target.protocol === 'http:' && !isLoopbackHost(target.hostname) && !this.options.allowInsecureHttp) {
      return {
        ok: false,
        error: new HttpError(
          'insecure',
          `credentials were not sent: ${target.host} is addressed over plain HTTP`,
          'Use the https:// address of the service, or pass --allow-insecure-http if this network is trusted.',
        ),
      };
    }
    for (let attempt = 1; ; attempt++) {
      let outcome: HttpOutcome;
      try {
        const response = await this.followRedirects(target, options, attempt);
        outcome = { ok: true, response };
      } catch (err) {
        outcome = { ok: false, error: err instanceof HttpError ? err : describeFailure(err, target, this.options.timeoutMs, this.proxied) };
      }
      const retryable = outcome.ok ? RETRY_STATUSES.has(outcome.response.status) : outcome.error.kind === 'reset';
      if (!retryable || attempt > this.retries) {
        return withAttempts(outcome, attempt);
      }
      const asked = outcome.ok ? parseRetryAfter(firstHeader(outcome.response.headers['retry-after'])) : undefined;
      if (outcome.ok && asked !== undefined && asked > this.maxDelayMs) {
        // Waiting that long for every request would make the run take hours: report the rate limit instead.
        return { ok: true, response: { ...outcome.response, retryAfterMs: asked } };
      }
      const delay = asked ?? this.baseDelayMs * 2 ** (attempt - 1) + Math.floor(Math.random() * this.baseDelayMs);
      const wait = Math.min(delay, this.maxDelayMs);
      if (Date.now() + wait >= this.deadlineAt) {
        return withAttempts(outcome, attempt);
      }
      await sleep(wait);
    }
  }

  /** Closes idle keep-alive connections so the process can exit. */
  close(): void {
    this.dispatcher.destroy().catch(() => undefined);
  }

  private host(url: URL): HostState {
    let state = this.hosts.get(url.origin);
    if (!state) {
      state = { consecutiveFailures: 0, slots: new Semaphore(this.options.maxConcurrent) };
      this.hosts.set(url.origin, state);
    }
    return state;
  }

  private async followRedirects(requested: URL, options: GetOptions, attempt: number): Promise<HttpResponse> {
    let current = requested;
    const redirects: string[] = [];
    let leftOrigin = false;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        'accept': options.accept ?? 'application/json',
        'user-agent': 'bitbucket-tfe-doctor',
      };
      // Credentials go to the requested origin only: same scheme, host and port. Once a redirect left it,
      // they are withheld for the rest of the chain, even if it leads back.
      if (options.authorization && !leftOrigin) {
        headers.authorization = options.authorization;
      }
      const raw = await this.sendOnce(current, headers, attempt === 1 && hop === 0);
      const location = firstHeader(raw.headers.location);
      if (!REDIRECT_STATUSES.has(raw.status) || !location) {
        return { ...raw, url: current.toString(), redirects, leftOrigin, authorizationWithheld: leftOrigin, attempts: attempt, redact: this.redact };
      }
      if (hop >= this.maxRedirects) {
        throw new HttpError(
          'redirect',
          `more than ${this.maxRedirects} redirects, starting at ${requested.toString()}`,
          'Open the URL in a browser to see where it leads; give the doctor the final address of the service.',
        );
      }
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new HttpError('redirect', `redirected to an address that is not a URL (${this.redact(location).slice(0, 100)})`, 'Give the doctor the direct address of the service.');
      }
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new HttpError('redirect', `redirected to a non-HTTP address (${next.protocol})`, 'Give the doctor the direct address of the service.');
      }
      if (!sameOrigin(requested, next)) {
        leftOrigin = true;
      }
      redirects.push(next.toString());
      current = next;
    }
  }

  private async sendOnce(url: URL, headers: Record<string, string>, first: boolean): Promise<RawResponse> {
    const state = this.host(url);
    // The breaker stops new requests; one that already started keeps its retries.
    this.refuseIfOpenOrLate(url, state, first);
    const release = await state.slots.acquire();
    try {
      // Checked again: the breaker may have opened, or the deadline passed, while this request waited for a slot.
      this.refuseIfOpenOrLate(url, state, first);
      const raw = await this.request(url, headers);
      state.consecutiveFailures = 0;
      return raw;
    } catch (err) {
      const failure = err instanceof HttpError ? err : describeFailure(err, url, this.options.timeoutMs, this.proxied, this.deadlineAt);
      if (CONNECTION_FAILURES.has(failure.kind)) {
        state.consecutiveFailures++;
        state.lastFailure = failure;
      }
      throw failure;
    } finally {
      release();
    }
  }

  private refuseIfOpenOrLate(url: URL, state: HostState, first: boolean): void {
    if (first && state.consecutiveFailures >= this.breakerThreshold && state.lastFailure) {
      throw new HttpError(
        'circuit',
        `not tried: ${url.host} is unreachable (${state.consecutiveFailures} requests in a row failed; the last: ${state.lastFailure.message})`,
        state.lastFailure.fix,
      );
    }
    if (Date.now() >= this.deadlineAt) {
      throw new HttpError(
        'deadline',
        `not tried: the overall deadline of ${Math.round((this.options.deadlineMs ?? 0) / 1000)} s was reached`,
        'Raise --deadline, check fewer repositories per run, or find out why the service answers slowly (see the other findings).',
      );
    }
  }

  private async request(url: URL, headers: Record<string, string>): Promise<RawResponse> {
    const budget = Math.min(this.options.timeoutMs, this.deadlineAt - Date.now());
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutSignal()), Math.max(1, budget));
    try {
      const response = await undiciRequest(url, { method: 'GET', headers, dispatcher: this.dispatcher, signal: controller.signal });
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      for await (const chunk of response.body) {
        const buffer = chunk as Buffer;
        if (size + buffer.length > MAX_BODY_BYTES) {
          chunks.push(buffer.subarray(0, MAX_BODY_BYTES - size));
          size = MAX_BODY_BYTES;
          truncated = true;
          // Nothing past the cap is read: a hostile or broken server cannot make the doctor hold more.
          response.body.destroy();
          break;
        }
        chunks.push(buffer);
        size += buffer.length;
      }
      return { status: response.statusCode, headers: response.headers as HttpHeaders, body: Buffer.concat(chunks).toString('utf8'), truncated };
    } catch (err) {
      if (controller.signal.aborted) {
        throw budget < this.options.timeoutMs ? new DeadlineSignal() : new TimeoutSignal();
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}

function withAttempts(outcome: HttpOutcome, attempts: number): HttpOutcome {
  if (!outcome.ok && attempts > 1) {
    const { kind, message, fix } = outcome.error;
    return { ok: false, error: new HttpError(kind, `${message} (${attempts} attempts)`, fix) };
  }
  return outcome;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The proxy settings of the environment, or undefined when no proxy is configured. */
function proxySettings(env: NodeJS.ProcessEnv): { httpProxy?: string; httpsProxy?: string; noProxy?: string } | undefined {
  const read = (name: string) => env[name] || env[name.toLowerCase()] || undefined;
  const httpProxy = read('HTTP_PROXY');
  const httpsProxy = read('HTTPS_PROXY') ?? httpProxy;
  if (!httpProxy && !httpsProxy) {
    return undefined;
  }
  return { httpProxy: httpProxy ?? '', httpsProxy: httpsProxy ?? '', noProxy: read('NO_PROXY') ?? '' };
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
  const type = String(firstHeader(response.headers['content-type']) ?? '').toLowerCase();
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

class DeadlineSignal extends Error {
  readonly code = 'DOCTOR_DEADLINE';
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

/** The error code of a failure, looking through undici's wrappers to the socket error beneath. */
function errorCode(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR_CONNECT') {
      return code;
    }
    const cause = (current as { cause?: unknown }).cause;
    if (!cause) {
      return typeof code === 'string' ? code : '';
    }
    current = cause;
  }
  return '';
}

function describeFailure(err: unknown, target: URL, timeoutMs: number, proxied: boolean, deadlineAt?: number): HttpError {
  const host = target.host;
  const code = errorCode(err);
  const reason = err instanceof Error ? err.message : String(err);
  const proxyNote = proxied
    ? ' The request went through the proxy of HTTPS_PROXY/HTTP_PROXY: check that the proxy reaches this host, or list the host in NO_PROXY.'
    : '';
  const caHint = `If ${target.hostname} uses a certificate from your organization's own certificate authority, point Node.js at that CA: NODE_EXTRA_CA_CERTS=/path/to/ca-bundle.pem bitbucket-tfe ...`;

  if (code === 'DOCTOR_DEADLINE' || (code === 'DOCTOR_TIMEOUT' && deadlineAt !== undefined && Date.now() >= deadlineAt)) {
    return new HttpError('deadline', `no answer from ${host} before the overall deadline`, 'Raise --deadline, or check fewer repositories per run.');
  }
  if (code === 'DOCTOR_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return new HttpError(
      'timeout',
      `no answer from ${host} within ${timeoutMs / 1000} s`,
      `Check that ${host} is reachable from this machine (firewall, VPN, proxy); for a slow server raise --timeout.${proxyNote}`,
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
    return new HttpError('unreachable', `no network route to ${host}`, `Run the doctor from a machine that can reach ${host} (network, VPN), or set HTTPS_PROXY.${proxyNote}`);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || /socket hang up|other side closed/i.test(reason)) {
    return new HttpError(
      'reset',
      `${host} closed the connection without an answer`,
      `A proxy, load balancer or firewall may be dropping the connection; check that ${host} accepts connections from this machine.${proxyNote}`,
    );
  }
  if (/proxy/i.test(reason) || code.startsWith('UND_ERR_PRX')) {
    return new HttpError('unreachable', `the proxy did not open a connection to ${host}: ${reason}`, `Check HTTPS_PROXY/HTTP_PROXY and NO_PROXY.${proxyNote}`);
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
