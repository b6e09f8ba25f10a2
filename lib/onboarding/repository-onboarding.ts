import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { ITerraformDependable, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { BitbucketTfeChecks } from '../checks/aspect';
import { MARKERS } from '../checks/stack-view';
import { BitbucketTfeInputError } from '../common/errors';
import { checkOrganizationName } from '../common/names';
import { isUnresolved } from '../common/tokens';
import { OAuthClientLookup } from '../tfe/oauth-client-lookup';
import { IRepositoryAccess } from './repository-access';

/** One repository to link to a TFE workspace. */
export interface RepositoryWorkspaceOptions {
  /** The repository: `PROJECT/slug` on Data Center, `workspace/slug` on Cloud. */
  readonly repository: string;
  /**
   * Name of the TFE workspace.
   * @default - the repository identifier with "/" and other characters TFE refuses turned into "-", e.g. "PLAT-network"
   */
  readonly workspaceName?: string;
  /**
   * Branch TFE plans and applies from.
   * @default - the repository's default branch
   */
  readonly branch?: string;
  /**
   * Directory of the Terraform configuration inside the repository.
   * @default - the repository root
   */
  readonly workingDirectory?: string;
  /**
   * Glob patterns of files whose changes start runs (TFE `trigger_patterns`).
   * @default - every change under workingDirectory starts a run
   */
  readonly triggerPatterns?: string[];
  /**
   * TFE workspace tags.
   * @default []
   */
  readonly tags?: string[];
  /**
   * TFE project (`prj-...`) the workspace belongs to.
   * @default - the organization's default project
   */
  readonly projectId?: string;
  /**
   * Apply successful plans without confirmation.
   * @default false
   */
  readonly autoApply?: boolean;
  /**
   * Workspace description.
   * @default - "Linked to <repository> by cdktf-bitbucket-tfe"
   */
  readonly description?: string;
}

export interface RepositoryOnboardingProps {
  /** TFE organization of the workspaces. */
  readonly organization: string;
  /** The Bitbucket flavour's access: names repositories and grants the service account what webhooks need. */
  readonly access: IRepositoryAccess;
  /** The OAuth client the workspaces use, read through the data source (its token exists after authorization). */
  readonly oauthClient: OAuthClientLookup;
  /**
   * Repositories to onboard now; `addRepository` adds more.
   * @default []
   */
  readonly repositories?: RepositoryWorkspaceOptions[];
  /**
   * The tfe provider.
   * @default - the stack's default tfe provider
   */
  readonly provider?: TerraformProvider;
  /**
   * What a person must do when the client has no OAuth token yet; shown by the workspaces' precondition.
   * @default - a generic description of the TFE and Bitbucket steps
   */
  readonly authorizationInstructions?: string;
  /**
   * What every workspace waits for besides its repository's grant (e.g. the SSH clone key on the OAuth token).
   * @default []
   */
  readonly workspaceDependencies?: ITerraformDependable[];
  /**
   * Add the library's synth-time checks (BitbucketTfeChecks) to the stack.
   * @default true
   */
  readonly checks?: boolean;
  /** Names the props in error messages. @default 'RepositoryOnboarding' */
  readonly propPrefix?: string;
}

/** Characters TFE accepts in workspace names. */
const WORKSPACE_NAME = /^[A-Za-z0-9_-]{1,90}$/;

/**
 * Links Bitbucket repositories to TFE workspaces, webhook-safe: each workspace depends on the grant that
 * lets the service account manage the repository's webhooks, so TFE creates the webhook only after the
 * permission exists. Workspaces read the OAuth token through the data source, and a precondition stops the
 * plan with the authorization step when a person has not done it yet.
 *
 * Construct ids derive from the repository identity, so adding, removing or reordering repositories never
 * replaces another repository's workspace or grant.
 */
export class RepositoryOnboarding extends Construct {
  private readonly props: RepositoryOnboardingProps;
  private readonly prefix: string;
  private readonly authorizationInstructions: string;
  /** identifier -> where it was first listed, to name both entries of a duplicate. */
  private readonly listed = new Map<string, string>();
  private readonly workspaceNames = new Map<string, string>();
  private readonly byRepository = new Map<string, Workspace>();
  private index = 0;

  constructor(scope: Construct, id: string, props: RepositoryOnboardingProps) {
    super(scope, id);
    this.props = props;
    this.prefix = props.propPrefix ?? 'RepositoryOnboarding';
    checkOrganizationName(`${this.prefix}.organization`, props.organization);
    this.authorizationInstructions = props.authorizationInstructions ?? [
      'In TFE open Settings > Version control > Providers, click "Connect organization" on the Bitbucket client,',
      'and allow access in Bitbucket while logged in as the service account (not as an administrator).',
    ].join(' ');
    for (const options of props.repositories ?? []) this.addRepository(options);
    if (props.checks ?? true) BitbucketTfeChecks.applyTo(this);
  }

  /** Onboards one repository and returns its workspace. */
  public addRepository(options: RepositoryWorkspaceOptions): Workspace {
    const position = `${this.prefix}.repositories[${this.index++}]`;
    const identifier = this.props.access.repositoryIdentifier(options.repository, `${position}.repository`);
    const first = this.listed.get(identifier);
    if (first !== undefined) {
      throw new BitbucketTfeInputError(`${position}.repository`, options.repository, `repeats ${first} (${identifier})`,
        'onboard each repository once; for a second workspace on one repository use another working directory in a separate onboarding');
    }
    this.listed.set(identifier, position);

    const workspaceName = options.workspaceName ?? identifier.replace(/[^A-Za-z0-9_-]/g, '-');
    if (!isUnresolved(workspaceName) && !WORKSPACE_NAME.test(workspaceName)) {
      throw new BitbucketTfeInputError(`${position}.workspaceName`, workspaceName, 'is not a TFE workspace name',
        'use up to 90 letters, digits, "-" and "_"');
    }
    const sameName = this.workspaceNames.get(workspaceName.toLowerCase());
    if (sameName !== undefined) {
      throw new BitbucketTfeInputError(`${position}.workspaceName`, workspaceName, `is also the workspace name of ${sameName}`,
        'give one of the two an explicit workspaceName');
    }
    this.workspaceNames.set(workspaceName.toLowerCase(), position);
    if (options.projectId !== undefined && !isUnresolved(options.projectId) && !/^prj-[A-Za-z0-9]+$/.test(options.projectId)) {
      throw new BitbucketTfeInputError(`${position}.projectId`, options.projectId, 'is not a TFE project id',
        'use the id from the project\'s settings page ("prj-..."), or a tfe_project resource\'s id');
    }
    if (options.workingDirectory !== undefined && !isUnresolved(options.workingDirectory)
      && (options.workingDirectory.startsWith('/') || options.workingDirectory.split('/').includes('..'))) {
      throw new BitbucketTfeInputError(`${position}.workingDirectory`, options.workingDirectory, 'must be a path inside the repository',
        'write it relative to the repository root without "..", e.g. "infra/network"');
    }

    const grant = this.props.access.grantRepository(options.repository);
    const workspace = new Workspace(this, identifier, {
      provider: this.props.provider,
      organization: this.props.organization,
      name: workspaceName,
      description: options.description ?? `Linked to ${identifier} by cdktf-bitbucket-tfe`,
      projectId: options.projectId,
      autoApply: options.autoApply ?? false,
      workingDirectory: options.workingDirectory,
      triggerPatterns: options.triggerPatterns,
      tagNames: options.tags,
      vcsRepo: {
        identifier,
        oauthTokenId: this.props.oauthClient.oauthTokenId,
        branch: options.branch,
      },
      // The webhook is created as the service account when the workspace is linked: the grant must exist first.
      dependsOn: [...(grant ? [grant] : []), ...(this.props.workspaceDependencies ?? [])],
      lifecycle: {
        precondition: [{
          condition: this.props.oauthClient.hasOAuthToken,
          errorMessage: `The Bitbucket OAuth client has no OAuth token yet, so ${identifier} cannot be linked. ${this.authorizationInstructions} Then run cdktf deploy again.`,
        }],
      },
    });
    // Tells the checks which grant this workspace waits for (or that it is granted outside the stack).
    workspace.node.addMetadata(MARKERS.repositoryGrant, grant instanceof Construct ? grant.node.path : 'external');
    this.byRepository.set(identifier, workspace);
    return workspace;
  }

  /** The workspace of an onboarded repository. */
  public workspaceFor(repository: string): Workspace | undefined {
    return this.byRepository.get(this.props.access.repositoryIdentifier(repository, `${this.prefix}.workspaceFor`));
  }

  /** Identifiers of the onboarded repositories, in the order they were added. */
  public get repositories(): string[] {
    return [...this.byRepository.keys()];
  }
}
