import { TerraformStack } from 'cdktf';
import { AccessScope, DataCenterServiceAccountAccess, DataCenterServiceAccountAccessProps } from '../../lib';
import { RestfulProvider } from '../../lib/providers/restful/provider';
import { newStack, resourcesOf, synthJson, SynthesizedStack } from '../helpers/synth';

function access(stack: TerraformStack, props: Partial<DataCenterServiceAccountAccessProps> = {}): DataCenterServiceAccountAccess {
  new RestfulProvider(stack, 'bitbucket', { baseUrl: 'https://bitbucket.example.com' });
  return new DataCenterServiceAccountAccess(stack, 'access', { serviceAccountName: 'svc-terraform', ...props });
}

/** Each grant's permissions path and level, by path. */
function grants(json: SynthesizedStack): Record<string, string> {
  return Object.fromEntries(Object.values(resourcesOf(json, 'restful_resource'))
    .filter((r) => String(r.path).endsWith('/permissions/users'))
    .map((r) => [r.path, r.create_query.permission[0]]));
}

describe('DataCenterServiceAccountAccess with AccessScope.REPOSITORY', () => {
  test('grantedRepositories lists each REPO_ADMIN grant as PROJECT/slug; no project is granted or covered', () => {
    const stack = newStack();
    const a = access(stack, { repositories: ['PLAT/network', 'apps/payments'] });
    expect(a.accessScope).toBe(AccessScope.REPOSITORY);
    expect(a.grantedRepositories).toEqual(['PLAT/network', 'APPS/payments']);
    expect(a.grantedProjects).toEqual([]);
    expect(a.coversProject('PLAT')).toBe(false);
    expect(a.coversProject('APPS')).toBe(false);

    // A repository onboarded later gets its grant once, and is listed after the others.
    const dns = a.grantRepository('PLAT/dns');
    expect(a.grantRepository('plat/dns')).toBe(dns);
    expect(a.grantedRepositories).toEqual(['PLAT/network', 'APPS/payments', 'PLAT/dns']);

    expect(grants(synthJson(stack))).toEqual({
      '/rest/api/1.0/projects/PLAT/repos/network/permissions/users': 'REPO_ADMIN',
      '/rest/api/1.0/projects/APPS/repos/payments/permissions/users': 'REPO_ADMIN',
      '/rest/api/1.0/projects/PLAT/repos/dns/permissions/users': 'REPO_ADMIN',
    });
  });

  test('a project administered elsewhere is covered (any case) but not granted here, and its repositories get no grant', () => {
    const stack = newStack();
    const a = access(stack, { repositories: ['PLAT/network'], alreadyAdministeredProjects: ['ops'] });
    expect(a.coversProject('OPS')).toBe(true);
    expect(a.coversProject('ops')).toBe(true);
    expect(a.coversProject('PLAT')).toBe(false);
    expect(a.grantRepository('OPS/runbooks')).toBeUndefined();
    expect(a.grantedRepositories).toEqual(['PLAT/network']);
    expect(a.grantedProjects).toEqual([]);
    expect(Object.keys(grants(synthJson(stack)))).toEqual(['/rest/api/1.0/projects/PLAT/repos/network/permissions/users']);
  });

  test('an empty access grants and covers nothing', () => {
    const a = access(newStack());
    expect(a.grantedRepositories).toEqual([]);
    expect(a.grantedProjects).toEqual([]);
    expect(a.coversProject('PLAT')).toBe(false);
  });
});

describe('DataCenterServiceAccountAccess with AccessScope.PROJECT', () => {
  test('grantedProjects lists each PROJECT_ADMIN grant in upper case; coversProject answers for them in any case', () => {
    const stack = newStack();
    const a = access(stack, { accessScope: AccessScope.PROJECT, projects: ['plat', 'OPS'], repositories: ['PLAT/network'] });
    expect(a.grantedProjects).toEqual(['PLAT', 'OPS']);
    expect(a.coversProject('PLAT')).toBe(true);
    expect(a.coversProject('plat')).toBe(true);
    expect(a.coversProject('OPS')).toBe(true);
    expect(a.coversProject('APPS')).toBe(false);
    // The listed repository is covered by its project's grant: no REPO_ADMIN grant of its own.
    expect(a.grantedRepositories).toEqual([]);
    expect(grants(synthJson(stack))).toEqual({
      '/rest/api/1.0/projects/PLAT/permissions/users': 'PROJECT_ADMIN',
      '/rest/api/1.0/projects/OPS/permissions/users': 'PROJECT_ADMIN',
    });
  });

  test('the projects default to those of the repositories; a repository outside them gets a REPO_ADMIN grant of its own', () => {
    const stack = newStack();
    const a = access(stack, { accessScope: AccessScope.PROJECT, repositories: ['PLAT/network', 'APPS/payments', 'PLAT/dns'] });
    expect(a.grantedProjects).toEqual(['PLAT', 'APPS']);
    expect(a.grantRepository('PLAT/network')).toBe(a.grantRepository('PLAT/dns'));
    expect(a.grantedRepositories).toEqual([]);

    a.grantRepository('SEC/vault');
    expect(a.coversProject('SEC')).toBe(false);
    expect(a.grantedRepositories).toEqual(['SEC/vault']);
    expect(a.grantedProjects).toEqual(['PLAT', 'APPS']);
    expect(grants(synthJson(stack))).toEqual({
      '/rest/api/1.0/projects/PLAT/permissions/users': 'PROJECT_ADMIN',
      '/rest/api/1.0/projects/APPS/permissions/users': 'PROJECT_ADMIN',
      '/rest/api/1.0/projects/SEC/repos/vault/permissions/users': 'REPO_ADMIN',
    });
  });

  test('a personal project (~user) keeps its key as written', () => {
    const a = access(newStack(), { accessScope: AccessScope.PROJECT, projects: ['~alice'] });
    expect(a.grantedProjects).toEqual(['~alice']);
    expect(a.coversProject('~alice')).toBe(true);
    expect(a.grantedRepositories).toEqual([]);
  });
});
