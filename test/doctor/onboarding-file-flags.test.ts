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
    expect(() => resolveDoctorOptions(flags({ onboardingFile: 'onboarding.yaml' }), bad)).toThrow(/onboarding\.yaml: connections: expected at least 1 entry/);
  });
});
