import * as crypto from 'node:crypto';
import { parsePublicKey, publicKeyOfPrivateKey, sameKey } from '../../lib/doctor/keys';
import { makeKeyPair } from './fakes/keys';

describe('key comparison', () => {
  const pair = makeKeyPair();
  const other = makeKeyPair();

  test('one key in different text forms is the same key', () => {
    const pkcs1Pem = crypto.createPublicKey(pair.publicKeyPem).export({ type: 'pkcs1', format: 'pem' }).toString();
    const rewrapped = pair.publicKeyPem.replace(/\n/g, '\r\n');
    const forms = [pair.publicKeyPem, pkcs1Pem, pair.publicKeyBase64, rewrapped, `  ${pair.publicKeyBase64.slice(0, 40)}\n${pair.publicKeyBase64.slice(40)}  `];
    const parsed = forms.map(parsePublicKey);
    for (const key of parsed) {
      expect(sameKey(key, parsed[0])).toBe(true);
      expect(key.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]+$/);
    }
  });

  test('different keys differ', () => {
    expect(sameKey(parsePublicKey(pair.publicKeyPem), parsePublicKey(other.publicKeyPem))).toBe(false);
  });

  test('the public half of a private key matches its public key', () => {
    expect(sameKey(publicKeyOfPrivateKey(pair.privateKeyPem), parsePublicKey(pair.publicKeyPem))).toBe(true);
    expect(sameKey(publicKeyOfPrivateKey(pair.privateKeyPem), parsePublicKey(other.publicKeyBase64))).toBe(false);
  });

  test('unusable private keys are refused with a reason', () => {
    expect(() => publicKeyOfPrivateKey('not a key')).toThrow(/not a PEM private key/);
    const encrypted = crypto
      .createPrivateKey(pair.privateKeyPem)
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass' })
      .toString();
    expect(() => publicKeyOfPrivateKey(encrypted)).toThrow(/encrypted/);
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => publicKeyOfPrivateKey(ec)).toThrow(/RSA/);
  });
});
