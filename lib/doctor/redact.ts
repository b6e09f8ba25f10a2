export const REDACTED = '[REDACTED]';

/** Secrets shorter than this are not replaced literally: they would blank out ordinary words. */
const MIN_SECRET_LENGTH = 6;

/**
 * Patterns that look like credentials whatever their value. They catch secrets the doctor was not told
 * about, e.g. an Authorization header a server echoes back, or a token inside a log handed to `explain`.
 */
const PATTERNS: Array<[RegExp, string]> = [
  // PEM private keys of any kind (RSA, EC, PKCS#8, encrypted, OpenSSH).
  [/-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g, `${REDACTED} private key`],
  // Quoted members: "Authorization": "...", 'authorization' => '...' (JSON, Ruby and Python dumps).
  [/(["'](?:proxy-)?authorization["']\s*(?::|=>)\s*["'])([^"']*)(["'])/gi, `$1${REDACTED}$3`],
  // Header lines: "Authorization: Bearer ...". Only a scheme followed by a credential counts, so prose such as
  // "the OAuth authorization: ..." stays, and so do shell references like "Bearer $TOKEN" in instructions.
  [/(\b(?:proxy-)?authorization\s*[:=]\s*)(?:Bearer|Basic|Token|OAuth|Digest|Negotiate|JWT)\s+(?![$<])[^\s"',}]+/gi, `$1${REDACTED}`],
  // Scheme + credential. The lookahead requires a digit or token punctuation, so prose such as
  // "Basic authentication" stays readable.
  [/\b(Bearer|Basic)\s+(?=[A-Za-z0-9._~+/=-]*[0-9=._~+/-])[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // JSON members whose name says secret: "password": "...", "oauth_token": "...", "client-secret": "...".
  [
    /("(?:[\w-]*[_-])?(?:password|passwd|secret|token|private[_-]?key|api[_-]?key|ssh[_-]?key|access[_-]?key)"\s*:\s*")((?:[^"\\]|\\.)*)(")/gi,
    `$1${REDACTED}$3`,
  ],
  // Query parameters that carry secrets.
  [/([?&](?:access_token|refresh_token|client_secret|oauth_token|oauth_signature|password|token|code)=)[^&\s"'<>]+/gi, `$1${REDACTED}`],
  // Credentials in a URL: https://user:password@host keeps the user and loses the password.
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@"'<>]*:)[^\s/@"'<>]+@/gi, `$1${REDACTED}@`],
  // Quoted header members of other credential headers: "X-Auth-Token": "...", "Cookie": "...".
  [/(["'](?:x-auth-token|private-token|x-api-key|api-key|cookie|set-cookie|x-csrf-token)["']\s*(?::|=>)\s*["'])([^"']*)(["'])/gi, `$1${REDACTED}$3`],
  // Header lines of those headers: the value runs to the end of the line (or of a quoted string).
  [/(\b(?:x-auth-token|private-token|x-api-key|cookie|set-cookie|x-csrf-token)\s*:\s*)(?![\s"']*\[REDACTED\])[^\r\n"']+/gi, `$1${REDACTED}`],
  // key=value pairs whose key names a secret: logfmt (token=...), and environment dumps (TFE_TOKEN=...,
  // BITBUCKET_PASSWORD='...', export GITHUB_TOKEN="..."). Keys ending in _id, _url and the like do not match.
  [
    /(\b[\w.-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credentials?)=)(?!\[REDACTED\])("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;&"'<>]+)/gi,
    `$1${REDACTED}`,
  ],
];

/**
 * Removes secrets from text before it is shown. Known secrets (tokens, passwords, the private key, the
 * Basic credential built from them) are replaced wherever they appear, including URL-encoded, Base64 and
 * JSON-escaped forms; credential-shaped patterns are replaced even when their value is unknown.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** Registers a secret and the encodings in which it may show up in a message or an echoed body. */
  add(secret: string | undefined): this {
    if (!secret) {
      return this;
    }
    for (const form of [
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret, 'utf8').toString('base64'),
      JSON.stringify(secret).slice(1, -1),
    ]) {
      if (form.length >= MIN_SECRET_LENGTH) {
        this.secrets.add(form);
      }
    }
    return this;
  }

  /** Registers a username/secret pair sent as HTTP Basic, whose Base64 form is itself a credential. */
  addBasic(username: string, secret: string): this {
    this.add(secret);
    this.add(Buffer.from(`${username}:${secret}`, 'utf8').toString('base64'));
    return this;
  }

  /** Registers a PEM private key: the whole block and every Base64 line of its body. */
  addPem(pem: string | undefined): this {
    if (!pem) {
      return this;
    }
    this.add(pem.trim());
    for (const line of pem.split(/\r?\n/)) {
      const body = line.trim();
      if (body.length >= 16 && !body.startsWith('-----')) {
        this.secrets.add(body);
      }
    }
    return this;
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so a secret that contains another is replaced whole.
    const literal = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of literal) {
      result = result.split(secret).join(REDACTED);
    }
    for (const [pattern, replacement] of PATTERNS) {
      result = result.replace(pattern, replacement);
    }
    return result;
  }
}

