import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { parse } from 'yaml';
import { DataCenterConnection, DataCenterConnectionProps, DataCenterCredentials, OnboardingFileShards, OnboardingShardStack, RepositorySharding } from '../../lib';
import { OnboardingFileStack } from '../../examples/onboarding-file/stacks';
import { loadOnboardingFile } from '../../lib/onboarding-file/load';
import { planOnboardingFile } from '../../lib/onboarding-file/shards';
import { errorOf, SynthesizedStack } from '../helpers/synth';

const exampleYaml = join(__dirname, '..', '..', 'examples', 'onboarding-file', 'onboarding.yaml');
const dir = mkdtempSync(join(tmpdir(), 'onboarding-shards-'));
let written = 0;

/** The example file with a change applied to its parsed form. */
function variant(change: (spec: any) => void): string {
  const spec = parse(readFileSync(exampleYaml, 'utf8'));
  change(spec);
  const path = join(dir, `variant-${written++}.json`);
  writeFileSync(path, JSON.stringify(spec, null, 2));
  return path;
}

/** Synthesizes the app and reads back every stack's JSON and the manifest. */
function synthApp(app: App): { stacks: Record<string, any>; manifest: any } {
  app.synth();
  const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8'));
  const stacks = Object.fromEntries(Object.keys(manifest.stacks).map((name) => [name, JSON.parse(readFileSync(join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'))]));
  return { stacks, manifest };
}

function shardedApp(path: string, connect?: (app: App) => DataCenterConnection): { app: App; shards: OnboardingFileShards } {
  const app = Testing.app();
  const connection = connect?.(app);
  const shards = new OnboardingFileShards(app, { path, dataCenterConnections: connection ? { datacenter: connection } : undefined });
  return { app, shards };
}

const identifiers = (json: SynthesizedStack) => Object.values(json.resource?.tfe_workspace ?? {}).map((w) => w.vcs_repo.identifier).sort();

describe('an onboarding file split into stacks', () => {
  test('one stack per project and connection, named <prefix>-<connection>-<project>, each with its own repositories', () => {
    const { app, shards } = shardedApp(exampleYaml);
    expect(shards.stacks.map((s) => s.node.id)).toEqual(['onboarding-cloud-example', 'onboarding-datacenter-apps', 'onboarding-datacenter-plat']);
    const { stacks } = synthApp(app);
    expect(identifiers(stacks['onboarding-datacenter-plat'])).toEqual(['PLAT/network', 'PLAT/platform-modules']);
    expect(identifiers(stacks['onboarding-datacenter-apps'])).toEqual(['APPS/payments-service']);
    expect(identifiers(stacks['onboarding-cloud-example'])).toEqual(['example/website']);
    expect(shards.stackFor('PLAT/network')?.node.id).toBe('onboarding-datacenter-plat');
    expect(shards.stackFor('example/website', 'cloud')?.node.id).toBe('onboarding-cloud-example');
  });

  test('each shard declares only the credentials of its connection\'s flavour', () => {
    const { app } = shardedApp(exampleYaml);
    const { stacks } = synthApp(app);
    expect(Object.keys(stacks['onboarding-datacenter-plat'].variable!).sort()).toEqual(['bitbucket_admin_password', 'bitbucket_admin_username', 'tfe_token']);
    expect(Object.keys(stacks['onboarding-cloud-example'].variable!).sort()).toEqual(['bitbucket_cloud_api_token', 'bitbucket_cloud_username', 'tfe_token']);
    expect(stacks['onboarding-datacenter-plat'].variable!.bitbucket_admin_password.sensitive).toBe(true);
  });

  test('a shard writes its repositories\' blocks at the same addresses as one stack for the whole file', () => {
    const one = JSON.parse(Testing.synth(new OnboardingFileStack(Testing.app(), 'onboarding', exampleYaml), true));
    const { app } = shardedApp(exampleYaml);
    const { stacks } = synthApp(app);
    const addresses = (json: any, filter: (config: any) => boolean) => Object.entries<any>(json.resource.tfe_workspace).filter(([, w]) => filter(w)).map(([id]) => id).sort();
    const plat = (w: any) => w.vcs_repo.identifier.startsWith('PLAT/');
    expect(addresses(stacks['onboarding-datacenter-plat'], plat)).toEqual(addresses(one, plat));
    const grants = (json: any) => Object.keys(json.resource.restful_resource).filter((id) => id.includes('PLAT')).sort();
    expect(grants(stacks['onboarding-datacenter-plat'])).toEqual(grants(one));
  });

  test('projects with buckets are split by the hash; no shard is over the bucket size', () => {
    const path = variant((spec) => {
      spec.sharding = { bucketSize: 3, stackPrefix: 'ob' };
      spec.connections[0].projects = { PLAT: { buckets: 2 } };
      spec.repositories.push(...['dns', 'vpn', 'ci'].map((slug) => ({ repository: `PLAT/${slug}`, connection: 'datacenter' })));
    });
    const names = OnboardingFileShards.shardNames(path);
    expect(names).toEqual(['ob-cloud-example', 'ob-datacenter-apps', 'ob-datacenter-plat-0', 'ob-datacenter-plat-1']);
    const plan = planOnboardingFile('x', loadOnboardingFile(path));
    for (const shard of plan.shards.filter((s) => s.project === 'PLAT')) {
      expect(shard.entries.every((e) => RepositorySharding.bucketOf(e.identifier, 2) === shard.bucket)).toBe(true);
      expect(shard.entries.length).toBeLessThanOrEqual(3);
    }
  });

  test('a shard over the bucket size stops synth with the file, the setting and the count that fits', () => {
    const path = variant((spec) => {
      spec.sharding = { bucketSize: 1 };
    });
    // The connection declares no projects: the setting is placed at the connection, where it would be written.
    expect(errorOf(() => OnboardingFileShards.shardNames(path))).toBe(`${basename(path)}:8:5: connections[0].projects.PLAT.buckets: 1 leaves onboarding-datacenter-plat (2) `
      + 'with more repositories than bucketSize 1. Fix: set it to 3 (the smallest count that keeps every bucket of PLAT\'s 2 repositories within 1 today; take more to '
      + 'leave room: changing it later moves repositories between stacks), or raise bucketSize');
  });

  test('the schema knows the sharding keys: a misspelt one is named with the nearest known key', () => {
    const path = variant((spec) => {
      spec.connections[0].projects = { PLAT: { bucket: 2 } };
      spec.sharding = { bucketSize: 0 };
    });
    const message = errorOf(() => OnboardingFileShards.shardNames(path));
    expect(message).toContain('connections[0].projects.PLAT.bucket: unknown key; did you mean "buckets"?');
    expect(message).toContain('sharding.bucketSize: must be >= 1');
  });

  test('a declared project keeps all its stacks, empty ones too, so its last repositories can be removed by a deploy', () => {
    const path = variant((spec) => {
      spec.connections[0].projects = { OPS: {}, APPS: { buckets: 3 } };
    });
    expect(OnboardingFileShards.shardNames(path)).toEqual(['onboarding-cloud-example', 'onboarding-datacenter-apps-0', 'onboarding-datacenter-apps-1',
      'onboarding-datacenter-apps-2', 'onboarding-datacenter-ops', 'onboarding-datacenter-plat']);
    const { app } = shardedApp(path);
    const { stacks, manifest } = synthApp(app);
    expect(stacks['onboarding-datacenter-ops'].resource?.tfe_workspace).toBeUndefined();
    expect(manifest.stacks['onboarding-datacenter-ops'].annotations).toEqual([]);
  });

  test('a shard that is not in the file is refused, naming the file\'s shards', () => {
    expect(errorOf(() => new OnboardingShardStack(Testing.app(), 'onboarding-datacenter-nope', { path: exampleYaml })))
      .toBe('onboarding.yaml: has no shard onboarding-datacenter-nope; its shards are onboarding-cloud-example, onboarding-datacenter-apps, onboarding-datacenter-plat');
  });
});

describe('shards of a connection made in a connect stack', () => {
  const connectStack = (overrides: Partial<DataCenterConnectionProps> = {}) => (app: App) => {
    const stack = new TerraformStack(app, 'connect');
    const secret = (name: string) => new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
    const settings = OnboardingFileShards.dataCenterConnections(exampleYaml)[0];
    return new DataCenterConnection(stack, 'bitbucket', {
      bitbucketUrl: settings.bitbucketUrl, tfeHostname: settings.tfeHostname, organization: settings.organization,
      serviceAccountName: settings.serviceAccountName, oauthClientName: settings.oauthClientName,
      adminCredentials: DataCenterCredentials.fromPassword('admin', secret('password')), tfeToken: secret('tfe_token'), ...overrides,
    });
  };

  test('the file\'s connection settings come out as DataCenterConnection props', () => {
    expect(OnboardingFileShards.dataCenterConnections(exampleYaml)).toEqual([{
      name: 'datacenter', bitbucketUrl: 'https://bitbucket.example.com/bitbucket', serviceAccountName: 'svc-terraform',
      tfeHostname: 'tfe.example.com', organization: 'example-org', oauthClientName: 'Bitbucket Data Center', oauthClientId: undefined,
    }]);
  });

  test('each shard of that connection reads the client id from the connect stack\'s state and waits for it; others do not', () => {
    const { app } = shardedApp(exampleYaml, connectStack());
    const { stacks, manifest } = synthApp(app);
    expect(manifest.stacks['onboarding-datacenter-plat'].dependencies).toEqual(['connect']);
    expect(manifest.stacks['onboarding-datacenter-apps'].dependencies).toEqual(['connect']);
    expect(manifest.stacks['onboarding-cloud-example'].dependencies).toEqual([]);
    const plat = stacks['onboarding-datacenter-plat'];
    expect(Object.keys(plat.data.terraform_remote_state)).toEqual(['cross-stack-reference-input-connect']);
    const [read] = Object.values<any>(plat.data.restful_resource).filter((d) => String(d.id).startsWith('/oauth-clients/'));
    expect(read.id).toMatch(/^\/oauth-clients\/\$\{data\.terraform_remote_state\.cross-stack-reference-input-connect\.outputs\./);
  });

  test('a connect stack that describes another link is refused, naming each difference', () => {
    const message = errorOf(() => shardedApp(exampleYaml, connectStack({ bitbucketUrl: 'https://git.example.com', serviceAccountName: 'svc-other' })));
    expect(message).toBe('onboarding.yaml:10:5: connections[0] (datacenter): "connect/bitbucket" is made by a DataCenterConnection that differs from it: '
      + 'bitbucketUrl is "https://bitbucket.example.com/bitbucket" in the file and "https://git.example.com" in the connection; '
      + 'serviceAccount is "svc-terraform" in the file and "svc-other" in the connection. Fix: make the file\'s connection and the DataCenterConnection describe the same link');
  });

  test('a connection name that is not a data-center connection of the file is refused', () => {
    const app = Testing.app();
    const connection = connectStack()(app);
    expect(errorOf(() => new OnboardingFileShards(app, { path: exampleYaml, dataCenterConnections: { cloud: connection } })))
      .toContain('OnboardingFromFile.dataCenterConnections.cloud: the file has no data-center connection named "cloud"; its data-center connections are datacenter');
  });
});

describe('changing a bucket count: previousBuckets hands the moved repositories over in one deploy', () => {
  const repositories = ['network', 'dns', 'vpn', 'ci', 'cd', 'docs', 'infra', 'mesh'].map((slug) => `PLAT/${slug}`);
  const file = (projects: object) => variant((spec) => {
    spec.connections[0].projects = projects;
    spec.repositories = repositories.map((repository) => ({ repository, connection: 'datacenter' }));
    spec.connections = [spec.connections[0]];
  });

  test('from 2 to 4 buckets: a moved repository is forgotten by its old stack and imported by its new one; the rest stay', () => {
    const { app } = shardedApp(file({ PLAT: { buckets: 4, previousBuckets: 2 } }));
    const { stacks } = synthApp(app);
    expect(Object.keys(stacks).sort()).toEqual(['onboarding-datacenter-plat-0', 'onboarding-datacenter-plat-1', 'onboarding-datacenter-plat-2', 'onboarding-datacenter-plat-3']);
    for (const repository of repositories) {
      const [before, after] = [RepositorySharding.bucketOf(repository, 2), RepositorySharding.bucketOf(repository, 4)];
      const target = stacks[`onboarding-datacenter-plat-${after}`];
      const [address, workspace] = Object.entries<any>(target.resource.tfe_workspace).find(([, w]) => w.vcs_repo.identifier === repository)!;
      const imported = (target.import ?? []).find((i: any) => i.to === `tfe_workspace.${address}`);
      const forgotten = (stacks[`onboarding-datacenter-plat-${before}`].removed ?? []).filter((r: any) => r.from === `tfe_workspace.${address}`);
      if (before === after) {
        expect({ repository, imported, forgotten }).toEqual({ repository, imported: undefined, forgotten: [] });
      } else {
        expect({ repository, imported }).toEqual({ repository, imported: { to: `tfe_workspace.${address}`, id: `example-org/${workspace.name}`, provider: workspace.provider } });
        expect(forgotten).toHaveLength(1);
      }
    }
  });

  test('without previousBuckets, the new count simply applies', () => {
    const { app } = shardedApp(file({ PLAT: { buckets: 4 } }));
    const { stacks } = synthApp(app);
    for (const json of Object.values(stacks)) {
      expect(json.import).toBeUndefined();
      expect(json.removed).toBeUndefined();
    }
  });

  test('from 4 buckets back to 1: the old stacks hand everything over to the one stack', () => {
    const { app } = shardedApp(file({ PLAT: { buckets: 1, previousBuckets: 4 } }));
    const { stacks } = synthApp(app);
    expect(identifiers(stacks['onboarding-datacenter-plat'])).toEqual([...repositories].sort());
    expect(stacks['onboarding-datacenter-plat'].import).toHaveLength(repositories.length);
    const forgotten = Object.entries(stacks).filter(([name]) => name !== 'onboarding-datacenter-plat')
      .flatMap(([, json]) => (json.removed ?? []).filter((r: any) => r.from.startsWith('tfe_workspace.')));
    expect(forgotten).toHaveLength(repositories.length);
  });
});

describe('what a change of the file changes', () => {
  const fingerprints = (path: string) => Object.fromEntries(planOnboardingFile('x', loadOnboardingFile(path)).shards.map((s) => [s.name, s.fingerprint]));
  const changed = (a: Record<string, string>, b: Record<string, string>) => [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((n) => a[n] !== b[n]).sort();
  const base = fingerprints(exampleYaml);

  test('one entry: its shard only', () => {
    expect(changed(base, fingerprints(variant((spec) => { spec.repositories[0].branch = 'develop'; })))).toEqual(['onboarding-datacenter-plat']);
    expect(changed(base, fingerprints(variant((spec) => { spec.repositories.push({ repository: 'APPS/new', connection: 'datacenter' }); })))).toEqual(['onboarding-datacenter-apps']);
    expect(changed(base, fingerprints(variant((spec) => { spec.repositories.splice(3, 1); })))).toEqual(['onboarding-cloud-example']);
  });

  test('defaults: every shard whose entries they reach', () => {
    // APPS/payments-service sets autoApply itself, so its shard does not change.
    expect(changed(base, fingerprints(variant((spec) => { spec.defaults.autoApply = true; })))).toEqual(['onboarding-cloud-example', 'onboarding-datacenter-plat']);
    expect(changed(base, fingerprints(variant((spec) => { spec.defaults.tags = ['team-platform']; })))).toEqual(Object.keys(base).sort());
  });

  test('a connection: its shards only; another project\'s sharding settings: none of these', () => {
    expect(changed(base, fingerprints(variant((spec) => { spec.connections[0].alreadyAdministeredProjects = ['OPS']; }))))
      .toEqual(['onboarding-datacenter-apps', 'onboarding-datacenter-plat']);
    // Declaring a project adds its (empty) stacks and changes no existing one.
    expect(changed(base, fingerprints(variant((spec) => { spec.connections[0].projects = { OPS: { buckets: 4 } }; }))))
      .toEqual([0, 1, 2, 3].map((b) => `onboarding-datacenter-ops-${b}`));
  });
});
