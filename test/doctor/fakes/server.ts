import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { AddressInfo } from 'node:net';
import * as path from 'node:path';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

/** A failure the fake plays instead of its normal answer, for the next `times` requests whose path matches. */
export interface Fault {
  readonly path: RegExp;
  times: number;
  readonly act: Handler;
}

export interface FakeServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Highest number of requests that were being handled at the same time. */
  readonly maxInFlight: number;
  /** Plays `act` instead of the normal answer for the next `times` requests whose path matches. */
  inject(path: RegExp, act: Handler, times?: number): void;
  close(): Promise<void>;
}

/** Starts an HTTP (or, with `tls`, HTTPS) server on 127.0.0.1 with a free port. */
export async function startServer(handler: Handler, tls?: { key: string; cert: string }): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let counted = true;
    const done = () => {
      if (counted) {
        counted = false;
        inFlight--;
      }
    };
    res.on('finish', done);
    res.on('close', done);
    const fault = faults.find((f) => f.times > 0 && f.path.test(req.url ?? ''));
    if (fault) {
      fault.times--;
    }
    Promise.resolve((fault ? fault.act : handler)(req, res)).catch((err: unknown) => {
      sendJson(res, 500, { errors: [{ message: String(err) }] });
    });
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    inject(pathPattern, act, times = 1) {
      faults.push({ path: pathPattern, times, act });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
  res.end(text);
}

export function sendHtml(res: http.ServerResponse, status: number, html: string, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'text/html;charset=UTF-8', ...headers });
  res.end(html);
}

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'doctor');

/** A fixture's text from test/fixtures/doctor. */
export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A JSON fixture from test/fixtures/doctor, parsed afresh on every call so tests can change it. */
export function fixture<T = any>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

/** Plays a server that accepts the request and never answers. */
export const hang: Handler = () => undefined;

/** Plays a server that drops the connection without answering. */
export const drop: Handler = (req) => {
  req.socket.destroy();
};
