import { dataCenterGrantTarget } from '../grants';
import { CheckRule, CheckSeverity } from '../rule';

export const broadProjectAdminRule: CheckRule = {
  id: 'BBTFE8',
  severity: CheckSeverity.WARNING,
  description: 'PROJECT_ADMIN (Cloud: project admin) is broader than webhooks need',
  fix: 'Prefer AccessScope.REPOSITORY: REPO_ADMIN on exactly the onboarded repositories is the least privilege that lets TFE manage webhooks',
  check: (view) => [
    ...view.resources('restful_resource').filter((g) => g.config.body?.permission === 'PROJECT_ADMIN' && dataCenterGrantTarget(g)?.repository === undefined && dataCenterGrantTarget(g) !== undefined)
      .map((g) => ({ ...g, config: { ...g.config, user: g.config.create_query?.name?.[0], project: dataCenterGrantTarget(g)!.project } as Record<string, any> })),
    ...view.resources('bitbucketserver_project_permissions_user').filter((g) => g.config.permission === 'PROJECT_ADMIN'),
    ...view.resources('bitbucket_project_user_permission').filter((g) => g.config.permission === 'admin'),
  ].map((g) => ({
    construct: g.construct,
    message: `${g.address} makes ${g.config.user ?? g.config.user_id} administrator of the whole project ${g.config.project ?? g.config.project_key}`,
  })),
};
