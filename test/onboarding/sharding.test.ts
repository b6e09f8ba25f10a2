import { createHash } from 'node:crypto';
import { TerraformStack, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { BitbucketServiceProvider, CloudConnection, CloudCredentials, CloudOAuthClientSource, DataCenterConnection, DataCenterCredentials, DataCenterOnboarding, RepositorySharding, RepositoryWorkspaceOptions } from '../../lib';
import { newStack, resourcesOf, SynthesizedStack, synthJson } from '../helpers/synth';

const sharding = (projects: { [key: string]: { buckets?: number; shardName?: string } } = {}, bucketSize?: number) =>
  new RepositorySharding({ stackPrefix: 'onboarding-dc', projects, bucketSize });

describe('RepositorySharding', () => {
  test('the bucket is the first four bytes of the SHA-256 of the identifier, big-endian, modulo the bucket count', () => {
    // sha256("PLAT/network") starts 4567f0e3 = 1164439779; 1164439779 % 4 = 3.
    expect(createHash('sha256').update('PLAT/network').digest().readUInt32BE(0)).toBe(1164439779);
    expect(RepositorySharding.bucketOf('PLAT/network', 4)).toBe(3);
    expect(RepositorySharding.bucketOf('PLAT/dns', 8)).toBe(6);
    expect(RepositorySharding.bucketOf('PLAT/dns', 1)).toBe(0);
  });

  test('one stack per project by default; a project with buckets gets <prefix>-<project>-<bucket>', () => {
    const s = sharding({ PLAT: { buckets: 4 } });
    expect(s.shardOf('APPS/payments')).toBe('onboarding-dc-apps');
    expect(s.shardOf('PLAT/network')).toBe('onboarding-dc-plat-3');
    // Project keys are case-insensitive in Bitbucket, and so are they here.
    expect(s.shardOf('plat/network')).toBe('onboarding-dc-plat-3');
    expect(sharding({ plat: { buckets: 4 } }).shardOf('PLAT/network')).toBe('onboarding-dc-plat-3');
    expect(s.shardNamesOf('PLAT')).toEqual(['onboarding-dc-plat-0', 'onboarding-dc-plat-1', 'onboarding-dc-plat-2', 'onboarding-dc-plat-3']);
    expect(sharding({ '~JDOE': {} }).shardOf('~JDOE/dotfiles')).toBe('onboarding-dc-user-jdoe');
    expect(sharding({ PLAT: { shardName: 'platform' } }).shardOf('PLAT/network')).toBe('onboarding-dc-platform');
  });

  test('a renamed repository stays in the shard of its earlier identifier, where its workspace\'s state is', () => {
    const s = sharding({ PLAT: { buckets: 8 } });
    expect(s.shardOf('PLAT/dns')).toBe('onboarding-dc-plat-6');
    expect(s.shardOf('PLAT/network')).toBe('onboarding-dc-plat-3');
    expect(s.shardOf('PLAT/dns', 'PLAT/network')).toBe('onboarding-dc-plat-3');
    expect(s.shardOf('APPS/network', 'PLAT/network')).toBe('onboarding-dc-plat-3');
  });

  test('Bitbucket Cloud shards by workspace', () => {
    const s = new RepositorySharding({ serviceProvider: BitbucketServiceProvider.CLOUD, stackPrefix: 'onboarding-cloud', projects: { acme: { buckets: 4 } } });
    expect(s.shardOf('acme/website')).toBe('onboarding-cloud-acme-3');
    expect(s.shardOf('other.team/site')).toBe('onboarding-cloud-other-team');
    expect(() => s.shardOf('PLAT/network')).toThrow(/not a Bitbucket Cloud workspace id/);
  });

  test('group keeps the given order within a shard and orders shards by name', () => {
    const shards = sharding({ PLAT: { buckets: 2 } }).group(['PLAT/a', 'APPS/x', 'PLAT/b', 'PLAT/c', 'APPS/y'].map((repository) => ({ repository })));
    expect(shards.map((s) => [s.name, s.project, s.bucket, s.buckets, s.repositories.map((r) => r.repository)])).toEqual([
      ['onboarding-dc-apps', 'APPS', 0, 1, ['APPS/x', 'APPS/y']],
      ...['onboarding-dc-plat-0', 'onboarding-dc-plat-1'].map((name, bucket) => [name, 'PLAT', bucket, 2,
        ['PLAT/a', 'PLAT/b', 'PLAT/c'].filter((r) => RepositorySharding.bucketOf(r, 2) === bucket)]).filter(([, , , , list]) => (list as string[]).length > 0),
    ]);
  });

  test('a shard over the bucket size stops with the bucket count that fits, at the setting that fixes it', () => {
    const repositories = Array.from({ length: 250 }, (_, i) => ({ repository: `PLAT/repo-${i}` }));
    const message = (() => {
      try {
        sharding({}, 100).group(repositories);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/^RepositorySharding\.projects\.PLAT\.buckets: 1 leaves onboarding-dc-plat \(250\) with more repositories than bucketSize 100\. Fix: set it to (\d+) /);
    const suggested = Number(/set it to (\d+)/.exec(message)![1]);
    expect(suggested).toBeGreaterThanOrEqual(3);
    const fitted = sharding({ PLAT: { buckets: suggested } }, 100).group(repositories);
    expect(Math.max(...fitted.map((s) => s.repositories.length))).toBeLessThanOrEqual(100);
    // One fewer does not fit (the suggestion is the smallest).
    if (suggested > 3) expect(() => sharding({ PLAT: { buckets: suggested - 1 } }, 100).group(repositories)).toThrow(/more repositories than bucketSize/);
  });

  test('settings are checked where they are given', () => {
    expect(() => sharding({ PLAT: { buckets: 0 } })).toThrow(/RepositorySharding\.projects\.PLAT\.buckets: 0 is not a whole number from 1 to 1024/);
    expect(() => sharding({ 'not a key': { buckets: 2 } })).toThrow(/RepositorySharding\.projects\.not a key: "not a key" is not a Bitbucket project key/);
    expect(() => sharding({ PLAT: {}, plat: {} })).toThrow(/names a project listed already/);
    expect(() => sharding({ PLAT: { shardName: 'Bad Name' } })).toThrow(/is not a stack name part/);
    expect(() => sharding({ PLAT: { shardName: 'x' }, APPS: { shardName: 'x' } })).toThrow(/is also the stack name part of project PLAT/);
    expect(() => new RepositorySharding({ stackPrefix: 'Onboarding' })).toThrow(/RepositorySharding\.stackPrefix: "Onboarding" is not a stack name prefix/);
    expect(() => sharding({}, 0)).toThrow(/RepositorySharding\.bucketSize: 0 is not a positive whole number/);
  });

  test('adding or removing a repository never moves another one (property)', () => {
    const repository = fc.tuple(fc.constantFrom('PLAT', 'APPS', 'DATA'), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/)).map(([p, s]) => `${p}/${s}`);
    fc.assert(fc.property(fc.uniqueArray(repository, { minLength: 1, maxLength: 60 }), repository, (list, extra) => {
      const s = sharding({ PLAT: { buckets: 5 }, DATA: { buckets: 2 } }, 1000);
      const before = new Map(s.group(list.map((r) => ({ repository: r }))).flatMap((shard) => shard.repositories.map((r) => [r.repository, shard.name] as const)));
      const changed = list.includes(extra) ? list.filter((r) => r !== extra) : [...list, extra];
      const after = new Map(s.group(changed.map((r) => ({ repository: r }))).flatMap((shard) => shard.repositories.map((r) => [r.repository, shard.name] as const)));
      for (const [r, shard] of after) if (before.has(r)) expect(before.get(r)).toBe(shard);
    }), { numRuns: 200 });
  });
});

function onboard(stack: TerraformStack, repositories: RepositoryWorkspaceOptions[], handOver: RepositoryWorkspaceOptions[] = []): SynthesizedStack {
  const token = new TerraformVariable(stack, 'tfe_token', { type: 'string', sensitive: true }).stringValue;
  const onboarding = new DataCenterOnboarding(stack, 'onboarding', {
    connection: DataCenterConnection.fromConnectionAttributes(stack, 'connection', {
      bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme', serviceAccountName: 'svc-terraform',
      oauthClientId: 'oc-abc123', adminCredentials: DataCenterCredentials.fromToken('admin', token), tfeToken: token,
    }),
    repositories,
  });
  handOver.forEach((r) => onboarding.onboarding.handOver(r));
  return synthJson(stack);
}

describe('handing a repository over to another stack (resharding)', () => {
  test('the stack that had it forgets its workspace and grant at the addresses they had', () => {
    const had = onboard(newStack('old'), [{ repository: 'PLAT/network' }, { repository: 'PLAT/dns' }]);
    const workspace = Object.entries(resourcesOf(had, 'tfe_workspace')).find(([, w]) => w.vcs_repo.identifier === 'PLAT/network')![0];
    const grant = Object.entries(resourcesOf(had, 'restful_resource')).find(([, r]) => r.path === '/rest/api/1.0/projects/PLAT/repos/network/permissions/users')![0];

    const after = onboard(newStack('old'), [{ repository: 'PLAT/dns' }], [{ repository: 'PLAT/network' }]);
    expect(after.removed).toEqual([
      { from: `tfe_workspace.${workspace}`, lifecycle: { destroy: false } },
      { from: `restful_resource.${grant}`, lifecycle: { destroy: false } },
    ]);
    expect(Object.values(resourcesOf(after, 'tfe_workspace')).map((w) => w.vcs_repo.identifier)).toEqual(['PLAT/dns']);
  });

  test('the stack that takes it over imports the workspace by organization/name and grants again', () => {
    const json = onboard(newStack('new'), [{ repository: 'PLAT/network', adoptExistingWorkspace: true }, { repository: 'PLAT/dns' }]) as SynthesizedStack & { import?: unknown[] };
    const [workspace, config] = Object.entries(resourcesOf(json, 'tfe_workspace')).find(([, w]) => w.vcs_repo.identifier === 'PLAT/network')!;
    expect(json.import).toEqual([{ to: `tfe_workspace.${workspace}`, id: 'acme/PLAT-network', provider: config.provider }]);
    expect(Object.values(resourcesOf(json, 'restful_resource')).map((r) => r.path)).toContain('/rest/api/1.0/projects/PLAT/repos/network/permissions/users');
  });

  test('Bitbucket Cloud: the admin grant is forgotten too', () => {
    const stack = newStack();
    const token = new TerraformVariable(stack, 'token', { type: 'string', sensitive: true }).stringValue;
    const connection = new CloudConnection(stack, 'cloud', {
      tfeHostname: 'tfe.example.com', organization: 'acme', workspace: 'acme', serviceAccountUuid: '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}',
      oauthClient: CloudOAuthClientSource.adoptByName('Bitbucket Cloud'), bitbucketCredentials: CloudCredentials.fromApiToken('me@example.com', token), tfeToken: token,
    });
    const grant = connection.access.repositoryGrantAddress('acme/website')!;
    connection.access.grantRepository('acme/website');
    const json = synthJson(stack);
    expect(grant).toMatch(/^bitbucket_repository_user_permission\./);
    expect(Object.keys(resourcesOf(json, 'bitbucket_repository_user_permission')).map((id) => `bitbucket_repository_user_permission.${id}`)).toEqual([grant]);
  });
});
