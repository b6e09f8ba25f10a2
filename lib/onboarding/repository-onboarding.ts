import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { Lazy, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { brand, isBranded } from '../common/brand';
import { BitbucketTfeChecks } from '../checks/aspect';
import { MARKERS } from '../checks/stack-view';
import { BitbucketTfeInputError, EntryPaths, entryPaths, propPaths } from '../domain/errors';
import { checkOrganizationName, checkWorkspaceId } from '../common/validators';
import { defaultWorkspaceName, PROJECT_ID, WORKSPACE_NAME } from '../domain/tfe';
import { isUnresolved, logicalIdFor } from '../common/tokens';
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
  readonly tfeProjectId?: string;
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
  /**
   * Start a run in the new workspace as soon as it is created. Off by default: a workspace has no variables yet
   * when it is created, and its first run would fail or, worse, apply with defaults.
   * @default false
   */
  readonly queueAllRuns?: boolean;
  /**
   * Let Terraform delete the workspace even while it still manages resources (TFE's force delete). Without it,
   * TFE refuses to delete such a workspace (safe delete). Deploy it on the entry before the deploy that deletes
   * the workspace: the setting is read from the state at delete time.
   * @default false
   */
  readonly forceDelete?: boolean;
  /**
   * The repository's identifier before it was renamed in Bitbucket (`PROJECT/old-slug`). The workspace keeps its
   * address, its id, its state and its name (a Terraform `moved` block), and TFE's link moves to the new
   * identifier in place.
   * @default - not renamed
   */
  readonly previousRepository?: string;
  /**
   * Off-board the repository: its grant is removed, and its workspace is left to TFE, which keeps it with its
   * state, variables and run history (a Terraform `removed` block with `destroy = false`). Once that has been
   * deployed the entry can go. To delete the workspace instead, remove the entry without off-boarding it.
   * @default false
   */
  readonly offboard?: boolean;
  /**
   * Adopts the repository's workspace when it already exists in TFE (made by hand or by another tool), by its id.
   *
   * The id is the one on the workspace's settings page (`ws-` and letters or digits). The first deploy imports the
   * workspace (a Terraform `import` block) instead of creating it, which TFE would refuse with 422 "Name has
   * already been taken", and it keeps its state, variables and run history. Settings of this entry that differ from the live workspace show in the plan as in-place updates
   * (no setting of a workspace but its organization forces a replacement). Once imported the id may stay: an
   * import block for a workspace already in the state does nothing. `bitbucket-tfe discover` writes it for every
   * workspace an organization links through the OAuth client.
   * @default - a new workspace is created
   */
  readonly workspaceId?: string;
  /**
   * The workspace exists already under its name (made by another stack, e.g. before resharding, or by hand):
   * Terraform imports it (an `import` block, by `<organization>/<workspace name>`) instead of creating it, and
   * changes it in place to what this entry says.
   * @default false
   */
  readonly adoptExistingWorkspace?: boolean;
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
   * Add the library's synth-time checks (BitbucketTfeChecks) to the stack.
   * @default true
   */
  readonly checks?: boolean;
  /**
   * The prop path errors name, when this construct is built by another one from that one's props.
   * @default 'RepositoryOnboarding'
   * @internal
   */
  readonly _propPrefix?: string;
  /**
   * The paths errors name for props a parent construct passes under other names (`organization` -> `tfe.organization`).
   * @default - `<prefix>.<prop>`
   * @internal
   */
  readonly _propNames?: { readonly [prop: string]: string };
  /**
   * How errors name the index-th repository this onboarding is given (`repositories` first, then every
   * `addRepository` and `handOver` in call order) and its props, when a parent construct took the entries from its
   * own input (an onboarding file names them by their position in the file).
   * @default - `<prefix>.repositories[<index>]`
   * @internal
   */
  readonly _repositoryPaths?: (index: number) => EntryPaths;
}

/**
 * The stack's top-level `removed` or `import` blocks, gathered from every onboarding in it into one override. The
 * import blocks have the shape cdktf's `importFrom` writes (`to`, `id`, `provider`), written here instead because
 * `importFrom` adds a validation per resource that runs `terraform version` at synth: an organization of 250
 * adopted workspaces would start 250 processes per synth, and a synth on a machine without Terraform (a pull
 * request's check of the onboarding file) would fail. Terraform itself refuses blocks it does not support.
 */
const STACK_BLOCKS = new WeakMap<TerraformStack, Map<string, Array<Record<string, unknown>>>>();
function stackBlocks(stack: TerraformStack, kind: 'removed' | 'import'): Array<Record<string, unknown>> {
  const byKind = STACK_BLOCKS.get(stack) ?? new Map<string, Array<Record<string, unknown>>>();
  STACK_BLOCKS.set(stack, byKind);
  let blocks = byKind.get(kind);
  if (!blocks) {
    blocks = [];
    byKind.set(kind, blocks);
    stack.addOverride(kind, blocks);
  }
  return blocks;
}

/** Which onboarding of a stack onboards which repository identifier, and as which of its entries. */
const ONBOARDED = new WeakMap<TerraformStack, Map<string, { readonly onboarding: Construct; readonly entry: EntryPaths }>>();
function onboardedInStack(stack: TerraformStack): Map<string, { readonly onboarding: Construct; readonly entry: EntryPaths }> {
  let map = ONBOARDED.get(stack);
  if (!map) {
    map = new Map();
    ONBOARDED.set(stack, map);
  }
  return map;
}

/** git check-ref-format's rules for a branch name, as far as they can be told from the name alone. */
function isGitBranchName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- git refuses control characters in ref names: the check looks for them
  return name.length > 0 && !/[\s~^:?*[\\\x00-\x1f\x7f]|\.\.|@\{|\/\/|^\/|\/$|\.$|\.lock$|^-|^@$|(^|\/)\./.test(name);
}

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
  /** Whether `x` is a RepositoryOnboarding, also when it comes from another copy of the library. */
  public static isRepositoryOnboarding(x: any): x is RepositoryOnboarding {
    return isBranded(x, 'RepositoryOnboarding');
  }

  private readonly props: RepositoryOnboardingProps;
  private readonly prefix: string;
  private readonly entryPaths: (index: number) => EntryPaths;
  private readonly authorizationInstructions: string;
  /** identifier -> where it was first listed, to name both entries of a duplicate. */
  private readonly listed = new Map<string, EntryPaths>();
  private readonly workspaceNames = new Map<string, EntryPaths>();
  /** workspace id -> the entry that adopts it. */
  private readonly workspaceIds = new Map<string, EntryPaths>();
  private readonly byRepository = new Map<string, Workspace>();
  private index = 0;

  constructor(scope: Construct, id: string, props: RepositoryOnboardingProps) {
    super(scope, id);
    brand(this, 'RepositoryOnboarding');
    this.props = props;
    this.prefix = props._propPrefix ?? 'RepositoryOnboarding';
    this.entryPaths = props._repositoryPaths ?? ((index) => entryPaths(`${this.prefix}.repositories`, index));
    checkOrganizationName(propPaths(this.prefix, props._propNames)('organization'), props.organization);
    this.authorizationInstructions = props.authorizationInstructions ?? [
      'In TFE open Settings > Version control > Providers, click "Connect organization" on the Bitbucket client,',
      'and allow access in Bitbucket while logged in as the service account (not as an administrator).',
    ].join(' ');
    for (const options of props.repositories ?? []) this.addRepository(options);
    if (props.checks ?? true) BitbucketTfeChecks.applyTo(this);
  }

  /** Onboards one repository and returns its workspace (undefined for an off-boarded entry). */
  public addRepository(options: RepositoryWorkspaceOptions): Workspace | undefined {
    const entry = this.entryPaths(this.index++);
    const identifier = this.props.access.repositoryIdentifier(options.repository, entry.prop('repository'));
    const previous = options.previousRepository === undefined ? undefined
      : this.props.access.repositoryIdentifier(options.previousRepository, entry.prop('previousRepository'));
    if (previous === identifier) {
      throw new BitbucketTfeInputError(entry.prop('previousRepository'), options.previousRepository, 'is the repository itself',
        'set it to the identifier the repository had before it was renamed, or remove it');
    }
    const first = this.listed.get(identifier);
    if (first !== undefined) {
      throw new BitbucketTfeInputError(entry.prop('repository'), options.repository, `repeats ${first.entry()} (${identifier})`,
        'onboard each repository once; for a second workspace on one repository use another working directory in a separate onboarding');
    }
    this.listed.set(identifier, entry);

    if (options.offboard) {
      this.forget(previous ?? identifier, entry);
      return undefined;
    }

    // A renamed repository keeps the workspace name it had.
    const workspaceName = options.workspaceName ?? defaultWorkspaceName(previous ?? identifier);
    if (!isUnresolved(workspaceName) && !WORKSPACE_NAME.test(workspaceName)) {
      throw new BitbucketTfeInputError(entry.prop('workspaceName'), workspaceName, 'is not a TFE workspace name',
        'use up to 90 letters, digits, "-" and "_"');
    }
    const sameName = this.workspaceNames.get(workspaceName.toLowerCase());
    if (sameName !== undefined) {
      throw new BitbucketTfeInputError(entry.prop('workspaceName'), workspaceName, `is also the workspace name of ${sameName.entry()}`,
        'give one of the two an explicit workspaceName');
    }
    this.workspaceNames.set(workspaceName.toLowerCase(), entry);
    if (options.tfeProjectId !== undefined && !isUnresolved(options.tfeProjectId) && !PROJECT_ID.test(options.tfeProjectId)) {
      throw new BitbucketTfeInputError(entry.prop('tfeProjectId'), options.tfeProjectId, 'is not a TFE project id',
        'use the id from the project\'s settings page ("prj-..."), or a tfe_project resource\'s id');
    }
    if (options.branch !== undefined && !isUnresolved(options.branch) && !isGitBranchName(options.branch)) {
      throw new BitbucketTfeInputError(entry.prop('branch'), options.branch, 'is not a git branch name',
        'use the branch as git names it, without spaces, "..", "~", "^", ":", "?", "*", "[" or "\\", e.g. "main" or "release/2026"');
    }
    (options.tags ?? []).forEach((tag, index) => {
      if (!isUnresolved(tag) && !/^[a-z0-9](?:[a-z0-9_:-]*[a-z0-9])?$/.test(tag)) {
        throw new BitbucketTfeInputError(entry.prop(`tags[${index}]`), tag, 'is not a TFE workspace tag (the tfe provider refuses it at plan)',
          `use lower-case letters, digits, ":", "-" and "_", beginning and ending with a letter or digit, e.g. ${JSON.stringify(tag.toLowerCase().replace(/[^a-z0-9:_-]+/g, '-').replace(/^[-:_]+|[-:_]+$/g, '') || 'team-a')}`);
      }
    });
    const elsewhere = onboardedInStack(TerraformStack.of(this)).get(identifier);
    if (elsewhere !== undefined && elsewhere.onboarding !== this) {
      throw new BitbucketTfeInputError(entry.prop('repository'), options.repository,
        `is already onboarded in this stack by ${elsewhere.onboarding.node.path} (${elsewhere.entry.entry()})`,
        'onboard each repository once per stack: two workspaces would share one grant, and removing either entry would revoke the service account\'s REPO_ADMIN; add the repository to one onboarding only');
    }
    onboardedInStack(TerraformStack.of(this)).set(identifier, { onboarding: this, entry });
    if (options.workingDirectory !== undefined && !isUnresolved(options.workingDirectory)
      && (options.workingDirectory.startsWith('/') || options.workingDirectory.split('/').includes('..'))) {
      throw new BitbucketTfeInputError(entry.prop('workingDirectory'), options.workingDirectory, 'must be a path inside the repository',
        'write it relative to the repository root without "..", e.g. "infra/network"');
    }

    if (options.workspaceId !== undefined) {
      checkWorkspaceId(entry.prop('workspaceId'), options.workspaceId);
      const adoptedBy = isUnresolved(options.workspaceId) ? undefined : this.workspaceIds.get(options.workspaceId);
      if (adoptedBy !== undefined) {
        throw new BitbucketTfeInputError(entry.prop('workspaceId'), options.workspaceId, `is also the workspaceId of ${adoptedBy.entry()}`,
          'a workspace can be adopted by one entry only: remove the id from the entry that does not own the workspace');
      }
      if (!isUnresolved(options.workspaceId)) this.workspaceIds.set(options.workspaceId, entry);
    }

    const grant = this.props.access.grantRepository(options.repository);
    const exists = this.props.access.repositoryExists?.(this, identifier);
    const oauthClient = this.props.oauthClient;
    const workspace = new Workspace(this, identifier, {
      provider: this.props.provider,
      organization: this.props.organization,
      name: workspaceName,
      description: options.description ?? `Linked to ${identifier} by cdktf-bitbucket-tfe`,
      projectId: options.tfeProjectId,
      autoApply: options.autoApply ?? false,
      queueAllRuns: options.queueAllRuns ?? false,
      forceDelete: options.forceDelete ?? false,
      workingDirectory: options.workingDirectory,
      triggerPatterns: options.triggerPatterns,
      tagNames: options.tags,
      vcsRepo: {
        identifier,
        oauthTokenId: oauthClient.oauthTokenId,
        branch: options.branch,
      },
      // The webhook is created as the service account when the workspace is linked: the grant must exist first.
      // The OAuth client's guard stops the plan on a duplicate client or extra tokens, with their ids.
      dependsOn: [...(grant ? [grant] : []), oauthClient.guard],
      lifecycle: {
        precondition: [
          {
            condition: oauthClient.hasOAuthToken,
            errorMessage: `The Bitbucket OAuth client has no OAuth token yet, so ${identifier} cannot be linked. ${this.authorizationInstructions} Then run cdktf deploy again.`,
          },
          ...(exists ? [exists] : []),
        ],
      },
    });
    if (previous !== undefined) workspace.moveFromId(`${workspace.terraformResourceType}.${this.logicalIdOf(previous)}`);
    if (options.workspaceId !== undefined && options.adoptExistingWorkspace) {
      throw new BitbucketTfeInputError(entry.prop('adoptExistingWorkspace'), true, 'repeats workspaceId, which already adopts the workspace by its id',
        'keep one of the two: workspaceId adopts by id, adoptExistingWorkspace by the workspace name');
    }
    if (options.workspaceId !== undefined) this.adopt(workspace, options.workspaceId);
    if (options.adoptExistingWorkspace) {
      if (isUnresolved(workspaceName)) {
        throw new BitbucketTfeInputError(entry.prop('workspaceName'), workspaceName, 'must be known at synth time to adopt the workspace',
          'give the existing workspace\'s name as a plain string');
      }
      this.adopt(workspace, `${this.props.organization}/${workspaceName}`);
    }
    // Tells the checks which grant this workspace waits for (or that it is granted outside the stack).
    workspace.node.addMetadata(MARKERS.repositoryGrant, grant instanceof Construct ? grant.node.path : 'external');
    this.byRepository.set(identifier, workspace);
    return workspace;
  }

  /**
   * Imports an existing workspace into the new resource's address on the first apply (a Terraform `import`
   * block with the workspace's provider, which must match the resource's).
   */
  private adopt(workspace: Workspace, id: string): void {
    const provider = this.props.provider;
    stackBlocks(TerraformStack.of(this), 'import').push({
      to: Lazy.stringValue({ produce: () => `${workspace.terraformResourceType}.${workspace.friendlyUniqueId}` }),
      id,
      ...(provider ? { provider: Lazy.stringValue({ produce: () => provider.fqn }) } : {}),
    });
  }

  /**
   * Hands a repository over to the onboarding in another stack (resharding): Terraform here forgets its workspace
   * and its grant (`removed` blocks with `destroy = false`) instead of deleting them, while the other stack adopts
   * the workspace (`adoptExistingWorkspace`) and makes the grant again (granting is idempotent). Nothing in
   * Bitbucket or TFE changes hands over.
   */
  public handOver(options: RepositoryWorkspaceOptions): void {
    const entry = this.entryPaths(this.index++);
    const identifier = this.props.access.repositoryIdentifier(options.repository, entry.prop('repository'));
    const previous = options.previousRepository === undefined ? undefined
      : this.props.access.repositoryIdentifier(options.previousRepository, entry.prop('previousRepository'));
    const first = this.listed.get(identifier);
    if (first !== undefined) {
      throw new BitbucketTfeInputError(entry.prop('repository'), options.repository, `repeats ${first.entry()} (${identifier})`, 'list each repository once');
    }
    this.listed.set(identifier, entry);
    const blocks = stackBlocks(TerraformStack.of(this), 'removed');
    // Under its current address, and under the earlier one in case the rename was never deployed here.
    for (const id of new Set([identifier, ...(previous === undefined ? [] : [previous])])) {
      blocks.push({ from: `tfe_workspace.${this.logicalIdOf(id)}`, lifecycle: { destroy: false } });
    }
    const grant = this.props.access.repositoryGrantAddress?.(options.repository);
    if (grant !== undefined) blocks.push({ from: grant, lifecycle: { destroy: false } });
  }

  /**
   * Leaves the repository's workspace to TFE: Terraform forgets it (a `removed` block with `destroy = false`)
   * instead of deleting it with its state, variables and history.
   */
  private forget(identifier: string, entry: EntryPaths): void {
    const first = this.listed.get(identifier);
    if (first !== undefined && first !== entry) {
      throw new BitbucketTfeInputError(entry.prop('repository'), identifier, `repeats ${first.entry()}`, 'list each repository once');
    }
    stackBlocks(TerraformStack.of(this), 'removed').push({
      from: `tfe_workspace.${this.logicalIdOf(identifier)}`,
      lifecycle: { destroy: false },
    });
  }

  /** The logical id a workspace for the repository has (or had) under this construct. */
  private logicalIdOf(identifier: string): string {
    return logicalIdFor(this, identifier);
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
