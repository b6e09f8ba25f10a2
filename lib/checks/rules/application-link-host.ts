import { HCP_TERRAFORM_HOSTNAME } from '../../domain/tfe';
import { CheckRule, CheckSeverity, Finding } from '../rule';
import { hostOf, isLiteralString } from '../stack-view';

export const applicationLinkHostRule: CheckRule = {
  id: 'BBTFE4',
  severity: CheckSeverity.ERROR,
  description: 'The application link\'s application URL is on the TFE host',
  fix: 'Use https://<tfe-host> (or https://<tfe-host>/app/<org>) as the application URL, with the same host as the tfe provider\'s hostname',
  check: (view) => {
    const tfeHosts = view.providers('tfe').map((p) => p.config.hostname ?? HCP_TERRAFORM_HOSTNAME).filter(isLiteralString).map((h) => h.toLowerCase());
    if (tfeHosts.length === 0) return [];
    const findings: Finding[] = [];
    for (const link of view.resources('restful_resource').filter((o) => o.config.path === '/rest/applinks/3.0/applicationlink')) {
      const rpcUrl = (link.config.body as { rpcUrl?: unknown } | undefined)?.rpcUrl;
      if (!isLiteralString(rpcUrl) || rpcUrl.includes('${')) continue;
      const host = hostOf(rpcUrl);
      if (host === undefined || !tfeHosts.includes(host)) {
        findings.push({ construct: link.construct, message: `${link.address} links "${rpcUrl}", but TFE is ${tfeHosts.map((h) => `"${h}"`).join(', ')}: Bitbucket would accept requests signed for another host` });
      }
    }
    return findings;
  },
};
