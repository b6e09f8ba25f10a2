import { REDACTED, Redactor } from '../../lib/doctor/redact';

describe('Redactor', () => {
  test('replaces known secrets, also URL-encoded, Base64 and JSON-escaped', () => {
    const secret = 'tok/en+"with"=odd chars';
    const redactor = new Redactor().add(secret);
    const text = [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64'), JSON.stringify(secret)].join(' | ');
    const out = redactor.redact(text);
    expect(out).not.toContain('tok/en');
    expect(out).not.toContain(encodeURIComponent(secret));
    expect(out).not.toContain(Buffer.from(secret).toString('base64'));
  });

  test('replaces the Basic credential built from username and secret', () => {
    const redactor = new Redactor().addBasic('svc-terraform', 'hunter2-password');
    const basic = Buffer.from('svc-terraform:hunter2-password').toString('base64');
    expect(redactor.redact(`sent ${basic}`)).toBe(`sent ${REDACTED}`);
  });

  test('replaces every line of a registered PEM key and PEM private keys it was not told about', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQC7Vx1X4bQpJd3Jx0l3eX9YvW8k\nAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd\n-----END RSA PRIVATE KEY-----\n';
    const redactor = new Redactor().addPem(pem);
    expect(redactor.redact('line: AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd')).not.toContain('AbCdEfGh');
    const unknown = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';
    expect(new Redactor().redact(`key: ${unknown} end`)).toBe(`key: ${REDACTED} private key end`);
  });

  test('redacts credential-shaped text it was not told about', () => {
    const r = new Redactor();
    expect(r.redact('Authorization: Bearer abc.def-123')).not.toContain('abc.def-123');
    expect(r.redact('{"Authorization":"Basic c3ZjOnB3ZA=="}')).toBe(`{"Authorization":"${REDACTED}"}`);
    expect(r.redact(`{'authorization' => 'Token abcdef'}`)).toBe(`{'authorization' => '${REDACTED}'}`);
    expect(r.redact('curl -H "Bearer eyJhbGciOi.x1"')).not.toContain('eyJhbGciOi');
    expect(r.redact('{"oauth_token":"abcdef123","client-secret":"s3cr3t"}')).toBe(`{"oauth_token":"${REDACTED}","client-secret":"${REDACTED}"}`);
    expect(r.redact('https://x/cb?code=abc123&state=1&access_token=zzz')).toBe(`https://x/cb?code=${REDACTED}&state=1&access_token=${REDACTED}`);
  });

  test('leaves prose about authentication readable', () => {
    const r = new Redactor();
    for (const prose of [
      'HTTP Basic authentication failed; the Bearer token is sent to the origin only',
      'Bitbucket refused the OAuth authorization: the callback URL differs',
      'curl -H "Authorization: Bearer $BITBUCKET_TOKEN" https://host/rest/api/1.0/projects',
    ]) {
      expect(r.redact(prose)).toBe(prose);
    }
  });
});

describe('Redactor: forms found in logs and environment dumps', () => {
  const r = new Redactor();
  test.each([
    ['URL with credentials', 'cloning https://svc-terraform:hunter2-secret@bitbucket.example.com/scm/p/r.git failed', 'hunter2-secret'],
    ['logfmt token', 'level=error token=abc123def456 msg="bad"', 'abc123def456'],
    ['logfmt quoted secret', 'client_secret="s3cr3t value" user=x', 's3cr3t value'],
    ['X-Auth-Token header', 'X-Auth-Token: 9f8e7d6c5b4a', '9f8e7d6c5b4a'],
    ['PRIVATE-TOKEN header', 'curl -H "PRIVATE-TOKEN: glpat-abcdef123456" https://x', 'glpat-abcdef123456'],
    ['Cookie header', 'Cookie: JSESSIONID=0123456789ABCDEF; remember=me', '0123456789ABCDEF'],
    ['Cookie member', '{"Cookie": "BITBUCKETSESSIONID=deadbeefcafe"}', 'deadbeefcafe'],
    ['TFE_TOKEN env dump', 'TFE_TOKEN=abc.atlasv1.xyz123 HOME=/root', 'abc.atlasv1.xyz123'],
    ['BITBUCKET_PASSWORD env dump', "export BITBUCKET_PASSWORD='pa ss word'", 'pa ss word'],
    ['JSON env dump', '{"env":{"TFE_TOKEN":"zzz-secret-zzz"}}', 'zzz-secret-zzz'],
  ])('%s', (_name, text, secret) => {
    const out = r.redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  test('keeps what is not a secret', () => {
    expect(r.redact('oauth_token_id=ot-123 url=https://bitbucket.example.com/rest')).toBe('oauth_token_id=ot-123 url=https://bitbucket.example.com/rest');
    expect(r.redact('https://bitbucket.example.com:8443/rest/api/1.0/projects')).toBe('https://bitbucket.example.com:8443/rest/api/1.0/projects');
    expect(r.redact('cloning https://svc-terraform:x1y2z3@host/r.git')).toContain('https://svc-terraform:[REDACTED]@host');
  });
});
