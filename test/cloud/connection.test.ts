import { TerraformStack, TerraformVariable } from 'cdktf';
import { AccessScope } from '../../lib/data-center/access';
import { CloudConnection, CloudConnectionProps, CloudOAuthClientMode } from '../../lib/cloud/connection';
import { BitbucketProvider } from '../../lib/providers/bitbucket/provider';
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

const CALLBACK = 'Callback URL of the TFE OAuth client (from the tfe_oauth_client data source): the Bitbucket Cloud OAuth consumer\'s Callback URL';
const PAGE = 'Bitbucket Cloud page of the OAuth consumer (Workspace settings > OAuth consumers): paste the callback URL there';
const CHECKLIST = 'The Bitbucket Cloud OAuth consumer TFE needs (no API can create it)';
const NEXT = 'The one manual step before onboarding repositories';

describe('CloudConnection, adopting the OAuth client made in the TFE UI (the default)', () => {
  test('creates no tfe_oauth_client and finds the client by name and bitbucket_hosted through the data source', () => {
    const stack = newStack();
    const connection = connect(stack);
    const json = synthJson(stack);
    expect(connection.oauthClientMode).toBe(CloudOAuthClientMode.ADOPT);
    expect(connection.oauthClient).toBeUndefined();
    expect(resourcesOf(json, 'tfe_oauth_client')).toEqual({});
    expect(onlyData(json, 'tfe_oauth_client').config).toMatchObject({
      organization: 'acme-org', name: 'Bitbucket Cloud', service_provider: 'bitbucket_hosted',
    });
  });

  test('adopts by id when given one', () => {
    const stack = newStack();
    connect(stack, { oauthClientId: 'oc-abc123' });
    const lookup = onlyData(synthJson(stack), 'tfe_oauth_client').config;
    expect(lookup.oauth_client_id).toBe('oc-abc123');
    expect(lookup.name).toBeUndefined();
  });

  test('outputs the callback URL from the data source, the settings page and the consumer checklist', () => {
    const stack = newStack();
    connect(stack);
    const json = synthJson(stack);
    const lookup = onlyData(json, 'tfe_oauth_client');
    const outputs = outputsByDescription(json);
    expect(outputs[CALLBACK]).toBe(`\${data.tfe_oauth_client.${lookup.id}.callback_url}`);
    expect(outputs['TFE OAuth client id (oc-...)']).toBe(`\${data.tfe_oauth_client.${lookup.id}.oauth_client_id}`);
    expect(outputs[PAGE]).toBe('https://bitbucket.org/acme/workspace/settings/api');
    const checklist: string = outputs[CHECKLIST];
    expect(checklist).toContain('Bitbucket Cloud has no API to create OAuth consumers');
    expect(checklist).toContain('https://bitbucket.org/acme/workspace/settings/api');
    expect(checklist).toContain(`Callback URL: \${data.tfe_oauth_client.${lookup.id}.callback_url}`);
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
    expect(json.terraform!.required_providers).toMatchObject({
      bitbucket: { source: 'DrFaust92/bitbucket', version: '~> 2.52' },
      tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
    });
    expect(json.provider!.bitbucket).toHaveLength(1);
    expect(json.provider!.bitbucket[0]).toMatchObject({ username: 'admin@example.com', password: '${var.bitbucket_api_token}' });
    expect(json.provider!.bitbucket[0].alias).toMatch(/^bitbucket_cloud_/);
    expect(json.provider!.tfe[0]).toMatchObject({ hostname: 'tfe.example.com', token: '${var.tfe_token}' });
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

  test('the callback URL is read through the data source from the created client', () => {
    const stack = newStack();
    create(stack);
    const json = synthJson(stack);
    const client = onlyResource(json, 'tfe_oauth_client');
    const lookup = onlyData(json, 'tfe_oauth_client');
    expect(lookup.config.oauth_client_id).toBe(`\${tfe_oauth_client.${client.id}.id}`);
    const outputs = outputsByDescription(json);
    expect(outputs[CALLBACK]).toBe(`\${data.tfe_oauth_client.${lookup.id}.callback_url}`);
    expect(outputs['TFE OAuth client id (oc-...)']).toBe(`\${tfe_oauth_client.${client.id}.id}`);
    expect(outputs[NEXT]).toContain('Bitbucket Cloud access tokens expire after two hours');
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
