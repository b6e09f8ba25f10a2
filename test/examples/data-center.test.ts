import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import { settingsFromEnvironment } from '../../examples/data-center/settings';
import { DataCenterConnectStack, DataCenterOnboardStack } from '../../examples/data-center/stacks';
import { onlyResource, referencedAddress, resourcesOf, SynthesizedStack } from '../helpers/synth';

/** PEM armour, bearer/basic headers, TFE tokens (xxxx.atlasv1.xxxx) and long base64 blobs are secret-shaped. */
const SECRET_SHAPES = [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\.atlasv1\./, /Bearer [A-Za-z0-9._-]{20,}/, /[A-Za-z0-9+/]{200,}={0,2}/];

describe('examples/data-center with its placeholder settings', () => {
  const settings = settingsFromEnvironment({});
  const app = Testing.app();
  const connect = new DataCenterConnectStack(app, 'data-center-connect', settings);
  const onboard = new DataCenterOnboardStack(app, 'data-center-onboard', settings, connect.connection);
  // Synthesize the whole app, as `cdktf synth` does: cross-stack references resolve only then.
  app.synth();
  const read = (stack: TerraformStack) => readFileSync(join(app.outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8');
  const text = read(connect);
  const json: SynthesizedStack = JSON.parse(text);
  const onboardText = read(onboard);
  const onboardJson: SynthesizedStack = JSON.parse(onboardText);

  test('one tls_private_key feeds the client secret, rsa_public_key and the application link public key', () => {
    const key = onlyResource(json, 'tls_private_key');
    const address = `tls_private_key.${key.id}`;
    const client = onlyResource(json, 'tfe_oauth_client').config;
    expect(client.service_provider).toBe('bitbucket_data_center');
    expect(referencedAddress(client.secret, 'private_key_pem')).toBe(address);
    expect(referencedAddress(client.rsa_public_key, 'public_key_pem')).toBe(address);
    const consumer = Object.values(resourcesOf(json, 'restapi_object')).find((o) => String(o.path).endsWith('/authentication/consumer'));
    expect(referencedAddress(consumer!.data, 'public_key_pem')).toBe(address);
  });

  test('onboarding: per repository REPO_ADMIN, and a workspace on PROJECT/slug that depends on it', () => {
    const grants = resourcesOf(onboardJson, 'bitbucketserver_repository_permissions_user');
    expect(Object.values(grants).map((g) => `${g.project}/${g.repository}`).sort()).toEqual([...settings.repositories].sort());
    const [dataId] = Object.keys(onboardJson.data!.tfe_oauth_client);
    const workspaces = Object.values(resourcesOf(onboardJson, 'tfe_workspace'));
    expect(workspaces.map((w) => w.vcs_repo.identifier).sort()).toEqual([...settings.repositories].sort());
    for (const workspace of workspaces) {
      const grantAddress = (workspace.depends_on as string[]).find((d) => d.startsWith('bitbucketserver_repository_permissions_user.'))!;
      const grant = grants[grantAddress.split('.')[1]];
      expect(`${grant.project}/${grant.repository}`).toBe(workspace.vcs_repo.identifier);
      expect(grant).toMatchObject({ permission: 'REPO_ADMIN', user: settings.serviceAccountName });
      expect(workspace.vcs_repo.oauth_token_id).toBe(`\${data.tfe_oauth_client.${dataId}.oauth_token_id}`);
      expect(workspace.lifecycle.precondition[0].error_message).toContain('Connect organization example-org');
    }
  });

  test('onboarding reads the connect stack\'s client id across stacks', () => {
    const [, lookup] = Object.entries(onboardJson.data!.tfe_oauth_client)[0];
    expect(lookup.oauth_client_id).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-data-center-connect\.outputs\./);
  });

  test('providers pinned', () => {
    expect(json.terraform!.required_providers).toEqual({
      bitbucketserver: { source: 'xvlcwk-terraform/bitbucketserver', version: '~> 1.8' },
      restapi: { source: 'Mastercard/restapi', version: '~> 3.0' },
      tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
      tls: { source: 'hashicorp/tls', version: '4.1.0' },
    });
  });

  test('credentials come from sensitive variables, and no secret literal is anywhere in the JSON', () => {
    expect(json.variable!.bitbucket_admin_password.sensitive).toBe(true);
    expect(json.variable!.tfe_token.sensitive).toBe(true);
    for (const shape of SECRET_SHAPES) {
      expect(text).not.toMatch(shape);
      expect(onboardText).not.toMatch(shape);
    }
    for (const providers of [...Object.values(json.provider!), ...Object.values(onboardJson.provider!)]) {
      for (const provider of providers) {
        for (const field of ['password', 'token', 'bearer_token']) {
          if (provider[field] !== undefined) expect(provider[field]).toMatch(/^\$\{var\.[a-z_]+\}$/);
        }
      }
    }
  });
});
