import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { ProjectUserPermission } from '../providers/bitbucket/project-user-permission';
import { RepositoryUserPermission } from '../providers/bitbucket/repository-user-permission';
import { checkCloudProjectKey, normaliseCloudUuid, parseCloudProject, parseCloudRepository } from '../common/validators';
import { CLOUD_ADMIN, CloudProjectRef } from '../domain/bitbucket-cloud';
import { parseRepositoryList } from '../domain/lists';
import { BitbucketTfeInputError, propPaths } from '../domain/errors';
import { logicalIdFor } from '../common/tokens';
import { BitbucketServiceProvider } from '../domain/tfe';
import { AccessScope, IRepositoryAccess } from '../onboarding/repository-access';

export interface CloudServiceAccountAccessProps {
  /** The service account's UUID (`{...}`), or a reference to a looked-up user. */
  readonly serviceAccountUuid: string;
  /**
   * Admin on repositories, or admin on projects.
   * @default AccessScope.REPOSITORY
   */
  readonly accessScope?: AccessScope;
  /**
   * Repositories as `<workspace id>/<slug>`. With `AccessScope.REPOSITORY` each gets admin; with
   * `AccessScope.PROJECT` each must be mapped in `repositoryProjects` to one of the projects.
   * @default []
   */
  readonly repositories?: string[];
  /**
   * Projects for `AccessScope.PROJECT`, as `<workspace id>/<PROJECT KEY>`.
   * @default - the projects named in `repositoryProjects`
   */
  readonly projects?: string[];
  /**
   * Which project each repository is in (`{ "acme/network": "PLAT" }`), for `AccessScope.PROJECT`: a Bitbucket Cloud
   * repository's name does not say its project, and a project grant only covers the repositories in it.
   * A repository not mapped here gets its own admin grant when it is onboarded.
   * @default {}
   */
  readonly repositoryProjects?: { [repository: string]: string };
  /**
   * The bitbucket (Cloud) provider.
   * @default - the stack's default bitbucket provider
   */
  readonly provider?: TerraformProvider;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'CloudServiceAccountAccess'
   * @internal
   */
  readonly _propPrefix?: string;
  /**
   * The paths errors name for props a parent construct passes under other names.
   * @default - `<prefix>.<prop>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
}

/**
 * Makes the Bitbucket Cloud service account an admin where TFE must create webhooks:
 * `bitbucket_repository_user_permission` admin on each repository (least privilege, the default), or
 * `bitbucket_project_user_permission` admin on whole projects.
 *
 * Grants are keyed by repository or project identity (never by position), so adding or removing one
 * never replaces another.
 */
export class CloudServiceAccountAccess extends Construct implements IRepositoryAccess {
  /** Bitbucket Cloud's repository permission that allows webhook management. */
  public static readonly ADMIN = CLOUD_ADMIN;
  /** Whether `x` is a CloudServiceAccountAccess, also when it comes from another copy of the library. */
  public static isCloudServiceAccountAccess(x: any): x is CloudServiceAccountAccess {
    return isBranded(x, 'CloudServiceAccountAccess');
  }

  public readonly serviceProvider: string = BitbucketServiceProvider.CLOUD;
  public readonly accessScope: AccessScope;
  private readonly userUuid: string;
  private readonly provider?: TerraformProvider;
  private readonly prefix: string;
  private readonly path: (prop: string) => string;
  private readonly repositoryGrants = new Map<string, RepositoryUserPermission>();
  /** project identity (`workspace/KEY`) -> grant */
  private readonly projectGrants = new Map<string, ProjectUserPermission>();
  /** repository identifier -> project identity (`workspace/KEY`) */
  private readonly projectOf = new Map<string, string>();

  constructor(scope: Construct, id: string, props: CloudServiceAccountAccessProps) {
    super(scope, id);
    brand(this, 'CloudServiceAccountAccess');
    this.prefix = props._propPrefix ?? 'CloudServiceAccountAccess';
    this.path = propPaths(this.prefix, props._propNames);
    this.accessScope = props.accessScope ?? AccessScope.REPOSITORY;
    this.provider = props.provider;
    if (!Object.values(AccessScope).includes(this.accessScope)) {
      throw new BitbucketTfeInputError(this.path('accessScope'), this.accessScope, `is not one of ${Object.values(AccessScope).map((s) => `"${s}"`).join(', ')}`,
        'use AccessScope.REPOSITORY (admin on each repository, least privilege) or AccessScope.PROJECT (admin on each project)');
    }
    this.userUuid = normaliseCloudUuid(this.path('serviceAccountUuid'), props.serviceAccountUuid);
    const repositories = parseRepositoryList(this.path('repositories'), props.repositories ?? [], parseCloudRepository, '["acme/network"]');

    if (this.accessScope === AccessScope.REPOSITORY) {
      for (const prop of ['projects', 'repositoryProjects'] as const) {
        if (props[prop] !== undefined) {
          throw new BitbucketTfeInputError(this.path(prop), props[prop], 'only applies to AccessScope.PROJECT',
            `remove ${prop}, or set accessScope: AccessScope.PROJECT to grant admin on projects`);
        }
      }
      repositories.forEach((repository) => this.grantRepository(repository.identifier));
      return;
    }

    Object.entries(props.repositoryProjects ?? {}).forEach(([repository, projectKey]) => {
      const prop = `${this.path('repositoryProjects')}["${repository}"]`;
      const ref = parseCloudRepository(prop, repository);
      checkCloudProjectKey(prop, projectKey);
      this.projectOf.set(ref.identifier, `${ref.workspace}/${projectKey.toUpperCase()}`);
    });

    const projects: CloudProjectRef[] = props.projects !== undefined
      ? props.projects.map((project, index) => parseCloudProject(`${this.path('projects')}[${index}]`, project))
      : [...new Set(this.projectOf.values())].map((project) => parseCloudProject(this.path('repositoryProjects'), project));
    if (projects.length === 0) {
      throw new BitbucketTfeInputError(this.path('projects'), props.projects ?? [], 'grants nothing with AccessScope.PROJECT',
        'list the projects as "<workspace id>/<PROJECT KEY>", e.g. ["acme/PLAT"], or map the repositories to their projects in repositoryProjects');
    }
    const seen = new Map<string, number>();
    projects.forEach((project, index) => {
      const first = seen.get(project.identity);
      if (first !== undefined) {
        throw new BitbucketTfeInputError(`${this.path('projects')}[${index}]`, project.identifier,
          `repeats ${this.prefix}.projects[${first}] (${JSON.stringify(projects[first].identifier)})`, 'list each project once');
      }
      seen.set(project.identity, index);
      this.grantProject(project);
    });
    for (const repository of repositories) {
      const project = this.projectOf.get(repository.identifier);
      if (project === undefined) {
        throw new BitbucketTfeInputError(this.path('repositories'), repository.identifier,
          'is not mapped to a project, and a Bitbucket Cloud repository name does not say its project',
          `add "${repository.identifier}": "<PROJECT KEY>" to repositoryProjects, or use AccessScope.REPOSITORY`);
      }
      if (!this.projectGrants.has(project)) {
        throw new BitbucketTfeInputError(this.path('repositories'), repository.identifier,
          `is in project ${project}, which is not among the admin projects ${JSON.stringify([...this.projectGrants.keys()])}`,
          `add "${project}" to projects, or use AccessScope.REPOSITORY`);
      }
    }
  }

  /** `workspace/slug`, checked: lower-case workspace id and slug. */
  public repositoryIdentifier(repository: string, prop: string): string {
    return parseCloudRepository(prop, repository).identifier;
  }

  /** The address of the repository's admin grant here; undefined when a project grant covers it. */
  public repositoryGrantAddress(repository: string): string | undefined {
    const ref = parseCloudRepository(`${this.prefix}.repository`, repository);
    const project = this.projectOf.get(ref.identifier);
    if (project !== undefined && this.projectGrants.has(project)) return undefined;
    return `bitbucket_repository_user_permission.${logicalIdFor(this, `${ref.workspace}:${ref.slug}`)}`;
  }

  /**
   * The grant that lets the service account manage webhooks on the repository: its project's admin grant when this
   * access is project-scoped and the repository is mapped to a granted project, else an admin grant on the
   * repository (created once, then reused). Make the workspace depend on it so TFE creates the webhook only after
   * the permission exists.
   */
  public grantRepository(repository: string): ITerraformDependable | undefined {
    const ref = parseCloudRepository(this.path('repository'), repository);
    const project = this.projectOf.get(ref.identifier);
    const projectGrant = project === undefined ? undefined : this.projectGrants.get(project);
    if (projectGrant) return projectGrant;
    const existing = this.repositoryGrants.get(ref.identifier);
    if (existing) return existing;
    const grant = new RepositoryUserPermission(this, `${ref.workspace}:${ref.slug}`, {
      provider: this.provider,
      workspace: ref.workspace,
      repoSlug: ref.slug,
      userId: this.userUuid,
      permission: CLOUD_ADMIN,
    });
    this.repositoryGrants.set(ref.identifier, grant);
    return grant;
  }

  /** True when the project (`workspace/KEY`) holds an admin grant of this access. */
  public coversProject(project: string): boolean {
    const ref = parseCloudProject(this.path('coversProject'), project);
    return this.projectGrants.has(ref.identity);
  }

  /** The repositories that hold an admin grant, as `workspace/slug`. */
  public get grantedRepositories(): string[] {
    return [...this.repositoryGrants.keys()];
  }

  /** The projects that hold an admin grant, as `workspace/KEY`. */
  public get grantedProjects(): string[] {
    return [...this.projectGrants.keys()];
  }

  private grantProject(project: CloudProjectRef): void {
    const key = project.projectKey.toUpperCase();
    this.projectGrants.set(project.identity, new ProjectUserPermission(this, `${project.workspace}:${key}`, {
      provider: this.provider,
      workspace: project.workspace,
      projectKey: project.projectKey,
      userId: this.userUuid,
      permission: CLOUD_ADMIN,
    }));
  }
}
