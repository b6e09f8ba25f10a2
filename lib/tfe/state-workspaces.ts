import { Variable } from '@cdktf/provider-tfe/lib/variable';
import { VariableSet } from '@cdktf/provider-tfe/lib/variable-set';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { WorkspaceSettings } from '@cdktf/provider-tfe/lib/workspace-settings';
import { WorkspaceVariableSet } from '@cdktf/provider-tfe/lib/workspace-variable-set';
import { Lazy, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct, IConstruct, IValidation } from 'constructs';
import { BitbucketTfeInputError } from '../domain/errors';
import { checkOrganizationName } from '../common/validators';
import { checkSecretToken } from '../common/secrets';
import { isUnresolved } from '../common/tokens';
import { AGENT_POOL_ID, PROJECT_ID, WORKSPACE_NAME } from '../domain/tfe';

/** Where the runs of a state workspace execute. */
export enum StateExecutionMode {
  /**
   * The pipeline runs Terraform (`cdktf deploy`); TFE only stores and locks the state. The pipeline's own
   * `TF_VAR_*` variables apply. The default.
   */
  LOCAL = 'local',
  /** TFE's (or HCP Terraform's) runners plan and apply; variables come from the workspace. */
  REMOTE = 'remote',
  /** Your TFE agents plan and apply (an agent pool inside your network); variables come from the workspace. */
  AGENT = 'agent',
}

export interface StateWorkspacesProps {
  /** TFE organization of the workspaces (the one `CDKTF_STATE_ORGANIZATION` names). */
  readonly organization: string;
  /**
   * A stack's workspace is named this prefix and the stack's name.
   * @default StateWorkspaces.DEFAULT_PREFIX
   */
  readonly prefix?: string;
  /**
   * Where runs execute. Remote and agent execution read variables from the workspace: give them in `variables`.
   * @default StateExecutionMode.LOCAL
   */
  readonly executionMode?: StateExecutionMode;
  /**
   * The agent pool (`apool-...`) for `StateExecutionMode.AGENT`.
   * @default - required with StateExecutionMode.AGENT, refused otherwise
   */
  readonly agentPoolId?: string;
  /**
   * Terraform variables that remote and agent runs need (the stacks' credentials, e.g. `tfe_token`), as tokens:
   * they are stored as sensitive variables of one variable set attached to every workspace here. Give the stacks of
   * different credentials separate `StateWorkspaces`.
   * @default {} - refused with values in local mode, where the pipeline's own variables apply
   */
  readonly variables?: { [name: string]: string };
  /**
   * TFE project (`prj-...`) of the workspaces.
   * @default - the organization's default project
   */
  readonly tfeProjectId?: string;
  /**
   * Workspace tags (lower case letters, digits, `:`, `-` and `_`).
   * @default ['cdktf-state']
   */
  readonly tags?: string[];
  /**
   * Terraform version of remote and agent runs.
   * @default - TFE's default for new workspaces
   */
  readonly terraformVersion?: string;
  /**
   * The tfe provider.
   * @default - the stack's default tfe provider
   */
  readonly provider?: TerraformProvider;
}

const TAG = /^[a-z0-9:_-]+$/;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The TFE workspaces that hold the state of cdktf stacks, one per stack (a `CloudBackend` workspace of the same
 * name), set up for running from a pipeline:
 *
 * - execution mode local by default: the pipeline runs Terraform and its `TF_VAR_*` apply, TFE stores and locks
 *   the state. Remote or agent execution hands plans and applies to TFE's runners, with the stacks'
 *   credentials as sensitive variables of one variable set;
 * - a stack's state is shared with exactly the stacks that read it through a cross-stack reference (cdktf reads
 *   another stack's outputs with `terraform_remote_state`), found when the app is synthesized, and with no one else.
 *
 * Put it in a small stack of its own, deployed before the stacks it names. That stack's own state can be one of
 * the workspaces it creates (first deploy with local state, then migrate; see docs/pipelines.md).
 */
export class StateWorkspaces extends Construct {
  /** The default workspace name prefix, as the examples' `CDKTF_STATE_WORKSPACE_PREFIX` default. */
  public static readonly DEFAULT_PREFIX = 'bitbucket-tfe-';

  /** The workspace name of a stack: the prefix and the stack's name. */
  public static workspaceName(stack: TerraformStack, prefix?: string): string {
    return `${prefix ?? StateWorkspaces.DEFAULT_PREFIX}${stack.node.id}`;
  }

  /** The variable set of remote and agent runs; undefined in local mode or without variables. */
  public readonly variableSet?: VariableSet;
  public readonly executionMode: StateExecutionMode;
  private readonly props: StateWorkspacesProps;
  private readonly byStack = new Map<TerraformStack, StackStateWorkspace>();

  constructor(scope: Construct, id: string, props: StateWorkspacesProps) {
    super(scope, id);
    this.props = props;
    checkOrganizationName('StateWorkspaces.organization', props.organization);
    this.executionMode = props.executionMode ?? StateExecutionMode.LOCAL;
    if (!Object.values(StateExecutionMode).includes(this.executionMode)) {
      throw new BitbucketTfeInputError('StateWorkspaces.executionMode', this.executionMode, `is not one of ${Object.values(StateExecutionMode).map((m) => `"${m}"`).join(', ')}`,
        'use StateExecutionMode.LOCAL, REMOTE or AGENT');
    }
    if (this.executionMode === StateExecutionMode.AGENT && props.agentPoolId === undefined) {
      throw new BitbucketTfeInputError('StateWorkspaces.agentPoolId', undefined, 'is required with StateExecutionMode.AGENT',
        'pass the agent pool id ("apool-...") whose agents run the plans');
    }
    if (this.executionMode !== StateExecutionMode.AGENT && props.agentPoolId !== undefined) {
      throw new BitbucketTfeInputError('StateWorkspaces.agentPoolId', props.agentPoolId, `only applies to StateExecutionMode.AGENT, not "${this.executionMode}"`,
        'remove agentPoolId, or set executionMode: StateExecutionMode.AGENT');
    }
    if (props.agentPoolId !== undefined && !isUnresolved(props.agentPoolId) && !AGENT_POOL_ID.test(props.agentPoolId)) {
      throw new BitbucketTfeInputError('StateWorkspaces.agentPoolId', props.agentPoolId, 'is not an agent pool id', 'use the id shown on the pool\'s page ("apool-...")');
    }
    if (props.tfeProjectId !== undefined && !isUnresolved(props.tfeProjectId) && !PROJECT_ID.test(props.tfeProjectId)) {
      throw new BitbucketTfeInputError('StateWorkspaces.tfeProjectId', props.tfeProjectId, 'is not a TFE project id', 'use the id from the project\'s settings page ("prj-...")');
    }
    for (const tag of props.tags ?? []) {
      if (!isUnresolved(tag) && !TAG.test(tag)) {
        throw new BitbucketTfeInputError('StateWorkspaces.tags', tag, 'is not a TFE workspace tag', 'use lower case letters, digits, ":", "-" and "_"');
      }
    }
    const prefix = props.prefix ?? StateWorkspaces.DEFAULT_PREFIX;
    if (!/^[A-Za-z0-9_-]{0,80}$/.test(prefix)) {
      throw new BitbucketTfeInputError('StateWorkspaces.prefix', prefix, 'cannot start a TFE workspace name', 'use letters, digits, "-" and "_"');
    }
    const variables = Object.entries(props.variables ?? {});
    if (variables.length > 0 && this.executionMode === StateExecutionMode.LOCAL) {
      throw new BitbucketTfeInputError('StateWorkspaces.variables', variables.map(([name]) => name), 'are never read in local execution, where the pipeline\'s own TF_VAR_* apply',
        'remove variables (and keep the credentials in the pipeline), or set executionMode: StateExecutionMode.REMOTE or AGENT');
    }
    for (const [name, value] of variables) {
      if (!VARIABLE_NAME.test(name)) {
        throw new BitbucketTfeInputError(`StateWorkspaces.variables.${name}`, name, 'is not a Terraform variable name', 'use the name the stacks declare, e.g. "tfe_token"');
      }
      checkSecretToken(`StateWorkspaces.variables.${name}`, value, name);
    }
    if (variables.length > 0) {
      this.variableSet = new VariableSet(this, 'credentials', {
        provider: props.provider,
        organization: props.organization,
        name: `${prefix}credentials-${this.node.addr.slice(0, 8)}`,
        description: 'Credentials of the cdktf stacks\' remote runs (cdktf-bitbucket-tfe StateWorkspaces)',
        global: false,
      });
      for (const [name, value] of variables) {
        new Variable(this.variableSet, name, {
          provider: props.provider,
          variableSetId: this.variableSet.id,
          key: name,
          value,
          category: 'terraform',
          sensitive: true,
          description: 'Set by cdktf-bitbucket-tfe StateWorkspaces',
        });
      }
    }
    this.node.addValidation(new ConsumersHaveWorkspaces(this));
  }

  /** Adds the workspace that holds a stack's state (once per stack; later calls return the same). */
  public addStack(stack: TerraformStack): StackStateWorkspace {
    const known = this.byStack.get(stack);
    if (known) return known;
    const props = this.props;
    const added = new StackStateWorkspace(this, stack.node.id, {
      stack,
      organization: props.organization,
      workspaceName: StateWorkspaces.workspaceName(stack, props.prefix),
      executionMode: this.executionMode,
      agentPoolId: props.agentPoolId,
      variableSetId: this.variableSet?.id,
      tfeProjectId: props.tfeProjectId,
      tags: props.tags,
      terraformVersion: props.terraformVersion,
      provider: props.provider,
      // Read when the app is written, after every stack's cross-stack references are known.
      remoteStateConsumerIds: Lazy.listValue({
        produce: () => this.readersOf(stack)
          .map((reader) => this.byStack.get(reader))
          .filter((w): w is StackStateWorkspace => w !== undefined)
          .map((w) => w.workspace.id),
      }),
    });
    this.byStack.set(stack, added);
    return added;
  }

  /** The workspace of a stack added with `addStack`. */
  public workspaceFor(stack: TerraformStack): StackStateWorkspace | undefined {
    return this.byStack.get(stack);
  }

  /** The stacks whose state workspaces are here. */
  public get stacks(): TerraformStack[] {
    return [...this.byStack.keys()];
  }

  /**
   * The stacks that read a stack's state: those with a cross-stack reference to it (cdktf made a
   * `terraform_remote_state` for them when the app was prepared for synth). Complete once every stack is prepared,
   * which `app.synth()` does before it writes any stack.
   */
  public readersOf(stack: TerraformStack): TerraformStack[] {
    const path = stack.node.path;
    return stacksOf(stack.node.root)
      .filter((reader) => reader !== stack && (reader as unknown as { crossStackDataSources: Record<string, unknown> }).crossStackDataSources[path] !== undefined);
  }
}

export interface StackStateWorkspaceProps {
  /** The stack whose state the workspace holds. */
  readonly stack: TerraformStack;
  /** TFE organization of the workspace. */
  readonly organization: string;
  /**
   * The workspace name, as the stack's `CloudBackend` names it.
   * @default - StateWorkspaces.workspaceName(stack)
   */
  readonly workspaceName?: string;
  /** @default StateExecutionMode.LOCAL */
  readonly executionMode?: StateExecutionMode;
  /**
   * The agent pool (`apool-...`) for `StateExecutionMode.AGENT`.
   * @default - none
   */
  readonly agentPoolId?: string;
  /**
   * Workspaces (`ws-...`) that may read this state with `terraform_remote_state`.
   * @default [] - shared with no one
   */
  readonly remoteStateConsumerIds?: string[];
  /**
   * A variable set (`varset-...`) to attach, with the variables remote and agent runs need.
   * @default - none
   */
  readonly variableSetId?: string;
  /**
   * TFE project (`prj-...`).
   * @default - the organization's default project
   */
  readonly tfeProjectId?: string;
  /** @default ['cdktf-state'] */
  readonly tags?: string[];
  /**
   * Terraform version of remote and agent runs.
   * @default - TFE's default for new workspaces
   */
  readonly terraformVersion?: string;
  /**
   * The tfe provider.
   * @default - the stack's default tfe provider
   */
  readonly provider?: TerraformProvider;
}

/** The TFE workspace that holds one stack's state, its settings and (remote runs) its variable set. */
export class StackStateWorkspace extends Construct {
  /** The stack whose state this is. */
  public readonly stack: TerraformStack;
  /** The workspace name, as the stack's `CloudBackend` names it. */
  public readonly workspaceName: string;
  public readonly workspace: Workspace;
  /** Execution mode and remote state sharing. */
  public readonly settings: WorkspaceSettings;

  constructor(scope: Construct, id: string, props: StackStateWorkspaceProps) {
    super(scope, id);
    const name = props.workspaceName ?? StateWorkspaces.workspaceName(props.stack);
    if (!isUnresolved(name) && !WORKSPACE_NAME.test(name)) {
      throw new BitbucketTfeInputError('StackStateWorkspace.workspaceName', name, `(the state of stack ${props.stack.node.id}) is not a name TFE accepts`,
        'keep prefix and stack name together within 90 letters, digits, "-" and "_"');
    }
    checkOrganizationName('StackStateWorkspace.organization', props.organization);
    const executionMode = props.executionMode ?? StateExecutionMode.LOCAL;
    if ((executionMode === StateExecutionMode.AGENT) !== (props.agentPoolId !== undefined)) {
      throw new BitbucketTfeInputError('StackStateWorkspace.agentPoolId', props.agentPoolId, `does not fit execution mode "${executionMode}"`,
        'give an agent pool exactly with StateExecutionMode.AGENT');
    }
    this.stack = props.stack;
    this.workspaceName = name;
    this.workspace = new Workspace(this, 'workspace', {
      provider: props.provider,
      organization: props.organization,
      name,
      description: `State of the cdktf stack ${props.stack.node.id} (cdktf-bitbucket-tfe)`,
      projectId: props.tfeProjectId,
      tagNames: props.tags ?? ['cdktf-state'],
      terraformVersion: props.terraformVersion,
      // A CLI-driven workspace: nothing to run when it is created.
      queueAllRuns: false,
      // TFE's safe delete: a workspace whose state still manages resources is never deleted with it.
      forceDelete: false,
    });
    this.settings = new WorkspaceSettings(this, 'settings', {
      provider: props.provider,
      workspaceId: this.workspace.id,
      executionMode,
      agentPoolId: props.agentPoolId,
      globalRemoteState: false,
      remoteStateConsumerIds: props.remoteStateConsumerIds ?? [],
    });
    if (props.variableSetId !== undefined) {
      new WorkspaceVariableSet(this, 'credentials', {
        provider: props.provider,
        variableSetId: props.variableSetId,
        workspaceId: this.workspace.id,
      });
    }
  }
}

/** The stacks of an app, without walking into them (their resources are most of the tree). */
function stacksOf(scope: IConstruct): TerraformStack[] {
  return scope.node.children.flatMap((child) => (TerraformStack.isStack(child) ? [child] : stacksOf(child)));
}

/** A stack that reads another's state must have a workspace here too, or sharing cannot name it. */
class ConsumersHaveWorkspaces implements IValidation {
  constructor(private readonly owner: StateWorkspaces) {}

  public validate(): string[] {
    const errors: string[] = [];
    for (const stack of this.owner.stacks) {
      for (const reader of this.owner.readersOf(stack)) {
        if (!this.owner.workspaceFor(reader)) {
          errors.push(`StateWorkspaces: stack ${reader.node.id} reads the state of ${stack.node.id} (a cross-stack reference) but has no state workspace here, `
            + `so ${stack.node.id}'s state cannot be shared with it. Fix: add it with addStack.`);
        }
      }
    }
    return errors;
  }
}
