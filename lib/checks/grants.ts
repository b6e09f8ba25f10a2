import { ElementView, MARKERS, StackView } from './stack-view';

/**
 * The grant that lets the service account manage webhooks on a workspace's repository: the onboarding's
 * marker names it; otherwise it is looked up by repository identity among the stack's admin grants.
 * `external` means the grant was declared to exist outside the stack.
 */
export function grantFor(view: StackView, workspace: ElementView): ElementView | 'external' | undefined {
  const marked = workspace.markers[MARKERS.repositoryGrant];
  if (marked === 'external') return 'external';
  if (marked !== undefined) return view.byConstructPath(marked);
  const identifier = String(workspace.config.vcs_repo?.identifier ?? '');
  const [owner, slug] = identifier.split('/');
  const dataCenterGrants = view.resources('restful_resource').map((g) => ({ grant: g, on: dataCenterGrantTarget(g) })).filter((g) => g.on !== undefined);
  return dataCenterGrants.find((g) => g.on!.project === owner?.toUpperCase() && g.on!.repository === slug)?.grant
    ?? dataCenterGrants.find((g) => g.on!.project === owner?.toUpperCase() && g.on!.repository === undefined)?.grant
    ?? view.resources('bitbucketserver_repository_permissions_user')
      .find((g) => g.config.project?.toUpperCase() === owner?.toUpperCase() && g.config.repository === slug)
    ?? view.resources('bitbucketserver_project_permissions_user').find((g) => g.config.project?.toUpperCase() === owner?.toUpperCase())
    ?? view.resources('bitbucket_repository_user_permission').find((g) => g.config.workspace === owner && g.config.repo_slug === slug);
}

const DATA_CENTER_GRANT_PATH = /^\/rest\/api\/1\.0\/projects\/([^/]+)(?:\/repos\/([^/]+))?\/permissions\/users$/;

/** The project (and repository) a Data Center grant made through Bitbucket's permissions endpoint is on. */
export function dataCenterGrantTarget(grant: ElementView): { project: string; repository?: string } | undefined {
  const match = DATA_CENTER_GRANT_PATH.exec(String(grant.config.path ?? ''));
  return match ? { project: match[1].toUpperCase(), repository: match[2] } : undefined;
}

/** Whether a grant resource is administrative enough for webhook management. */
export function isAdminGrant(grant: ElementView): boolean {
  const permission = String(grant.config.permission ?? grant.config.body?.permission ?? '');
  switch (grant.type) {
    case 'restful_resource': {
      const target = dataCenterGrantTarget(grant);
      return target !== undefined && permission === (target.repository === undefined ? 'PROJECT_ADMIN' : 'REPO_ADMIN');
    }
    case 'bitbucketserver_repository_permissions_user': return permission === 'REPO_ADMIN';
    case 'bitbucketserver_project_permissions_user': return permission === 'PROJECT_ADMIN';
    case 'bitbucket_repository_user_permission':
    case 'bitbucket_project_user_permission': return permission === 'admin';
    default: return false;
  }
}
