import { explain } from '../../lib/doctor/explain';
import { scanLog } from '../../lib/doctor/explain/scanner';
import { fixtureText } from './fakes/server';

describe('scanLog', () => {
  test('reads pretty-printed objects, one-line objects, prefixed objects and text lines', () => {
    const log = [
      'plain text',
      '{"a": 1}',
      '2024-01-01 ERROR {"b": {"c": "}"}, "d": "quote \\" and { brace"}',
      '{',
      '  "e": [1, 2,',
      '        {"f": "x"}]',
      '}',
      'tail',
    ].join('\n');
    const entries = scanLog(log);
    expect(entries.map((e) => e.line)).toEqual([1, 2, 3, 4, 8]);
    expect(entries[0]).toEqual({ line: 1, text: 'plain text' });
    expect(entries[1].value).toEqual({ a: 1 });
    expect(entries[2].prefix).toBe('2024-01-01 ERROR');
    expect(entries[2].value).toEqual({ b: { c: '}' }, d: 'quote " and { brace' });
    expect(entries[3].value).toEqual({ e: [1, 2, { f: 'x' }] });
    expect(entries[4].text).toBe('tail');
  });

  test('falls back to text for braces that are not JSON', () => {
    const entries = scanLog('open { never closed\n{not: json}\n{"ok": true}\r\nruby {:a=>1}');
    expect(entries.map((e) => [e.line, e.value === undefined ? e.text : e.value])).toEqual([
      [1, 'open { never closed'],
      [2, '{not: json}'],
      [3, { ok: true }],
      [4, 'ruby {:a=>1}'],
    ]);
  });
});

describe('explain', () => {
  test("names the missing webhook permission in the support article's log", () => {
    const result = explain(fixtureText('tfe-webhook-unauthorized.log'));
    expect(result.ok).toBe(true);
    expect(result.unrecognized).toEqual([]);
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding.id).toBe('bitbucket-webhook-permission');
    expect(finding.line).toBe(1);
    expect(finding.cause).toContain('lacks REPO_ADMIN on PROJECT/REPO');
    expect(finding.fix).toContain(
      'PUT https://bitbucket.example.com/rest/api/1.0/projects/PROJECT/repos/REPO/permissions/users?name=<service-account>&permission=REPO_ADMIN',
    );
    expect(finding.evidence).toEqual({
      'url': 'https://bitbucket.example.com/rest/api/1.0/projects/PROJECT/repos/REPO/webhooks',
      'response_class': 'Net::HTTPUnauthorized',
      'response.errors[0].exceptionName': 'com.atlassian.bitbucket.AuthorisationException',
      'response.errors[0].message': 'You are not permitted to access this resource',
    });
  });

  test('recognizes every known problem in a mixed log, merges repeats and redacts credentials', () => {
    const result = explain(fixtureText('tfe-mixed.log'));
    expect(result.unrecognized).toEqual([]);
    expect(result.ok).toBe(true);
    const byId = Object.fromEntries(result.findings.map((f) => [f.id, f]));
    expect(Object.keys(byId).sort()).toEqual(
      ['bitbucket-bad-credentials', 'bitbucket-cloud-forbidden', 'bitbucket-webhook-permission', 'oauth-token-required', 'redirect-uri-mismatch', 'repository-not-accessible'].sort(),
    );
    expect(byId['bitbucket-webhook-permission'].lines).toEqual([3, 15]);
    // The context path stays in the instance URL; the slug is decoded for people, encoded in the REST path.
    expect(byId['bitbucket-webhook-permission'].cause).toContain('INFRA/network-base');
    expect(byId['bitbucket-webhook-permission'].fix).toContain('https://bitbucket.example.com/bitbucket/rest/api/1.0/projects/INFRA/repos/network%2Dbase/permissions/users');
    expect(byId['bitbucket-cloud-forbidden'].cause).toContain('acme/payments');
    expect(byId['bitbucket-cloud-forbidden'].evidence['response.error.message']).toBe('Your credentials lack one or more required privilege scopes.');
    expect(byId['redirect-uri-mismatch'].line).toBe(6);
    expect(byId['repository-not-accessible'].cause).toContain('INFRA/legacy-app');
    expect(byId['oauth-token-required'].line).toBe(14);
    expect(JSON.stringify(result)).not.toContain('c3ZjLXRlcnJhZm9ybTpodW50ZXIy');
  });

  test('reports error-looking entries no rule knows, and ignores the rest', () => {
    const result = explain(fixtureText('tfe-unrecognized.log'));
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([]);
    expect(result.unrecognized.map((u) => u.line)).toEqual([2, 3]);
    expect(result.unrecognized[0].excerpt).toContain('disk quota exceeded');
  });

  test('explains Data Center OAuth problems and Cloud 401s', () => {
    const oauth = explain('{"level":"error","status":401,"www_authenticate":"OAuth realm=\\"x\\", oauth_problem=\\"signature_invalid\\""}');
    expect(oauth.findings[0].id).toBe('bitbucket-oauth-problem');
    expect(oauth.findings[0].cause).toContain('RSA key pair differs');
    const cloud = explain('{"response_class":"Net::HTTPUnauthorized","url":"https://api.bitbucket.org/2.0/repositories/acme/app/hooks"}');
    expect(cloud.findings[0].id).toBe('bitbucket-cloud-unauthorized');
  });

  test('finds problems in plain text and logfmt lines too', () => {
    const result = explain(
      'level=error msg="create webhook failed" status=401 url=https://bb.example.com/rest/api/1.0/projects/P/repos/r/webhooks exception=com.atlassian.bitbucket.AuthorisationException',
    );
    expect(result.findings[0].id).toBe('bitbucket-webhook-permission');
    expect(result.findings[0].cause).toContain('P/r');
  });

  test('an empty or quiet log is fine', () => {
    expect(explain('')).toEqual({ ok: true, findings: [], unrecognized: [] });
    expect(explain('{"level":"info"}\nstarted\n').ok).toBe(true);
  });
});

describe('explain: issue 12', () => {
  test('linear time: 20,000 lines with an unclosed brace, and megabytes of JSON lines cut mid-object', () => {
    const unclosed = Array.from({ length: 20_000 }, (_, i) => `line ${i} opens { and never closes it`).join('\n');
    let started = Date.now();
    expect(scanLog(unclosed)).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(1500);
    const cut = Array.from({ length: 60_000 }, (_, i) => `{"level":"info","i":${i},"request":{"url":"https://tfe.example.com/api/v2/x","headers":{"a":"b"`).join('\n');
    expect(cut.length).toBeGreaterThan(5_000_000);
    started = Date.now();
    const result = explain(`${cut}\n{"level":"error","msg":"after the cut lines"}`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.unrecognized.map((u) => u.line)).toEqual([60_001]);
  });

  test("the seed's line in Ruby-text form, url= after the body, names its repository", () => {
    const line =
      'E, [2024-05-02T10:00:00.123456 #42] ERROR -- : Net::HTTPUnauthorized {"errors":[{"context":null,"message":"You are not permitted to access this resource",' +
      '"exceptionName":"com.atlassian.bitbucket.AuthorisationException"}]} url=https://bitbucket.example.com/rest/api/1.0/projects/PROJECT/repos/REPO/webhooks';
    const result = explain(line);
    expect(result.findings.map((f) => f.id)).toEqual(['bitbucket-webhook-permission']);
    expect(result.findings[0].cause).toContain('PROJECT/REPO');
    expect(result.findings[0].evidence.url).toBe('https://bitbucket.example.com/rest/api/1.0/projects/PROJECT/repos/REPO/webhooks');
  });

  test('credentials in the forms logs carry are redacted from evidence and excerpts', () => {
    const log = [
      '{"level":"error","msg":"clone of https://svc:hunter2-pw@bitbucket.example.com/scm/p/r.git failed"}',
      'level=error token=abcdef123456 msg="oops"',
      'ERROR X-Auth-Token: zzzzzz999999',
      'ERROR PRIVATE-TOKEN: glpat-0000aaaa',
      'ERROR Cookie: JSESSIONID=C0FFEE123456',
      'ERROR env: TFE_TOKEN=abc.atlasv1.def BITBUCKET_PASSWORD=hunter3-pw',
    ].join('\n');
    const text = JSON.stringify(explain(log));
    for (const secret of ['hunter2-pw', 'abcdef123456', 'zzzzzz999999', 'glpat-0000aaaa', 'C0FFEE123456', 'abc.atlasv1.def', 'hunter3-pw']) {
      expect(text).not.toContain(secret);
    }
  });
});
