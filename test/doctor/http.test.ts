import { HttpClient, isHtml, parseRetryAfter } from '../../lib/doctor/http';
import { FakeServer, drop, fixtureText, hang, sendHtml, sendJson, startServer } from './fakes/server';
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
