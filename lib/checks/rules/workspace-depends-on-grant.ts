import { grantFor } from '../grants';
import { CheckRule, CheckSeverity, Finding } from '../rule';

export const workspaceOrderRule: CheckRule = {
  id: 'BBTFE2',
  severity: CheckSeverity.ERROR,
  description: 'Every Bitbucket workspace depends on the grant of its repository, so the webhook is created after the permission exists',
  fix: 'Add the grant to the workspace\'s dependsOn (RepositoryOnboarding does this); Terraform otherwise may create both at once and TFE\'s webhook call fails',
  check: (view) => {
    const findings: Finding[] = [];
    for (const workspace of view.bitbucketWorkspaces()) {
      const grant = grantFor(view, workspace);
      if (grant === undefined || grant === 'external') continue;
      const dependsOn: string[] = workspace.config.depends_on ?? [];
      if (!dependsOn.includes(grant.address)) {
        findings.push({ construct: workspace.construct, message: `${workspace.address} (${workspace.config.vcs_repo?.identifier}) does not depend on ${grant.address}` });
      }
    }
    return findings;
  },
};
