import { grantsFor, isAdminGrant } from '../grants';
import { CheckRule, CheckSeverity, Finding } from '../rule';

export const workspaceOrderRule: CheckRule = {
  id: 'BBTFE2',
  severity: CheckSeverity.ERROR,
  description: 'Every Bitbucket workspace depends on the grant of its repository, so the webhook is created after the permission exists',
  fix: 'Add the grant to the workspace\'s dependsOn (RepositoryOnboarding does this); Terraform otherwise may create both at once and TFE\'s webhook call fails',
  check: (view) => {
    const findings: Finding[] = [];
    for (const workspace of view.bitbucketWorkspaces()) {
      const grants = grantsFor(view, workspace);
      if (grants === 'external' || grants.length === 0) continue;
      // Waiting for any administrative grant of the repository is enough; without one, for the grant there is.
      const admins = grants.filter(isAdminGrant);
      const awaited = admins.length > 0 ? admins : grants.slice(0, 1);
      const dependsOn: string[] = workspace.config.depends_on ?? [];
      const grant = awaited[0];
      if (!awaited.some((g) => dependsOn.includes(g.address))) {
        findings.push({ construct: workspace.construct, message: `${workspace.address} (${workspace.config.vcs_repo?.identifier}) does not depend on ${grant.address}` });
      }
    }
    return findings;
  },
};
