import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { App, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { StackStateWorkspace, StateExecutionMode, StateWorkspaces, StateWorkspacesProps } from '../../lib';
import { errorOf } from '../helpers/synth';

/** An app with a producer stack, two stacks that read its output, one that does not, and the bootstrap stack. */
function app(props: Partial<StateWorkspacesProps> = {}, options: { bootstrapFirst?: boolean; manageReaders?: boolean } = {}) {
  const application = Testing.app();
  let bootstrap: TerraformStack | undefined;
  let workspaces: StateWorkspaces | undefined;
  const makeBootstrap = () => {
    bootstrap = new TerraformStack(application, 'state');
    const token = new TerraformVariable(bootstrap, 'tfe_token', { type: 'string', sensitive: true }).stringValue;
    const provider = new TfeProvider(bootstrap, 'tfe', { hostname: 'tfe.example.com', token });
    workspaces = new StateWorkspaces(bootstrap, 'state', { organization: 'acme', provider, ...props });
  };
  if (options.bootstrapFirst) makeBootstrap();
  const connect = new TerraformStack(application, 'connect');
  const client = new TerraformVariable(connect, 'client', { type: 'string', default: 'oc-123' });
  // A value of another stack: cdktf reads it from that stack's state (terraform_remote_state).
  const readers = ['shard-a', 'shard-b'].map((id) => {
    const stack = new TerraformStack(application, id);
    new TerraformOutput(stack, 'read', { value: client.stringValue });
    return stack;
  });
  const loner = new TerraformStack(application, 'shard-c');
  new TerraformOutput(loner, 'own', { value: 'x' });
  if (!options.bootstrapFirst) makeBootstrap();
  const managed = [bootstrap!, connect, ...(options.manageReaders === false ? [] : readers), loner];
  managed.forEach((stack) => workspaces!.addStack(stack));
  return { application, workspaces: workspaces!, connect, readers, loner };
}

function synthState(application: App): any {
  application.synth();
  return JSON.parse(readFileSync(join(application.outdir, 'stacks', 'state', 'cdk.tf.json'), 'utf8'));
}

const byName = (json: any) => Object.fromEntries(Object.entries<any>(json.resource.tfe_workspace).map(([id, w]) => [w.name, { id, ...w }]));
const settingsOf = (json: any, workspaceId: string) => Object.values<any>(json.resource.tfe_workspace_settings)
  .find((s) => s.workspace_id === `\${tfe_workspace.${workspaceId}.id}`);

describe('StateWorkspaces', () => {
  test('one workspace per stack, named as the CloudBackend names it, execution mode local by default, safe delete, no run queued', () => {
    const { application } = app();
    const json = synthState(application);
    const workspaces = byName(json);
    expect(Object.keys(workspaces).sort()).toEqual(['bitbucket-tfe-connect', 'bitbucket-tfe-shard-a', 'bitbucket-tfe-shard-b', 'bitbucket-tfe-shard-c', 'bitbucket-tfe-state']);
    expect(workspaces['bitbucket-tfe-connect']).toMatchObject({ organization: 'acme', force_delete: false, queue_all_runs: false, tag_names: ['cdktf-state'] });
    for (const workspace of Object.values<any>(workspaces)) {
      expect(settingsOf(json, workspace.id)).toMatchObject({ execution_mode: 'local', global_remote_state: false });
    }
    expect(json.resource.tfe_variable_set).toBeUndefined();
    expect(json.resource.tfe_variable).toBeUndefined();
  });

  test.each([true, false])('a stack\'s state is shared with exactly the stacks that read it (bootstrap stack made first: %s)', (bootstrapFirst) => {
    const { application } = app({}, { bootstrapFirst });
    const json = synthState(application);
    const workspaces = byName(json);
    const ref = (name: string) => `\${tfe_workspace.${workspaces[name].id}.id}`;
    expect(settingsOf(json, workspaces['bitbucket-tfe-connect'].id).remote_state_consumer_ids.sort())
      .toEqual([ref('bitbucket-tfe-shard-a'), ref('bitbucket-tfe-shard-b')].sort());
    for (const name of ['bitbucket-tfe-shard-a', 'bitbucket-tfe-shard-b', 'bitbucket-tfe-shard-c', 'bitbucket-tfe-state']) {
      expect({ name, consumers: settingsOf(json, workspaces[name].id).remote_state_consumer_ids }).toEqual({ name, consumers: [] });
    }
  });

  test('a stack that reads a managed stack\'s state but has no workspace here stops synth', () => {
    const { application } = app({}, { manageReaders: false });
    expect(errorOf(() => application.synth())).toContain(
      'StateWorkspaces: stack shard-a reads the state of connect (a cross-stack reference) but has no state workspace here, so connect\'s state cannot be shared with it. Fix: add it with addStack.');
  });

  test('remote execution: the credentials are sensitive variables of one variable set attached to every workspace', () => {
    const stack = new TerraformStack(Testing.app(), 'state');
    const secret = (name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
    new TfeProvider(stack, 'tfe', { hostname: 'tfe.example.com', token: secret('token') });
    const workspaces = new StateWorkspaces(stack, 'state', {
      organization: 'acme', executionMode: StateExecutionMode.REMOTE, variables: { tfe_token: secret('tfe_token'), bitbucket_admin_password: secret('password') },
      tfeProjectId: 'prj-abc123', terraformVersion: '1.11.4',
    });
    workspaces.addStack(stack);
    workspaces.addStack(new TerraformStack(stack.node.root, 'other'));
    const json = JSON.parse(Testing.synth(stack, true));
    const [setId, set] = Object.entries<any>(json.resource.tfe_variable_set)[0];
    expect(set).toMatchObject({ organization: 'acme', global: false });
    expect(Object.values<any>(json.resource.tfe_variable).map((v) => [v.key, v.value, v.category, v.sensitive, v.variable_set_id]).sort()).toEqual([
      ['bitbucket_admin_password', '${var.password}', 'terraform', true, `\${tfe_variable_set.${setId}.id}`],
      ['tfe_token', '${var.tfe_token}', 'terraform', true, `\${tfe_variable_set.${setId}.id}`],
    ]);
    const attached = Object.values<any>(json.resource.tfe_workspace_variable_set).map((a) => a.workspace_id).sort();
    expect(attached).toEqual(Object.keys(json.resource.tfe_workspace).map((id) => `\${tfe_workspace.${id}.id}`).sort());
    for (const settings of Object.values<any>(json.resource.tfe_workspace_settings)) expect(settings.execution_mode).toBe('remote');
    for (const workspace of Object.values<any>(json.resource.tfe_workspace)) expect(workspace).toMatchObject({ project_id: 'prj-abc123', terraform_version: '1.11.4' });
  });

  test('agent execution names its pool', () => {
    const stack = new TerraformStack(Testing.app(), 'state');
    const token = new TerraformVariable(stack, 'tfe_token', { type: 'string', sensitive: true }).stringValue;
    new TfeProvider(stack, 'tfe', { hostname: 'tfe.example.com', token });
    new StateWorkspaces(stack, 'state', { organization: 'acme', executionMode: StateExecutionMode.AGENT, agentPoolId: 'apool-abc123', variables: { tfe_token: token } }).addStack(stack);
    const json = JSON.parse(Testing.synth(stack, true));
    expect(Object.values<any>(json.resource.tfe_workspace_settings)[0]).toMatchObject({ execution_mode: 'agent', agent_pool_id: 'apool-abc123' });
  });

  test('inputs are checked where they are given', () => {
    const stack = () => new TerraformStack(Testing.app(), 'state');
    const token = (s: TerraformStack) => new TerraformVariable(s, 't', { type: 'string', sensitive: true }).stringValue;
    expect(errorOf(() => new StateWorkspaces(stack(), 's', { organization: 'acme', executionMode: StateExecutionMode.AGENT })))
      .toBe('StateWorkspaces.agentPoolId: (not set) is required with StateExecutionMode.AGENT. Fix: pass the agent pool id ("apool-...") whose agents run the plans');
    expect(errorOf(() => new StateWorkspaces(stack(), 's', { organization: 'acme', agentPoolId: 'apool-1' }))).toContain('only applies to StateExecutionMode.AGENT, not "local"');
    const local = stack();
    expect(errorOf(() => new StateWorkspaces(local, 's', { organization: 'acme', variables: { tfe_token: token(local) } })))
      .toContain('StateWorkspaces.variables: ["tfe_token"] are never read in local execution');
    expect(errorOf(() => new StateWorkspaces(stack(), 's', { organization: 'acme', executionMode: StateExecutionMode.REMOTE, variables: { tfe_token: 'plain-text' } })))
      .toContain('StateWorkspaces.variables.tfe_token: (a literal string) would be written in clear into cdk.tf.json');
    expect(errorOf(() => new StateWorkspaces(stack(), 's', { organization: 'acme', tags: ['Bad Tag'] }))).toContain('is not a TFE workspace tag');
    expect(errorOf(() => new StateWorkspaces(stack(), 's', { organization: 'acme', executionMode: 'cloud' as StateExecutionMode }))).toContain('is not one of "local", "remote", "agent"');
    const long = stack();
    const workspaces = new StateWorkspaces(long, 's', { organization: 'acme', prefix: 'x'.repeat(80) });
    expect(errorOf(() => workspaces.addStack(new TerraformStack(long.node.root, 'a-stack-name-that-is-long')))).toContain('is not a name TFE accepts');
  });

  test('a single stack\'s workspace can be declared on its own', () => {
    const stack = new TerraformStack(Testing.app(), 'state');
    new TfeProvider(stack, 'tfe', {});
    new StackStateWorkspace(stack, 'ws', { stack, organization: 'acme', remoteStateConsumerIds: ['ws-abc123'] });
    const json = JSON.parse(Testing.synth(stack, true));
    expect(Object.values<any>(json.resource.tfe_workspace)[0].name).toBe('bitbucket-tfe-state');
    expect(Object.values<any>(json.resource.tfe_workspace_settings)[0].remote_state_consumer_ids).toEqual(['ws-abc123']);
    expect(StateWorkspaces.workspaceName(stack, 'cdktf-')).toBe('cdktf-state');
  });
});
