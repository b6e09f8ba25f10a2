import { HttpClient, MAX_BODY_BYTES, isHtml, parseRetryAfter } from '../../lib/doctor/http';
import { FakeServer, drop, fixtureText, hang, sendHtml, sendJson, startServer } from './fakes/server';
import { startFakeProxy } from './fakes/proxy';
import { HAVE_OPENSSL, selfSignedCertificate } from './fakes/tls';

const FAST_RETRY = { retries: 3, baseDelayMs: 10, maxDelayMs: 2000 };

function client(overrides: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}): HttpClient {
  return new HttpClient({ timeoutMs: 2000, maxConcurrent: 4, retry: FAST_RETRY, ...overrides });
}

describe('HttpClient', () => {
  let server: FakeServer;
  let http: HttpClient;

  beforeEach(async () => {
    server = await startServer((_req, res) => sendJson(res, 200, { ok: true }));
    http = client();
  });

  afterEach(async () => {
    http.close();
    await server.close();
  });

  test('retries a 429 after the Retry-After delay and returns the later success', async () => {
    server.inject(/\/limited/, (_req, res) => sendJson(res, 429, { errors: [{ message: 'Rate limit exceeded' }] }, { 'retry-after': '1' }));
    const outcome = await http.get(`${server.url}/limited`);
    expect(outcome.ok && outcome.response.status).toBe(200);
    expect(outcome.ok && outcome.response.attempts).toBe(2);
    expect(server.requests.filter((r) => r.url === '/limited')).toHaveLength(2);
  });

  test('retries 5xx with backoff, then succeeds', async () => {
    server.inject(/\/flaky/, (_req, res) => sendJson(res, 503, { message: 'maintenance' }), 2);
    const outcome = await http.get(`${server.url}/flaky`);
    expect(outcome.ok && outcome.response.status).toBe(200);
    expect(outcome.ok && outcome.response.attempts).toBe(3);
  });

  test('gives up after the configured retries and returns the last answer', async () => {
    server.inject(/\/down/, (_req, res) => sendJson(res, 502, { message: 'bad gateway' }), 10);
    const outcome = await http.get(`${server.url}/down`);
    expect(outcome.ok && outcome.response.status).toBe(502);
    expect(server.requests.filter((r) => r.url === '/down')).toHaveLength(4);
  });

  test('does not retry other client errors', async () => {
    server.inject(/\/forbidden/, (_req, res) => sendJson(res, 403, {}), 10);
    await http.get(`${server.url}/forbidden`);
    expect(server.requests).toHaveLength(1);
  });

  test('retries a dropped connection, then succeeds', async () => {
    server.inject(/\/dropped-once/, drop, 1);
    const outcome = await http.get(`${server.url}/dropped-once`);
    expect(outcome.ok && outcome.response.status).toBe(200);
  });

  test('reports a connection that is always dropped, with the number of attempts', async () => {
    server.inject(/\/dropped/, drop, 10);
    const outcome = await http.get(`${server.url}/dropped`);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.kind).toBe('reset');
      expect(outcome.error.message).toMatch(/closed the connection without an answer \(4 attempts\)/);
    }
  });

  test('times out a server that never answers, without retrying', async () => {
    http.close();
    http = client({ timeoutMs: 300 });
    server.inject(/\/slow/, hang, 10);
    const outcome = await http.get(`${server.url}/slow`);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.kind).toBe('timeout');
      expect(outcome.error.message).toContain('within 0.3 s');
      expect(outcome.error.fix).toContain('--timeout');
    }
    expect(server.requests.filter((r) => r.url === '/slow')).toHaveLength(1);
  });

  test('reports a refused connection', async () => {
    const closed = await startServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const outcome = await http.get(`${url}/x`);
    expect(!outcome.ok && outcome.error.kind).toBe('refused');
  });

  test('keeps Authorization on a same-origin redirect', async () => {
    server.inject(/\/old/, (_req, res) => {
      res.writeHead(301, { location: '/new' });
      res.end();
    });
    const outcome = await http.get(`${server.url}/old`, { authorization: 'Bearer same-origin-token' });
    expect(outcome.ok && outcome.response.status).toBe(200);
    expect(server.requests[1].url).toBe('/new');
    expect(server.requests[1].headers.authorization).toBe('Bearer same-origin-token');
  });

  test('never sends Authorization to another host on redirect, and flags the HTML login page there', async () => {
    const sso = await startServer((_req, res) => sendHtml(res, 200, fixtureText('login-page.html')));
    try {
      server.inject(/\/rest\/api\/1\.0\/projects/, (_req, res) => {
        res.writeHead(302, { location: `${sso.url}/login?next=%2Frest%2Fapi` });
        res.end();
      });
      const outcome = await http.get(`${server.url}/rest/api/1.0/projects`, { authorization: 'Bearer must-not-leak' });
      expect(server.requests[0].headers.authorization).toBe('Bearer must-not-leak');
      expect(sso.requests).toHaveLength(1);
      expect(sso.requests[0].headers.authorization).toBeUndefined();
      expect(outcome.ok).toBe(true);
      if (outcome.ok) {
        expect(outcome.response.authorizationWithheld).toBe(true);
        expect(outcome.response.redirects).toEqual([`${sso.url}/login?next=%2Frest%2Fapi`]);
        expect(isHtml(outcome.response)).toBe(true);
      }
    } finally {
      await sso.close();
    }
  });

  test('withholds Authorization for the rest of the chain once it left the origin', async () => {
    const other = await startServer((_req, res) => {
      res.writeHead(307, { location: `${server.url}/back` });
      res.end();
    });
    try {
      server.inject(/\/start/, (_req, res) => {
        res.writeHead(302, { location: `${other.url}/hop` });
        res.end();
      });
      await http.get(`${server.url}/start`, { authorization: 'Bearer chain-token' });
      expect(other.requests[0].headers.authorization).toBeUndefined();
      const back = server.requests.find((r) => r.url === '/back');
      expect(back?.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  test('stops a redirect loop', async () => {
    server.inject(/\/loop/, (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    }, 100);
    const outcome = await http.get(`${server.url}/loop`);
    expect(!outcome.ok && outcome.error.kind).toBe('redirect');
  });

  test('limits the requests in flight', async () => {
    http.close();
    http = client({ maxConcurrent: 2 });
    server.inject(/\/wait/, (_req, res) => {
      setTimeout(() => sendJson(res, 200, {}), 50);
    }, 10);
    await Promise.all(Array.from({ length: 8 }, () => http.get(`${server.url}/wait`)));
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    expect(server.requests).toHaveLength(8);
  });
});

describe('HttpClient: hostile and broken servers', () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  const clients: HttpClient[] = [];
  const make = (overrides: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) => {
    const made = client(overrides);
    clients.push(made);
    return made;
  };
  const serve = async (...args: Parameters<typeof startServer>) => {
    const server = await startServer(...args);
    servers.push(server);
    return server;
  };
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  test('an answer reached through a redirect to another origin is marked, and never carries the credentials', async () => {
    const other = await serve((_req, res) => sendJson(res, 200, { values: [], isLastPage: true }));
    const home = await serve((_req, res) => {
      res.writeHead(307, { location: `${other.url}/rest/api/1.0/projects` });
      res.end();
    });
    const outcome = await make().get(`${home.url}/rest/api/1.0/projects`, { authorization: 'Bearer home-only' });
    expect(outcome.ok && outcome.response.status).toBe(200);
    expect(outcome.ok && outcome.response.leftOrigin).toBe(true);
    expect(other.requests[0].headers.authorization).toBeUndefined();
  });

  (HAVE_OPENSSL ? test : test.skip)('an http to https redirect to another port of the same host is another origin: no credentials there', async () => {
    const { key, cert } = selfSignedCertificate();
    const secure = await serve((_req, res) => sendJson(res, 200, {}), { key, cert });
    const plain = await serve((_req, res) => {
      res.writeHead(301, { location: `${secure.url}/x` });
      res.end();
    });
    const outcome = await make({ ca: cert }).get(`${plain.url}/x`, { authorization: 'Bearer port-bound' });
    expect(outcome.ok && outcome.response.status).toBe(200);
    expect(outcome.ok && outcome.response.leftOrigin).toBe(true);
    expect(secure.requests).toHaveLength(1);
    expect(secure.requests[0].headers.authorization).toBeUndefined();
  });

  test('credentials are never sent over plain HTTP to a host off this machine unless allowed', async () => {
    const outcome = await make().get('http://bitbucket.invalid/rest/api/1.0/projects', { authorization: 'Bearer never-on-the-wire' });
    expect(!outcome.ok && outcome.error.kind).toBe('insecure');
    expect(!outcome.ok && outcome.error.fix).toContain('--allow-insecure-http');
    const allowed = await make({ allowInsecureHttp: true, timeoutMs: 1000 }).get('http://bitbucket.invalid/x', { authorization: 'Bearer x' });
    expect(!allowed.ok && allowed.error.kind).toBe('dns');
  });

  test('a body over the size cap is marked truncated and not read further', async () => {
    const big = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"values": [${'"x",'.repeat(MAX_BODY_BYTES / 2)}"end"]}`);
    });
    const outcome = await make().get(`${big.url}/big`);
    expect(outcome.ok && outcome.response.truncated).toBe(true);
    expect(outcome.ok && Buffer.byteLength(outcome.response.body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });

  test('a Retry-After longer than the cap is not waited for: the 429 comes back at once with the asked wait', async () => {
    const limited = await serve((_req, res) => sendJson(res, 429, {}, { 'retry-after': '600' }));
    const started = Date.now();
    const outcome = await make().get(`${limited.url}/x`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(outcome.ok && outcome.response.status).toBe(429);
    expect(outcome.ok && outcome.response.retryAfterMs).toBe(600_000);
    expect(limited.requests).toHaveLength(1);
  });

  test('the overall deadline ends a request early and refuses the ones after it', async () => {
    const blackHole = await serve(hang);
    const http = make({ timeoutMs: 30_000, deadlineMs: 300 });
    const started = Date.now();
    const first = await http.get(`${blackHole.url}/a`);
    const second = await http.get(`${blackHole.url}/b`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(!first.ok && first.error.kind).toBe('deadline');
    expect(!second.ok && second.error.kind).toBe('deadline');
    expect(blackHole.requests).toHaveLength(1);
  });

  test('after K timeouts in a row the host is reported unreachable at once, other hosts are unaffected', async () => {
    const blackHole = await serve(hang);
    const healthy = await serve((_req, res) => sendJson(res, 200, {}));
    const http = make({ timeoutMs: 200, maxConcurrent: 1, breakerThreshold: 2 });
    const started = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => http.get(`${blackHole.url}/r${i}`)));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(blackHole.requests).toHaveLength(2);
    expect(outcomes.map((o) => !o.ok && o.error.kind)).toEqual([...['timeout', 'timeout'], ...Array(18).fill('circuit')]);
    expect(!outcomes[5].ok && outcomes[5].error.message).toMatch(/unreachable \(2 requests in a row failed; the last: no answer from/);
    expect((await http.get(`${healthy.url}/x`)).ok).toBe(true);
  });

  test('Bitbucket and TFE do not share request slots: a black-holed host does not hold up the other', async () => {
    const blackHole = await serve(hang);
    const healthy = await serve((_req, res) => sendJson(res, 200, {}));
    const http = make({ timeoutMs: 1500, maxConcurrent: 2 });
    const stuck = Promise.all([http.get(`${blackHole.url}/1`), http.get(`${blackHole.url}/2`)]);
    const started = Date.now();
    expect((await http.get(`${healthy.url}/x`)).ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
    await stuck;
  });
});

describe('HttpClient through an HTTP proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)', () => {
  test('requests go through the CONNECT tunnel; the proxy never sees the credentials; NO_PROXY is honoured', async () => {
    const proxy = await startFakeProxy();
    const target = await startServer((_req, res) => sendJson(res, 200, { ok: true }));
    const port = new URL(target.url).port;
    const viaProxy = client({ env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url } });
    const direct = client({ env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    try {
      const outcome = await viaProxy.get(`${target.url}/rest/api/1.0/projects`, { authorization: 'Bearer tunnelled' });
      expect(outcome.ok && outcome.response.status).toBe(200);
      expect(proxy.tunnels).toEqual([`127.0.0.1:${port}`]);
      expect(proxy.proxyAuthorizations).toEqual([undefined]);
      expect(target.requests[0].headers.authorization).toBe('Bearer tunnelled');
      expect((await direct.get(`${target.url}/x`)).ok).toBe(true);
      expect(proxy.tunnels).toHaveLength(1);
    } finally {
      viaProxy.close();
      direct.close();
      await Promise.all([proxy.close(), target.close()]);
    }
  });

  test('through the proxy, a redirect to another origin still withholds the credentials', async () => {
    const proxy = await startFakeProxy();
    const other = await startServer((_req, res) => sendJson(res, 200, {}));
    const home = await startServer((_req, res) => {
      res.writeHead(302, { location: `${other.url}/elsewhere` });
      res.end();
    });
    const http = client({ env: { HTTP_PROXY: proxy.url } });
    try {
      const outcome = await http.get(`${home.url}/x`, { authorization: 'Bearer stays-home' });
      expect(outcome.ok && outcome.response.leftOrigin).toBe(true);
      expect(proxy.tunnels).toHaveLength(2);
      expect(other.requests[0].headers.authorization).toBeUndefined();
    } finally {
      http.close();
      await Promise.all([proxy.close(), other.close(), home.close()]);
    }
  });

  test('a proxy that cannot reach the host is reported, with NO_PROXY in the fix', async () => {
    const proxy = await startFakeProxy();
    const closed = await startServer(() => undefined);
    const url = closed.url;
    await closed.close();
    const http = client({ env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url }, retry: { retries: 0 } });
    try {
      const outcome = await http.get(`${url}/x`);
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.error.fix).toContain('NO_PROXY');
    } finally {
      http.close();
      await proxy.close();
    }
  });
});

describe('parseRetryAfter', () => {
  test('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    const now = Date.parse('2024-01-01T00:00:00Z');
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Mon, 01 Jan 2023 00:00:05 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

// Node.js cannot create X.509 certificates by itself; without openssl this one test has nothing to serve.
(HAVE_OPENSSL ? test : test.skip)('a certificate from an unknown CA fails with a hint at NODE_EXTRA_CA_CERTS', async () => {
  const { key, cert } = selfSignedCertificate();
  const tlsServer = await startServer((_req, res) => sendJson(res, 200, {}), { key, cert });
  const http = client();
  try {
    const outcome = await http.get(`${tlsServer.url}/rest/api/1.0/projects`);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.kind).toBe('tls');
      expect(outcome.error.message).toContain('not trusted');
      expect(outcome.error.fix).toContain('NODE_EXTRA_CA_CERTS');
    }
  } finally {
    http.close();
    await tlsServer.close();
  }
});
