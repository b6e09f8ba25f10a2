import { randomBytes } from 'node:crypto';
import * as http from 'node:http';

/** One request a stateful fake received, as tests assert on it. */
export interface RecordedCall {
  readonly method: string;
  /** URL path (percent-decoded per segment is left to the fake; this is the path as sent). */
  readonly path: string;
  /** Query parameters; a repeated parameter keeps its first value (see `rawQuery` for all of them). */
  readonly query: Record<string, string>;
  readonly rawQuery: string;
  /** Parsed JSON when the body was JSON, the text otherwise, undefined when empty. */
  readonly body: unknown;
  /** Status the fake answered with (set once the answer is written). */
  status?: number;
  /**
   * When the answer was written, on one counter shared by every fake in the process: orders calls across
   * Bitbucket and TFE (e.g. a key registered in Bitbucket before it was set on the OAuth token).
   */
  finished?: number;
}

let answered = 0;

export interface ParsedRequest {
  readonly method: string;
  readonly url: URL;
  readonly text: string;
  /** Parsed JSON, or undefined when the body is empty; `jsonError` says whether it failed to parse. */
  readonly json: unknown;
  readonly jsonError: boolean;
}

export async function readRequest(req: http.IncomingMessage): Promise<ParsedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let json: unknown;
  let jsonError = false;
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      jsonError = true;
    }
  }
  return { method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://fake'), text, json, jsonError };
}

export function firstValues(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!(key in out)) out[key] = value;
  }
  return out;
}

/** Records the answer's status on the call once it is written. */
export function recordStatus(res: http.ServerResponse, call: RecordedCall): void {
  res.on('finish', () => {
    call.status = res.statusCode;
    call.finished = ++answered;
  });
}

export function send(res: http.ServerResponse, status: number, body: unknown, contentType: string, headers: http.OutgoingHttpHeaders = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': contentType, ...headers });
  res.end(text);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** TFE-style external id: a prefix and 16 base62 characters, e.g. `ws-3mWhVn7pKcQ9aF2x`. */
export function externalId(prefix: string): string {
  const bytes = randomBytes(16);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return `${prefix}-${out}`;
}

/** A route: a path pattern and its handlers per method. A known path with another method answers 405. */
export interface Route<C> {
  readonly pattern: RegExp;
  readonly methods: Partial<Record<string, (ctx: C, params: string[]) => void | Promise<void>>>;
}

export function matchRoute<C>(routes: ReadonlyArray<Route<C>>, path: string): { route: Route<C>; params: string[] } | undefined {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match) return { route, params: match.slice(1).map((p) => safeDecode(p)) };
  }
  return undefined;
}

export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function stripTrailingSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}
