import * as crypto from 'node:crypto';
import {
  DataSourceBehaviour,
  Diagnostic,
  ProviderError,
  ProviderSchemaJson,
  ResourceBehaviour,
  StandInProvider,
  TfObject,
  TfValue,
} from '../harness/types';
import { blockOf, clone, frameworkPlan, SchemaBlock, shapeLike } from './plan-helpers';

/**
 * Stand-in for registry.terraform.io/hashicorp/tls 4.1.0 (github.com/hashicorp/terraform-provider-tls, tag v4.1.0,
 * which pins golang.org/x/crypto v0.37.0). Keys are generated with node:crypto and encoded byte for byte the way
 * Go's encoding/pem, crypto/x509 and x/crypto/ssh encode them.
 */
export const TLS_ADDRESS = 'registry.terraform.io/hashicorp/tls';

export function tlsProvider(schema: ProviderSchemaJson): StandInProvider {
  const rs = schema.resource_schemas ?? {};
  const ds = schema.data_source_schemas ?? {};
  const resources: Record<string, ResourceBehaviour> = {};
  if (rs.tls_private_key) resources.tls_private_key = privateKeyResource(blockOf(rs.tls_private_key, 'tls_private_key'));
  const dataSources: Record<string, DataSourceBehaviour> = {};
  if (ds.tls_public_key) dataSources.tls_public_key = publicKeyDataSource(blockOf(ds.tls_public_key, 'data.tls_public_key'));
  return { address: TLS_ADDRESS, schema, resources, dataSources };
}

// internal/provider/types.go:15-17, 47-50 (v4.1.0).
const ALGORITHMS = ['RSA', 'ECDSA', 'ED25519'];
const CURVES: Record<string, string> = { P224: 'secp224r1', P256: 'prime256v1', P384: 'secp384r1', P521: 'secp521r1' };

// ---------------------------------------------------------------------------------------------------------------
// tls_private_key (internal/provider/resource_private_key.go (v4.1.0))

function privateKeyResource(block: SchemaBlock): ResourceBehaviour {
  const computed = (name: string): boolean => block.attributes?.[name]?.computed === true;
  return {
    validate: (config) => validatePrivateKey(config),
    plan: (req) =>
      // resource_private_key.go:50-85: algorithm, rsa_bits (default 2048) and ecdsa_curve (default "P224") all
      // RequiresReplace; everything else is computed. A default is planned only where the schema marks the
      // attribute computed (as the real schema does), so a schema without that flag still gives a valid plan.
      frameworkPlan(block, req, {
        defaults: {
          ...(computed('rsa_bits') ? { rsa_bits: 2048 } : {}),
          ...(computed('ecdsa_curve') ? { ecdsa_curve: 'P224' } : {}),
        },
        requiresReplace: ['algorithm', 'rsa_bits', 'ecdsa_curve'],
      }),
    apply: async (req) => {
      // resource_private_key.go:354-357: Delete only forgets the key.
      if (req.planned === null) return { newState: null };
      // resource_private_key.go:350-352: Update is a no-op (every argument replaces).
      if (req.prior !== null) return { newState: req.planned };
      return { newState: createPrivateKey(req.planned) };
    },
    // resource_private_key.go:345-348: Read is a no-op: the key lives only in state.
    read: async (req) => ({ newState: req.current }),
  };
}

function validatePrivateKey(config: TfObject): Diagnostic[] {
  const diags: Diagnostic[] = [];
  if (typeof config.algorithm === 'string' && !ALGORITHMS.includes(config.algorithm)) {
    diags.push({
      severity: 'error',
      summary: 'Invalid Attribute Value Match',
      detail: `Attribute algorithm value must be one of: ["RSA" "ECDSA" "ED25519"], got: "${config.algorithm}"`,
      attribute: ['algorithm'],
    });
  }
  if (typeof config.ecdsa_curve === 'string' && !(config.ecdsa_curve in CURVES)) {
    diags.push({
      severity: 'error',
      summary: 'Invalid Attribute Value Match',
      detail: `Attribute ecdsa_curve value must be one of: ["P224" "P256" "P384" "P521"], got: "${config.ecdsa_curve}"`,
      attribute: ['ecdsa_curve'],
    });
  }
  return diags;
}

function createPrivateKey(planned: TfObject): TfObject {
  const state = clone(planned);
  const algorithm = String(state.algorithm);
  // common_key.go:33-67: RSA with rsa_bits, ECDSA on ecdsa_curve, ED25519.
  let pair: crypto.KeyPairKeyObjectResult;
  if (algorithm === 'RSA') {
    const bits = typeof state.rsa_bits === 'number' ? state.rsa_bits : 2048;
    pair = crypto.generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 0x10001 });
  } else if (algorithm === 'ECDSA') {
    const curve = typeof state.ecdsa_curve === 'string' ? state.ecdsa_curve : 'P224';
    if (!(curve in CURVES)) throw new ProviderError('Unable to generate Key from configuration', `invalid ECDSA curve; supported values are: [P224 P256 P384 P521]`);
    pair = crypto.generateKeyPairSync('ec', { namedCurve: CURVES[curve] });
  } else if (algorithm === 'ED25519') {
    pair = crypto.generateKeyPairSync('ed25519');
  } else {
    throw new ProviderError('Invalid Key Algorithm', `Key Algorithm "${algorithm}" is not supported`);
  }
  const key = pair.privateKey;
  // resource_private_key.go:273-307: PKCS#1 "RSA PRIVATE KEY" for RSA, SEC 1 "EC PRIVATE KEY" for ECDSA,
  // PKCS#8 "PRIVATE KEY" for ED25519; 309-318: private_key_pem_pkcs8 is PKCS#8 for all. pem.EncodeToMemory
  // ends each with "\n".
  if (algorithm === 'RSA') state.private_key_pem = key.export({ type: 'pkcs1', format: 'pem' }) as string;
  else if (algorithm === 'ECDSA') state.private_key_pem = key.export({ type: 'sec1', format: 'pem' }) as string;
  else state.private_key_pem = key.export({ type: 'pkcs8', format: 'pem' }) as string;
  state.private_key_pem_pkcs8 = key.export({ type: 'pkcs8', format: 'pem' }) as string;
  // resource_private_key.go:320-331, 443-454: OpenSSH private key, "" for ECDSA P-224 (x/crypto/ssh lacks it).
  state.private_key_openssh = supportsOpenSsh(key) ? marshalOpenSshPrivateKey(key) : '';
  return { ...state, ...publicKeyAttributes(key) };
}

// ---------------------------------------------------------------------------------------------------------------
// data source tls_public_key (internal/provider/data_source_public_key.go (v4.1.0))

function publicKeyDataSource(block: SchemaBlock): DataSourceBehaviour {
  return {
    read: async (req) => {
      const config = req.config;
      let key: crypto.KeyObject;
      // data_source_public_key.go:124-137: private_key_pem, else private_key_openssh.
      try {
        if (typeof config.private_key_pem === 'string') key = parsePrivateKeyPem(config.private_key_pem);
        else if (typeof config.private_key_openssh === 'string') key = parsePrivateKeyOpenSsh(config.private_key_openssh);
        else throw new Error('one of private_key_pem or private_key_openssh must be set');
      } catch (e) {
        throw new ProviderError('Unable to parse private key', (e as Error).message);
      }
      // data_source_public_key.go:139-146: algorithm, then the public key attributes.
      const values: Record<string, TfValue> = { ...config, algorithm: algorithmOf(key), ...publicKeyAttributes(key) };
      return shapeLike(block, values);
    },
  };
}

function algorithmOf(key: crypto.KeyObject): string {
  // common_key.go:147-158.
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return 'RSA';
    case 'ec':
      return 'ECDSA';
    case 'ed25519':
      return 'ED25519';
    default:
      throw new ProviderError('Unable to parse private key', `unsupported private key type: ${key.asymmetricKeyType}`);
  }
}

interface PemBlock {
  readonly type: string;
  readonly bytes: Buffer;
}

/** encoding/pem Decode: the first "-----BEGIN X-----" ... "-----END X-----" block (headers skipped). */
function pemDecode(text: string): PemBlock | undefined {
  const re = /-----BEGIN ([^\r\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/;
  const m = re.exec(text);
  if (!m) return undefined;
  const body = m[2]
    .split(/\r?\n/)
    .filter((l) => !l.includes(':'))
    .join('');
  return { type: m[1], bytes: Buffer.from(body.replace(/\s+/g, ''), 'base64') };
}

/** common_key.go:85-116 parsePrivateKeyPEM. */
function parsePrivateKeyPem(text: string): crypto.KeyObject {
  const block = pemDecode(text);
  if (!block) {
    const n = Buffer.byteLength(text);
    throw new Error(`failed to decode PEM block: decoded bytes 0, undecoded ${n}`);
  }
  // types.go:100-118 pemBlockToPEMPreamble, common_key.go:70-80 keyParsers.
  const parsers: Record<string, 'pkcs1' | 'sec1' | 'pkcs8'> = { 'RSA PRIVATE KEY': 'pkcs1', 'EC PRIVATE KEY': 'sec1', 'PRIVATE KEY': 'pkcs8' };
  const known = ['PUBLIC KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'CERTIFICATE', 'CERTIFICATE REQUEST'];
  if (!known.includes(block.type)) throw new Error(`unsupported PEM preamble/type: ${block.type}`);
  const type = parsers[block.type];
  if (!type) throw new Error(`unable to determine parser for PEM preamble: ${block.type}`);
  try {
    return crypto.createPrivateKey({ key: block.bytes, format: 'der', type });
  } catch (e) {
    throw new Error(`failed to parse private key given PEM preamble '${block.type}': ${(e as Error).message}`);
  }
}

/** common_key.go:121-133 parsePrivateKeyOpenSSHPEM via ssh.ParseRawPrivateKey. */
function parsePrivateKeyOpenSsh(text: string): crypto.KeyObject {
  const block = pemDecode(text);
  if (!block) throw new Error('failed to parse openssh private key: ssh: no key found');
  try {
    switch (block.type) {
      case 'RSA PRIVATE KEY':
        return crypto.createPrivateKey({ key: block.bytes, format: 'der', type: 'pkcs1' });
      case 'EC PRIVATE KEY':
        return crypto.createPrivateKey({ key: block.bytes, format: 'der', type: 'sec1' });
      case 'PRIVATE KEY':
        return crypto.createPrivateKey({ key: block.bytes, format: 'der', type: 'pkcs8' });
      case 'OPENSSH PRIVATE KEY':
        return parseOpenSshPrivateKey(block.bytes);
      default:
        throw new Error(`ssh: unsupported key type "${block.type}"`);
    }
  } catch (e) {
    throw new Error(`failed to parse openssh private key: ${(e as Error).message}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Public key attributes (internal/provider/common_key.go:162-224 setPublicKeyAttributes (v4.1.0))

function publicKeyAttributes(key: crypto.KeyObject): Record<string, TfValue> {
  const pub = crypto.createPublicKey(key);
  const der = pub.export({ type: 'spki', format: 'der' });
  // common_key.go:173-191: PKIX "PUBLIC KEY" PEM; the id is hashForState (common.go:21-27): hex SHA-1 of the
  // DER bytes after strings.TrimSpace.
  const out: Record<string, TfValue> = {
    id: crypto.createHash('sha1').update(goTrimSpace(der)).digest('hex'),
    public_key_pem: pub.export({ type: 'spki', format: 'pem' }) as string,
  };
  // common_key.go:196-222: authorized_keys line ("<type> <base64>\n", ssh/keys.go:289-298), legacy MD5
  // fingerprint (hex pairs joined by ":", keys.go:1760-1768) and SHA256 fingerprint ("SHA256:" + unpadded base64,
  // keys.go:1774-1778); all "" for ECDSA P-224.
  const wire = supportsOpenSsh(key) ? sshPublicKeyWire(key) : undefined;
  if (wire) {
    out.public_key_openssh = `${wire.type} ${wire.blob.toString('base64')}\n`;
    out.public_key_fingerprint_md5 = (crypto.createHash('md5').update(wire.blob).digest('hex').match(/../g) ?? []).join(':');
    out.public_key_fingerprint_sha256 = `SHA256:${crypto.createHash('sha256').update(wire.blob).digest('base64').replace(/=+$/, '')}`;
  } else {
    out.public_key_openssh = '';
    out.public_key_fingerprint_md5 = '';
    out.public_key_fingerprint_sha256 = '';
  }
  return out;
}

/** Go's strings.TrimSpace over the raw bytes: ASCII white space, and Unicode white space that decodes as UTF-8. */
function goTrimSpace(b: Buffer): Buffer {
  const asciiSpace = (c: number): boolean => c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0x20;
  const unicodeSpaces = [0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
  const isSpaceSeq = (seq: Buffer): boolean => {
    const s = seq.toString('utf8');
    if (Buffer.from(s, 'utf8').compare(seq) !== 0 || [...s].length !== 1) return false;
    return unicodeSpaces.includes(s.codePointAt(0) ?? -1);
  };
  let start = 0;
  let end = b.length;
  for (;;) {
    if (start >= end) break;
    if (asciiSpace(b[start])) {
      start++;
      continue;
    }
    let matched = false;
    for (const len of [2, 3]) {
      if (start + len <= end && isSpaceSeq(b.subarray(start, start + len))) {
        start += len;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  for (;;) {
    if (end <= start) break;
    if (asciiSpace(b[end - 1])) {
      end--;
      continue;
    }
    let matched = false;
    for (const len of [2, 3]) {
      if (end - len >= start && isSpaceSeq(b.subarray(end - len, end))) {
        end -= len;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  return b.subarray(start, end);
}

function supportsOpenSsh(key: crypto.KeyObject): boolean {
  // resource_private_key.go:443-454: every key but ECDSA P-224.
  return !(key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'secp224r1');
}

// ---------------------------------------------------------------------------------------------------------------
// SSH wire format (x/crypto v0.37.0 ssh/keys.go)

function sshString(b: Buffer | string): Buffer {
  const body = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}

/** An SSH mpint from unsigned big-endian bytes: no leading zeros, a 0x00 in front when the top bit is set. */
function sshMpint(unsigned: Buffer): Buffer {
  let i = 0;
  while (i < unsigned.length && unsigned[i] === 0) i++;
  let v = unsigned.subarray(i);
  if (v.length > 0 && (v[0] & 0x80) !== 0) v = Buffer.concat([Buffer.from([0]), v]);
  return sshString(v);
}

function b64u(s: string | undefined): Buffer {
  return Buffer.from(s ?? '', 'base64url');
}

const SSH_CURVES: Record<string, { type: string; name: string }> = {
  prime256v1: { type: 'ecdsa-sha2-nistp256', name: 'nistp256' },
  secp384r1: { type: 'ecdsa-sha2-nistp384', name: 'nistp384' },
  secp521r1: { type: 'ecdsa-sha2-nistp521', name: 'nistp521' },
};

function sshPublicKeyWire(key: crypto.KeyObject): { type: string; blob: Buffer } {
  const jwk = crypto.createPublicKey(key).export({ format: 'jwk' });
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return { type: 'ssh-rsa', blob: Buffer.concat([sshString('ssh-rsa'), sshMpint(b64u(jwk.e)), sshMpint(b64u(jwk.n))]) };
    case 'ed25519':
      return { type: 'ssh-ed25519', blob: Buffer.concat([sshString('ssh-ed25519'), sshString(b64u(jwk.x))]) };
    case 'ec': {
      const c = SSH_CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
      if (!c) throw new ProviderError('Unsupported key', `ssh: unsupported curve ${key.asymmetricKeyDetails?.namedCurve}`);
      const point = Buffer.concat([Buffer.from([4]), b64u(jwk.x), b64u(jwk.y)]);
      return { type: c.type, blob: Buffer.concat([sshString(c.type), sshString(c.name), sshString(point)]) };
    }
    default:
      throw new ProviderError('Unsupported key', `ssh: unsupported key type ${key.asymmetricKeyType}`);
  }
}

/** ssh/keys.go:1617-1740 marshalOpenSSHPrivateKey with an empty comment, unencrypted (cipher and KDF "none"),
 * padded to 8 bytes (1395-1398, 1751-1756), as a PEM block "OPENSSH PRIVATE KEY". */
function marshalOpenSshPrivateKey(key: crypto.KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  const pub = sshPublicKeyWire(key);
  const check = crypto.randomBytes(4);
  let keyType: string;
  let rest: Buffer;
  switch (key.asymmetricKeyType) {
    case 'rsa':
      keyType = 'ssh-rsa';
      // N, E, D, Iqmp, P, Q, Comment.
      rest = Buffer.concat([
        sshMpint(b64u(jwk.n)),
        sshMpint(b64u(jwk.e)),
        sshMpint(b64u(jwk.d)),
        sshMpint(b64u(jwk.qi)),
        sshMpint(b64u(jwk.p)),
        sshMpint(b64u(jwk.q)),
        sshString(''),
      ]);
      break;
    case 'ed25519': {
      keyType = 'ssh-ed25519';
      const pk = b64u(jwk.x);
      rest = Buffer.concat([sshString(pk), sshString(Buffer.concat([b64u(jwk.d), pk])), sshString('')]);
      break;
    }
    case 'ec': {
      const c = SSH_CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
      keyType = c.type;
      const point = Buffer.concat([Buffer.from([4]), b64u(jwk.x), b64u(jwk.y)]);
      rest = Buffer.concat([sshString(c.name), sshString(point), sshMpint(b64u(jwk.d)), sshString('')]);
      break;
    }
    default:
      throw new ProviderError('Unable to marshal private key into OpenSSH format', `ssh: unsupported key type ${key.asymmetricKeyType}`);
  }
  let priv = Buffer.concat([check, check, sshString(keyType), rest]);
  const pad: number[] = [];
  for (let i = 0; (priv.length + i) % 8 !== 0; i++) pad.push(i + 1);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\u0000', 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    one,
    sshString(pub.blob),
    sshString(priv),
  ]);
  return pemEncode('OPENSSH PRIVATE KEY', body);
}

/** encoding/pem EncodeToMemory: 64-character lines, trailing newline. */
function pemEncode(type: string, bytes: Buffer): string {
  const b64 = bytes.toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${type}-----\n`;
}

class Reader {
  private off = 0;
  constructor(private readonly buf: Buffer) {}
  u32(): number {
    if (this.off + 4 > this.buf.length) throw new Error('ssh: short read');
    const v = this.buf.readUInt32BE(this.off);
    this.off += 4;
    return v;
  }
  bytes(): Buffer {
    const n = this.u32();
    if (this.off + n > this.buf.length) throw new Error('ssh: short read');
    const v = this.buf.subarray(this.off, this.off + n);
    this.off += n;
    return v;
  }
  str(): string {
    return this.bytes().toString('utf8');
  }
}

function unsignedB64u(mpint: Buffer): string {
  let i = 0;
  while (i < mpint.length - 1 && mpint[i] === 0) i++;
  return mpint.subarray(i).toString('base64url');
}

/** ssh/keys.go parseOpenSSHPrivateKey for unencrypted RSA, Ed25519 and ECDSA keys. */
function parseOpenSshPrivateKey(data: Buffer): crypto.KeyObject {
  const magic = 'openssh-key-v1\u0000';
  if (data.subarray(0, magic.length).toString('latin1') !== magic) throw new Error('ssh: invalid openssh private key format');
  const r = new Reader(data.subarray(magic.length));
  const cipher = r.str();
  const kdf = r.str();
  r.bytes();
  if (cipher !== 'none' || kdf !== 'none') throw new Error('ssh: this private key is passphrase protected');
  if (r.u32() !== 1) throw new Error('ssh: multi-key files are not supported');
  r.bytes();
  const p = new Reader(r.bytes());
  if (p.u32() !== p.u32()) throw new Error('ssh: malformed OpenSSH key');
  const type = p.str();
  switch (type) {
    case 'ssh-rsa': {
      const n = p.bytes();
      const e = p.bytes();
      const d = p.bytes();
      const iqmp = p.bytes();
      const pp = p.bytes();
      const q = p.bytes();
      const big = (b: Buffer): bigint => BigInt(`0x${b.toString('hex') || '0'}`);
      const toB64u = (v: bigint): string => {
        let hex = v.toString(16);
        if (hex.length % 2) hex = `0${hex}`;
        return Buffer.from(hex, 'hex').toString('base64url');
      };
      const dp = big(d) % (big(pp) - 1n);
      const dq = big(d) % (big(q) - 1n);
      return crypto.createPrivateKey({
        key: {
          kty: 'RSA',
          n: unsignedB64u(n),
          e: unsignedB64u(e),
          d: unsignedB64u(d),
          p: unsignedB64u(pp),
          q: unsignedB64u(q),
          dp: toB64u(dp),
          dq: toB64u(dq),
          qi: unsignedB64u(iqmp),
        },
        format: 'jwk',
      });
    }
    case 'ssh-ed25519': {
      const pk = p.bytes();
      const sk = p.bytes();
      return crypto.createPrivateKey({
        key: { kty: 'OKP', crv: 'Ed25519', x: pk.toString('base64url'), d: sk.subarray(0, 32).toString('base64url') },
        format: 'jwk',
      });
    }
    default: {
      const curve = Object.entries(SSH_CURVES).find(([, v]) => v.type === type);
      if (!curve) throw new Error(`ssh: unhandled key type "${type}"`);
      p.str();
      const point = p.bytes();
      const d = p.bytes();
      const size = (point.length - 1) / 2;
      const crv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[curve[0]] as string;
      const dBytes = Buffer.from(unsignedB64u(d), 'base64url');
      const dPadded = Buffer.concat([Buffer.alloc(Math.max(0, size - dBytes.length)), dBytes]);
      return crypto.createPrivateKey({
        key: {
          kty: 'EC',
          crv,
          x: point.subarray(1, 1 + size).toString('base64url'),
          y: point.subarray(1 + size).toString('base64url'),
          d: dPadded.toString('base64url'),
        },
        format: 'jwk',
      });
    }
  }
}
