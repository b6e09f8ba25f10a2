import { CheckRule, CheckSeverity, Finding } from '../rule';
import { isLiteralString } from '../stack-view';

const URL_FIELDS: Record<string, string[]> = { bitbucketserver: ['server'], restful: ['base_url'] };

export const insecureHttpRule: CheckRule = {
  id: 'BBTFE9',
  severity: CheckSeverity.WARNING,
  description: 'Bitbucket is reached over https',
  fix: 'Use an https:// URL: over http the admin credentials, the OAuth tokens and the application link\'s requests cross the network in clear',
  check: (view) => {
    const findings: Finding[] = [];
    for (const element of view.elements) {
      const fields = element.kind === 'provider' ? URL_FIELDS[element.type] ?? [] : element.type === 'tfe_oauth_client' ? ['http_url', 'api_url'] : [];
      for (const field of fields) {
        const value = element.config[field];
        if (isLiteralString(value) && value.toLowerCase().startsWith('http://')) {
          findings.push({ construct: element.construct, message: `${element.address}.${field} is "${value}"` });
        }
      }
    }
    return findings;
  },
};
