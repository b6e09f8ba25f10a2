import { HCP_TERRAFORM_HOSTNAME } from '../../domain/tfe';
import { CheckRule, CheckSeverity, Finding } from '../rule';
import { hostOf, isLiteralString } from '../stack-view';

/** TFE's OAuth callback: https://<tfe-host>/auth/<uuid>/callback. */
const CALLBACK = /^https?:\/\/[^/\s"]+\/auth\/[0-9a-f-]{36}\/callback$/i;

/** Every literal string in a value, however deeply nested. */
function literals(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => literals(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => literals(v, out));
  return out;
}

export const callbackUrlHostRule: CheckRule = {
  id: 'BBTFE5',
  severity: CheckSeverity.ERROR,
  description: 'A Bitbucket Cloud callback URL written in the configuration is on the TFE host',
  fix: 'Read the callback URL back from TFE (CloudConnection does, through the TFE API) instead of writing it; it must be https://<tfe-host>/auth/<uuid>/callback of this TFE',
  check: (view) => {
    const tfeHosts = view.providers('tfe').map((p) => p.config.hostname ?? HCP_TERRAFORM_HOSTNAME).filter(isLiteralString).map((h) => h.toLowerCase());
    if (tfeHosts.length === 0) return [];
    const findings: Finding[] = [];
    for (const element of view.elements.filter((e) => e.kind !== 'provider')) {
      for (const text of literals(element.config).filter((s) => CALLBACK.test(s))) {
        const host = hostOf(text)!;
        if (!tfeHosts.includes(host)) {
          findings.push({ construct: element.construct, message: `${element.address} has the callback URL "${text}", whose host is not TFE's (${tfeHosts.join(', ')}): Bitbucket would send users back to the wrong server` });
        }
      }
    }
    return findings;
  },
};
