import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { CloudCredentials, DataCenterConnection, DataCenterCredentials, OnboardingFileDataCenterConnection, OnboardingFromFile, StateExecutionMode, StateWorkspaces } from '../../lib';

/** Onboards what the onboarding file lists in one stack; credentials are sensitive variables the pipeline sets. */
export class OnboardingFileStack extends TerraformStack {
  public readonly onboarding: OnboardingFromFile;

  constructor(scope: Construct, id: string, path: string) {
    super(scope, id);
    const variable = (name: string, sensitive: boolean, description: string) =>
      new TerraformVariable(this, name, { type: 'string', sensitive, description }).stringValue;
    this.onboarding = new OnboardingFromFile(this, 'onboarding', {
      path,
      dataCenterCredentials: DataCenterCredentials.fromPassword(
        variable('bitbucket_admin_username', false, 'Bitbucket Data Center administrator'),
        variable('bitbucket_admin_password', true, 'Password or HTTP access token of bitbucket_admin_username'),
      ),
      cloudCredentials: CloudCredentials.fromApiToken(
        variable('bitbucket_cloud_username', false, 'E-mail of the Atlassian account whose API token grants Bitbucket Cloud permissions'),
        variable('bitbucket_cloud_api_token', true, 'Atlassian API token with Bitbucket permission scopes'),
      ),
      tfeToken: variable('tfe_token', true, 'TFE token of an organization owner'),
    });
  }
}

/**
 * Makes one data-center connection of the onboarding file (key pair, application link, OAuth client, clone key)
 * from the file's own settings. The file's shards of that connection read its client id from this stack's state.
 */
export class ConnectStack extends TerraformStack {
  public readonly connection: DataCenterConnection;
  /** The connection's name in the file. */
  public readonly connectionName: string;

  constructor(scope: Construct, id: string, settings: OnboardingFileDataCenterConnection, options: { allowDisconnect?: boolean; cloneKeyGeneration?: string } = {}) {
    super(scope, id);
    this.connectionName = settings.name;
    const username = new TerraformVariable(this, 'bitbucket_admin_username', { type: 'string', description: 'Bitbucket Data Center administrator' });
    const password = new TerraformVariable(this, 'bitbucket_admin_password', { type: 'string', sensitive: true, description: 'Password or HTTP access token of bitbucket_admin_username' });
    const tfeToken = new TerraformVariable(this, 'tfe_token', { type: 'string', sensitive: true, description: 'TFE token of an organization owner' });
    this.connection = new DataCenterConnection(this, 'bitbucket', {
      bitbucketUrl: settings.bitbucketUrl,
      tfeHostname: settings.tfeHostname,
      organization: settings.organization,
      serviceAccountName: settings.serviceAccountName,
      oauthClientName: settings.oauthClientName,
      adminCredentials: DataCenterCredentials.fromPassword(username.stringValue, password.stringValue),
      tfeToken: tfeToken.stringValue,
      allowDisconnect: options.allowDisconnect,
      cloneKeyGeneration: options.cloneKeyGeneration,
    });
  }
}

export interface StateStackSettings {
  /** TFE host and organization that keep the state (CDKTF_STATE_ORGANIZATION, TFE_HOSTNAME). */
  readonly tfeHostname: string;
  readonly organization: string;
  /** Workspace name prefix (CDKTF_STATE_WORKSPACE_PREFIX). */
  readonly prefix: string;
  /** STATE_EXECUTION_MODE: local (the pipeline runs Terraform), remote (TFE's runners) or agent. */
  readonly executionMode: StateExecutionMode;
  /** STATE_AGENT_POOL_ID, with agent execution. */
  readonly agentPoolId?: string;
}

/**
 * The bootstrap: one TFE workspace per stack of the app (its own included) that holds that stack's state, with
 * the execution mode the pipeline needs, each stack's state shared with exactly the stacks that read it. Deploy it
 * before the others; docs/pipelines.md (State workspaces) says how its own state gets into its workspace.
 */
export class StateStack extends TerraformStack {
  public readonly workspaces: StateWorkspaces;

  constructor(scope: Construct, id: string, settings: StateStackSettings) {
    super(scope, id);
    const sensitive = (name: string, description: string) =>
      new TerraformVariable(this, name, { type: 'string', sensitive: true, description }).stringValue;
    const tfeToken = sensitive('tfe_token', 'TFE token that may manage workspaces and variable sets in the state organization');
    const provider = new TfeProvider(this, 'tfe', { hostname: settings.tfeHostname, token: tfeToken });
    // Remote and agent runs read the stacks' credentials from the workspaces, not from the pipeline.
    const remote = settings.executionMode !== StateExecutionMode.LOCAL;
    this.workspaces = new StateWorkspaces(this, 'state', {
      organization: settings.organization,
      prefix: settings.prefix,
      executionMode: settings.executionMode,
      agentPoolId: settings.agentPoolId,
      provider,
      variables: remote
        ? {
          tfe_token: tfeToken,
          bitbucket_admin_username: new TerraformVariable(this, 'bitbucket_admin_username', { type: 'string', description: 'Bitbucket Data Center administrator' }).stringValue,
          bitbucket_admin_password: sensitive('bitbucket_admin_password', 'Password or HTTP access token of bitbucket_admin_username'),
          bitbucket_cloud_username: new TerraformVariable(this, 'bitbucket_cloud_username', { type: 'string', description: 'E-mail of the Atlassian account for Bitbucket Cloud' }).stringValue,
          bitbucket_cloud_api_token: sensitive('bitbucket_cloud_api_token', 'Atlassian API token with Bitbucket permission scopes'),
        }
        : undefined,
    });
  }

  /** Adds the state workspaces of these stacks. */
  public manage(stacks: TerraformStack[]): void {
    stacks.forEach((stack) => this.workspaces.addStack(stack));
  }
}
