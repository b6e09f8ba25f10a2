import { generateKeyPairSync } from 'node:crypto';

export interface PemPair {
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
}

/** A real RSA key pair for the literal-key checks. */
export function rsaPair(bits = 2048): PemPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** An EC pair: parses, but is not RSA. */
export function ecPair(): PemPair {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
