import { BITBUCKET_CLOUD_API_URL, BITBUCKET_CLOUD_HTTP_URL } from '../../domain/bitbucket-cloud';
import { BitbucketServiceProvider } from '../../domain/tfe';
import { CheckRule, CheckSeverity, Finding } from '../rule';
import { isLiteralString } from '../stack-view';

const CLOUD_URLS = { http_url: BITBUCKET_CLOUD_HTTP_URL, api_url: BITBUCKET_CLOUD_API_URL };

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export const oauthClientUrlsRule: CheckRule = {
  id: 'BBTFE3',
  severity: CheckSeverity.ERROR,
  description: 'The OAuth client\'s http_url and api_url agree with each other and with the Bitbucket provider\'s server URL',
  fix: `Derive both from one URL (DataCenterConnection.bitbucketUrl does): http_url with the context path, api_url without it, the provider's server equal to http_url; Cloud uses ${BITBUCKET_CLOUD_HTTP_URL} and ${BITBUCKET_CLOUD_API_URL}`,
  check: (view) => {
    const findings: Finding[] = [];
    const servers = view.providers('bitbucketserver').map((p) => p.config.server).filter(isLiteralString).map(trimSlash);
    for (const client of view.resources('tfe_oauth_client')) {
      const { service_provider: provider, http_url: httpUrl, api_url: apiUrl } = client.config;
      if (provider === BitbucketServiceProvider.CLOUD) {
        for (const [field, expected] of Object.entries(CLOUD_URLS)) {
          const value = client.config[field];
          if (isLiteralString(value) && trimSlash(value) !== expected) {
            findings.push({ construct: client.construct, message: `${client.address}.${field} is "${value}"; Bitbucket Cloud's is "${expected}"` });
          }
        }
        continue;
      }
      if (provider !== BitbucketServiceProvider.DATA_CENTER || !isLiteralString(httpUrl) || !isLiteralString(apiUrl)) continue;
      let origin: string;
      try {
        origin = new URL(httpUrl).origin;
      } catch {
        findings.push({ construct: client.construct, message: `${client.address}.http_url "${httpUrl}" is not a URL` });
        continue;
      }
      if (trimSlash(apiUrl) !== origin) {
        findings.push({ construct: client.construct, message: `${client.address}.api_url is "${apiUrl}" but http_url "${httpUrl}" is served from "${origin}": api_url must be the instance URL without the context path` });
      }
      if (servers.length > 0 && !servers.includes(trimSlash(httpUrl))) {
        findings.push({ construct: client.construct, message: `${client.address}.http_url is "${httpUrl}" but the bitbucketserver provider points at ${servers.map((s) => `"${s}"`).join(', ')}` });
      }
    }
    return findings;
  },
};
