import { ITerraformDependable, TerraformCondition } from 'cdktf';
import { Construct } from 'constructs';

/** Where the service account is made an administrator, on Data Center and Cloud alike. */
export enum AccessScope {
  /** REPO_ADMIN (Cloud: admin) on each listed repository: the least privilege that lets TFE manage webhooks. */
  REPOSITORY = 'repository',
  /** PROJECT_ADMIN (Cloud: project admin) on each listed project: covers every repository in it, present and future. */
  PROJECT = 'project',
}

/**
 * What onboarding needs from a Bitbucket flavour: how its repositories are named in TFE, and the grant that
 * lets the service account manage webhooks on one of them. Implemented for Data Center
 * (`DataCenterServiceAccountAccess`) and Cloud (`CloudServiceAccountAccess`).
 */
export interface IRepositoryAccess {
  /** TFE's service provider for these repositories (`bitbucket_data_center` or `bitbucket_hosted`). */
  readonly serviceProvider: string;

  /**
   * Checks a repository as the user wrote it and returns TFE's `vcs_repo.identifier` for it
   * (`PROJECT/slug` on Data Center, `workspace/slug` on Cloud). Throws an error naming `prop` when it is invalid.
   */
  repositoryIdentifier(repository: string, prop: string): string;

  /**
   * The grant that lets the service account manage webhooks on the repository: an existing project-wide grant
   * when one covers it, else a repository grant created on first call and reused after; undefined when the
   * permission is granted outside this stack (nothing to wait for). Workspaces depend on it.
   */
  grantRepository(repository: string): ITerraformDependable | undefined;

  /**
   * A plan-time condition that the repository exists, with a message that names it and says what to do when it
   * was deleted or renamed; its data source is created in `scope`.
   * @default - not checked
   */
  repositoryExists?(scope: Construct, identifier: string): TerraformCondition;

  /**
   * The Terraform address (`type.name`) the repository's own grant has or would have in this access, so another
   * stack can take it over; undefined when the repository is covered by a project grant or granted elsewhere.
   * @default - grants are not handed over
   */
  repositoryGrantAddress?(repository: string): string | undefined;
}
