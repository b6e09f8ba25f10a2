import * as http from 'node:http';
import * as https from 'node:https';

/**
 * A minimal HTTP client that sends exactly the headers it is given, the way Go's net/http does. `fetch` is not used
 * because it adds headers of its own (`accept: *\/*`, `accept-language`, `sec-fetch-mode`), and servers such as
 * Bitbucket's applinks service choose the response format from `Accept`.
 */
export interface HttpRequest {
  readonly method: string;
  readonly url: string;
  /** Name/value pairs, sent in this order. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  /** Go's `Response.Status`: "404 Not Found". */
  readonly statusLine: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** The URL that answered (after redirects). */
  readonly url: string;
}

/**
 * Certificates the stand-ins trust besides the system's, as the real providers do with SSL_CERT_FILE: the fakes
 * serve https with a self-signed certificate, because the library always speaks https to TFE.
 */
let trusted: string[] = [];
export function trustCertificates(pems: string[]): void {
  trusted = [...pems];
}

/** Sends one request; follows redirects like Go's default client (at most 10; 301/302/303 turn into GET). */
export async function sendHttp(req: HttpRequest): Promise<HttpResponse> {
  let current: HttpRequest = req;
  for (let hop = 0; hop <= 10; hop++) {
    const res = await sendOnce(current);
    const location = res.headers.location;
    if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
      const next = new URL(location, current.url).toString();
      if ([301, 302, 303].includes(res.status) && current.method !== 'GET' && current.method !== 'HEAD') {
        current = {
          method: 'GET',
          url: next,
          headers: current.headers.filter(([n]) => !/^content-(type|length)$/i.test(n)),
        };
      } else {
        current = { ...current, url: next };
      }
      continue;
    }
    return res;
  }
  throw new Error(`Get "${current.url}": stopped after 10 redirects`);
}

function sendOnce(req: HttpRequest): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.url);
    const mod = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = {};
    for (const [n, v] of req.headers) headers[n] = v;
    if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body));
    const r = mod.request(
      url,
      { method: req.method, headers, agent: false, ...(trusted.length > 0 ? { ca: trusted } : {}) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            statusLine: `${res.statusCode ?? 0} ${res.statusMessage ?? ''}`.trim(),
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            url: req.url,
          }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', (e) => reject(new Error(`${req.method} "${req.url}": ${e.message}`)));
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

/** Header lookup by name, case-insensitively (Go canonicalizes header names). */
export function headerGet(headers: ReadonlyArray<readonly [string, string]>, name: string): string {
  const found = headers.find(([n]) => n.toLowerCase() === name.toLowerCase());
  return found ? found[1] : '';
}
