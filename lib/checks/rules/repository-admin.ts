import { grantFor, grantedPermission, isAdminGrant } from '../grants';
import { CheckRule, CheckSeverity, Finding } from '../rule';

export const repositoryAdminRule: CheckRule = {
  id: 'BBTFE1',
  severity: CheckSeverity.ERROR,
  description: 'Every onboarded repository\'s service account holds REPO_ADMIN (Cloud: admin), directly or through PROJECT_ADMIN',
  fix: 'Onboard the repository with DataCenterOnboarding or RepositoryOnboarding (they grant it), or grant it with DataCenterServiceAccountAccess or CloudServiceAccountAccess; without it Bitbucket answers TFE\'s webhook call with 401 AuthorisationException (Data Center) or 403 (Cloud)',
  check: (view) => {
    const findings: Finding[] = [];
    for (const workspace of view.bitbucketWorkspaces()) {
      const identifier = workspace.config.vcs_repo?.identifier;
      const grant = grantFor(view, workspace);
      if (grant === 'external') continue;
      if (grant === undefined) {
        findings.push({ construct: workspace.construct, message: `${workspace.address} links ${identifier}, but no grant in this stack gives the service account REPO_ADMIN on it` });
      } else if (!isAdminGrant(grant)) {
        findings.push({ construct: workspace.construct, message: `${workspace.address} links ${identifier}, but ${grant.address} grants ${grantedPermission(grant) ?? 'no permission'}, which cannot manage webhooks` });
      }
    }
    return findings;
  },
};
