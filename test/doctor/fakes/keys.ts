import * as crypto from 'node:crypto';

export interface TestKeyPair {
  /** PKCS#1 PEM, the form `ssh-keygen -m PEM` and `tls_private_key` produce. */
  readonly privateKeyPem: string;
  /** SPKI PEM, as TFE shows `rsa-public-key`. */
  readonly publicKeyPem: string;
  /** The SPKI DER Base64 without armour, as the applinks consumer resource returns `publicKey`. */
  readonly publicKeyBase64: string;
}

/** A fresh RSA key pair; 1024 bits keeps the tests fast and is enough to tell keys apart. */
export function makeKeyPair(): TestKeyPair {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    publicKeyBase64: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}
