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
