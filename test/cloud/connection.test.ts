import { TerraformStack, TerraformVariable } from 'cdktf';
import { AccessScope } from '../../lib/onboarding/repository-access';
import { CloudConnection, CloudConnectionProps, CloudOAuthClientMode } from '../../lib/cloud/connection';
import { BitbucketProvider } from '../../lib/providers/bitbucket/provider';
import { byIdClients, byNameFilter, onlyOAuthClientLookup, OAuthClientLookupView } from '../helpers/oauth-client-lookup';
import { newStack, onlyResource, resourcesOf, synthJson, SynthesizedStack } from '../helpers/synth';

const UUID = '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}';

function secret(stack: TerraformStack, name: string): string {
  return new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
}

function connect(stack: TerraformStack, overrides: Partial<CloudConnectionProps> = {}): CloudConnection {
  return new CloudConnection(stack, 'bitbucket', {
    tfeHostname: 'tfe.example.com',
    organization: 'acme-org',
    workspace: 'acme',
    serviceAccountUuid: UUID,
    repositories: ['acme/network', 'acme/payments-service'],
    bitbucketCredentials: { username: 'admin@example.com', password: secret(stack, 'bitbucket_api_token') },
    tfeToken: secret(stack, 'tfe_token'),
    ...overrides,
  });
}

function create(stack: TerraformStack, overrides: Partial<CloudConnectionProps> = {}): CloudConnection {
  return connect(stack, {
    oauthClientMode: CloudOAuthClientMode.CREATE,
    consumerKey: secret(stack, 'consumer_key'),
    consumerSecret: secret(stack, 'consumer_secret'),
    oauthToken: secret(stack, 'bitbucket_oauth_token'),
    ...overrides,
  });
}

function outputsByDescription(json: SynthesizedStack): Record<string, any> {
  return Object.fromEntries(Object.values(json.output!).map((o) => [o.description, o.value]));
}

function onlyData(json: SynthesizedStack, type: string): { id: string; config: Record<string, any> } {
  const entries = Object.entries(json.data?.[type] ?? {});
  if (entries.length !== 1) throw new Error(`expected exactly one data ${type}, found ${entries.length}`);
  return { id: entries[0][0], config: entries[0][1] };
}

/** An output by the name the connection gives it (`callback_url`), whatever its description says. */
function outputNamed(json: SynthesizedStack, name: string): any {
  // Outputs carry the names the README uses, not cdktf's hashed ones.
  const entries = Object.entries(json.output!).filter(([id]) => id === name);
  if (entries.length !== 1) throw new Error(`expected exactly one output ${name}, found ${entries.length}`);
  return entries[0][1].value;
}

/** The guard's conditions while the client may not exist yet nor be authorized: only duplicates and extra tokens stop the plan. */
function optionalGuardConditions(lookup: OAuthClientLookupView): string[] {
  return [`\${length(local.${lookup.clients}) <= 1}`, `\${length(local.${lookup.tokens}) <= 1}`];
}

const PAGE = 'Bitbucket Cloud page of the OAuth consumer (Workspace settings > OAuth consumers): paste the callback URL there';
const CHECKLIST = 'The Bitbucket Cloud OAuth consumer TFE needs (no API can create it)';
const NEXT = 'The one manual step before onboarding repositories';

describe('CloudConnection, adopting the OAuth client made in the TFE UI (the default)', () => {
  test('creates no tfe_oauth_client and finds the client by name and bitbucket_hosted through TFE\'s API', () => {
    const stack = newStack();
    const connection = connect(stack);
    const json = synthJson(stack);
    expect(connection.oauthClientMode).toBe(CloudOAuthClientMode.ADOPT);
    expect(connection.oauthClient).toBeUndefined();
    expect(resourcesOf(json, 'tfe_oauth_client')).toEqual({});
    expect(json.data?.tfe_oauth_client).toBeUndefined();
    const lookup = onlyOAuthClientLookup(json);
    expect(lookup.data).toMatchObject({ id: '/organizations/acme-org/oauth-clients', query: { 'page[size]': ['100'] }, allow_not_exist: true });
    expect(lookup.clientsExpression).toBe(byNameFilter(lookup, 'Bitbucket Cloud', 'bitbucket_hosted'));
    expect(lookup.tokensExpression).toBe(`\${try(local.${lookup.selected}.relationships["oauth-tokens"].data, [])}`);
    // The data source reads TFE's API with the TFE token, through a provider of the connection's own.
    const api = json.provider!.restful.find((p) => `restful.${p.alias}` === lookup.data.provider)!;
    expect(api).toMatchObject({ base_url: 'https://tfe.example.com/api/v2', security: { http: { token: { token: '${var.tfe_token}' } } } });
  });

  test('the guard stops the plan on a duplicate client name or extra tokens, naming them, but not before the client is authorized', () => {
    const stack = newStack();
    connect(stack);
    const lookup = onlyOAuthClientLookup(synthJson(stack));
    expect(lookup.guard.input).toEqual({ client: lookup.oauthClientId });
    expect(lookup.preconditions.map((p) => p.condition)).toEqual(optionalGuardConditions(lookup));
    const [clients, tokens] = lookup.preconditions.map((p) => p.error_message);
    expect(clients).toContain(`OAuth clients are named \\"Bitbucket Cloud\\" in TFE organization acme-org: \${join(", ", [for c in local.${lookup.clients} : c.id])}`);
    expect(clients).toContain('Pass the one to use as oauthClientId');
    expect(tokens).toContain(`OAuth tokens (\${join(", ", [for t in local.${lookup.tokens} : t.id])})`);
  });

  test('adopts by id when given one', () => {
    const stack = newStack();
    connect(stack, { oauthClientId: 'oc-abc123' });
    const lookup = onlyOAuthClientLookup(synthJson(stack));
    expect(lookup.data.id).toBe('/oauth-clients/oc-abc123');
    expect(lookup.data.query).toBeUndefined();
    expect(lookup.clientsExpression).toBe(byIdClients(lookup));
    expect(lookup.preconditions.map((p) => p.condition)).toEqual(optionalGuardConditions(lookup));
    expect(lookup.preconditions[0].error_message).toContain('The OAuth client oc-abc123 does not exist in TFE organization "acme-org"');
  });

  test('outputs the callback URL read from TFE\'s API, the settings page and the consumer checklist', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack);
    const lookup = onlyOAuthClientLookup(json);
    const outputs = outputsByDescription(json);
    expect(outputNamed(json, 'callback_url')).toBe(lookup.callbackUrl);
    expect(outputs['TFE OAuth client id (oc-...)']).toBe(lookup.oauthClientId);
    expect(outputs[PAGE]).toBe('https://bitbucket.org/acme/workspace/settings/api');
    const checklist: string = outputs[CHECKLIST];
    expect(checklist).toContain('Bitbucket Cloud has no API to create OAuth consumers');
    expect(checklist).toContain('https://bitbucket.org/acme/workspace/settings/api');
    expect(checklist).toContain(`Callback URL: ${lookup.callbackUrl}`);
    expect(checklist).toContain('Tick "This is a private consumer"');
    expect(checklist).toContain('Account: Write; Repositories: Admin; Pull requests: Write; Webhooks: Read and write');
  });

  test('the next step explains the UI path and names the client and the service account', () => {
    const stack = newStack();
    const connection = connect(stack);
    const nextStep: string = outputsByDescription(synthJson(stack))[NEXT];
    expect(nextStep).toBe(connection.nextStep);
    expect(nextStep).toContain('named "Bitbucket Cloud" (this connection adopts it by that name)');
    expect(nextStep).toContain('https://tfe.example.com/app/acme-org/settings/version-control');
    expect(nextStep).toContain(`"Grant access" in Bitbucket while logged in as the service account ${UUID}, not as an administrator`);
    expect(connection.authorizationStep).toContain('Connect organization acme-org');
  });

  test('admin for the service account on each repository, nothing broader', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack);
    const grants = Object.values(resourcesOf(json, 'bitbucket_repository_user_permission'));
    expect(grants.map((g) => `${g.workspace}/${g.repo_slug}:${g.user_id}:${g.permission}`).sort())
      .toEqual([`acme/network:${UUID}:admin`, `acme/payments-service:${UUID}:admin`]);
    expect(resourcesOf(json, 'bitbucket_project_user_permission')).toEqual({});
  });

  test('admin on the projects with AccessScope.PROJECT', () => {
    const stack = newStack();
    connect(stack, { accessScope: AccessScope.PROJECT, repositoryProjects: { 'acme/network': 'PLAT', 'acme/payments-service': 'APPS' } });
    const json = synthJson(stack);
    const grants = Object.values(resourcesOf(json, 'bitbucket_project_user_permission'));
    expect(grants.map((g) => `${g.workspace}/${g.project_key}:${g.user_id}:${g.permission}`).sort())
      .toEqual([`acme/APPS:${UUID}:admin`, `acme/PLAT:${UUID}:admin`]);
    expect(resourcesOf(json, 'bitbucket_repository_user_permission')).toEqual({});
  });

  test('a UUID without braces or in upper case is normalised to Bitbucket\'s spelling', () => {
    const stack = newStack();
    connect(stack, { serviceAccountUuid: '3F2504E0-4F89-41D3-9A0C-0305E82C3301' });
    for (const grant of Object.values(resourcesOf(synthJson(stack), 'bitbucket_repository_user_permission'))) {
      expect(grant.user_id).toBe(UUID);
    }
  });

  test('a looked-up service account: the bitbucket_user data source, and grants through its uuid', () => {
    const stack = newStack();
    const connection = connect(stack, { lookupServiceAccount: true });
    const json = synthJson(stack);
    const user = onlyData(json, 'bitbucket_user');
    expect(user.config.uuid).toBe(UUID);
    expect(connection.serviceAccount.user).toBeDefined();
    for (const grant of Object.values(resourcesOf(json, 'bitbucket_repository_user_permission'))) {
      expect(grant.user_id).toBe(`\${data.bitbucket_user.${user.id}.uuid}`);
    }
  });

  test('providers are aliased, pinned and take their secrets from variables', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack);
    expect(json.terraform!.required_providers).toEqual({
      bitbucket: { source: 'DrFaust92/bitbucket', version: '~> 2.52' },
      restful: { source: 'magodo/restful', version: '= 0.25.2' },
      tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
    });
    expect(json.provider!.bitbucket).toHaveLength(1);
    expect(json.provider!.bitbucket[0]).toMatchObject({ username: 'admin@example.com', password: '${var.bitbucket_api_token}' });
    expect(json.provider!.bitbucket[0].alias).toMatch(/^bitbucket_cloud_/);
    expect(json.provider!.tfe[0]).toMatchObject({ hostname: 'tfe.example.com', token: '${var.tfe_token}' });
    expect(json.provider!.restful).toHaveLength(1);
    expect(json.provider!.restful[0].alias).toMatch(/^tfe_api_/);
    expect(json.provider!.restful[0].security).toEqual({ http: { token: { token: '${var.tfe_token}' } } });
    const grant = Object.values(resourcesOf(json, 'bitbucket_repository_user_permission'))[0];
    expect(grant.provider).toBe(`bitbucket.${json.provider!.bitbucket[0].alias}`);
  });

  test('OAuth client credentials or an OAuth token also configure the provider', () => {
    const stack = newStack();
    connect(stack, { bitbucketCredentials: { oauthClientId: 'client-id', oauthClientSecret: secret(stack, 'client_secret') } });
    expect(synthJson(stack).provider!.bitbucket[0]).toMatchObject({ oauth_client_id: 'client-id', oauth_client_secret: '${var.client_secret}' });
    const other = newStack();
    connect(other, { bitbucketCredentials: { oauthToken: secret(other, 'token') } });
    expect(synthJson(other).provider!.bitbucket[0]).toMatchObject({ oauth_token: '${var.token}' });
  });

  test('a provider you configured is used as given', () => {
    const stack = newStack();
    const provider = new BitbucketProvider(stack, 'mine', { oauthToken: secret(stack, 'token') });
    connect(stack, { bitbucketCredentials: undefined, bitbucketProvider: provider });
    const json = synthJson(stack);
    expect(json.provider!.bitbucket).toHaveLength(1);
    expect(json.provider!.bitbucket[0].alias).toBeUndefined();
  });
});

describe('CloudConnection, creating the OAuth client', () => {
  test('tfe_oauth_client bitbucket_hosted with the Cloud URLs, key, secret and OAuth token from variables', () => {
    const stack = newStack();
    create(stack);
    const client = onlyResource(synthJson(stack), 'tfe_oauth_client').config;
    expect(client).toMatchObject({
      service_provider: 'bitbucket_hosted',
      http_url: 'https://bitbucket.org',
      api_url: 'https://api.bitbucket.org',
      key: '${var.consumer_key}',
      secret: '${var.consumer_secret}',
      oauth_token: '${var.bitbucket_oauth_token}',
      organization: 'acme-org',
      name: 'Bitbucket Cloud',
      organization_scoped: true,
    });
    expect(client.rsa_public_key).toBeUndefined();
  });

  test('the callback URL is read through TFE\'s API from the created client', () => {
    const stack = newStack();
    create(stack);
    const json = synthJson(stack);
    const client = onlyResource(json, 'tfe_oauth_client');
    const lookup = onlyOAuthClientLookup(json);
    expect(lookup.data.id).toBe(`/oauth-clients/\${tfe_oauth_client.${client.id}.id}`);
    expect(lookup.clientsExpression).toBe(byIdClients(lookup));
    // Read before anyone authorized the new client: only extra tokens stop the plan.
    expect(lookup.preconditions.map((p) => p.condition)).toEqual(optionalGuardConditions(lookup));
    const outputs = outputsByDescription(json);
    expect(outputNamed(json, 'callback_url')).toBe(lookup.callbackUrl);
    expect(outputs['TFE OAuth client id (oc-...)']).toBe(`\${tfe_oauth_client.${client.id}.id}`);
    expect(outputs[NEXT]).toContain('Bitbucket Cloud access tokens expire after two hours');
  });

  test('the created client cannot be replaced or destroyed unless allowDisconnect is set', () => {
    const stack = newStack();
    create(stack);
    expect(onlyResource(synthJson(stack), 'tfe_oauth_client').config.lifecycle).toEqual({ prevent_destroy: true });
    const allowed = newStack();
    create(allowed, { allowDisconnect: true });
    expect(onlyResource(synthJson(allowed), 'tfe_oauth_client').config.lifecycle).toEqual({ prevent_destroy: false });
  });

  test('a project-limited client is attached to each project', () => {
    const stack = newStack();
    create(stack, { tfeProjectIds: ['prj-abc123'] });
    const json = synthJson(stack);
    expect(onlyResource(json, 'tfe_oauth_client').config.organization_scoped).toBe(false);
    expect(onlyResource(json, 'tfe_project_oauth_client').config.project_id).toBe('prj-abc123');
  });

  test('no secret literal reaches the JSON', () => {
    const stack = newStack();
    create(stack);
    const text = JSON.stringify(synthJson(stack));
    for (const field of ['key', 'secret', 'oauth_token']) {
      expect(onlyResource(JSON.parse(text), 'tfe_oauth_client').config[field]).toMatch(/^\$\{var\.[a-z_]+\}$/);
    }
  });
});

describe('CloudConnection refuses bad input', () => {
  function error(overrides: Partial<CloudConnectionProps>, build = connect): string {
    const stack = newStack();
    try {
      build(stack, overrides);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected the connection to be refused');
  }

  test('a user id that is not a UUID', () => {
    expect(error({ serviceAccountUuid: 'svc-terraform' }))
      .toMatch(/^CloudConnection\.serviceAccountUuid: "svc-terraform" is not a Bitbucket Cloud account UUID\. Fix: use the account's UUID, e\.g\. "\{/);
  });

  test('an Atlassian account id where the UUID belongs', () => {
    expect(error({ serviceAccountUuid: '557058:3f2504e0-4f89-41d3-9a0c-0305e82c3301' }))
      .toMatch(/CloudConnection\.serviceAccountUuid: "557058:.*" is an Atlassian account id, not the Bitbucket account UUID/);
  });

  test('a UUID with one brace', () => {
    expect(error({ serviceAccountUuid: '{3f2504e0-4f89-41d3-9a0c-0305e82c3301' })).toMatch(/is not a Bitbucket Cloud account UUID/);
  });

  test('an unknown permission scope', () => {
    expect(error({ accessScope: 'team' as AccessScope }))
      .toMatch(/CloudConnection\.accessScope: "team" is not one of "repository", "project"\. Fix: use AccessScope\.REPOSITORY/);
  });

  test('an unknown OAuth client mode', () => {
    expect(error({ oauthClientMode: 'import' as CloudOAuthClientMode }))
      .toMatch(/CloudConnection\.oauthClientMode: "import" is not one of "adopt", "create"/);
  });

  test('a repository listed twice names both entries', () => {
    expect(error({ repositories: ['acme/network', 'acme/x', 'acme/network'] }))
      .toMatch(/CloudConnection\.repositories\[2\]: "acme\/network" repeats CloudConnection\.repositories\[0\] \("acme\/network"\)\. Fix: list each repository once/);
  });

  test('an empty repository list', () => {
    expect(error({ repositories: [] })).toMatch(/CloudConnection\.repositories: \[\] \(an empty list\) grants nothing.*leave the prop out/);
  });

  test('a repository that is not workspace/slug', () => {
    expect(error({ repositories: ['network'] })).toMatch(/CloudConnection\.repositories\[0\]: "network" is not "<workspace id>\/<repository slug>"/);
  });

  test('a repository slug in upper case, with the lower-case spelling in the message', () => {
    expect(error({ repositories: ['acme/Network'] }))
      .toMatch(/CloudConnection\.repositories\[0\]: "acme\/Network" has "Network", which is not a Bitbucket Cloud repository slug \(write "acme\/network"\)/);
  });

  test('a workspace display name instead of its id', () => {
    expect(error({ workspace: 'Acme Corp' })).toMatch(/CloudConnection\.workspace: "Acme Corp" is not a Bitbucket Cloud workspace id/);
    expect(error({ workspace: 'Acme' })).toMatch(/is not a Bitbucket Cloud workspace id \(write "acme"\)/);
  });

  test('literal consumer key, consumer secret and OAuth token', () => {
    const stack = newStack();
    expect(() => create(stack, { consumerSecret: 'abcdefgh12345678' }))
      .toThrow(/^CloudConnection\.consumerSecret: \(a literal string\) would be written in clear into cdk\.tf\.json\. Fix: .*sensitive: true/);
    expect(() => create(newStack(), { consumerKey: 'Zk3Qp8' })).toThrow(/CloudConnection\.consumerKey: \(a literal string\) would be written in clear/);
    expect(() => create(newStack(), { oauthToken: 'token-literal' })).toThrow(/CloudConnection\.oauthToken: \(a literal string\) would be written in clear/);
    const message = error({ consumerSecret: 'abcdefgh12345678' }, create);
    expect(message).not.toContain('abcdefgh12345678');
  });

  test('a literal Bitbucket API token and a literal TFE token', () => {
    expect(error({ bitbucketCredentials: { username: 'admin@example.com', password: 'ATATT3xliteral' } }))
      .toMatch(/CloudConnection\.bitbucketCredentials\.password: \(a literal string\) would be written in clear/);
    expect(error({ tfeToken: 'abc.atlasv1.def' })).toMatch(/CloudConnection\.tfeToken: \(a literal string\)/);
  });

  test('no TFE token: the client is read back through TFE\'s API with it', () => {
    expect(error({ tfeToken: undefined }))
      .toMatch(/^CloudConnection\.tfeToken: \(not set\) is required to read the OAuth client back through TFE's API\. Fix: .*sensitive: true/);
    expect(error({ tfeToken: undefined }, create)).toMatch(/^CloudConnection\.tfeToken: \(not set\) is required/);
  });

  test('creating without the OAuth token the TFE API requires', () => {
    expect(error({ oauthToken: undefined }, create))
      .toMatch(/CloudConnection\.oauthToken: \(not set\) is required to create a bitbucket_hosted OAuth client.*CloudOAuthClientMode\.ADOPT/);
  });

  test('consumer credentials when adopting', () => {
    const stack = newStack();
    expect(() => connect(stack, { consumerKey: secret(stack, 'k') }))
      .toThrow(/CloudConnection\.consumerKey: \(a value\) only applies to CloudOAuthClientMode\.CREATE/);
  });

  test('both a client id and a client name to adopt', () => {
    expect(error({ oauthClientId: 'oc-abc123', oauthClientName: 'Bitbucket Cloud' })).toMatch(/CloudConnection\.oauthClientId \/ CloudConnection\.oauthClientName: "both"/);
  });

  test('a token id where the client id belongs', () => {
    expect(error({ oauthClientId: 'ot-abc123' })).toMatch(/CloudConnection\.oauthClientId: "ot-abc123" is not a TFE OAuth client id/);
  });

  test('a client id when creating', () => {
    expect(error({ oauthClientId: 'oc-abc123' }, create)).toMatch(/CloudConnection\.oauthClientId: "oc-abc123" only applies to CloudOAuthClientMode\.ADOPT/);
  });

  test('no Bitbucket credentials and no provider', () => {
    expect(error({ bitbucketCredentials: undefined })).toMatch(/CloudConnection\.bitbucketCredentials: \(not set\) is required to configure the Bitbucket Cloud provider/);
  });

  test('two ways to authenticate, or half of one', () => {
    const stack = newStack();
    expect(() => connect(stack, { bitbucketCredentials: { username: 'a@example.com', password: secret(stack, 'p'), oauthToken: secret(stack, 't') } }))
      .toThrow(/CloudConnection\.bitbucketCredentials: "several" must give exactly one way to authenticate/);
    expect(error({ bitbucketCredentials: { username: 'a@example.com' } }))
      .toMatch(/CloudConnection\.bitbucketCredentials\.password: \(not set\) is required with CloudConnection\.bitbucketCredentials\.username/);
  });

  test('projects with AccessScope.REPOSITORY', () => {
    expect(error({ projects: ['acme/PLAT'] })).toMatch(/CloudConnection\.projects: \["acme\/PLAT"\] only applies to AccessScope\.PROJECT/);
  });

  test('a TFE URL where a host name belongs, and a bad organization', () => {
    expect(error({ tfeHostname: 'https://tfe.example.com/' })).toMatch(/CloudConnection\.tfeHostname: .* is a URL, not a host name/);
    expect(error({ organization: 'my org' })).toMatch(/CloudConnection\.organization: "my org" is not a TFE organization name/);
  });
});
