import { TerraformStack, TerraformVariable } from 'cdktf';
import { AccessScope } from '../../lib/onboarding/repository-access';
import { CloudServiceAccountAccess, CloudServiceAccountAccessProps } from '../../lib/cloud/access';
import { CLOUD_ADMIN } from '../../lib/domain/bitbucket-cloud';
import { CloudServiceAccount } from '../../lib/cloud/service-account';
import { IRepositoryAccess } from '../../lib/onboarding/repository-access';
import { BitbucketProvider } from '../../lib/providers/bitbucket/provider';
import { newStack, resourcesOf, synthJson } from '../helpers/synth';

const UUID = '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}';

function access(stack: TerraformStack, overrides: Partial<CloudServiceAccountAccessProps> = {}): CloudServiceAccountAccess {
  new BitbucketProvider(stack, 'bitbucket', {});
  return new CloudServiceAccountAccess(stack, 'access', { serviceAccountUuid: UUID, ...overrides });
}

function error(overrides: Partial<CloudServiceAccountAccessProps>): string {
  try {
    access(newStack(), overrides);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the access to be refused');
}

describe('CloudServiceAccountAccess', () => {
  test('is an IRepositoryAccess for bitbucket_hosted naming repositories workspace/slug', () => {
    const repositoryAccess: IRepositoryAccess = access(newStack());
    expect(repositoryAccess.serviceProvider).toBe('bitbucket_hosted');
    expect(repositoryAccess.repositoryIdentifier('acme/network.tf', 'Onboarding.repositories[0]')).toBe('acme/network.tf');
    expect(() => repositoryAccess.repositoryIdentifier('acme/Network', 'Onboarding.repositories[3]'))
      .toThrow(/^Onboarding\.repositories\[3\]: "acme\/Network" has "Network", which is not a Bitbucket Cloud repository slug/);
    expect(() => repositoryAccess.repositoryIdentifier('PLAT/network/x', 'Onboarding.repositories[1]'))
      .toThrow(/Onboarding\.repositories\[1\]: "PLAT\/network\/x" is not "<workspace id>\/<repository slug>"/);
  });

  test('grantRepository creates one admin grant per repository and returns it again', () => {
    const stack = newStack();
    const a = access(stack);
    const first = a.grantRepository('acme/network');
    expect(a.grantRepository('acme/network')).toBe(first);
    a.grantRepository('acme/payments');
    expect(a.grantedRepositories).toEqual(['acme/network', 'acme/payments']);
    const grants = Object.values(resourcesOf(synthJson(stack), 'bitbucket_repository_user_permission'));
    expect(grants).toHaveLength(2);
    expect(grants[0]).toMatchObject({ workspace: 'acme', repo_slug: 'network', user_id: UUID, permission: CLOUD_ADMIN });
    expect(CLOUD_ADMIN).toBe('admin');
  });

  test('grant ids derive from the repository, never its position', () => {
    const idsOf = (repositories: string[]): Record<string, string> => {
      const stack = newStack();
      access(stack, { repositories });
      const grants = resourcesOf(synthJson(stack), 'bitbucket_repository_user_permission');
      return Object.fromEntries(Object.entries(grants).map(([id, g]) => [`${g.workspace}/${g.repo_slug}`, id]));
    };
    const before = idsOf(['acme/network', 'acme/payments']);
    const after = idsOf(['acme/zeta', 'acme/payments', 'acme/alpha', 'acme/network']);
    expect(after['acme/network']).toBe(before['acme/network']);
    expect(after['acme/payments']).toBe(before['acme/payments']);
  });

  test('project scope: admin per project, and the project grant covers its mapped repositories', () => {
    const stack = newStack();
    const a = access(stack, {
      accessScope: AccessScope.PROJECT,
      projects: ['acme/PLAT'],
      repositoryProjects: { 'acme/network': 'plat' },
    });
    const projectGrant = a.grantRepository('acme/network');
    expect(a.coversProject('acme/plat')).toBe(true);
    expect(a.grantedProjects).toEqual(['acme/PLAT']);
    // not mapped to a project: gets its own admin grant (always correct, least privilege)
    const own = a.grantRepository('acme/elsewhere');
    expect(own).not.toBe(projectGrant);
    const json = synthJson(stack);
    expect(Object.values(resourcesOf(json, 'bitbucket_project_user_permission')))
      .toEqual([expect.objectContaining({ workspace: 'acme', project_key: 'PLAT', user_id: UUID, permission: 'admin' })]);
    expect(Object.values(resourcesOf(json, 'bitbucket_repository_user_permission')).map((g) => g.repo_slug)).toEqual(['elsewhere']);
  });

  test('project scope derives the projects from repositoryProjects', () => {
    const stack = newStack();
    access(stack, {
      accessScope: AccessScope.PROJECT,
      repositories: ['acme/network', 'acme/modules', 'other/app'],
      repositoryProjects: { 'acme/network': 'PLAT', 'acme/modules': 'PLAT', 'other/app': 'APPS' },
    });
    const grants = Object.values(resourcesOf(synthJson(stack), 'bitbucket_project_user_permission'));
    expect(grants.map((g) => `${g.workspace}/${g.project_key}`).sort()).toEqual(['acme/PLAT', 'other/APPS']);
  });

  test('a token UUID (a looked-up user) is passed through unchecked', () => {
    const stack = newStack();
    new BitbucketProvider(stack, 'bitbucket', {});
    const account = new CloudServiceAccount(stack, 'svc', { serviceAccountUuid: UUID.toUpperCase(), lookup: true });
    new CloudServiceAccountAccess(stack, 'access', { serviceAccountUuid: account.userUuid, repositories: ['acme/network'] });
    const json = synthJson(stack);
    const [userId] = Object.keys(json.data!.bitbucket_user);
    expect(json.data!.bitbucket_user[userId].uuid).toBe(UUID);
    expect(Object.values(resourcesOf(json, 'bitbucket_repository_user_permission'))[0].user_id).toBe(`\${data.bitbucket_user.${userId}.uuid}`);
  });
});

describe('CloudServiceAccountAccess refuses bad input', () => {
  test('a user id that is not a UUID', () => {
    expect(error({ serviceAccountUuid: 'svc-terraform' }))
      .toMatch(/^CloudServiceAccountAccess\.serviceAccountUuid: "svc-terraform" is not a Bitbucket Cloud account UUID/);
  });

  test('an unknown scope', () => {
    expect(error({ accessScope: 'workspace' as AccessScope }))
      .toMatch(/CloudServiceAccountAccess\.accessScope: "workspace" is not one of "repository", "project"/);
  });

  test('a duplicate repository names both entries', () => {
    expect(error({ repositories: ['acme/a', 'acme/b', 'acme/a'] }))
      .toMatch(/CloudServiceAccountAccess\.repositories\[2\]: "acme\/a" repeats CloudServiceAccountAccess\.repositories\[0\] \("acme\/a"\)/);
  });

  test('project scope without any project', () => {
    expect(error({ accessScope: AccessScope.PROJECT }))
      .toMatch(/CloudServiceAccountAccess\.projects: \[\] \(an empty list\) grants nothing with AccessScope\.PROJECT/);
    expect(error({ accessScope: AccessScope.PROJECT, projects: [] })).toMatch(/grants nothing with AccessScope\.PROJECT/);
  });

  test('project scope with a repository not mapped to a project', () => {
    expect(error({ accessScope: AccessScope.PROJECT, projects: ['acme/PLAT'], repositories: ['acme/network'] }))
      .toMatch(/CloudServiceAccountAccess\.repositories: "acme\/network" is not mapped to a project.*add "acme\/network": "<PROJECT KEY>" to repositoryProjects/);
  });

  test('project scope with a repository in a project that is not granted', () => {
    expect(error({ accessScope: AccessScope.PROJECT, projects: ['acme/PLAT'], repositories: ['acme/network'], repositoryProjects: { 'acme/network': 'APPS' } }))
      .toMatch(/CloudServiceAccountAccess\.repositories: "acme\/network" is in project acme\/APPS, which is not among the admin projects \["acme\/PLAT"\]/);
  });

  test('a project listed twice, in any case', () => {
    expect(error({ accessScope: AccessScope.PROJECT, projects: ['acme/PLAT', 'acme/plat'] }))
      .toMatch(/CloudServiceAccountAccess\.projects\[1\]: "acme\/plat" repeats CloudServiceAccountAccess\.projects\[0\] \("acme\/PLAT"\)/);
  });

  test('a project that is not workspace/KEY, and a bad key', () => {
    expect(error({ accessScope: AccessScope.PROJECT, projects: ['PLAT'] })).toMatch(/CloudServiceAccountAccess\.projects\[0\]: "PLAT" is not "<workspace id>\/<PROJECT KEY>"/);
    expect(error({ accessScope: AccessScope.PROJECT, projects: ['acme/Platform Team'] }))
      .toMatch(/CloudServiceAccountAccess\.projects\[0\]: "Platform Team" is not a Bitbucket Cloud project key/);
  });

  test('repositoryProjects with AccessScope.REPOSITORY', () => {
    expect(error({ repositoryProjects: { 'acme/network': 'PLAT' } }))
      .toMatch(/CloudServiceAccountAccess\.repositoryProjects: \{"acme\/network":"PLAT"\} only applies to AccessScope\.PROJECT/);
  });

  test('a repository given as a token (construct ids derive from it)', () => {
    const stack = newStack();
    const a = access(stack);
    const repository = new TerraformVariable(stack, 'repo', { type: 'string' }).stringValue;
    expect(() => a.grantRepository(repository)).toThrow(/CloudServiceAccountAccess\.repository: \(a token\) must be known at synth time/);
  });
});

describe('CloudServiceAccountAccess with AccessScope.PROJECT for onboarding', () => {
  test('projects come from repositoryProjects alone, and later grants reuse them', () => {
    const stack = newStack();
    const a = access(stack, { accessScope: AccessScope.PROJECT, repositoryProjects: { 'acme/network': 'PLAT' } });
    expect(a.grantedProjects).toEqual(['acme/PLAT']);
    const grant = a.grantRepository('acme/network');
    expect(a.grantRepository('acme/network')).toBe(grant);
    expect(resourcesOf(synthJson(stack), 'bitbucket_repository_user_permission')).toEqual({});
  });
});

describe('CloudServiceAccountAccess: coversProject, grantedRepositories and grantedProjects', () => {
  test('AccessScope.REPOSITORY: each admin grant listed as workspace/slug, no project granted or covered', () => {
    const stack = newStack();
    const a = access(stack, { repositories: ['acme/network', 'acme/payments'] });
    expect(a.accessScope).toBe(AccessScope.REPOSITORY);
    expect(a.grantedRepositories).toEqual(['acme/network', 'acme/payments']);
    expect(a.grantedProjects).toEqual([]);
    expect(a.coversProject('acme/PLAT')).toBe(false);
    a.grantRepository('acme/dns');
    a.grantRepository('acme/dns');
    expect(a.grantedRepositories).toEqual(['acme/network', 'acme/payments', 'acme/dns']);
    const json = synthJson(stack);
    expect(Object.values(resourcesOf(json, 'bitbucket_repository_user_permission')).map((g) => `${g.workspace}/${g.repo_slug}`).sort())
      .toEqual(['acme/dns', 'acme/network', 'acme/payments']);
    expect(resourcesOf(json, 'bitbucket_project_user_permission')).toEqual({});
  });

  test('AccessScope.PROJECT: projects listed as workspace/KEY and covered in any case, only in their own workspace', () => {
    const stack = newStack();
    const a = access(stack, {
      accessScope: AccessScope.PROJECT,
      projects: ['acme/PLAT', 'acme/OPS'],
      repositoryProjects: { 'acme/network': 'PLAT', 'acme/runbooks': 'ops' },
      repositories: ['acme/network', 'acme/runbooks'],
    });
    expect(a.grantedProjects).toEqual(['acme/PLAT', 'acme/OPS']);
    expect(a.coversProject('acme/PLAT')).toBe(true);
    expect(a.coversProject('acme/plat')).toBe(true);
    expect(a.coversProject('acme/OPS')).toBe(true);
    expect(a.coversProject('acme/APPS')).toBe(false);
    expect(a.coversProject('other/PLAT')).toBe(false);
    // Mapped repositories are covered by their project's grant: none of their own.
    expect(a.grantedRepositories).toEqual([]);
    // An unmapped repository gets an admin grant of its own, and is the only one listed.
    a.grantRepository('acme/payments');
    expect(a.grantedRepositories).toEqual(['acme/payments']);
    expect(a.grantedProjects).toEqual(['acme/PLAT', 'acme/OPS']);
    const json = synthJson(stack);
    expect(Object.values(resourcesOf(json, 'bitbucket_project_user_permission')).map((g) => `${g.workspace}/${g.project_key}`).sort())
      .toEqual(['acme/OPS', 'acme/PLAT']);
    expect(Object.values(resourcesOf(json, 'bitbucket_repository_user_permission')).map((g) => g.repo_slug)).toEqual(['payments']);
  });

  test('coversProject refuses what is not workspace/KEY, naming itself', () => {
    const a = access(newStack(), { accessScope: AccessScope.PROJECT, projects: ['acme/PLAT'] });
    expect(() => a.coversProject('PLAT')).toThrow(/^CloudServiceAccountAccess\.coversProject: "PLAT"/);
  });
});
