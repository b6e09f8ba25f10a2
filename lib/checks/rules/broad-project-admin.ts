import { CLOUD_ADMIN } from '../../domain/bitbucket-cloud';
import { PROJECT_ADMIN } from '../../domain/bitbucket-data-center';
import { dataCenterGrantTarget, grantedPermission, grantee } from '../grants';
import { CheckRule, CheckSeverity } from '../rule';

export const broadProjectAdminRule: CheckRule = {
  id: 'BBTFE8',
  severity: CheckSeverity.WARNING,
  description: 'PROJECT_ADMIN (Cloud: project admin) is broader than webhooks need',
  fix: 'Prefer AccessScope.REPOSITORY: REPO_ADMIN on exactly the onboarded repositories is the least privilege that lets TFE manage webhooks',
  check: (view) => [
    ...view.resources('restful_resource').filter((g) => dataCenterGrantTarget(g) !== undefined && dataCenterGrantTarget(g)!.repository === undefined)
      .map((g) => ({ grant: g, project: dataCenterGrantTarget(g)!.project })),
    ...view.resources('bitbucketserver_project_permissions_user').map((g) => ({ grant: g, project: g.config.project })),
    ...view.resources('bitbucket_project_user_permission').map((g) => ({ grant: g, project: g.config.project_key })),
  ].filter(({ grant }) => grantedPermission(grant) === (grant.type === 'bitbucket_project_user_permission' ? CLOUD_ADMIN : PROJECT_ADMIN)).map(({ grant, project }) => ({
    construct: grant.construct,
    message: `${grant.address} makes ${grantee(grant)} administrator of the whole project ${project}`,
  })),
};
