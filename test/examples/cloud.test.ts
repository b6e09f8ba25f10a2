import { Testing } from 'cdktf';
import { settingsFromEnvironment } from '../../examples/cloud/settings';
import { CloudConnectStack, CloudOnboardStack } from '../../examples/cloud/stacks';
import { byIdClients, byNameFilter, onlyOAuthClientLookup } from '../helpers/oauth-client-lookup';
import { onlyResource, resourcesOf, SynthesizedStack } from '../helpers/synth';

/** PEM armour, bearer headers, TFE tokens (xxxx.atlasv1.xxxx), Atlassian API tokens (ATATT...) and long base64 blobs are secret-shaped. */
const SECRET_SHAPES = [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\.atlasv1\./, /ATATT[A-Za-z0-9_-]{10,}/, /Bearer [A-Za-z0-9._-]{20,}/, /[A-Za-z0-9+/]{200,}={0,2}/];

function expectNoSecretLiteral(text: string, json: SynthesizedStack): void {
  for (const shape of SECRET_SHAPES) expect(text).not.toMatch(shape);
  for (const providers of Object.values(json.provider!)) {
    for (const provider of providers) {
      for (const field of ['password', 'token', 'oauth_token', 'oauth_client_secret']) {
        if (provider[field] !== undefined) expect(provider[field]).toMatch(/^\$\{var\.[a-z_]+\}$/);
      }
      const http = provider.security?.http;
      if (http?.token !== undefined) expect(http.token.token).toMatch(/^\$\{var\.[a-z_]+\}$/);
      if (http?.basic !== undefined) expect(http.basic.password).toMatch(/^\$\{var\.[a-z_]+\}$/);
    }
  }
  for (const variable of ['bitbucket_api_token', 'tfe_token']) expect(json.variable![variable].sensitive).toBe(true);
}

function outputByDescription(json: SynthesizedStack, description: string): any {
  return Object.values(json.output!).find((o) => o.description === description)?.value;
}

/** An output by the name the connection gives it (`callback_url`), whatever its description says. */
function outputNamed(json: SynthesizedStack, name: string): any {
  // Outputs carry the names the README uses, not cdktf's hashed ones.
  const entries = Object.entries(json.output!).filter(([id]) => id === name);
  if (entries.length !== 1) throw new Error(`expected exactly one output ${name}, found ${entries.length}`);
  return entries[0][1].value;
}

describe('examples/cloud with its placeholder settings', () => {
  const settings = settingsFromEnvironment({});
  const app = Testing.app();
  const onboardStack = new CloudOnboardStack(app, 'cloud-onboard', settings);
  const connectStack = new CloudConnectStack(app, 'cloud-connect', settings);
  const onboardText = Testing.synth(onboardStack, true);
  const connectText = Testing.synth(connectStack, true);
  const onboard: SynthesizedStack = JSON.parse(onboardText);
  const connect: SynthesizedStack = JSON.parse(connectText);

  describe('cloud-onboard (the default path: adopt the client made in the TFE UI)', () => {
    test('adopts the OAuth client by name through TFE\'s API and creates none', () => {
      expect(resourcesOf(onboard, 'tfe_oauth_client')).toEqual({});
      expect(onboard.data?.tfe_oauth_client).toBeUndefined();
      const lookup = onlyOAuthClientLookup(onboard);
      expect(lookup.data.id).toBe(`/organizations/${settings.organization}/oauth-clients`);
      expect(lookup.clientsExpression).toBe(byNameFilter(lookup, settings.oauthClientName, 'bitbucket_hosted'));
      const api = onboard.provider!.restful.find((p) => `restful.${p.alias}` === lookup.data.provider)!;
      expect(api).toMatchObject({ base_url: `https://${settings.tfeHostname}/api/v2`, security: { http: { token: { token: '${var.tfe_token}' } } } });
      // Duplicates and extra tokens stop the plan; a missing token stops each workspace.
      expect(lookup.preconditions.map((p) => p.condition)).toEqual([`\${length(local.${lookup.clients}) <= 1}`, `\${length(local.${lookup.tokens}) <= 1}`]);
    });

    test('an admin bitbucket_repository_user_permission for the service account per repository', () => {
      const grants = Object.values(resourcesOf(onboard, 'bitbucket_repository_user_permission'));
      expect(grants.map((g) => `${g.workspace}/${g.repo_slug}`).sort()).toEqual([...settings.repositories].sort());
      for (const grant of grants) expect(grant).toMatchObject({ permission: 'admin', user_id: settings.serviceAccountUuid });
    });

    test('a workspace per repository, linked workspace/slug, depending on its grant', () => {
      const grants = resourcesOf(onboard, 'bitbucket_repository_user_permission');
      const grantOf = Object.fromEntries(Object.entries(grants).map(([id, g]) => [`${g.workspace}/${g.repo_slug}`, `bitbucket_repository_user_permission.${id}`]));
      const workspaces = Object.values(resourcesOf(onboard, 'tfe_workspace'));
      expect(workspaces.map((w) => w.vcs_repo.identifier).sort()).toEqual([...settings.repositories].sort());
      const lookup = onlyOAuthClientLookup(onboard);
      for (const workspace of workspaces) {
        expect(workspace.depends_on).toEqual([grantOf[workspace.vcs_repo.identifier], `terraform_data.${lookup.guardId}`]);
        expect(workspace.vcs_repo.oauth_token_id).toBe(lookup.oauthTokenId);
        expect(workspace.lifecycle.precondition[0].condition).toBe(`\${length(local.${lookup.tokens}) == 1}`);
      }
    });

    test('outputs the callback URL read from TFE\'s API with the consumer settings page and checklist', () => {
      const lookup = onlyOAuthClientLookup(onboard);
      expect(outputNamed(onboard, 'callback_url')).toBe(lookup.callbackUrl);
      const checklist: string = outputByDescription(onboard, 'The Bitbucket Cloud OAuth consumer TFE needs (no API can create it)');
      expect(checklist).toContain(`https://bitbucket.org/${settings.workspace}/workspace/settings/api`);
      expect(checklist).toContain(`Callback URL: ${lookup.callbackUrl}`);
    });

    test('credentials come from sensitive variables, and no secret literal is anywhere in the JSON', () => {
      expectNoSecretLiteral(onboardText, onboard);
    });
  });

  describe('cloud-connect (optional: create the client from the consumer and an OAuth token)', () => {
    test('tfe_oauth_client bitbucket_hosted with the Cloud URLs, everything secret from sensitive variables', () => {
      const client = onlyResource(connect, 'tfe_oauth_client').config;
      expect(client).toMatchObject({
        service_provider: 'bitbucket_hosted',
        http_url: 'https://bitbucket.org',
        api_url: 'https://api.bitbucket.org',
        name: settings.oauthClientName,
        key: '${var.bitbucket_oauth_consumer_key}',
        secret: '${var.bitbucket_oauth_consumer_secret}',
        oauth_token: '${var.bitbucket_oauth_token}',
      });
      for (const variable of ['bitbucket_oauth_consumer_key', 'bitbucket_oauth_consumer_secret', 'bitbucket_oauth_token']) {
        expect(connect.variable![variable].sensitive).toBe(true);
      }
    });

    test('the callback URL output is read through TFE\'s API after the client exists', () => {
      const [clientId] = Object.keys(resourcesOf(connect, 'tfe_oauth_client'));
      const lookup = onlyOAuthClientLookup(connect);
      expect(lookup.data.id).toBe(`/oauth-clients/\${tfe_oauth_client.${clientId}.id}`);
      expect(lookup.clientsExpression).toBe(byIdClients(lookup));
      expect(outputNamed(connect, 'callback_url')).toBe(lookup.callbackUrl);
      expect(onlyResource(connect, 'tfe_oauth_client').config.lifecycle).toEqual({ prevent_destroy: true });
    });

    test('checks the service account through bitbucket_user', () => {
      expect(Object.values(connect.data!.bitbucket_user)).toEqual([expect.objectContaining({ uuid: settings.serviceAccountUuid })]);
    });

    test('no secret literal', () => {
      expectNoSecretLiteral(connectText, connect);
    });
  });

  test('both stacks pin the same providers', () => {
    for (const json of [onboard, connect]) {
      expect(json.terraform!.required_providers).toEqual({
        bitbucket: { source: 'DrFaust92/bitbucket', version: '~> 2.52' },
        restful: { source: 'magodo/restful', version: '= 0.25.2' },
        tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
      });
    }
  });
});
