import * as crypto from 'node:crypto';

/**
 * A public key reduced to its SubjectPublicKeyInfo DER bytes. Two keys are the same key exactly when these
 * bytes are equal, whatever their text form (PEM "PUBLIC KEY", PEM "RSA PUBLIC KEY", bare Base64, line
 * breaks): comparing strings would report false mismatches.
 */
export interface PublicKeyInfo {
  readonly spki: Buffer;
  /** SHA256:<base64> of the SPKI bytes, for messages. Safe to show: it identifies the key, it does not reveal anything secret. */
  readonly fingerprint: string;
}

export function fromKeyObject(key: crypto.KeyObject): PublicKeyInfo {
  const spki = key.export({ type: 'spki', format: 'der' });
  const fingerprint = `SHA256:${crypto.createHash('sha256').update(spki).digest('base64').replace(/=+$/, '')}`;
  return { spki, fingerprint };
}

/**
 * Parses a public key as Bitbucket or TFE show it: PEM (SPKI or PKCS#1), or the Base64 body without
 * PEM armour, which is how the applinks consumer resource returns it.
 */
export function parsePublicKey(text: string): PublicKeyInfo {
  const trimmed = text.trim();
  if (trimmed.includes('-----BEGIN')) {
    return fromKeyObject(crypto.createPublicKey(trimmed));
  }
  const der = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64');
  try {
    return fromKeyObject(crypto.createPublicKey({ key: der, format: 'der', type: 'spki' }));
  } catch {
    return fromKeyObject(crypto.createPublicKey({ key: der, format: 'der', type: 'pkcs1' }));
  }
}

/** The public half of a PEM private key. Throws with a readable message when the key cannot be used. */
export function publicKeyOfPrivateKey(pem: string): PublicKeyInfo {
  let privateKey: crypto.KeyObject;
  try {
    privateKey = crypto.createPrivateKey({ key: pem, format: 'pem' });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (/passphrase/i.test(reason) || /ENCRYPTED/.test(pem)) {
      throw new Error('the private key is encrypted: give the doctor an unencrypted copy (e.g. `openssl rsa -in key.pem -out plain.pem`)');
    }
    throw new Error('it is not a PEM private key (expected -----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----)');
  }
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new Error(`it is a ${privateKey.asymmetricKeyType ?? 'non-RSA'} key; application links need an RSA key`);
  }
  return fromKeyObject(crypto.createPublicKey(privateKey));
}

export function sameKey(a: PublicKeyInfo, b: PublicKeyInfo): boolean {
  return a.spki.equals(b.spki);
}
