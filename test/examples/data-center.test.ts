import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TerraformStack, Testing } from 'cdktf';
import { settingsFromEnvironment } from '../../examples/data-center/settings';
import { DataCenterConnectStack, DataCenterOnboardStack } from '../../examples/data-center/stacks';
import { byNameFilter, onlyOAuthClientLookup } from '../helpers/oauth-client-lookup';
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
    const client = onlyResource(json, 'tfe_oauth_client').config;
    expect(client.service_provider).toBe('bitbucket_data_center');
    const address = referencedAddress(client.secret, 'private_key_pem')!;
    expect(address).toMatch(/^tls_private_key\./);
    expect(referencedAddress(client.rsa_public_key, 'public_key_pem')).toBe(address);
    const consumer = Object.values(resourcesOf(json, 'restful_resource')).find((o) => String(o.path).endsWith('/authentication/consumer'))!;
    // Bitbucket holds the key as bare base64: the PEM armour and line breaks are stripped at plan time.
    expect(consumer.body.publicKey).toBe(`\${replace(${address}.public_key_pem, "/-----[A-Z ]+-----|[[:space:]]/", "")}`);
    expect(consumer.body.key).toBe(client.key);
  });

  test('the application link, its consumer and the OAuth client cannot be destroyed by a plan', () => {
    const link = Object.values(resourcesOf(json, 'restful_resource')).find((o) => o.path === '/rest/applinks/3.0/applicationlink')!;
    expect(link).toMatchObject({ create_method: 'PUT', update_method: 'POST', force_new_attrs: ['rpcUrl', 'typeId'] });
    expect(link.body).toMatchObject({ rpcUrl: `https://${settings.tfeHostname}`, typeId: 'generic' });
    const consumer = Object.values(resourcesOf(json, 'restful_resource')).find((o) => String(o.path).endsWith('/authentication/consumer'))!;
    for (const guarded of [link, consumer, onlyResource(json, 'tfe_oauth_client').config]) {
      expect(guarded.lifecycle).toMatchObject({ prevent_destroy: !settings.allowDisconnect });
    }
  });

  test('the connection makes the clone key: registered for the service account, then set on the OAuth token once one exists', () => {
    const client = onlyResource(json, 'tfe_oauth_client').config;
    const linkKey = referencedAddress(client.secret, 'private_key_pem');
    const keys = Object.entries(resourcesOf(json, 'tls_private_key')).filter(([id]) => `tls_private_key.${id}` !== linkKey);
    expect(keys).toHaveLength(1);
    const [cloneId, clone] = keys[0];
    expect(clone).toMatchObject({ algorithm: 'RSA', rsa_bits: 3072 });
    const sshKey = Object.entries(resourcesOf(json, 'restful_resource')).find(([, o]) => o.path === '/rest/ssh/latest/keys')!;
    expect(sshKey[1]).toMatchObject({
      create_query: { user: [settings.serviceAccountName] },
      body: { text: `\${tls_private_key.${cloneId}.public_key_openssh}` },
      lifecycle: { create_before_destroy: true, ignore_changes: ['body'], replace_triggered_by: [`tls_private_key.${cloneId}`] },
    });
    const onToken = onlyResource(json, 'restful_operation').config;
    expect(onToken).toMatchObject({
      method: 'PATCH',
      path: '/oauth-tokens/${each.value}',
      body: { data: { type: 'oauth-tokens', id: '${each.value}', attributes: { 'ssh-key': `\${tls_private_key.${cloneId}.private_key_pem}` } } },
    });
    // The token is found by the client's name and consumer key; no instance until someone has authorized.
    const lookup = onlyOAuthClientLookup(json);
    expect(lookup.data.id).toBe(`/organizations/${settings.organization}/oauth-clients`);
    expect(lookup.clientsExpression).toBe(byNameFilter(lookup, 'Bitbucket Data Center', 'bitbucket_data_center', client.key));
    const tokenLocal = Object.entries(json.locals ?? {}).find(([, value]) => value === lookup.oauthTokenId)!;
    expect(onToken.for_each).toBe(`\${{ for token in compact([local.${tokenLocal[0]}]) : "oauth-token" => token }}`);
    expect(onToken.depends_on).toEqual([`restful_resource.${sshKey[0]}`, `terraform_data.${lookup.guardId}`]);
  });

  test('onboarding: per repository REPO_ADMIN, and a workspace on PROJECT/slug that depends on it', () => {
    const grants = Object.fromEntries(Object.entries(resourcesOf(onboardJson, 'restful_resource'))
      .filter(([, g]) => String(g.path).endsWith('/permissions/users')));
    const repositoryOf = (path: string) => /^\/rest\/api\/1\.0\/projects\/([^/]+)\/repos\/([^/]+)\/permissions\/users$/.exec(path)?.slice(1).join('/');
    expect(Object.values(grants).map((g) => repositoryOf(g.path)).sort()).toEqual([...settings.repositories].sort());
    const lookup = onlyOAuthClientLookup(onboardJson);
    const workspaces = Object.values(resourcesOf(onboardJson, 'tfe_workspace'));
    expect(workspaces.map((w) => w.vcs_repo.identifier).sort()).toEqual([...settings.repositories].sort());
    for (const workspace of workspaces) {
      const identifier: string = workspace.vcs_repo.identifier;
      const grantAddress = (workspace.depends_on as string[]).find((d) => d.startsWith('restful_resource.'))!;
      const grant = grants[grantAddress.split('.')[1]];
      expect(repositoryOf(grant.path)).toBe(identifier);
      expect(grant).toMatchObject({
        create_method: 'PUT',
        create_query: { name: [settings.serviceAccountName], permission: ['REPO_ADMIN'] },
        read_selector: `values.#(user.name=="${settings.serviceAccountName}")`,
        body: { permission: 'REPO_ADMIN' },
      });
      expect(workspace.depends_on).toEqual([grantAddress, `terraform_data.${lookup.guardId}`]);
      expect(workspace.vcs_repo.oauth_token_id).toBe(lookup.oauthTokenId);
      expect(workspace).toMatchObject({ queue_all_runs: false, force_delete: false });
      const [token, exists] = workspace.lifecycle.precondition;
      expect(token.condition).toBe(`\${length(local.${lookup.tokens}) == 1}`);
      expect(token.error_message).toContain('Connect organization example-org');
      // The repository is read from Bitbucket (404 allowed): a deleted or renamed one stops the plan by name.
      const repository = Object.entries(onboardJson.data!.restful_resource).find(([, d]) => d.id === `/rest/api/1.0/projects/${identifier.replace('/', '/repos/')}`)!;
      expect(repository[1].allow_not_exist).toBe(true);
      expect(exists.condition).toBe(`\${data.restful_resource.${repository[0]}.output != null}`);
      expect(exists.error_message).toContain(`Bitbucket has no repository ${identifier}`);
    }
  });

  test('onboarding reads the connect stack\'s client id across stacks, and its guard wants the client and its token', () => {
    const lookup = onlyOAuthClientLookup(onboardJson);
    expect(lookup.data.id).toMatch(/^\/oauth-clients\/\$\{data\.terraform_remote_state\.cross-stack-reference-input-data-center-connect\.outputs\./);
    expect(lookup.preconditions.map((p) => p.condition)).toEqual([
      `\${length(local.${lookup.clients}) == 1}`,
      `\${length(local.${lookup.tokens}) <= 1}`,
      `\${length(local.${lookup.tokens}) > 0}`,
    ]);
    expect(lookup.preconditions[2].error_message).toContain('has no OAuth token yet, so no repository can be linked');
  });

  test('providers pinned', () => {
    expect(json.terraform!.required_providers).toEqual({
      restful: { source: 'magodo/restful', version: '= 0.25.2' },
      tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
      tls: { source: 'hashicorp/tls', version: '4.1.0' },
    });
    expect(onboardJson.terraform!.required_providers).toEqual({
      restful: { source: 'magodo/restful', version: '= 0.25.2' },
      tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
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
        for (const field of ['password', 'token']) {
          if (provider[field] !== undefined) expect(provider[field]).toMatch(/^\$\{var\.[a-z_]+\}$/);
        }
        const http = provider.security?.http;
        if (http?.token !== undefined) expect(http.token.token).toMatch(/^\$\{var\.[a-z_]+\}$/);
        if (http?.basic !== undefined) expect(http.basic.password).toMatch(/^\$\{var\.[a-z_]+\}$/);
      }
    }
  });
});
