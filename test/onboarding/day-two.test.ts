import { TerraformStack } from 'cdktf';
import { BitbucketOAuthClient, CloudConnection, DataCenterConnection, DataCenterConnectionProps, DataCenterOnboarding, DataCenterCredentials, DataCenterServiceAccountAccess, RepositoryWorkspaceOptions, RsaKeyPair } from '../../lib';
import { newStack, onlyResource, resourcesOf, SynthesizedStack, synthJson } from '../helpers/synth';
import { connectionAttributes, DataCenterOnboardingOverrides, onboardThroughAttributes, secret } from '../helpers/data-center';

function onboard(stack: TerraformStack, repositories: RepositoryWorkspaceOptions[], overrides: DataCenterOnboardingOverrides = {}): SynthesizedStack {
  onboardThroughAttributes(stack, 'onboarding', connectionAttributes(stack), { repositories, ...overrides });
  return synthJson(stack);
}

function connect(stack: TerraformStack, overrides: Partial<DataCenterConnectionProps> = {}): DataCenterConnection {
  return new DataCenterConnection(stack, 'bitbucket', {
    bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme', serviceAccountName: 'svc-terraform',
    adminCredentials: DataCenterCredentials.fromPassword('admin', secret(stack, 'bitbucket_password')), tfeToken: secret(stack, 'tfe_token'), ...overrides,
  });
}

const grantAddresses = (json: SynthesizedStack) => Object.entries(resourcesOf(json, 'restful_resource'))
  .filter(([, r]) => String(r.path).endsWith('/permissions/users')).map(([id, r]) => `${id} ${r.path}`).sort();

describe('workspaces are precious', () => {
  test('new workspaces queue no run and are not force-deleted unless the entry says so', () => {
    const json = onboard(newStack(), [{ repository: 'PLAT/a' }, { repository: 'PLAT/b', queueAllRuns: true, forceDelete: true }]);
    const byRepo = Object.fromEntries(Object.values(resourcesOf(json, 'tfe_workspace')).map((w) => [w.vcs_repo.identifier, w]));
    expect(byRepo['PLAT/a']).toMatchObject({ queue_all_runs: false, force_delete: false });
    expect(byRepo['PLAT/b']).toMatchObject({ queue_all_runs: true, force_delete: true });
  });

  test('a renamed repository keeps its workspace: a moved block from the old address, the old name, the new identifier', () => {
    const before = onboard(newStack(), [{ repository: 'PLAT/old-name' }]);
    const oldWorkspace = onlyResource(before, 'tfe_workspace');
    const after = onboard(newStack(), [{ repository: 'PLAT/new-name', previousRepository: 'PLAT/old-name' }]);
    const newWorkspace = onlyResource(after, 'tfe_workspace');
    expect(after.moved).toEqual([{ from: `tfe_workspace.${oldWorkspace.id}`, to: `tfe_workspace.${newWorkspace.id}` }]);
    expect(newWorkspace.config).toMatchObject({ name: oldWorkspace.config.name, vcs_repo: { identifier: 'PLAT/new-name' } });
  });

  test('an off-boarded repository is forgotten, not destroyed, and loses its grant', () => {
    const before = onboard(newStack(), [{ repository: 'PLAT/a' }, { repository: 'PLAT/b' }]);
    const workspaceB = Object.entries(resourcesOf(before, 'tfe_workspace')).find(([, w]) => w.vcs_repo.identifier === 'PLAT/b')![0];
    const after = onboard(newStack(), [{ repository: 'PLAT/a' }, { repository: 'PLAT/b', offboard: true }]);
    expect(after.removed).toEqual([{ from: `tfe_workspace.${workspaceB}`, lifecycle: { destroy: false } }]);
    expect(Object.values(resourcesOf(after, 'tfe_workspace')).map((w) => w.vcs_repo.identifier)).toEqual(['PLAT/a']);
    expect(grantAddresses(after)).toEqual(grantAddresses(before).filter((g) => !g.includes('/repos/b/')));
  });

  test('previousRepository equal to the repository is refused', () => {
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a', previousRepository: 'plat/a' }]))
      .toThrow(/repositories\[0\]\.previousRepository: "plat\/a" is the repository itself/);
  });
});

describe('grant addresses never move when an unrelated prop changes', () => {
  const repositories = [{ repository: 'PLAT/a' }, { repository: 'APPS/b' }];
  const variants: Array<[string, DataCenterOnboardingOverrides]> = [
    ['alreadyAdministeredProjects of another project', { alreadyAdministeredProjects: ['OTHER'] }],
    ['an empty alreadyAdministeredProjects', { alreadyAdministeredProjects: [] }],
    ['the OAuth client by name', { oauthClientId: undefined, oauthClientName: 'Bitbucket' }],
    ['another TFE host', { tfeHostname: 'tfe2.example.com' }],
    ['checks off', { checks: false }],
  ];
  const baseline = grantAddresses(onboard(newStack(), repositories));
  test.each(variants)('without a connection: %s', (_name, overrides) => {
    expect(grantAddresses(onboard(newStack(), repositories, overrides))).toEqual(baseline);
  });

  test.each(variants.filter(([name]) => name.startsWith('alreadyAdministered')))('with a connection in the stack: %s', (_name, overrides) => {
    const withConnection = (extra: DataCenterOnboardingOverrides) => {
      const stack = newStack();
      const connection = connect(stack);
      new DataCenterOnboarding(stack, 'onboarding', { connection, repositories, ...extra });
      return grantAddresses(synthJson(stack));
    };
    expect(withConnection(overrides)).toEqual(withConnection({}));
  });
});

describe('the connection owns the clone key', () => {
  test('generated, registered in Bitbucket before the old one goes, and set on the OAuth token once one exists', () => {
    const stack = newStack();
    connect(stack, { cloneKeyGeneration: '2026-11' });
    const json = synthJson(stack);
    const key = Object.entries(resourcesOf(json, 'tls_private_key')).find(([id]) => id.includes('clone-key'))!;
    expect(key[1]).toMatchObject({ algorithm: 'RSA', rsa_bits: 3072 });
    const [sshId, ssh] = Object.entries(resourcesOf(json, 'restful_resource')).find(([, r]) => r.path === '/rest/ssh/latest/keys')!;
    expect(ssh).toMatchObject({
      create_query: { user: ['svc-terraform'] },
      read_path: '/rest/ssh/latest/keys/$(body.id)',
      body: { text: `\${tls_private_key.${key[0]}.public_key_openssh}` },
      lifecycle: { create_before_destroy: true, ignore_changes: ['body'], replace_triggered_by: [`tls_private_key.${key[0]}`] },
    });
    const operation = Object.values(resourcesOf(json, 'restful_operation'))[0];
    expect(operation).toMatchObject({
      method: 'PATCH',
      path: '/oauth-tokens/${each.value}',
      body: { data: { type: 'oauth-tokens', attributes: { 'ssh-key': `\${tls_private_key.${key[0]}.private_key_pem}` } } },
    });
    // No delete method: a DELETE there would delete the token and disconnect every workspace.
    expect(operation.delete_method).toBeUndefined();
    expect(operation.depends_on).toContain(`restful_resource.${sshId}`);
    expect(operation.for_each).toMatch(/^\$\{\{ for token in compact\(\[local\.\S+\]\) : "oauth-token" => token \}\}$/);
  });

  test('rotation is asked for by changing cloneKeyGeneration, which replaces the key', () => {
    const stack = newStack();
    connect(stack, { cloneKeyGeneration: '2026-11' });
    const json = synthJson(stack);
    const [generationId, generation] = Object.entries(resourcesOf(json, 'terraform_data')).find(([id]) => id.includes('clone-key-generation'))!;
    expect(generation.input).toEqual({ generation: '2026-11' });
    const key = Object.values(resourcesOf(json, 'tls_private_key')).find((k) => k.rsa_bits === 3072)!;
    expect(key.lifecycle.replace_triggered_by).toEqual([`terraform_data.${generationId}`]);
  });
});

describe('no silent disconnection', () => {
  test('the OAuth client, the application link and its consumer refuse replacement and destroy by default', () => {
    const json = synthJson((() => { const s = newStack(); connect(s); return s; })());
    expect(onlyResource(json, 'tfe_oauth_client').config.lifecycle.prevent_destroy).toBe(true);
    const link = Object.values(resourcesOf(json, 'restful_resource')).filter((r) => String(r.path).includes('applicationlink'));
    expect(link).toHaveLength(2);
    for (const r of link) expect(r.lifecycle.prevent_destroy).toBe(true);
  });

  test('allowDisconnect lets them go', () => {
    const json = synthJson((() => { const s = newStack(); connect(s, { allowDisconnect: true }); return s; })());
    expect(onlyResource(json, 'tfe_oauth_client').config.lifecycle.prevent_destroy).toBe(false);
    for (const r of Object.values(resourcesOf(json, 'restful_resource')).filter((x) => String(x.path).includes('applicationlink'))) {
      expect(r.lifecycle.prevent_destroy).toBe(false);
    }
  });
});

describe('outputs', () => {
  test('carry the names the README uses; a second connection in the stack gets its id as a prefix', () => {
    const stack = newStack();
    connect(stack);
    new DataCenterConnection(stack, 'second', {
      bitbucketUrl: 'https://bitbucket2.example.com', tfeHostname: 'tfe.example.com', organization: 'acme', serviceAccountName: 'svc-terraform',
      adminCredentials: DataCenterCredentials.fromPassword('admin', secret(stack, 'second_password')), tfeToken: secret(stack, 'second_token'),
    });
    const names = Object.keys(synthJson(stack).output!).sort();
    expect(names).toEqual([
      'application_link', 'consumer_key', 'next_step', 'oauth_client_id', 'public_key_pem',
      'second_application_link', 'second_consumer_key', 'second_next_step', 'second_oauth_client_id', 'second_public_key_pem',
    ]);
  });
});

describe('public API conventions', () => {
  test('isXxx works by a process-wide symbol, not instanceof', () => {
    const stack = newStack();
    const connection = connect(stack);
    expect(DataCenterConnection.isDataCenterConnection(connection)).toBe(true);
    expect(DataCenterConnection.isDataCenterConnection(stack)).toBe(false);
    expect(DataCenterConnection.isDataCenterConnection(undefined)).toBe(false);
    // An instance of another copy of the library carries the same symbol.
    const twin = Object.defineProperty({}, Symbol.for('cdktf-bitbucket-tfe.DataCenterConnection'), { value: true });
    expect(DataCenterConnection.isDataCenterConnection(twin)).toBe(true);
  });

  test('constants are static members, so every jsii language sees them', () => {
    expect(DataCenterServiceAccountAccess.REPO_ADMIN).toBe('REPO_ADMIN');
    expect(DataCenterServiceAccountAccess.PROJECT_ADMIN).toBe('PROJECT_ADMIN');
    expect(DataCenterConnection.DEFAULT_CLIENT_NAME).toBe('Bitbucket Data Center');
    expect(CloudConnection.HTTP_URL).toBe('https://bitbucket.org');
    expect(CloudConnection.API_URL).toBe('https://api.bitbucket.org');
    expect(BitbucketOAuthClient.DEPRECATED_SERVICE_PROVIDER).toBe('bitbucket_server');
    expect(RsaKeyPair.MIN_RSA_BITS).toBe(2048);
  });
});

describe('onboarding offered by the connection', () => {
  test('DataCenterConnection.addRepository onboards in the same stack through the connection\'s own access and client', () => {
    const stack = newStack();
    const connection = connect(stack, { repositories: ['PLAT/network'] });
    connection.addRepository({ repository: 'PLAT/network' });
    connection.addRepository({ repository: 'APPS/payments' });
    const json = synthJson(stack);
    // PLAT/network's grant is the connection's, not a second one on the same permission.
    expect(grantAddresses(json)).toHaveLength(2);
    const client = onlyResource(json, 'tfe_oauth_client');
    const byId = Object.values(json.data!.restful_resource).filter((d) => String(d.id).startsWith('/oauth-clients/'));
    expect(byId.map((d) => d.id)).toEqual([`/oauth-clients/\${tfe_oauth_client.${client.id}.id}`]);
    expect(Object.values(resourcesOf(json, 'tfe_workspace')).map((w) => w.vcs_repo.identifier).sort()).toEqual(['APPS/payments', 'PLAT/network']);
  });
});
