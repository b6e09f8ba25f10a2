import { TerraformStack } from 'cdktf';
import { AccessScope, DataCenterConnection, DataCenterCredentials, DataCenterOnboarding, RepositoryWorkspaceOptions } from '../../lib';
import { connectionAttributes, DataCenterOnboardingOverrides, onboardThroughAttributes, secret } from '../helpers/data-center';
import { newStack, onlyResource, resourcesOf, SynthesizedStack, synthJson } from '../helpers/synth';

function onboard(stack: TerraformStack, repositories: RepositoryWorkspaceOptions[], overrides: DataCenterOnboardingOverrides = {}): DataCenterOnboarding {
  return onboardThroughAttributes(stack, 'onboarding', connectionAttributes(stack), { repositories, ...overrides });
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
    onboard(stack, repos('PLAT/network', 'APPS/payments'));
    const json = synthJson(stack);
    const workspaces = workspacesByIdentifier(json);
    expect(Object.keys(workspaces).sort()).toEqual(['APPS/payments', 'PLAT/network']);
    for (const [identifier, { config }] of Object.entries(workspaces)) {
      const grants = (config.depends_on as string[]).filter((d) => d.startsWith('restful_resource.'));
      expect(grants).toHaveLength(1);
      const grant = resolve(json, grants[0]);
      const [project, slug] = identifier.split('/');
      expect(grant.path).toBe(`/rest/api/1.0/projects/${project}/repos/${slug}/permissions/users`);
      expect(grant.create_query).toEqual({ name: ['svc-terraform'], permission: ['REPO_ADMIN'] });
    }
  });

  test('the workspace takes its OAuth token from TFE\'s API by client id, behind preconditions that say what to do', () => {
    const stack = newStack();
    onboard(stack, repos('PLAT/network'));
    const json = synthJson(stack);
    // Read through TFE's API, not the tfe data source, which fails hard on a second token without naming it.
    expect(json.data!.tfe_oauth_client).toBeUndefined();
    const [dataId, dataConfig] = Object.entries(json.data!.restful_resource).find(([, d]) => String(d.id).startsWith('/oauth-clients/'))!;
    expect(dataConfig).toMatchObject({ id: '/oauth-clients/oc-abc123', allow_not_exist: true });
    const locals = json.locals as Record<string, string>;
    const clients = Object.keys(locals).find((l) => locals[l].includes(`data.restful_resource.${dataId}.output`))!;
    const workspace = onlyResource(json, 'tfe_workspace').config;
    expect(workspace.vcs_repo.oauth_token_id).toMatch(/^\$\{try\(local\.[^[]+\[0\]\.id, ""\)\}$/);
    const [precondition, exists] = workspace.lifecycle.precondition;
    expect(precondition.condition).toMatch(/^\$\{length\(local\.\S+\) == 1\}$/);
    // The guard names the clients when a name matches several, and the tokens when a client holds several.
    const guard = onlyResource(json, 'terraform_data');
    expect(workspace.depends_on).toContain(`terraform_data.${guard.id}`);
    const guardMessages = guard.config.lifecycle.precondition.map((p: any) => p.error_message);
    expect(guard.config.lifecycle.precondition[0].condition).toBe(`\${length(local.${clients}) == 1}`);
    expect(guardMessages[0]).toContain('The OAuth client oc-abc123 does not exist in TFE organization "acme"');
    expect(guardMessages[1]).toMatch(/holds \$\{length\(local\.\S+\)\} OAuth tokens \(\$\{join\(", ", \[for t in local\.\S+ : t\.id\]\)\}\)/);
    // A repository deleted or renamed in Bitbucket stops the plan with a message that names it and the fix.
    expect(exists.condition).toMatch(/^\$\{data\.restful_resource\.\S+\.output != null\}$/);
    expect(exists.error_message).toContain('Bitbucket has no repository PLAT/network: it was deleted or renamed');
    expect(exists.error_message).toContain('previousRepository to "PLAT/network"');
    expect(precondition.error_message).toContain('has no OAuth token yet, so PLAT/network cannot be linked');
    expect(precondition.error_message).toContain('https://tfe.example.com/app/acme/settings/version-control');
    expect(precondition.error_message).toContain('"Allow" in Bitbucket while logged in as "svc-terraform"');
  });

  test('workspace settings reach tfe_workspace', () => {
    const stack = newStack();
    onboard(stack, [{
      repository: 'PLAT/network', workspaceName: 'network-prod', branch: 'release', workingDirectory: 'envs/prod',
      triggerPatterns: ['envs/prod/**/*.tf', 'modules/**'], tags: ['prod'], tfeProjectId: 'prj-123abc', autoApply: true,
    }]);
    const workspace = onlyResource(synthJson(stack), 'tfe_workspace').config;
    expect(workspace).toMatchObject({
      name: 'network-prod', organization: 'acme', working_directory: 'envs/prod', trigger_patterns: ['envs/prod/**/*.tf', 'modules/**'],
      tag_names: ['prod'], project_id: 'prj-123abc', auto_apply: true,
      vcs_repo: { identifier: 'PLAT/network', branch: 'release' },
    });
  });

  test('the default workspace name derives from the identifier', () => {
    const stack = newStack();
    onboard(stack, repos('plat/my.repo'));
    expect(onlyResource(synthJson(stack), 'tfe_workspace').config).toMatchObject({ name: 'PLAT-my-repo', vcs_repo: { identifier: 'PLAT/my.repo' } });
  });

  test('repositories can be added one at a time', () => {
    const stack = newStack();
    const onboarding = onboard(stack, []);
    onboarding.addRepository({ repository: 'PLAT/network' });
    onboarding.addRepository({ repository: 'PLAT/dns', branch: 'main' });
    expect(onboarding.onboarding.repositories).toEqual(['PLAT/network', 'PLAT/dns']);
    expect(Object.keys(workspacesByIdentifier(synthJson(stack))).sort()).toEqual(['PLAT/dns', 'PLAT/network']);
  });

  describe('construct ids derive from the repository, not its position', () => {
    function addresses(names: string[]): Record<string, string[]> {
      const stack = newStack();
      onboard(stack, repos(...names));
      const json = synthJson(stack);
      const byRepo: Record<string, string[]> = {};
      for (const [identifier, { address, config }] of Object.entries(workspacesByIdentifier(json))) {
        // The OAuth client's guard is shared by every workspace.
        byRepo[identifier] = [address, ...(config.depends_on as string[]).filter((d) => !d.startsWith('terraform_data.'))];
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
    expect(() => onboard(stack, repos('PLAT/network', 'APPS/x', 'plat/network')))
      .toThrow('DataCenterOnboarding.repositories[2].repository: "plat/network" repeats DataCenterOnboarding.repositories[0] (PLAT/network)');
  });

  test('two repositories that would share a workspace name are refused', () => {
    const stack = newStack();
    expect(() => onboard(stack, [{ repository: 'PLAT/a', workspaceName: 'same' }, { repository: 'PLAT/b', workspaceName: 'same' }]))
      .toThrow(/repositories\[1\]\.workspaceName: "same" is also the workspace name of DataCenterOnboarding\.repositories\[0\]/);
  });

  test('bad workspace settings are refused with the prop path', () => {
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a', workingDirectory: '../other' }]))
      .toThrow(/repositories\[0\]\.workingDirectory: "\.\.\/other" must be a path inside the repository/);
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a', workspaceName: 'has space' }]))
      .toThrow(/repositories\[0\]\.workspaceName: "has space" is not a TFE workspace name/);
    expect(() => onboard(newStack(), [{ repository: 'PLAT/a', tfeProjectId: 'Default' }]))
      .toThrow(/repositories\[0\]\.tfeProjectId: "Default" is not a TFE project id/);
    expect(() => onboard(newStack(), repos('network')))
      .toThrow(/repositories\[0\]\.repository: "network" is not "<PROJECT KEY>\/<repository slug>"/);
  });

  describe('a grant implied by PROJECT_ADMIN is not duplicated', () => {
    test('same stack: the connection\'s project grant is what the workspace waits for', () => {
      const stack = newStack();
      const connection = new DataCenterConnection(stack, 'connection', {
        bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme',
        serviceAccountName: 'svc-terraform', accessScope: AccessScope.PROJECT, projects: ['PLAT'],
        adminCredentials: DataCenterCredentials.fromToken('admin', secret(stack, 'bitbucket_token')), tfeToken: secret(stack, 'tfe_token'),
      });
      new DataCenterOnboarding(stack, 'onboarding', { connection, repositories: repos('PLAT/network') });
      const json = synthJson(stack);
      const grants = Object.entries(resourcesOf(json, 'restful_resource')).filter(([, r]) => String(r.path).endsWith('/permissions/users'));
      expect(grants.map(([, g]) => g.path)).toEqual(['/rest/api/1.0/projects/PLAT/permissions/users']);
      expect(onlyResource(json, 'tfe_workspace').config.depends_on).toContain(`restful_resource.${grants[0][0]}`);
      // The connection's own client is read back by id.
      const byId = Object.values(json.data!.restful_resource).filter((d) => String(d.id).startsWith('/oauth-clients/'));
      expect(byId.map((d) => d.id)).toEqual([`/oauth-clients/\${tfe_oauth_client.${onlyResource(json, 'tfe_oauth_client').id}.id}`]);
    });

    test('granted in an earlier stack: alreadyAdministeredProjects', () => {
      const stack = newStack();
      onboard(stack, repos('PLAT/network', 'APPS/payments'), { alreadyAdministeredProjects: ['plat'] });
      const json = synthJson(stack);
      const grants = Object.values(resourcesOf(json, 'restful_resource')).filter((r) => String(r.path).endsWith('/permissions/users'));
      expect(grants.map((g) => g.path)).toEqual(['/rest/api/1.0/projects/APPS/repos/payments/permissions/users']);
      expect(workspacesByIdentifier(json)['PLAT/network'].config.depends_on.filter((d: string) => d.startsWith('restful_resource.'))).toEqual([]);
    });
  });

  describe('adopting an OAuth client made in the UI', () => {
    test('by id', () => {
      const stack = newStack();
      onboard(stack, repos('PLAT/network'), { oauthClientId: 'oc-fromTheUi1' });
      const lookups = Object.values(synthJson(stack).data!.restful_resource).filter((d) => String(d.id).includes('oauth-clients'));
      expect(lookups.map((d) => d.id)).toEqual(['/oauth-clients/oc-fromTheUi1']);
    });

    test('by name and service provider', () => {
      const stack = newStack();
      onboard(stack, repos('PLAT/network'), { oauthClientId: undefined, oauthClientName: 'Bitbucket (made by hand)' });
      const json = synthJson(stack);
      const [lookupId, lookup] = Object.entries(json.data!.restful_resource).find(([, d]) => String(d.id).includes('oauth-clients'))!;
      expect(lookup).toMatchObject({ id: '/organizations/acme/oauth-clients', query: { 'page[size]': ['100'] } });
      const filter = Object.values(json.locals as Record<string, string>).find((l) => l.includes(`data.restful_resource.${lookupId}.output`));
      expect(filter).toBe(`\${[for c in try(data.restful_resource.${lookupId}.output.data, []) : c if c.attributes.name == "Bitbucket (made by hand)" && c.attributes["service-provider"] == "bitbucket_data_center"]}`);
      expect(resourcesOf(json, 'tfe_oauth_client')).toEqual({});
      expect(onlyResource(json, 'tfe_workspace').config.lifecycle.precondition[0].error_message).toContain('"Bitbucket (made by hand)" provider');
    });

    test('an id that is a token id is refused', () => {
      expect(() => onboard(newStack(), repos('PLAT/network'), { oauthClientId: 'ot-123' }))
        .toThrow(/^DataCenterConnectionAttributes\.oauthClientId: "ot-123" is not a TFE OAuth client id.*not the token id/);
    });

    test('both an id and a name are refused', () => {
      expect(() => onboard(newStack(), repos('PLAT/network'), { oauthClientName: 'x' }))
        .toThrow(/^DataCenterConnectionAttributes\.oauthClientId \/ DataCenterConnectionAttributes\.oauthClientName: "both" must identify the OAuth client the workspaces link through: give exactly one/);
    });
  });

  test('an onboarding creates no clone key: the connection owns the one key per OAuth token', () => {
    const stack = newStack();
    onboard(stack, repos('PLAT/network'));
    const json = synthJson(stack);
    expect(resourcesOf(json, 'tls_private_key')).toEqual({});
    expect(resourcesOf(json, 'restful_operation')).toEqual({});
  });

  test('needs the TFE token as a token', () => {
    expect(() => onboard(newStack(), repos('PLAT/network'), { tfeToken: undefined }))
      .toThrow(/^DataCenterConnectionAttributes\.tfeToken: \(not set\) is required to read the OAuth client through TFE's API/);
    expect(() => onboard(newStack(), repos('PLAT/network'), { tfeToken: 'literal-token' }))
      .toThrow(/^DataCenterConnectionAttributes\.tfeToken: \(a literal string\) would be written in clear/);
  });

  test('a connection made elsewhere is described completely', () => {
    expect(() => onboard(newStack(), repos('PLAT/a'), { organization: undefined }))
      .toThrow(/^DataCenterConnectionAttributes\.organization: \(not set\) is not a TFE organization name/);
    expect(() => onboard(newStack(), repos('PLAT/a'), { adminCredentials: undefined }))
      .toThrow(/^DataCenterConnectionAttributes\.adminCredentials: \(not set\) is required: onboarding grants the service account REPO_ADMIN with them/);
  });
});
