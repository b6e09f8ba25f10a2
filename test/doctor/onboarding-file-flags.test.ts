import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DoctorFlags, resolveDoctorOptions } from '../../lib/doctor/cli';
import { UsageError } from '../../lib/doctor/errors';

const example = join(__dirname, '..', '..', 'examples', 'onboarding-file', 'onboarding.yaml');
const io = { env: { TFE_TOKEN: 'tfe-token-for-test', BITBUCKET_TOKEN: 'bitbucket-token-for-test' }, readFile: (path: string) => readFileSync(path, 'utf8') };
const flags = (extra: Partial<DoctorFlags>): DoctorFlags => ({ flavor: 'data-center', repo: [], onboardingFile: example, ...extra });

describe('doctor --onboarding-file', () => {
  test('checks the Data Center connection\'s URL and repositories, and the file\'s TFE organization', () => {
    const options = resolveDoctorOptions(flags({ connection: 'datacenter' }), io);
    expect(options.flavor).toBe('data-center');
    expect(options.bitbucketUrl).toBe('https://bitbucket.example.com/bitbucket');
    expect(options.repositories.map((r) => `${r.owner}/${r.slug}`)).toEqual(['PLAT/network', 'PLAT/platform-modules', 'APPS/payments-service']);
    expect(options.tfe).toMatchObject({ address: 'https://tfe.example.com', organization: 'example-org' });
  });

  test('checks the Cloud connection as Cloud', () => {
    const options = resolveDoctorOptions(flags({ connection: 'cloud' }), io);
    expect(options.flavor).toBe('cloud');
    expect(options.repositories.map((r) => `${r.owner}/${r.slug}`)).toEqual(['example/website']);
  });

  test('asks which connection when the file has several', () => {
    expect(() => resolveDoctorOptions(flags({}), io)).toThrow(new UsageError(`${example} has several connections (datacenter, cloud): choose one with --connection`));
    expect(() => resolveDoctorOptions(flags({ connection: 'dc' }), io)).toThrow(/--connection dc is not in .*; its connections are datacenter, cloud/);
  });

  test('refuses flags the file already answers', () => {
    expect(() => resolveDoctorOptions(flags({ connection: 'datacenter', repo: ['PLAT/x'] }), io)).toThrow(/--repo comes from --onboarding-file/);
    expect(() => resolveDoctorOptions(flags({ connection: 'datacenter', bitbucketUrl: 'https://x' }), io)).toThrow(/--bitbucket-url comes from --onboarding-file/);
  });

  test('a bad file is a usage error that names the file and the key', () => {
    const bad = { ...io, readFile: () => 'version: 1\ntfe: { organization: acme }\nconnections: []\nrepositories: []\n' };
    expect(() => resolveDoctorOptions(flags({ onboardingFile: 'onboarding.yaml' }), bad)).toThrow(new UsageError('onboarding.yaml:3:14: connections: expected at least 1 entry'));
  });
});

describe('doctor --onboarding-file: what the deploy will do', () => {
  test("the file's service account, OAuth client name and grants reach the doctor", () => {
    const options = resolveDoctorOptions(flags({ connection: 'datacenter', beforeDeploy: true }), io);
    expect(options.serviceAccount).toBe('svc-terraform');
    expect(options.tfe?.oauthClientName).toBe('Bitbucket Data Center');
    expect(options.beforeDeploy).toBe(true);
    expect(options.repositories.every((r) => r.grantedByDeploy === true)).toBe(true);
    const cloud = resolveDoctorOptions(flags({ connection: 'cloud' }), io);
    expect(cloud.serviceAccount).toBe('{3f2504e0-4f89-41d3-9a0c-0305e82c3301}');
    expect(cloud.tfe?.oauthClientName).toBe('Bitbucket Cloud');
  });

  test('projects administered elsewhere get no grant from the deploy, so they are not pending', () => {
    const text = readFileSync(example, 'utf8').replace('    serviceAccount: svc-terraform\n', '    serviceAccount: svc-terraform\n    alreadyAdministeredProjects: [APPS]\n');
    const options = resolveDoctorOptions(flags({ connection: 'datacenter', beforeDeploy: true }), { ...io, readFile: () => text });
    expect(options.repositories.map((r) => [`${r.owner}/${r.slug}`, r.grantedByDeploy])).toEqual([
      ['PLAT/network', true],
      ['PLAT/platform-modules', true],
      ['APPS/payments-service', false],
    ]);
  });

  test('--before-deploy without the file is a usage error; --oauth-client-id wins over the name', () => {
    expect(() => resolveDoctorOptions({ flavor: 'data-center', repo: [], bitbucketUrl: 'https://bb.example.com', beforeDeploy: true }, io)).toThrow(/--before-deploy needs --onboarding-file/);
    const byId = resolveDoctorOptions(flags({ connection: 'datacenter', oauthClientId: 'oc-123' }), io);
    expect(byId.tfe).toMatchObject({ oauthClientId: 'oc-123', oauthClientName: undefined });
  });
});

describe('doctor --onboarding-file --shard: only the shards a pipeline deploys', () => {
  test('checks the repositories of the named shards, and finds their connection', () => {
    const options = resolveDoctorOptions(flags({ shard: ['onboarding-datacenter-plat'] }), io);
    expect(options.flavor).toBe('data-center');
    expect(options.repositories.map((r) => `${r.owner}/${r.slug}`)).toEqual(['PLAT/network', 'PLAT/platform-modules']);
    const both = resolveDoctorOptions(flags({ connection: 'datacenter', shard: ['onboarding-datacenter-apps', 'onboarding-datacenter-plat'] }), io);
    expect(both.repositories).toHaveLength(3);
    const cloud = resolveDoctorOptions(flags({ shard: ['onboarding-cloud-example'], beforeDeploy: true }), io);
    expect(cloud.flavor).toBe('cloud');
    expect(cloud.repositories.map((r) => `${r.owner}/${r.slug}`)).toEqual(['example/website']);
  });

  test('unknown shards, shards of several connections and shards without the file are usage errors', () => {
    expect(() => resolveDoctorOptions(flags({ shard: ['onboarding-datacenter-ops'] }), io))
      .toThrow(/--shard onboarding-datacenter-ops is not a shard of .*onboarding\.yaml; its shards are onboarding-cloud-example, onboarding-datacenter-apps, onboarding-datacenter-plat/);
    expect(() => resolveDoctorOptions(flags({ shard: ['onboarding-datacenter-plat', 'onboarding-cloud-example'] }), io))
      .toThrow('--shard names shards of several connections (datacenter, cloud); check one connection per run');
    expect(() => resolveDoctorOptions(flags({ connection: 'cloud', shard: ['onboarding-datacenter-plat'] }), io))
      .toThrow('--shard onboarding-datacenter-plat is a shard of connection datacenter, not of --connection cloud');
    expect(() => resolveDoctorOptions({ flavor: 'data-center', repo: ['PLAT/x'], bitbucketUrl: 'https://x.example.com', shard: ['a'] }, io))
      .toThrow('--shard names a shard of --onboarding-file; give the file too');
  });
});
