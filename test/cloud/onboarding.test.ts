import { TerraformStack, TerraformVariable } from 'cdktf';
import { AccessScope } from '../../lib/onboarding/repository-access';
import { CloudConnection, CloudConnectionProps } from '../../lib/cloud/connection';
import { RepositoryOnboarding, RepositoryWorkspaceOptions } from '../../lib/onboarding/repository-onboarding';
import { onlyOAuthClientLookup } from '../helpers/oauth-client-lookup';
import { newStack, resourcesOf, synthJson } from '../helpers/synth';

const UUID = '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}';

function onboard(stack: TerraformStack, repositories: RepositoryWorkspaceOptions[], overrides: Partial<CloudConnectionProps> = {}): RepositoryOnboarding {
  const connection = new CloudConnection(stack, 'bitbucket', {
    tfeHostname: 'tfe.example.com',
    organization: 'acme-org',
    workspace: 'acme',
    serviceAccountUuid: UUID,
    bitbucketCredentials: {
      username: 'admin@example.com',
      password: new TerraformVariable(stack, 'bitbucket_api_token', { type: 'string', sensitive: true }).stringValue,
    },
    tfeToken: new TerraformVariable(stack, 'tfe_token', { type: 'string', sensitive: true }).stringValue,
    ...overrides,
  });
  return new RepositoryOnboarding(stack, 'onboarding', {
    organization: 'acme-org',
    access: connection.access,
    oauthClient: connection.oauthClientLookup,
    provider: connection.tfeProvider,
    authorizationInstructions: connection.authorizationStep,
    repositories,
  });
}

describe('RepositoryOnboarding of Bitbucket Cloud repositories', () => {
  test('one admin grant per repository, and a workspace with vcs_repo workspace/slug that depends on it', () => {
    const stack = newStack();
    onboard(stack, [{ repository: 'acme/network' }, { repository: 'acme/payments-service', branch: 'main' }]);
    const json = synthJson(stack);
    const grants = resourcesOf(json, 'bitbucket_repository_user_permission');
    const grantOf = Object.fromEntries(Object.entries(grants).map(([id, g]) => [`${g.workspace}/${g.repo_slug}`, `bitbucket_repository_user_permission.${id}`]));
    expect(Object.keys(grantOf).sort()).toEqual(['acme/network', 'acme/payments-service']);
    for (const grant of Object.values(grants)) expect(grant).toMatchObject({ permission: 'admin', user_id: UUID });

    const lookup = onlyOAuthClientLookup(json);
    const workspaces = Object.values(resourcesOf(json, 'tfe_workspace'));
    expect(workspaces).toHaveLength(2);
    for (const workspace of workspaces) {
      const identifier = workspace.vcs_repo.identifier;
      // After its grant (the webhook is created as the service account), and after the client's guard.
      expect(workspace.depends_on).toEqual([grantOf[identifier], `terraform_data.${lookup.guardId}`]);
      expect(workspace.vcs_repo.oauth_token_id).toBe(lookup.oauthTokenId);
      expect(workspace.provider).toBe(`tfe.${json.provider!.tfe[0].alias}`);
      // No run before the workspace has its variables; TFE's safe delete.
      expect(workspace).toMatchObject({ queue_all_runs: false, force_delete: false });
    }
    expect(workspaces.map((w) => w.name).sort()).toEqual(['acme-network', 'acme-payments-service']);
    expect(workspaces.find((w) => w.vcs_repo.identifier === 'acme/payments-service')!.vcs_repo.branch).toBe('main');
  });

  test('the precondition tells the user to grant access as the service account', () => {
    const stack = newStack();
    onboard(stack, [{ repository: 'acme/network' }]);
    const json = synthJson(stack);
    const lookup = onlyOAuthClientLookup(json);
    const [workspace] = Object.values(resourcesOf(json, 'tfe_workspace'));
    // Cloud has no repository-existence check: the token is the only precondition.
    expect(workspace.lifecycle.precondition).toHaveLength(1);
    expect(workspace.lifecycle.precondition[0].condition).toBe(`\${length(local.${lookup.tokens}) == 1}`);
    const message: string = workspace.lifecycle.precondition[0].error_message;
    expect(message).toMatch(/^The Bitbucket OAuth client has no OAuth token yet, so acme\/network cannot be linked\./);
    expect(message).toContain('"Grant access" in Bitbucket while logged in as the service account');
    expect(message).toContain(UUID);
  });

  test('a repository granted by the connection is not granted twice', () => {
    const stack = newStack();
    onboard(stack, [{ repository: 'acme/network' }], { repositories: ['acme/network'] });
    expect(Object.keys(resourcesOf(synthJson(stack), 'bitbucket_repository_user_permission'))).toHaveLength(1);
  });

  test('with project scope the workspace depends on the project grant', () => {
    const stack = newStack();
    onboard(stack, [{ repository: 'acme/network' }], {
      accessScope: AccessScope.PROJECT, projects: ['acme/PLAT'], repositoryProjects: { 'acme/network': 'PLAT' },
    });
    const json = synthJson(stack);
    const [projectGrant] = Object.keys(resourcesOf(json, 'bitbucket_project_user_permission'));
    expect(resourcesOf(json, 'bitbucket_repository_user_permission')).toEqual({});
    const [workspace] = Object.values(resourcesOf(json, 'tfe_workspace'));
    expect(workspace.depends_on).toEqual([`bitbucket_project_user_permission.${projectGrant}`, `terraform_data.${onlyOAuthClientLookup(json).guardId}`]);
  });

  test('a Data Center identifier is refused with the Cloud form in the message', () => {
    expect(() => onboard(newStack(), [{ repository: 'PLAT/network' }]))
      .toThrow(/^RepositoryOnboarding\.repositories\[0\]\.repository: "PLAT\/network" has "PLAT", which is not a Bitbucket Cloud workspace id \(write "plat\/network"\)\. Fix: .*not by project key/);
  });

  test('a repository onboarded twice names both entries', () => {
    expect(() => onboard(newStack(), [{ repository: 'acme/network' }, { repository: 'acme/network' }]))
      .toThrow(/RepositoryOnboarding\.repositories\[1\]\.repository: "acme\/network" repeats RepositoryOnboarding\.repositories\[0\]/);
  });
});

describe('onboarding offered by the connection', () => {
  test('CloudConnection.addRepository grants admin, then links the workspace, like a RepositoryOnboarding', () => {
    const stack = newStack();
    const connection = new CloudConnection(stack, 'bitbucket', {
      tfeHostname: 'tfe.example.com', organization: 'acme-org', workspace: 'acme', serviceAccountUuid: UUID,
      bitbucketCredentials: { username: 'admin@example.com', password: new TerraformVariable(stack, 'bitbucket_api_token', { type: 'string', sensitive: true }).stringValue },
      tfeToken: new TerraformVariable(stack, 'tfe_token', { type: 'string', sensitive: true }).stringValue,
    });
    const workspace = connection.addRepository({ repository: 'acme/network' })!;
    connection.addRepository({ repository: 'acme/dns', branch: 'main' });
    const json = synthJson(stack);
    const workspaces = Object.values(resourcesOf(json, 'tfe_workspace'));
    expect(workspaces.map((w) => w.vcs_repo.identifier).sort()).toEqual(['acme/dns', 'acme/network']);
    const grants = resourcesOf(json, 'bitbucket_repository_user_permission');
    for (const w of workspaces) {
      const grant = (w.depends_on as string[]).find((d) => d.startsWith('bitbucket_repository_user_permission.'))!;
      expect(grants[grant.split('.')[1]]).toMatchObject({ repo_slug: w.vcs_repo.identifier.split('/')[1], permission: 'admin' });
    }
    expect(workspace.node.path).toBe('test/bitbucket/onboarding/acme--network');
  });
});
