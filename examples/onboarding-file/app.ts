import { join } from 'node:path';
import { App, TerraformStack } from 'cdktf';
import { OnboardingFileShards, StateExecutionMode } from '../../lib';
import { keepStateInTfe } from '../state';
import { ConnectStack, StateStack } from './stacks';

/**
 * The onboarding file's stacks, deployed in this order:
 *   state                                      the TFE workspaces that keep every stack's state (the bootstrap)
 *   connect-<connection>                       each data-center connection of the file that names its OAuth client
 *   onboarding-<connection>-<project>[-<n>]    one per shard of the file; they deploy independently
 * ONBOARDING_FILE points at another file; the default is the reviewed onboarding.yaml beside this one.
 */
export function onboardingApp(app: App, env: NodeJS.ProcessEnv = process.env): { state: StateStack; connects: ConnectStack[]; shards: OnboardingFileShards; stacks: TerraformStack[] } {
  const path = env.ONBOARDING_FILE ?? join(__dirname, 'onboarding.yaml');
  const state = new StateStack(app, 'state', {
    tfeHostname: env.TFE_HOSTNAME ?? 'app.terraform.io',
    organization: env.CDKTF_STATE_ORGANIZATION ?? 'example-org',
    prefix: env.CDKTF_STATE_WORKSPACE_PREFIX ?? 'bitbucket-tfe-',
    executionMode: (env.STATE_EXECUTION_MODE ?? StateExecutionMode.LOCAL) as StateExecutionMode,
    agentPoolId: env.STATE_AGENT_POOL_ID,
  });
  const connects = OnboardingFileShards.dataCenterConnections(path)
    .filter((settings) => settings.oauthClientName !== undefined)
    .map((settings) => new ConnectStack(app, `connect-${settings.name}`, settings, {
      allowDisconnect: env.ALLOW_DISCONNECT === 'true',
      cloneKeyGeneration: env.CLONE_KEY_GENERATION,
    }));
  const shards = new OnboardingFileShards(app, {
    path,
    // Each shard of these connections waits for its connect stack and links through its client.
    dataCenterConnections: Object.fromEntries(connects.map((stack) => [stack.connectionName, stack.connection])),
  });
  const stacks = [state, ...connects, ...shards.stacks];
  state.manage(stacks);
  stacks.forEach((stack) => keepStateInTfe(stack, env));
  return { state, connects, shards, stacks };
}
