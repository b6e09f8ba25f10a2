import { BitbucketServiceProvider } from '../../domain/tfe';
import { CheckRule, CheckSeverity, Finding } from '../rule';
import { ElementView, isLiteralString } from '../stack-view';

/** Sensitive arguments per resource or provider type. */
const SENSITIVE_FIELDS: Record<string, string[]> = {
  'resource tfe_oauth_client': ['secret', 'oauth_token', 'private_key'],
  'provider tfe': ['token'],
  'provider bitbucketserver': ['password', 'token'],
  'provider bitbucket': ['password', 'oauth_client_secret', 'oauth_token', 'api_token'],
  'provider restful': ['security.http.basic.password', 'security.http.token.token'],
};

/** The value at a dotted path of a config (`security.http.token.token`). */
function valueAt(config: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), config);
}
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

function literalFields(element: ElementView): string[] {
  const fields = [...(SENSITIVE_FIELDS[`${element.kind} ${element.type}`] ?? [])];
  // A Cloud consumer key is a client credential; a Data Center consumer key is an OAuth 1.0a identifier sent
  // in clear with every request, so only the former must not be a literal.
  if (element.type === 'tfe_oauth_client' && element.config.service_provider === BitbucketServiceProvider.CLOUD) fields.push('key');
  return fields.filter((field) => isLiteralString(valueAt(element.config, field)) && valueAt(element.config, field) !== '');
}

export const literalSecretRule: CheckRule = {
  id: 'BBTFE7',
  severity: CheckSeverity.ERROR,
  description: 'No secret (OAuth secret or token, private key, password, API token) is a literal in cdk.tf.json',
  fix: 'Pass secrets as tokens, e.g. new TerraformVariable(this, "x", { type: "string", sensitive: true }).stringValue, or from a secret-store data source',
  check: (view) => {
    const findings: Finding[] = [];
    for (const element of view.elements) {
      for (const field of literalFields(element)) {
        findings.push({ construct: element.construct, message: `${element.address}.${field} is a literal string` });
      }
      if (element.kind === 'variable' && element.config.sensitive === true && element.config.default !== undefined) {
        findings.push({ construct: element.construct, message: `${element.address} is sensitive but has a default value, which is written into cdk.tf.json` });
      }
      const text = ['resource', 'output', 'local'].includes(element.kind) ? JSON.stringify(element.config) : '';
      if (PRIVATE_KEY.test(text)) {
        findings.push({ construct: element.construct, message: `${element.address} contains a PEM private key` });
      }
    }
    return findings;
  },
};
