import { DataTfeOauthClient } from '@cdktf/provider-tfe/lib/data-tfe-oauth-client';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { Aspects, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AccessScope, BitbucketTfeChecks, DataCenterOnboarding } from '../../lib';
import { ALL_RULES } from '../../lib/checks/all-rules';
import { StackView } from '../../lib/checks/stack-view';
import { Resource as RestResource } from '../../lib/providers/restful/resource';
import { RestfulProvider } from '../../lib/providers/restful/provider';
import { newStack } from '../helpers/synth';
import { handWritten, healthy, secret } from './stacks';

/** The findings of one rule on a stack (the stack's JSON, as the checks see it). */
function findings(stack: TerraformStack, id: string): string[] {
  const rule = ALL_RULES.find((r) => r.id === id)!;
  return rule.check(StackView.of(stack)).map((f) => f.message);
}

describe('the rules', () => {
  test('a stack made by the library has no findings at all', () => {
    const stack = healthy();
    expect(ALL_RULES.flatMap((r) => r.check(StackView.of(stack)))).toEqual([]);
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('BBTFE1 fires for a workspace without REPO_ADMIN on its repository, and for REPO_WRITE', () => {
    const none = newStack();
    handWritten(none);
    expect(findings(none, 'BBTFE1')).toEqual([expect.stringMatching(/links PLAT\/network, but no grant in this stack gives the service account REPO_ADMIN/)]);
    const write = newStack();
    handWritten(write, { grant: 'REPO_WRITE', dependsOnGrant: true });
    expect(findings(write, 'BBTFE1')).toEqual([expect.stringMatching(/grants REPO_WRITE, which cannot manage webhooks/)]);
  });

  test('BBTFE1 and BBTFE2 judge a grant made through Bitbucket\'s permissions endpoint (restful_resource)', () => {
    function restfulGrant(permission: string, dependsOnGrant: boolean, path = '/rest/api/1.0/projects/PLAT/repos/network/permissions/users') {
      const stack = newStack();
      const api = new RestfulProvider(stack, 'api', { baseUrl: 'https://bitbucket.example.com', security: { http: { basic: { username: 'admin', password: secret(stack, 'pw') } } } });
      const tfe = new TfeProvider(stack, 'tfe', { hostname: 'tfe.example.com', token: secret(stack, 't') });
      const lookup = new DataTfeOauthClient(stack, 'lookup', { provider: tfe, organization: 'acme', oauthClientId: 'oc-abc123' });
      const grant = new RestResource(stack, 'grant', {
        provider: api, path, createMethod: 'PUT', createQuery: { name: ['svc'], permission: [permission] },
        readSelector: 'values.#(user.name=="svc")', body: { permission },
      });
      new Workspace(stack, 'workspace', {
        provider: tfe, name: 'network', organization: 'acme',
        vcsRepo: { identifier: 'PLAT/network', oauthTokenId: lookup.oauthTokenId },
        dependsOn: dependsOnGrant ? [grant] : undefined,
      });
      return stack;
    }
    expect(findings(restfulGrant('REPO_ADMIN', true), 'BBTFE1')).toEqual([]);
    expect(findings(restfulGrant('REPO_ADMIN', true), 'BBTFE2')).toEqual([]);
    expect(findings(restfulGrant('PROJECT_ADMIN', true, '/rest/api/1.0/projects/PLAT/permissions/users'), 'BBTFE1')).toEqual([]);
    expect(findings(restfulGrant('REPO_WRITE', true), 'BBTFE1'))
      .toEqual([expect.stringMatching(/links PLAT\/network, but restful_resource\.grant grants REPO_WRITE, which cannot manage webhooks/)]);
    expect(findings(restfulGrant('REPO_ADMIN', true, '/rest/api/1.0/projects/APPS/repos/network/permissions/users'), 'BBTFE1'))
      .toEqual([expect.stringMatching(/links PLAT\/network, but no grant in this stack gives the service account REPO_ADMIN/)]);
    expect(findings(restfulGrant('REPO_ADMIN', false), 'BBTFE2'))
      .toEqual([expect.stringMatching(/\(PLAT\/network\) does not depend on restful_resource\.grant/)]);
  });

  test('BBTFE1 is quiet with REPO_ADMIN, and with PROJECT_ADMIN covering the project', () => {
    const stack = newStack();
    handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    expect(findings(stack, 'BBTFE1')).toEqual([]);
    expect(findings(healthy({ accessScope: AccessScope.PROJECT, projects: ['PLAT'] }), 'BBTFE1')).toEqual([]);
  });

  test('BBTFE2 fires when the workspace does not wait for the grant, quiet when it does', () => {
    const unordered = newStack();
    handWritten(unordered, { grant: 'REPO_ADMIN', dependsOnGrant: false });
    expect(findings(unordered, 'BBTFE2')).toEqual([expect.stringMatching(/\(PLAT\/network\) does not depend on bitbucketserver_repository_permissions_user\.grant/)]);
    const ordered = newStack();
    handWritten(ordered, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    expect(findings(ordered, 'BBTFE2')).toEqual([]);
  });

  test('BBTFE3 fires when api_url keeps the context path or the provider points elsewhere', () => {
    const stack = newStack();
    const { client } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    client.httpUrl = 'https://bitbucket.example.com/bitbucket';
    client.apiUrl = 'https://bitbucket.example.com/bitbucket';
    expect(findings(stack, 'BBTFE3')).toEqual([
      expect.stringMatching(/api_url is "https:\/\/bitbucket\.example\.com\/bitbucket" but http_url .* is served from "https:\/\/bitbucket\.example\.com"/),
      expect.stringMatching(/http_url is "https:\/\/bitbucket\.example\.com\/bitbucket" but the bitbucketserver provider points at "https:\/\/bitbucket\.example\.com"/),
    ]);
  });

  test('BBTFE3 is quiet when the URLs agree', () => {
    const stack = newStack();
    handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    expect(findings(stack, 'BBTFE3')).toEqual([]);
    expect(findings(healthy(), 'BBTFE3')).toEqual([]);
  });

  test('BBTFE3 fires for a Cloud client with other URLs', () => {
    const stack = newStack();
    const { client } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    client.serviceProvider = 'bitbucket_hosted';
    client.apiUrl = 'https://bitbucket.org';
    expect(findings(stack, 'BBTFE3')).toEqual([
      expect.stringMatching(/http_url is "https:\/\/bitbucket\.example\.com"; Bitbucket Cloud's is "https:\/\/bitbucket\.org"/),
      expect.stringMatching(/api_url is "https:\/\/bitbucket\.org"; Bitbucket Cloud's is "https:\/\/api\.bitbucket\.org"/),
    ]);
  });

  test('BBTFE4 fires when the application link points at another host than TFE', () => {
    const stack = healthy();
    const link = stack.node.findAll().find((c): c is RestResource => c instanceof RestResource && c.pathInput === '/rest/applinks/3.0/applicationlink')!;
    expect(link.bodyInput).toMatchObject({ rpcUrl: 'https://tfe.example.com' });
    link.body = { ...link.bodyInput, rpcUrl: 'https://old-tfe.example.com', displayUrl: 'https://old-tfe.example.com' };
    expect(findings(stack, 'BBTFE4')).toEqual([
      expect.stringMatching(/^restful_resource\.\S+ links "https:\/\/old-tfe\.example\.com", but TFE is "tfe\.example\.com"/),
    ]);
    expect(findings(healthy(), 'BBTFE4')).toEqual([]);
    expect(findings(healthy({ applicationUrlPerOrganization: true }), 'BBTFE4')).toEqual([]);
  });

  test('BBTFE5 fires for a written callback URL on another host, quiet on the TFE host', () => {
    const stack = newStack();
    handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    new TerraformOutput(stack, 'callback', { value: 'https://tfe.other.example/auth/0e7b1c1a-3b5e-4f51-9a37-2d0c5e7d9f10/callback' });
    expect(findings(stack, 'BBTFE5')).toEqual([expect.stringMatching(/callback URL "https:\/\/tfe\.other\.example\/auth\/.*\/callback", whose host is not TFE's/)]);
    const quiet = newStack();
    handWritten(quiet, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    new TerraformOutput(quiet, 'callback', { value: 'https://tfe.example.com/auth/0e7b1c1a-3b5e-4f51-9a37-2d0c5e7d9f10/callback' });
    expect(findings(quiet, 'BBTFE5')).toEqual([]);
  });

  test('BBTFE6 fires for bitbucket_server, quiet for bitbucket_data_center', () => {
    const stack = newStack();
    const { client } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    expect(findings(stack, 'BBTFE6')).toEqual([]);
    client.serviceProvider = 'bitbucket_server';
    expect(findings(stack, 'BBTFE6')).toEqual([expect.stringMatching(/tfe_oauth_client\.client uses service_provider "bitbucket_server"/)]);
  });

  test('BBTFE7 fires for literal secrets, a sensitive default and a PEM key; quiet for tokens', () => {
    const stack = newStack();
    const { client, tfe } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    expect(findings(stack, 'BBTFE7')).toEqual([]);
    client.secret = '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----';
    tfe.token = 'abc.atlasv1.def';
    new TerraformVariable(stack, 'with_default', { type: 'string', sensitive: true, default: 'oops' });
    new RestfulProvider(stack, 'api', { alias: 'a', baseUrl: 'https://x.example', security: { http: { token: { token: 'literal' } } } });
    new TerraformLocal(stack, 'pem', '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----');
    new RestfulProvider(stack, 'basic', { alias: 'b', baseUrl: 'https://y.example', security: { http: { basic: { username: 'admin', password: 'hunter2' } } } });
    const messages = findings(stack, 'BBTFE7');
    expect(messages).toEqual(expect.arrayContaining([
      'tfe_oauth_client.client.secret is a literal string',
      'tfe_oauth_client.client contains a PEM private key',
      'local.pem contains a PEM private key',
      'tfe.token is a literal string',
      'restful.a.security.http.token.token is a literal string',
      'restful.b.security.http.basic.password is a literal string',
      'var.with_default is sensitive but has a default value, which is written into cdk.tf.json',
    ]));
    expect(messages.join('\n')).not.toContain('MIIE');
  });

  test('BBTFE7 asks for a token as the key of a Cloud client only', () => {
    const stack = newStack();
    const { client } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    expect(findings(stack, 'BBTFE7')).toEqual([]);
    client.serviceProvider = 'bitbucket_hosted';
    expect(findings(stack, 'BBTFE7')).toEqual(['tfe_oauth_client.client.key is a literal string']);
  });

  test('BBTFE8 warns about PROJECT_ADMIN, quiet for REPO_ADMIN', () => {
    expect(findings(healthy({ accessScope: AccessScope.PROJECT, projects: ['PLAT'] }), 'BBTFE8'))
      .toEqual([expect.stringMatching(/makes svc-terraform administrator of the whole project PLAT/)]);
    expect(findings(healthy(), 'BBTFE8')).toEqual([]);
  });

  test('BBTFE9 warns about http, quiet for https', () => {
    expect(findings(healthy({ bitbucketUrl: 'http://bitbucket.test:7990', allowInsecureHttp: true }), 'BBTFE9'))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^restful\.\S+\.base_url is "http:\/\/bitbucket\.test:7990"$/)]));
    expect(findings(healthy(), 'BBTFE9')).toEqual([]);
  });
});

describe('resources the library did not create', () => {
  /** A Data Center stack with a hand-written tfe workspace on PLAT/network and the given hand-written grants. */
  function restfulGrants(grants: Array<{ id: string; path: string; query?: Record<string, string[]>; body?: Record<string, string> }>, dependsOn: string[] = []) {
    const stack = newStack();
    const api = new RestfulProvider(stack, 'api', { baseUrl: 'https://bitbucket.example.com', security: { http: { basic: { username: 'admin', password: secret(stack, 'pw') } } } });
    const tfe = new TfeProvider(stack, 'tfe', { hostname: 'tfe.example.com', token: secret(stack, 't') });
    const lookup = new DataTfeOauthClient(stack, 'lookup', { provider: tfe, organization: 'acme', oauthClientId: 'oc-abc123' });
    const made = grants.map((g) => new RestResource(stack, g.id, { provider: api, path: g.path, createMethod: 'PUT', createQuery: g.query, body: g.body ?? {} }));
    new Workspace(stack, 'workspace', {
      provider: tfe, name: 'network', organization: 'acme',
      vcsRepo: { identifier: 'PLAT/network', oauthTokenId: lookup.oauthTokenId },
      dependsOn: made.filter((g) => dependsOn.includes(g.node.id)),
    });
    return stack;
  }
  const REPO = '/rest/api/1.0/projects/PLAT/repos/network/permissions/users';
  const PROJECT = '/rest/api/1.0/projects/PLAT/permissions/users';
  const query = (permission: string) => ({ name: ['svc'], permission: [permission] });

  test('BBTFE10 fires for a workspace with a literal OAuth token id, written directly or through a local', () => {
    const stack = newStack();
    const { workspace } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    expect(findings(stack, 'BBTFE10')).toEqual([]);
    workspace.vcsRepo.internalValue = { identifier: 'PLAT/network', oauthTokenId: 'ot-abc123' };
    expect(findings(stack, 'BBTFE10')).toEqual(['tfe_workspace.workspace (PLAT/network) links through the literal OAuth token id "ot-abc123"']);
    const token = new TerraformLocal(stack, 'token', 'ot-abc123');
    workspace.vcsRepo.internalValue = { identifier: 'PLAT/network', oauthTokenId: token.asString };
    expect(findings(stack, 'BBTFE10')).toEqual(['tfe_workspace.workspace (PLAT/network) links through the literal OAuth token id "ot-abc123" (local.token)']);
  });

  test('BBTFE10 is quiet for tokens read through a client, a lookup or a variable', () => {
    expect(findings(healthy(), 'BBTFE10')).toEqual([]);
    const stack = newStack();
    const { workspace } = handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: true });
    workspace.vcsRepo.internalValue = { identifier: 'PLAT/network', oauthTokenId: new TerraformVariable(stack, 'token', { type: 'string' }).stringValue };
    expect(findings(stack, 'BBTFE10')).toEqual([]);
  });

  test('BBTFE10 stops the synth of a stack with the checks, with its fix', () => {
    const stack = healthy();
    new Workspace(stack, 'by-hand', {
      name: 'legacy', organization: 'acme', vcsRepo: { identifier: 'PLAT/legacy', oauthTokenId: 'ot-abc123' },
      provider: stack.node.findAll().find((c): c is TfeProvider => c instanceof TfeProvider),
    });
    expect(() => Testing.synth(stack, true)).toThrow(/\[test\/by-hand\] BBTFE10 error: tfe_workspace\.by-hand \(PLAT\/legacy\) links through the literal OAuth token id "ot-abc123"\. .*Fix: Read the token through the OAuth client/);
  });

  test('a hand-written workspace that uses the library\'s token lookup is judged for its grant', () => {
    const stack = healthy();
    const onboarding = stack.node.findChild('onboarding') as DataCenterOnboarding;
    const tfe = stack.node.findAll().find((c): c is TfeProvider => c instanceof TfeProvider)!;
    const byHand = (id: string, repository: string) => new Workspace(stack, id, {
      provider: tfe, name: id, organization: 'acme', vcsRepo: { identifier: repository, oauthTokenId: onboarding.oauthClient.oauthTokenId },
    });
    byHand('dns', 'PLAT/dns');
    byHand('network-copy', 'PLAT/network');
    expect(findings(stack, 'BBTFE1')).toEqual([expect.stringMatching(/^tfe_workspace\.dns links PLAT\/dns, but no grant in this stack gives the service account REPO_ADMIN/)]);
    expect(findings(stack, 'BBTFE2')).toEqual([expect.stringMatching(/^tfe_workspace\.network-copy \(PLAT\/network\) does not depend on restful_resource\.connection_access_PLATnetwork_\w+$/)]);
  });

  test('a hand-written grant through the permissions endpoint is read from its query, in the 1.0 or latest form', () => {
    expect(findings(restfulGrants([{ id: 'grant', path: REPO, query: query('REPO_ADMIN') }], ['grant']), 'BBTFE1')).toEqual([]);
    expect(findings(restfulGrants([{ id: 'grant', path: REPO.replace('1.0', 'latest'), query: query('REPO_ADMIN') }], ['grant']), 'BBTFE1')).toEqual([]);
    expect(findings(restfulGrants([{ id: 'grant', path: REPO, query: query('REPO_WRITE') }], ['grant']), 'BBTFE1'))
      .toEqual([expect.stringMatching(/but restful_resource\.grant grants REPO_WRITE, which cannot manage webhooks/)]);
    expect(findings(restfulGrants([{ id: 'grant', path: PROJECT, query: query('PROJECT_ADMIN') }], ['grant']), 'BBTFE8'))
      .toEqual(['restful_resource.grant makes svc administrator of the whole project PLAT']);
  });

  test('the highest of several grants on a repository counts, and the workspace must wait for it', () => {
    const both = [{ id: 'write', path: REPO, query: query('REPO_WRITE') }, { id: 'admin', path: PROJECT, query: query('PROJECT_ADMIN') }];
    expect(findings(restfulGrants(both, ['admin']), 'BBTFE1')).toEqual([]);
    expect(findings(restfulGrants(both, ['admin']), 'BBTFE2')).toEqual([]);
    expect(findings(restfulGrants(both, ['write']), 'BBTFE2')).toEqual(['tfe_workspace.workspace (PLAT/network) does not depend on restful_resource.admin']);
  });
});

describe('BitbucketTfeChecks', () => {
  test('an error stops synth with the rule id, the finding and the fix', () => {
    const stack = newStack();
    handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: false });
    BitbucketTfeChecks.applyTo(stack);
    expect(() => Testing.synth(stack, true)).toThrow(/BBTFE2 error: tfe_workspace\.workspace \(PLAT\/network\) does not depend on .*Fix: Add the grant to the workspace's dependsOn/);
  });

  test('a warning is an annotation and synth goes on', () => {
    const stack = healthy({ accessScope: AccessScope.PROJECT, projects: ['PLAT'] });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === '@cdktf/warn');
    expect(warnings.map((w) => String(w.data))).toEqual([expect.stringMatching(/^BBTFE8 warning: .*PROJECT_ADMIN/)]);
  });

  test('disabled rules stay quiet; unknown ids are refused', () => {
    const stack = newStack();
    handWritten(stack, { grant: 'REPO_ADMIN', dependsOnGrant: false });
    BitbucketTfeChecks.applyTo(stack, { disabledRules: ['BBTFE2'] });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(() => BitbucketTfeChecks.applyTo(newStack(), { disabledRules: ['BBTFE99'] })).toThrow(/"BBTFE99" is not a rule id/);
  });

  test('the library\'s constructs add the checks once per stack', () => {
    const stack = healthy();
    expect(Aspects.of(stack).all.filter((a: unknown) => a instanceof BitbucketTfeChecks)).toHaveLength(1);
    
  });
});
