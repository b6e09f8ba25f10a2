import { ITerraformDependable, TerraformCondition, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { DataRestfulResource } from '../providers/restful/data-restful-resource';
import { Resource as RestResource } from '../providers/restful/resource';
import { parseRepositoryList } from '../domain/lists';
import { BitbucketTfeInputError, propPaths } from '../domain/errors';
import { checkDataCenterProjectKey, parseDataCenterRepository } from '../common/validators';
import { logicalIdFor } from '../common/tokens';
import { PROJECT_ADMIN, REPO_ADMIN } from '../domain/bitbucket-data-center';
import { BitbucketServiceProvider } from '../domain/tfe';
import { AccessScope, IRepositoryAccess } from '../onboarding/repository-access';

export interface DataCenterServiceAccountAccessProps {
  /** The service account's user name (a token when the library creates the user). */
  readonly serviceAccountName: string;
  /**
   * REPO_ADMIN on repositories, or PROJECT_ADMIN on projects.
   * @default AccessScope.REPOSITORY
   */
  readonly accessScope?: AccessScope;
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
   * A `restful` provider on Bitbucket's base URL, authenticated as an administrator (see `bitbucketApiProvider`).
   * @default - the stack's default restful provider
   */
  readonly provider?: TerraformProvider;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'DataCenterServiceAccountAccess'
   * @internal
   */
  readonly _propPrefix?: string;
  /**
   * The paths errors name for props a parent construct passes under other names (`accessScope` -> `DataCenterConnection.accessScope`).
   * @default - `<prefix>.<prop>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
}

/**
 * Makes the service account an administrator where TFE must create webhooks. Bitbucket Data Center
 * answers webhook requests without REPO_ADMIN with 401 AuthorisationException; there is no narrower
 * permission that allows them, so REPO_ADMIN on exactly the onboarded repositories is least privilege.
 *
 * Grants are keyed by repository or project identity (never by position), so adding or removing one
 * never replaces another. Each is a `restful_resource` on Bitbucket's permissions endpoint, read back from the
 * user list and picked by user name: a grant revoked by hand is no longer found, Terraform forgets it and the
 * next apply grants it again; a changed level shows as a diff and is set back; a repository that is gone reads
 * 404 and is forgotten, and deleting a grant whose repository is gone succeeds (404 on DELETE), so removing
 * the repository from the list is enough.
 */
export class DataCenterServiceAccountAccess extends Construct implements IRepositoryAccess {
  /** Bitbucket's repository permission that allows webhook management (and includes write, so pull requests). */
  public static readonly REPO_ADMIN = REPO_ADMIN;
  /** Bitbucket's project permission that implies REPO_ADMIN on every repository of the project. */
  public static readonly PROJECT_ADMIN = PROJECT_ADMIN;
  /** Whether `x` is a DataCenterServiceAccountAccess, also when it comes from another copy of the library. */
  public static isDataCenterServiceAccountAccess(x: any): x is DataCenterServiceAccountAccess {
    return isBranded(x, 'DataCenterServiceAccountAccess');
  }

  public readonly serviceProvider: string = BitbucketServiceProvider.DATA_CENTER;
  public readonly accessScope: AccessScope;
  private readonly userName: string;
  private readonly provider?: TerraformProvider;
  private readonly prefix: string;
  private readonly path: (prop: string) => string;
  private readonly repositoryGrants = new Map<string, RestResource>();
  private readonly projectGrants = new Map<string, RestResource>();
  private readonly administeredElsewhere = new Set<string>();

  constructor(scope: Construct, id: string, props: DataCenterServiceAccountAccessProps) {
    super(scope, id);
    brand(this, 'DataCenterServiceAccountAccess');
    this.prefix = props._propPrefix ?? 'DataCenterServiceAccountAccess';
    this.path = propPaths(this.prefix, props._propNames);
    this.accessScope = props.accessScope ?? AccessScope.REPOSITORY;
    this.userName = props.serviceAccountName;
    this.provider = props.provider;
    if (!Object.values(AccessScope).includes(this.accessScope)) {
      throw new BitbucketTfeInputError(this.path('accessScope'), this.accessScope, `is not one of ${Object.values(AccessScope).map((s) => `"${s}"`).join(', ')}`,
        'use AccessScope.REPOSITORY (REPO_ADMIN on each repository, least privilege) or AccessScope.PROJECT (PROJECT_ADMIN on each project)');
    }
    this.addAdministeredProjects(props.alreadyAdministeredProjects ?? [], this.path('alreadyAdministeredProjects'));
    const repositories = parseRepositoryList(this.path('repositories'), props.repositories ?? [], parseDataCenterRepository, '["PLAT/network"]');

    if (this.accessScope === AccessScope.REPOSITORY) {
      if (props.projects !== undefined) {
        throw new BitbucketTfeInputError(this.path('projects'), props.projects, 'only applies to AccessScope.PROJECT',
          'remove projects, or set accessScope: AccessScope.PROJECT to grant PROJECT_ADMIN on them');
      }
      repositories.forEach((repository) => this.grantRepository(repository.identifier));
      return;
    }

    const projects = props.projects ?? [...new Set(repositories.map((r) => r.projectKey))];
    const seen = new Set<string>();
    projects.forEach((key, index) => {
      const prop = `${this.path('projects')}[${index}]`;
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
        throw new BitbucketTfeInputError(this.path('repositories'), repository.identifier,
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
    const ref = parseDataCenterRepository(this.path('repository'), repository);
    if (this.administeredElsewhere.has(ref.projectKey)) return undefined;
    const projectGrant = this.projectGrants.get(ref.projectKey);
    if (projectGrant) return projectGrant;
    const existing = this.repositoryGrants.get(ref.identifier);
    if (existing) return existing;
    const grant = this.grant(`${ref.projectKey}:${ref.slug}`,
      `/rest/api/1.0/projects/${ref.projectKey}/repos/${ref.slug}/permissions/users`, REPO_ADMIN);
    this.repositoryGrants.set(ref.identifier, grant);
    return grant;
  }

  /** The address of the repository's REPO_ADMIN grant here; undefined when a project grant covers it. */
  public repositoryGrantAddress(repository: string): string | undefined {
    const ref = parseDataCenterRepository(`${this.prefix}.repository`, repository);
    if (this.administeredElsewhere.has(ref.projectKey) || this.projectGrants.has(ref.projectKey)) return undefined;
    return `restful_resource.${logicalIdFor(this, `${ref.projectKey}:${ref.slug}`)}`;
  }

  /**
   * Projects where the service account holds PROJECT_ADMIN granted elsewhere: repositories added after this call
   * get no REPO_ADMIN grant of their own. Grants already made keep their address.
   */
  public addAdministeredProjects(projectKeys: string[], prop: string): void {
    projectKeys.forEach((key, index) => {
      checkDataCenterProjectKey(`${prop}[${index}]`, key);
      this.administeredElsewhere.add(key.startsWith('~') ? key : key.toUpperCase());
    });
  }

  /**
   * A plan-time condition that the repository exists in Bitbucket (`GET .../repos/{slug}`, 404 allowed), whose
   * message names it and says what to do when it was deleted or renamed.
   */
  public repositoryExists(scope: Construct, identifier: string): TerraformCondition {
    const ref = parseDataCenterRepository(this.path('repository'), identifier);
    const repository = new DataRestfulResource(scope, `${identifier}-exists`, {
      provider: this.provider,
      id: `/rest/api/1.0/projects/${ref.projectKey}/repos/${ref.slug}`,
      allowNotExist: true,
      outputAttrs: ['slug'],
    });
    return {
      condition: Token.asAny(`\${${repository.fqn}.output != null}`),
      errorMessage: `Bitbucket has no repository ${identifier}: it was deleted or renamed. If it was renamed, set the entry's repository to the new `
        + `"PROJECT/slug" and previousRepository to "${identifier}" (the workspace keeps its id, state and history). If it was deleted, `
        + 'set offboard: true on the entry (the workspace stays in TFE; Terraform forgets it), deploy, then remove the entry.',
    };
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
    this.projectGrants.set(projectKey, this.grant(projectKey, `/rest/api/1.0/projects/${projectKey}/permissions/users`, PROJECT_ADMIN));
  }

  /** One user's permission on a repository or project, through Bitbucket's permissions endpoint. */
  private grant(id: string, path: string, permission: string): RestResource {
    const user = this.userName;
    const grantQuery = { name: [user], permission: [permission] };
    return new RestResource(this, id, {
      provider: this.provider,
      path,
      // PUT .../permissions/users?name=&permission= sets the level (204, idempotent); there is no object id.
      createMethod: 'PUT',
      createQuery: grantQuery,
      updateMethod: 'PUT',
      updateQuery: grantQuery,
      // The list is filtered by a substring of the name; the selector keeps the exact user.
      readQuery: { filter: [user], limit: ['1000'] },
      readSelector: `values.#(user.name==${JSON.stringify(user)})`,
      deleteQuery: { name: [user] },
      // Bitbucket reads the grant from the query; the body is what is compared on read, the level.
      body: { permission },
    });
  }
}
