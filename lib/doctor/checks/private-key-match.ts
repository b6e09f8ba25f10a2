import { PublicKeyInfo, sameKey } from '../keys';
import { CheckResult } from '../types';
import { result } from './common';

export const PRIVATE_KEY_MATCH = 'private-key-match';

/**
 * Check 4b: the private key the user holds (`--private-key-file`) belongs to the public keys on both sides.
 * Catches a key pair that was regenerated on one side only, or a truncated key pasted into TFE.
 */
export function privateKeyMatch(
  flavor: 'data-center' | 'cloud',
  privateKeyPublic: PublicKeyInfo,
  tfeKey: PublicKeyInfo | undefined,
  applinkKey: PublicKeyInfo | undefined,
): CheckResult {
  const target = '--private-key-file';
  if (flavor === 'cloud') {
    return result(PRIVATE_KEY_MATCH, 'skip', target, 'not checked: Bitbucket Cloud connections use a consumer secret, not a key pair');
  }
  const compared: Array<[string, PublicKeyInfo]> = [];
  if (tfeKey) {
    compared.push(["the TFE client's rsa-public-key", tfeKey]);
  }
  if (applinkKey) {
    compared.push(["the application link's public key", applinkKey]);
  }
  if (compared.length === 0) {
    return result(
      PRIVATE_KEY_MATCH,
      'skip',
      target,
      `not checked: neither the TFE client's rsa-public-key nor the application link's key could be read (private key ${privateKeyPublic.fingerprint})`,
    );
  }
  const mismatched = compared.filter(([, key]) => !sameKey(privateKeyPublic, key));
  if (mismatched.length === 0) {
    return result(PRIVATE_KEY_MATCH, 'pass', target, `the private key matches ${compared.map(([name]) => name).join(' and ')} (${privateKeyPublic.fingerprint})`);
  }
  return result(
    PRIVATE_KEY_MATCH,
    'fail',
    target,
    `the private key (public part ${privateKeyPublic.fingerprint}) does not match ${mismatched.map(([name, key]) => `${name} (${key.fingerprint})`).join(' or ')}`,
    "Put the public key derived from this private key (`openssl rsa -in key.pem -pubout`) on the side that differs, or replace the pair on both sides; the TFE client's secret must be this private key.",
  );
}
