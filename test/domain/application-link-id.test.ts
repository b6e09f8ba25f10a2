import { createHash } from 'node:crypto';
import { applicationLinkId, normaliseApplicationUrl } from '../../lib/domain/bitbucket-data-center';

describe('applicationLinkId', () => {
  test('is Java UUID.nameUUIDFromBytes of the URL: a known vector', () => {
    // UUID.nameUUIDFromBytes("hello".getBytes()) in Java is 5d41402a-bc4b-3a76-b971-9d911017c592.
    expect(applicationLinkId('hello')).toBe('5d41402a-bc4b-3a76-b971-9d911017c592');
  });

  test('sets version 3 and the RFC 4122 variant over the MD5 of the normalised URL', () => {
    const id = applicationLinkId('https://tfe.example.com/');
    const md5 = createHash('md5').update('https://tfe.example.com').digest('hex');
    expect(id.replace(/-/g, '').slice(0, 12)).toBe(md5.slice(0, 12));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('trailing slashes and dot segments do not change the id', () => {
    expect(normaliseApplicationUrl('https://tfe.example.com/app/acme//')).toBe('https://tfe.example.com/app/acme');
    expect(normaliseApplicationUrl('https://tfe.example.com/app/./x/../acme')).toBe('https://tfe.example.com/app/acme');
    expect(applicationLinkId('https://tfe.example.com/app/acme/')).toBe(applicationLinkId('https://tfe.example.com/app/acme'));
  });

  test('differs per organization URL', () => {
    expect(applicationLinkId('https://tfe.example.com/app/a')).not.toBe(applicationLinkId('https://tfe.example.com/app/b'));
  });
});
