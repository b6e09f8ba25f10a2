import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { ProjectPermissionsUser } from '../providers/bitbucketserver/project-permissions-user';
import { RepositoryPermissionsUser } from '../providers/bitbucketserver/repository-permissions-user';
import { parseRepositoryList } from '../common/lists';
import { BitbucketTfeInputError } from '../common/errors';
import { checkDataCenterProjectKey, parseDataCenterRepository } from '../common/names';
import { IRepositoryAccess } from '../onboarding/repository-access';
import { BitbucketServiceProvider } from '../tfe/oauth-client';

/** Where the service account is made an administrator. */
export enum AccessScope {
  /** REPO_ADMIN on each listed repository: the least privilege that lets TFE manage webhooks. */
  REPOSITORY = 'repository',
  /** PROJECT_ADMIN on each listed project: covers every repository in it, present and future. */
  PROJECT = 'project',
}

/** Bitbucket's repository permission that allows webhook management (and includes write, so pull requests). */
export const REPO_ADMIN = 'REPO_ADMIN';
/** Bitbucket's project permission that implies REPO_ADMIN on every repository of the project. */
export const PROJECT_ADMIN = 'PROJECT_ADMIN';

export interface DataCenterServiceAccountAccessProps {
  /** The service account's user name (a token when the library creates the user). */
  readonly userName: string;
  /**
   * REPO_ADMIN on repositories, or PROJECT_ADMIN on projects.
   * @default AccessScope.REPOSITORY
   */
  readonly scope?: AccessScope;
  /**
   * Repositories as `<PROJECT KEY>/<slug>`. With `AccessScope.REPOSITORY` each gets REPO_ADMIN; with
   * `AccessScope.PROJECT` their projects get PROJECT_ADMIN unless `projects` is given.
   * @default []
   */
  readonly repositories?: string[];
  /**
   * Project keys for `AccessScope.PROJECT`.
   * @default - the projects of `repositories`
   */
  readonly projects?: string[];
  /**
   * Projects where the service account already holds PROJECT_ADMIN, granted outside this construct (e.g. in an
   * earlier stack): their repositories need no REPO_ADMIN grant, and `grantRepository` returns none for them.
   * @default []
   */
  readonly alreadyAdministeredProjects?: string[];
  /**
   * The bitbucketserver provider.
   * @default - the stack's default bitbucketserver provider
   */
  readonly provider?: TerraformProvider;
  /** Names the props in error messages. @default 'DataCenterServiceAccountAccess' */
  readonly propPrefix?: string;
}

/**
 * Makes the service account an administrator where TFE must create webhooks. Bitbucket Data Center
 * answers webhook requests without REPO_ADMIN with 401 AuthorisationException; there is no narrower
 * permission that allows them, so REPO_ADMIN on exactly the onboarded repositories is least privilege.
 *
 * Grants are keyed by repository or project identity (never by position), so adding or removing one
 * never replaces another.
 */
export class DataCenterServiceAccountAccess extends Construct implements IRepositoryAccess {
  public readonly serviceProvider: string = BitbucketServiceProvider.DATA_CENTER;
  public readonly scope: AccessScope;
  private readonly userName: string;
  private readonly provider?: TerraformProvider;
  private readonly prefix: string;
  private readonly repositoryGrants = new Map<string, RepositoryPermissionsUser>();
  private readonly projectGrants = new Map<string, ProjectPermissionsUser>();
  private readonly administeredElsewhere = new Set<string>();

  constructor(scope: Construct, id: string, props: DataCenterServiceAccountAccessProps) {
    super(scope, id);
    this.prefix = props.propPrefix ?? 'DataCenterServiceAccountAccess';
    this.scope = props.scope ?? AccessScope.REPOSITORY;
    this.userName = props.userName;
    this.provider = props.provider;
    if (!Object.values(AccessScope).includes(this.scope)) {
      throw new BitbucketTfeInputError(`${this.prefix}.accessScope`, this.scope, `is not one of ${Object.values(AccessScope).map((s) => `"${s}"`).join(', ')}`,
        'use AccessScope.REPOSITORY (REPO_ADMIN on each repository, least privilege) or AccessScope.PROJECT (PROJECT_ADMIN on each project)');
    }
    (props.alreadyAdministeredProjects ?? []).forEach((key, index) => {
      checkDataCenterProjectKey(`${this.prefix}.alreadyAdministeredProjects[${index}]`, key);
      this.administeredElsewhere.add(key.startsWith('~') ? key : key.toUpperCase());
    });
    const repositories = parseRepositoryList(`${this.prefix}.repositories`, props.repositories ?? [], parseDataCenterRepository, '["PLAT/network"]');

    if (this.scope === AccessScope.REPOSITORY) {
      if (props.projects !== undefined) {
        throw new BitbucketTfeInputError(`${this.prefix}.projects`, props.projects, 'only applies to AccessScope.PROJECT',
          'remove projects, or set accessScope: AccessScope.PROJECT to grant PROJECT_ADMIN on them');
      }
      repositories.forEach((repository) => this.grantRepository(repository.identifier));
      return;
    }

    const projects = props.projects ?? [...new Set(repositories.map((r) => r.projectKey))];
    const seen = new Set<string>();
    projects.forEach((key, index) => {
      const prop = `${this.prefix}.projects[${index}]`;
      checkDataCenterProjectKey(prop, key);
      const normalised = key.startsWith('~') ? key : key.toUpperCase();
      if (seen.has(normalised)) {
        throw new BitbucketTfeInputError(prop, key, 'is listed twice', 'list each project once');
      }
      seen.add(normalised);
      this.grantProject(normalised);
    });
    for (const repository of repositories) {
      if (!this.projectGrants.has(repository.projectKey)) {
        throw new BitbucketTfeInputError(`${this.prefix}.repositories`, repository.identifier,
          `is in project ${repository.projectKey}, which is not among the PROJECT_ADMIN projects ${JSON.stringify([...this.projectGrants.keys()])}`,
          `add "${repository.projectKey}" to projects, or use AccessScope.REPOSITORY`);
      }
    }
  }

  /** `PROJECT/slug`, with the project key in Bitbucket's upper case. */
  public repositoryIdentifier(repository: string, prop: string): string {
    return parseDataCenterRepository(prop, repository).identifier;
  }

  /**
   * The grant that lets the service account manage webhooks on the repository: the project's PROJECT_ADMIN
   * when this access covers the project, else a REPO_ADMIN grant (created once, then reused); none when the
   * project is administered elsewhere. Make the workspace depend on it so TFE creates the webhook only after
   * the permission exists.
   */
  public grantRepository(repository: string): ITerraformDependable | undefined {
    const ref = parseDataCenterRepository(`${this.prefix}.repository`, repository);
    if (this.administeredElsewhere.has(ref.projectKey)) return undefined;
    const projectGrant = this.projectGrants.get(ref.projectKey);
    if (projectGrant) return projectGrant;
    const existing = this.repositoryGrants.get(ref.identifier);
    if (existing) return existing;
    const grant = new RepositoryPermissionsUser(this, `${ref.projectKey}:${ref.slug}`, {
      provider: this.provider,
      project: ref.projectKey,
      repository: ref.slug,
      user: this.userName,
      permission: REPO_ADMIN,
    });
    this.repositoryGrants.set(ref.identifier, grant);
    return grant;
  }

  /** True when the project is covered by a PROJECT_ADMIN grant of this access. */
  public coversProject(projectKey: string): boolean {
    const key = projectKey.startsWith('~') ? projectKey : projectKey.toUpperCase();
    return this.projectGrants.has(key) || this.administeredElsewhere.has(key);
  }

  /** The repositories that hold a REPO_ADMIN grant, as `PROJECT/slug`. */
  public get grantedRepositories(): string[] {
    return [...this.repositoryGrants.keys()];
  }

  /** The projects that hold a PROJECT_ADMIN grant. */
  public get grantedProjects(): string[] {
    return [...this.projectGrants.keys()];
  }

  private grantProject(projectKey: string): void {
    this.projectGrants.set(projectKey, new ProjectPermissionsUser(this, projectKey, {
      provider: this.provider,
      project: projectKey,
      user: this.userName,
      permission: PROJECT_ADMIN,
    }));
  }
}
