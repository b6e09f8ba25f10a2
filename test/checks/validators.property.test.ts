import fc from 'fast-check';
import {
  checkCloudProjectKey, checkCloudWorkspace, checkDataCenterProjectKey, checkDataCenterUserName, checkOrganizationName, normaliseCloudUuid, parseBitbucketUrl,
  parseCloudProject, parseCloudRepository, parseDataCenterRepository, parseHostname,
} from '../../lib/common/validators';
import { checkRsaBits } from '../../lib/domain/bitbucket-data-center';
import { BitbucketTfeInputError } from '../../lib/domain/errors';

// Fixed seed and bounded runs: the same cases every time, fast enough for every `npm test`.
const RUNS = { seed: 20261127, numRuns: 300 };

/** Runs a validator; passes when it accepts or throws the library's own error, fails on anything else. */
function acceptsOrExplains(validate: () => unknown): boolean {
  try {
    validate();
    return true;
  } catch (error) {
    if (!(error instanceof BitbucketTfeInputError)) throw error;
    expect(error.message).toMatch(/: [\s\S]+\. Fix: [\s\S]+/);
    return true;
  }
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', '/', '//', 'a/b/c', 'https://', 'http://x', '${var.x}', '\u0000'));

describe('validators never fail with anything but their own clear error', () => {
  test.each([
    ['parseBitbucketUrl', (s: string) => parseBitbucketUrl('P.url', s)],
    ['parseBitbucketUrl (http allowed)', (s: string) => parseBitbucketUrl('P.url', s, { allowHttp: true })],
    ['parseHostname', (s: string) => parseHostname('P.host', s)],
    ['checkOrganizationName', (s: string) => checkOrganizationName('P.org', s)],
    ['parseDataCenterRepository', (s: string) => parseDataCenterRepository('P.repo', s)],
    ['checkDataCenterProjectKey', (s: string) => checkDataCenterProjectKey('P.key', s)],
    ['checkDataCenterUserName', (s: string) => checkDataCenterUserName('P.user', s)],
    ['checkCloudWorkspace', (s: string) => checkCloudWorkspace('P.workspace', s)],
    ['parseCloudRepository', (s: string) => parseCloudRepository('P.repo', s)],
    ['checkCloudProjectKey', (s: string) => checkCloudProjectKey('P.key', s)],
    ['parseCloudProject', (s: string) => parseCloudProject('P.project', s)],
    ['normaliseCloudUuid', (s: string) => normaliseCloudUuid('P.uuid', s)],
  ])('%s on arbitrary strings', (_name, validate) => {
    fc.assert(fc.property(anyText, (s) => acceptsOrExplains(() => validate(s))), RUNS);
  });

  test('checkRsaBits on arbitrary numbers', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.double()), (n) => acceptsOrExplains(() => checkRsaBits('P.bits', n))), RUNS);
  });

  test('URL-like strings built from parts', () => {
    const urlish = fc.tuple(fc.constantFrom('https://', 'http://', 'ftp://', ''), fc.webAuthority({ withUserInfo: true, withPort: true }), fc.webPath(), fc.constantFrom('', '?a=1', '#x', '/'))
      .map(([scheme, authority, path, tail]) => `${scheme}${authority}${path}${tail}`);
    fc.assert(fc.property(urlish, (s) => acceptsOrExplains(() => parseBitbucketUrl('P.url', s))), RUNS);
  });
});

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
/** Top-level labels are alphabetic: an all-digit host would be read as an IPv4 address. */
const tld = fc.stringMatching(/^[a-z]{2,6}$/);
const projectKey = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,9}$/);
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,20}$/);

describe('every valid input is accepted', () => {
  test('https URLs with or without a context path', () => {
    fc.assert(fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), tld, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), fc.array(label, { maxLength: 2 }), fc.boolean(),
      (labels, top, port, segments, trailingSlash) => {
        const host = [...labels, top].join('.');
        const origin = `https://${host}${port === undefined || port === 443 ? '' : `:${port}`}`;
        const context = segments.length ? `/${segments.join('/')}` : '';
        const parts = parseBitbucketUrl('P.url', `${origin}${context}${trailingSlash ? '/' : ''}`);
        expect(parts.httpUrl).toBe(`${origin}${context}`);
        expect(parts.apiUrl).toBe(origin);
        expect(parts.contextPath).toBe(context);
      }), RUNS);
  });

  test('host names, with or without a port', () => {
    fc.assert(fc.property(fc.array(label, { minLength: 0, maxLength: 3 }), tld, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), (labels, top, port) => {
      const host = `${[...labels, top].join('.')}${port === undefined ? '' : `:${port}`}`;
      expect(parseHostname('P.host', host)).toBe(host);
    }), RUNS);
  });

  test('PROJECT/slug repositories, project keys in any case', () => {
    fc.assert(fc.property(projectKey, slug, fc.boolean(), (key, repo, lower) => {
      const ref = parseDataCenterRepository('P.repo', `${lower ? key.toLowerCase() : key}/${repo}`);
      expect(ref).toEqual({ projectKey: key, slug: repo, identifier: `${key}/${repo}` });
    }), RUNS);
  });

  test('organization names and user names', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), (org) => {
      expect(() => checkOrganizationName('P.org', org)).not.toThrow();
    }), RUNS);
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._@+-]{0,30}$/), (user) => {
      expect(() => checkDataCenterUserName('P.user', user)).not.toThrow();
    }), RUNS);
  });

  test('workspace/slug Cloud repositories', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,20}$/);
    fc.assert(fc.property(id, id, (workspace, repo) => {
      expect(parseCloudRepository('P.repo', `${workspace}/${repo}`)).toEqual({ workspace, slug: repo, identifier: `${workspace}/${repo}` });
    }), RUNS);
  });

  test('Cloud account UUIDs, with or without braces, in any case, come out in Bitbucket\'s spelling', () => {
    fc.assert(fc.property(fc.uuid(), fc.boolean(), fc.boolean(), (uuid, braces, upper) => {
      const written = upper ? uuid.toUpperCase() : uuid;
      expect(normaliseCloudUuid('P.uuid', braces ? `{${written}}` : written)).toBe(`{${uuid.toLowerCase()}}`);
    }), RUNS);
  });

  test('RSA sizes in whole bytes from 2048 to 16384 bits', () => {
    fc.assert(fc.property(fc.integer({ min: 256, max: 2048 }), (bytes) => {
      expect(() => checkRsaBits('P.bits', bytes * 8)).not.toThrow();
    }), RUNS);
  });
});
