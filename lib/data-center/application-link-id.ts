import { createHash } from 'node:crypto';

/**
 * The id Bitbucket gives a generic application link, computed from the link's application URL the way
 * Atlassian's applinks code does (ApplicationIdUtil.generate): normalise the URI, strip trailing slashes,
 * then Java's UUID.nameUUIDFromBytes: the MD5 of the UTF-8 bytes with the version nibble set to 3 and the
 * RFC 4122 variant bits. Knowing it at synth time lets Terraform read, update and delete the link by id.
 */
export function applicationLinkId(applicationUrl: string): string {
  const bytes = createHash('md5').update(normaliseApplicationUrl(applicationUrl), 'utf8').digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x30;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** java.net.URI#normalize (drops "." segments and resolves ".."), then trailing slashes removed. */
export function normaliseApplicationUrl(applicationUrl: string): string {
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)(.*)$/i.exec(applicationUrl);
  if (!match) return applicationUrl.replace(/\/+$/, '');
  const [, authority, path, rest] = match;
  const segments: string[] = [];
  for (const segment of path.split('/').slice(1)) {
    if (segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const normalisedPath = path === '' ? '' : `/${segments.join('/')}`;
  return `${authority}${normalisedPath}${rest}`.replace(/\/+$/, '');
}
