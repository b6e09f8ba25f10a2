import { TerraformStack, TerraformVariable } from 'cdktf';
import { AccessScope, DataCenterConnection, DataCenterOnboarding, DataCenterOnboardingProps, RepositoryWorkspaceOptions } from '../../lib';
import { newStack, onlyResource, resourcesOf, SynthesizedStack, synthJson } from '../helpers/synth';

function secret(stack: TerraformStack, name: string): string {
  return new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
}

function onboard(stack: TerraformStack, repositories: RepositoryWorkspaceOptions[], overrides: Partial<DataCenterOnboardingProps> = {}): DataCenterOnboarding {
  return new DataCenterOnboarding(stack, 'onboarding', {
    bitbucketUrl: 'https://bitbucket.example.com',
    tfeHostname: 'tfe.example.com',
    organization: 'acme',
    serviceAccountName: 'svc-terraform',
    oauthClientId: 'oc-abc123',
    adminCredentials: { username: 'admin', token: secret(stack, 'bitbucket_token') },
    tfeToken: secret(stack, 'tfe_token'),
    repositories,
    ...overrides,
  });
}

const repos = (...names: string[]): RepositoryWorkspaceOptions[] => names.map((repository) => ({ repository }));

/** workspace identifier -> its depends_on, with each dependency resolved to the resource's config. */
function workspacesByIdentifier(json: SynthesizedStack): Record<string, { address: string; config: Record<string, any> }> {
  return Object.fromEntries(Object.entries(resourcesOf(json, 'tfe_workspace'))
    .map(([id, config]) => [config.vcs_repo.identifier, { address: `tfe_workspace.${id}`, config }]));
}

function resolve(json: SynthesizedStack, address: string): Record<string, any> {
  const [type, id] = address.split('.');
  return json.resource![type][id];
}

describe('DataCenterOnboarding', () => {
  test('each workspace depends on its own repository\'s REPO_ADMIN grant', () => {
    const stack = newStack();
    onboard(stack, repos('PLAT/network', 'APPS/payments'), { cloneKey: false });
    const json = synthJson(stack);
    const workspaces = workspacesByIdentifier(json);
    expect(Object.keys(workspaces).sort()).toEqual(['APPS/payments', 'PLAT/network']);
    for (const [identifier, { config }] of Object.entries(workspaces)) {
      const grants = (config.depends_on as string[]).filter((d) => d.startsWith('bitbucketserver_repository_permissions_user.'));
      expect(grants).toHaveLength(1);
      const grant = resolve(json, grants[0]);
      expect(`${grant.project}/${grant.repository}`).toBe(identifier);
      expect(grant).toMatchObject({ permission: 'REPO_ADMIN', user: 'svc-terraform' });
    }
  });

  test('the workspace takes its OAuth token from the data source, behind a precondition that says what to do', () => {
    const stack = newStack();
    onboard(stack, repos('PLAT/network'), { cloneKey: false });
    const json = synthJson(stack);
    const data = Object.entries(json.data!.tfe_oauth_client);
    expect(data).toHaveLength(1);
    const [dataId, dataConfig] = data[0];
    expect(dataConfig).toMatchObject({ organization: 'acme', oauth_client_id: 'oc-abc123' });
    const workspace = onlyResource(json, 'tfe_workspace').config;
    expect(workspace.vcs_repo.oauth_token_id).toBe(`\${data.tfe_oauth_client.${dataId}.oauth_token_id}`);
    const [precondition] = workspace.lifecycle.precondition;
    expect(precondition.condition).toBe(`\${can(coalesce(data.tfe_oauth_client.${dataId}.oauth_token_id))}`);
    expect(precondition.error_message).toContain('has no OAuth token yet, so PLAT/network cannot be linked');
    expect(precondition.error_message).toContain('https://tfe.example.com/app/acme/settings/version-control');
    expect(precondition.error_message).toContain('"Allow" in Bitbucket while logged in as "svc-terraform"');
  });

  test('workspace settings reach tfe_workspace', () => {
    const stack = newStack();
    onboard(stack, [{
      repository: 'PLAT/network', workspaceName: 'network-prod', branch: 'release', workingDirectory: 'envs/prod',
      triggerPatterns: ['envs/prod/**/*.tf', 'modules/**'], tags: ['prod'], projectId: 'prj-123abc', autoApply: true,
    }], { cloneKey: false });
    const workspace = onlyResource(synthJson(stack), 'tfe_workspace').config;
    expect(workspace).toMatchObject({
      name: 'network-prod', organization: 'acme', working_directory: 'envs/prod', trigger_patterns: ['envs/prod/**/*.tf', 'modules/**'],
      tag_names: ['prod'], project_id: 'prj-123abc', auto_apply: true,
      vcs_repo: { identifier: 'PLAT/network', branch: 'release' },
    });
  });

  test('the default workspace name derives from the identifier', () => {
    const stack = newStack();
    onboard(stack, repos('plat/my.repo'), { cloneKey: false });
    expect(onlyResource(synthJson(stack), 'tfe_workspace').config).toMatchObject({ name: 'PLAT-my-repo', vcs_repo: { identifier: 'PLAT/my.repo' } });
  });

  test('repositories can be added one at a time', () => {
    const stack = newStack();
    const onboarding = onboard(stack, [], { cloneKey: false });
    onboarding.addRepository({ repository: 'PLAT/network' });
    onboarding.addRepository({ repository: 'PLAT/dns', branch: 'main' });
    expect(onboarding.onboarding.repositories).toEqual(['PLAT/network', 'PLAT/dns']);
    expect(Object.keys(workspacesByIdentifier(synthJson(stack))).sort()).toEqual(['PLAT/dns', 'PLAT/network']);
  });

  describe('construct ids derive from the repository, not its position', () => {
    function addresses(names: string[]): Record<string, string[]> {
      const stack = newStack();
      onboard(stack, repos(...names), { cloneKey: false });
      const json = synthJson(stack);
      const byRepo: Record<string, string[]> = {};
      for (const [identifier, { address, config }] of Object.entries(workspacesByIdentifier(json))) {
        byRepo[identifier] = [address, ...(config.depends_on as string[])];
      }
      return byRepo;
    }

    test('reordering, adding and removing repositories keeps every other repository\'s addresses', () => {
      const before = addresses(['PLAT/a', 'PLAT/b', 'APPS/c']);
      const reordered = addresses(['APPS/c', 'PLAT/a', 'PLAT/b']);
      const changed = addresses(['PLAT/new', 'APPS/c', 'PLAT/a']);
      expect(reordered).toEqual(before);
      expect(changed['PLAT/a']).toEqual(before['PLAT/a']);
      expect(changed['APPS/c']).toEqual(before['APPS/c']);
      expect(changed['PLAT/b']).toBeUndefined();
      expect(new Set(Object.values(changed).flat()).size).toBe(Object.values(changed).flat().length);
    });
  });

  test('a repository listed twice is refused, naming both entries', () => {
    const stack = newStack();
    expect(() => onboard(stack, repos('PLAT/network', 'APPS/x', 'plat/network'), { cloneKey: false }))
      .toThrow('DataCenterOnboarding.repositories[2].repository: "plat/network" repeats DataCenterOnboarding.repositories[0] (PLAT/network)');
  });

  test('two repositories that would share a workspace name are refused', () => {
    const stack = newStack();
    expect(() => onboard(stack, [{ repository: 'PLAT/a', workspaceName: 'same' }, { repository: 'PLAT/b', workspaceName: 'same' }], { cloneKey: false }))
      .toThrow(/repositories\[1\]\.workspaceName: "same" is also the workspace name of DataCenterOnboarding\.repositories\[0\]/);
  });

  test('bad workspace settings are refused with the prop path', () => {
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a', workingDirectory: '../other' }], { cloneKey: false }))
      .toThrow(/repositories\[0\]\.workingDirectory: "\.\.\/other" must be a path inside the repository/);
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a', workspaceName: 'has space' }], { cloneKey: false }))
      .toThrow(/repositories\[0\]\.workspaceName: "has space" is not a TFE workspace name/);
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a', projectId: 'Default' }], { cloneKey: false }))
      .toThrow(/repositories\[0\]\.projectId: "Default" is not a TFE project id/);
    expect(() => onboard(newStack(), repos('network'), { cloneKey: false }))
      .toThrow(/repositories\[0\]\.repository: "network" is not "<PROJECT KEY>\/<repository slug>"/);
  });

  describe('a grant implied by PROJECT_ADMIN is not duplicated', () => {
    test('same stack: the connection\'s project grant is what the workspace waits for', () => {
      const stack = newStack();
      const connection = new DataCenterConnection(stack, 'connection', {
        bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme',
        serviceAccountName: 'svc-terraform', accessScope: AccessScope.PROJECT, projects: ['PLAT'],
        adminCredentials: { username: 'admin', token: secret(stack, 'bitbucket_token') }, tfeToken: secret(stack, 'tfe_token'),
      });
      new DataCenterOnboarding(stack, 'onboarding', { connection, repositories: repos('PLAT/network'), cloneKey: false });
      const json = synthJson(stack);
      expect(resourcesOf(json, 'bitbucketserver_repository_permissions_user')).toEqual({});
      const project = onlyResource(json, 'bitbucketserver_project_permissions_user');
      expect(project.config).toMatchObject({ project: 'PLAT', permission: 'PROJECT_ADMIN' });
      expect(onlyResource(json, 'tfe_workspace').config.depends_on).toEqual([`bitbucketserver_project_permissions_user.${project.id}`]);
      // The connection's own client is read back through the data source.
      const [, lookup] = Object.entries(json.data!.tfe_oauth_client)[0];
      expect(lookup.oauth_client_id).toBe(`\${tfe_oauth_client.${onlyResource(json, 'tfe_oauth_client').id}.id}`);
    });

    test('granted in an earlier stack: alreadyAdministeredProjects', () => {
      const stack = newStack();
      onboard(stack, repos('PLAT/network', 'APPS/payments'), { cloneKey: false, alreadyAdministeredProjects: ['plat'] });
      const json = synthJson(stack);
      const grants = Object.values(resourcesOf(json, 'bitbucketserver_repository_permissions_user'));
      expect(grants.map((g) => `${g.project}/${g.repository}`)).toEqual(['APPS/payments']);
      expect(workspacesByIdentifier(json)['PLAT/network'].config.depends_on ?? []).toEqual([]);
    });
  });

  describe('adopting an OAuth client made in the UI', () => {
    test('by id', () => {
      const stack = newStack();
      onboard(stack, repos('PLAT/network'), { cloneKey: false, oauthClientId: 'oc-fromTheUi1' });
      const [, lookup] = Object.entries(synthJson(stack).data!.tfe_oauth_client)[0];
      expect(lookup).toEqual(expect.objectContaining({ organization: 'acme', oauth_client_id: 'oc-fromTheUi1' }));
      expect(lookup.name).toBeUndefined();
    });

    test('by name and service provider', () => {
      const stack = newStack();
      onboard(stack, repos('PLAT/network'), { cloneKey: false, oauthClientId: undefined, oauthClientName: 'Bitbucket (made by hand)' });
      const json = synthJson(stack);
      const [, lookup] = Object.entries(json.data!.tfe_oauth_client)[0];
      expect(lookup).toEqual(expect.objectContaining({ organization: 'acme', name: 'Bitbucket (made by hand)', service_provider: 'bitbucket_data_center' }));
      expect(lookup.oauth_client_id).toBeUndefined();
      expect(resourcesOf(json, 'tfe_oauth_client')).toEqual({});
      expect(onlyResource(json, 'tfe_workspace').config.lifecycle.precondition[0].error_message).toContain('"Bitbucket (made by hand)" provider');
    });

    test('an id that is a token id is refused', () => {
      expect(() => onboard(newStack(), repos('PLAT/network'), { cloneKey: false, oauthClientId: 'ot-123' }))
        .toThrow(/DataCenterOnboarding\.oauthClientId: "ot-123" is not a TFE OAuth client id.*not the token id/);
    });

    test('both an id and a name are refused', () => {
      expect(() => onboard(newStack(), repos('PLAT/network'), { cloneKey: false, oauthClientName: 'x' }))
        .toThrow(/exactly one of the two must be given/);
    });
  });

  describe('the SSH clone key', () => {
    test('is generated, registered for the service account in Bitbucket and set on the OAuth token', () => {
      const stack = newStack();
      onboard(stack, repos('PLAT/network'));
      const json = synthJson(stack);
      const key = onlyResource(json, 'tls_private_key');
      expect(key.config).toMatchObject({ algorithm: 'RSA', rsa_bits: 3072 });
      const objects = Object.entries(resourcesOf(json, 'restapi_object'));
      const [registeredId, registered] = objects.find(([, o]) => o.path === '/rest/ssh/latest/keys')!;
      expect(registered).toMatchObject({ create_path: '/rest/ssh/latest/keys?user=svc-terraform', destroy_method: 'DELETE', id_attribute: 'id' });
      expect(registered.data).toContain(`tls_private_key.${key.id}.public_key_openssh`);
      const [tokenKeyId, onToken] = objects.find(([, o]) => o.path === '/oauth-tokens')!;
      const [dataId] = Object.keys(json.data!.tfe_oauth_client);
      expect(onToken).toMatchObject({
        create_method: 'PATCH',
        create_path: `/oauth-tokens/\${data.tfe_oauth_client.${dataId}.oauth_token_id}`,
        depends_on: [`restapi_object.${registeredId}`],
      });
      expect(onToken.data).toContain(`"ssh-key" = tls_private_key.${key.id}.private_key_pem`);
      expect(onToken.data).toContain('"type" = "oauth-tokens"');
      expect(onToken.lifecycle.precondition[0].error_message).toContain('the SSH clone key cannot be set');
      // Both restapi providers point at the right API, with secrets from variables.
      const providers = json.provider!.restapi;
      expect(providers.find((p) => p.uri === 'https://tfe.example.com/api/v2')).toMatchObject({
        bearer_token: '${var.tfe_token}', headers: { 'Content-Type': 'application/vnd.api+json' },
      });
      expect(providers.find((p) => p.uri === 'https://bitbucket.example.com')).toMatchObject({ bearer_token: '${var.bitbucket_token}' });
      // Workspaces wait for the key: their first run clones.
      expect(onlyResource(json, 'tfe_workspace').config.depends_on).toContain(`restapi_object.${tokenKeyId}`);
    });

    test('is off with cloneKey: false', () => {
      const stack = newStack();
      onboard(stack, repos('PLAT/network'), { cloneKey: false });
      const json = synthJson(stack);
      expect(resourcesOf(json, 'tls_private_key')).toEqual({});
      expect(resourcesOf(json, 'restapi_object')).toEqual({});
    });

    test('needs the TFE token as a token', () => {
      expect(() => onboard(newStack(), repos('PLAT/network'), { tfeToken: undefined }))
        .toThrow(/DataCenterOnboarding\.tfeToken: \(not set\) is required to set the SSH clone key.*cloneKey: false/);
      expect(() => onboard(newStack(), repos('PLAT/network'), { tfeToken: 'literal-token' }))
        .toThrow(/DataCenterOnboarding\.tfeToken: \(a literal string\) would be written in clear/);
    });

    test('a too small key size is refused', () => {
      expect(() => onboard(newStack(), repos('PLAT/network'), { cloneKeyRsaBits: 1024 }))
        .toThrow(/DataCenterOnboarding\.cloneKeyRsaBits: 1024 is not a usable RSA key size/);
    });
  });

  test('without a connection the props that describe it are required', () => {
    expect(() => onboard(newStack(), repos('PLAT/a'), { organization: undefined, cloneKey: false }))
      .toThrow(/DataCenterOnboarding\.organization: \(not set\) is required without a connection in the same stack/);
  });
});
