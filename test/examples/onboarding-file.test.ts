import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Testing } from 'cdktf';
import { onboardingApp } from '../../examples/onboarding-file/app';

function synth(env: NodeJS.ProcessEnv = {}): { stacks: Record<string, any>; manifest: any } {
  const app: App = Testing.app();
  onboardingApp(app, env);
  app.synth();
  const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8'));
  const stacks = Object.fromEntries(Object.keys(manifest.stacks).map((name) => [name, JSON.parse(readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'))]));
  return { stacks, manifest };
}

const workspacesByName = (json: any) => Object.fromEntries(Object.entries<any>(json.resource.tfe_workspace).map(([id, w]) => [w.name, id]));
const settingsFor = (json: any, id: string) => Object.values<any>(json.resource.tfe_workspace_settings).find((s) => s.workspace_id === `\${tfe_workspace.${id}.id}`);

describe('examples/onboarding-file: the bootstrap, the connection and one stack per shard', () => {
  test('stacks and the order they deploy in', () => {
    const { manifest } = synth();
    expect(Object.fromEntries(Object.entries<any>(manifest.stacks).map(([name, s]) => [name, s.dependencies]))).toEqual({
      'state': [],
      'connect-datacenter': [],
      'onboarding-cloud-example': [],
      'onboarding-datacenter-apps': ['connect-datacenter'],
      'onboarding-datacenter-plat': ['connect-datacenter'],
    });
  });

  test('the bootstrap makes every stack\'s workspace, local execution, and shares the connection\'s state with its shards only', () => {
    const { stacks } = synth();
    const state = stacks.state;
    const ids = workspacesByName(state);
    expect(Object.keys(ids).sort()).toEqual(['connect-datacenter', 'onboarding-cloud-example', 'onboarding-datacenter-apps', 'onboarding-datacenter-plat', 'state']
      .map((s) => `bitbucket-tfe-${s}`));
    expect(settingsFor(state, ids['bitbucket-tfe-connect-datacenter'])).toMatchObject({
      execution_mode: 'local',
      global_remote_state: false,
      remote_state_consumer_ids: ['onboarding-datacenter-apps', 'onboarding-datacenter-plat'].map((s) => `\${tfe_workspace.${ids[`bitbucket-tfe-${s}`]}.id}`),
    });
    expect(settingsFor(state, ids['bitbucket-tfe-onboarding-cloud-example']).remote_state_consumer_ids).toEqual([]);
    expect(state.variable.tfe_token.sensitive).toBe(true);
    expect(state.resource.tfe_variable).toBeUndefined();
  });

  test('STATE_EXECUTION_MODE=remote: TFE\'s runners get every credential as a sensitive variable of one set', () => {
    const { stacks } = synth({ STATE_EXECUTION_MODE: 'remote' });
    const state = stacks.state;
    expect(Object.values<any>(state.resource.tfe_variable).map((v) => [v.key, v.sensitive, v.category]).sort()).toEqual(
      ['bitbucket_admin_password', 'bitbucket_admin_username', 'bitbucket_cloud_api_token', 'bitbucket_cloud_username', 'tfe_token'].map((k) => [k, true, 'terraform']));
    for (const s of Object.values<any>(state.resource.tfe_workspace_settings)) expect(s.execution_mode).toBe('remote');
    expect(Object.keys(state.resource.tfe_workspace_variable_set)).toHaveLength(5);
  });

  test('with state in TFE, each stack\'s cloud workspace is the one the bootstrap makes, and shards read the connection\'s by name', () => {
    const { stacks } = synth({ CDKTF_STATE_ORGANIZATION: 'acme-state', TFE_HOSTNAME: 'tfe.example.com' });
    const names = Object.keys(workspacesByName(stacks.state));
    for (const [name, json] of Object.entries(stacks)) {
      expect(json.terraform.cloud).toEqual({ hostname: 'tfe.example.com', organization: 'acme-state', workspaces: { name: `bitbucket-tfe-${name}` } });
      expect(names).toContain(`bitbucket-tfe-${name}`);
    }
    expect(stacks['onboarding-datacenter-plat'].data.terraform_remote_state['cross-stack-reference-input-connect-datacenter']).toEqual({
      backend: 'remote',
      config: { hostname: 'tfe.example.com', organization: 'acme-state', workspaces: { name: 'bitbucket-tfe-connect-datacenter' } },
    });
  });
});
