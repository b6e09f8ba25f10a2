import { CloudBackend, NamedCloudWorkspace, TerraformStack } from 'cdktf';

/**
 * Keeps a stack's state in TFE when CDKTF_STATE_ORGANIZATION is set (pipelines): one TFE workspace per stack,
 * named CDKTF_STATE_WORKSPACE_PREFIX + stack name, on TFE_HOSTNAME. Without it the state stays local, which is
 * what a synth on a laptop or in tests wants.
 */
export function keepStateInTfe(stack: TerraformStack, env: NodeJS.ProcessEnv = process.env): void {
  const organization = env.CDKTF_STATE_ORGANIZATION;
  if (!organization) return;
  new CloudBackend(stack, {
    hostname: env.TFE_HOSTNAME ?? 'app.terraform.io',
    organization,
    workspaces: new NamedCloudWorkspace(`${env.CDKTF_STATE_WORKSPACE_PREFIX ?? 'bitbucket-tfe-'}${stack.node.id}`),
  });
}
