import { CLOUD_ADMIN } from '../domain/bitbucket-cloud';
import { PROJECT_ADMIN, REPO_ADMIN } from '../domain/bitbucket-data-center';
import { ElementView, MARKERS, StackView } from './stack-view';

/**
 * The grants that may let the service account manage webhooks on a workspace's repository: the one the
 * onboarding's marker names; otherwise every grant in the stack on that repository or its project, found by
 * repository identity whoever wrote it. `external` means the grant was declared to exist outside the stack.
 */
export function grantsFor(view: StackView, workspace: ElementView): ElementView[] | 'external' {
  const marked = workspace.markers[MARKERS.repositoryGrant];
  if (marked === 'external') return 'external';
  if (marked !== undefined) {
    const grant = view.byConstructPath(marked);
    return grant ? [grant] : [];
  }
  const identifier = String(workspace.config.vcs_repo?.identifier ?? '');
  const [owner, slug] = identifier.split('/');
  const project = owner?.toUpperCase();
  const onRepository: ElementView[] = [];
  const onProject: ElementView[] = [];
  for (const grant of view.resources('restful_resource')) {
    const target = dataCenterGrantTarget(grant);
    if (target?.project !== project) continue;
    if (target.repository === undefined) onProject.push(grant);
    else if (target.repository === slug) onRepository.push(grant);
  }
  onRepository.push(...view.resources('bitbucketserver_repository_permissions_user')
    .filter((g) => String(g.config.project ?? '').toUpperCase() === project && g.config.repository === slug));
  onProject.push(...view.resources('bitbucketserver_project_permissions_user').filter((g) => String(g.config.project ?? '').toUpperCase() === project));
  onRepository.push(...view.resources('bitbucket_repository_user_permission').filter((g) => g.config.workspace === owner && g.config.repo_slug === slug));
  return [...onRepository, ...onProject];
}

/**
 * The grant that decides whether the workspace's webhook can be created: an administrative one when any of
 * its grants is (Bitbucket applies the highest permission a user holds), else the first, else none.
 */
export function grantFor(view: StackView, workspace: ElementView): ElementView | 'external' | undefined {
  const grants = grantsFor(view, workspace);
  if (grants === 'external') return 'external';
  return grants.find(isAdminGrant) ?? grants[0];
}

/** Bitbucket Data Center's user permissions endpoint, in the REST API's versioned or `latest` form. */
const DATA_CENTER_GRANT_PATH = /^\/rest\/api\/(?:1\.0|latest)\/projects\/([^/]+)(?:\/repos\/([^/]+))?\/permissions\/users\/?$/;

/** The project (and repository) a Data Center grant made through Bitbucket's permissions endpoint is on. */
export function dataCenterGrantTarget(grant: ElementView): { project: string; repository?: string } | undefined {
  const match = DATA_CENTER_GRANT_PATH.exec(String(grant.config.path ?? ''));
  return match ? { project: match[1].toUpperCase(), repository: match[2] } : undefined;
}

/**
 * The permission a grant gives. Through the permissions endpoint Bitbucket applies the `permission` query
 * parameter of the create call; the body (what the library also writes, to compare on read) comes second.
 */
export function grantedPermission(grant: ElementView): string | undefined {
  const query = grant.config.create_query?.permission;
  const fromQuery = Array.isArray(query) ? query[0] : query;
  const permission = grant.type === 'restful_resource' ? fromQuery ?? grant.config.body?.permission : grant.config.permission;
  return permission === undefined ? undefined : String(permission);
}

/** The user a grant is for, as written. */
export function grantee(grant: ElementView): string | undefined {
  const name = grant.config.create_query?.name;
  const user = grant.type === 'restful_resource' ? (Array.isArray(name) ? name[0] : name) : grant.config.user ?? grant.config.user_id;
  return user === undefined ? undefined : String(user);
}

/** Whether a grant resource is administrative enough for webhook management. */
export function isAdminGrant(grant: ElementView): boolean {
  const permission = grantedPermission(grant) ?? '';
  switch (grant.type) {
    case 'restful_resource': {
      const target = dataCenterGrantTarget(grant);
      return target !== undefined && permission === (target.repository === undefined ? PROJECT_ADMIN : REPO_ADMIN);
    }
    case 'bitbucketserver_repository_permissions_user': return permission === REPO_ADMIN;
    case 'bitbucketserver_project_permissions_user': return permission === PROJECT_ADMIN;
    case 'bitbucket_repository_user_permission':
    case 'bitbucket_project_user_permission': return permission === CLOUD_ADMIN;
    default: return false;
  }
}
