/**
 * A sharded onboarding file with real Terraform: the connect stack made from the file's settings, shards that read
 * its client id from its state (a cross-stack reference through terraform_remote_state) and deploy on their own,
 * and a change of a project's bucket count handed over in one deploy (removed blocks in the old stacks, import
 * blocks in the new ones) without touching anything in Bitbucket or TFE.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, LocalBackend } from 'cdktf';
import { OnboardingFileShards, RepositorySharding } from '../../lib';
import { ConnectStack } from '../../examples/onboarding-file/stacks';
import { selfSignedCertificate } from '../doctor/fakes/tls';
import { FakeBitbucketDc, startFakeBitbucketDc } from './fakes/bitbucket-dc';
import { FakeTfe, startFakeTfe } from './fakes/tfe';
import { providerSchema } from './harness/schemas';
import { RunningStandIn, startStandIn } from './harness/server';
import { TerraformWorkdir } from './harness/terraform';
import { trustCertificates } from './providers/http-client';
import { restfulProvider } from './providers/restful';
import { tfeProvider } from './providers/tfe';
import { tlsProvider } from './providers/tls';

jest.setTimeout(600_000);

const ADMIN = { name: 'admin', password: 'admin-password' };
const SERVICE_ACCOUNT = { name: 'svc-terraform', password: 'svc-password' };
const ORGANIZATION = 'example-org';
const TFE_TOKEN = 'tfe-owner-token';
const REPOSITORIES = ['network', 'dns', 'vpn', 'ci', 'cd', 'docs', 'billing', 'ledger'].map((slug) => `PLAT/${slug}`);
const parallelism = 10;

let bitbucket: FakeBitbucketDc;
let tfe: FakeTfe;
let standIns: RunningStandIn[];
let root: string;
const workdirs = new Map<string, TerraformWorkdir>();

/** Writes the file, synthesizes the app (connect stack and shards, each with its own fixed local state) and updates the workdirs. */
function synth(projects: object): string[] {
  const file = path.join(root, 'onboarding.yaml');
  fs.writeFileSync(file, [
    'version: 1',
    `tfe: { hostname: "${tfe.hostname}", organization: ${ORGANIZATION} }`,
    'connections:',
    `  - { name: datacenter, flavor: data-center, bitbucketUrl: "${bitbucket.url}", serviceAccount: ${SERVICE_ACCOUNT.name},`,
    `      oauthClient: { name: Bitbucket Data Center }, projects: ${JSON.stringify(projects)} }`,
    'defaults: { branch: main }',
    'repositories:',
    ...REPOSITORIES.map((r) => `  - { repository: ${r} }`),
    '',
  ].join('\n'));
  const outdir = fs.mkdtempSync(path.join(root, 'out-'));
  const app = new App({ outdir, skipValidation: false });
  const [settings] = OnboardingFileShards.dataCenterConnections(file);
  const connect = new ConnectStack(app, 'connect', settings);
  const shards = new OnboardingFileShards(app, { path: file, dataCenterConnections: { datacenter: connect.connection } });
  for (const stack of [connect, ...shards.stacks]) new LocalBackend(stack, { path: path.join(root, `${stack.node.id}.tfstate`) });
  app.synth();
  const names = [connect, ...shards.stacks].map((s) => s.node.id);
  for (const name of names) {
    const config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
    const known = workdirs.get(name);
    if (known) known.writeConfig(config);
    else {
      workdirs.set(name, TerraformWorkdir.fromConfig(config, standIns, {
        vars: { bitbucket_admin_username: ADMIN.name, bitbucket_admin_password: ADMIN.password, tfe_token: TFE_TOKEN },
        keepBackend: true,
        timeoutMs: 300_000,
      }));
    }
  }
  return names.filter((n) => n !== 'connect');
}

/** Addresses of the workspaces a stack's state manages, by repository. */
async function managedWorkspaces(stack: string): Promise<Record<string, string>> {
  const resources = await workdirs.get(stack)!.resources();
  return Object.fromEntries(Object.values(resources).filter((r) => r.type === 'tfe_workspace').map((r) => [r.values.vcs_repo[0].identifier, r.values.id]));
}

beforeAll(async () => {
  const certificate = selfSignedCertificate();
  trustCertificates([certificate.cert]);
  const tls = { key: certificate.key, cert: certificate.cert };
  bitbucket = await startFakeBitbucketDc({ users: [{ ...ADMIN, admin: true }, SERVICE_ACCOUNT], repositories: REPOSITORIES, contextPath: '/bitbucket', tls });
  tfe = await startFakeTfe({ organization: ORGANIZATION, token: TFE_TOKEN, bitbucket, tls });
  standIns = await Promise.all([
    startStandIn(restfulProvider()),
    startStandIn(tfeProvider({ schema: providerSchema('tfe') })),
    startStandIn(tlsProvider(providerSchema('tls'))),
  ]);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bitbucket-tfe-shards-'));
});

afterAll(async () => {
  await Promise.all((standIns ?? []).map((s) => s.stop()));
  await Promise.all([bitbucket?.close(), tfe?.close()]);
  workdirs.forEach((wd) => wd.cleanup());
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('a sharded onboarding file, deployed with real Terraform', () => {
  let firstIds: Map<string, string>;

  test('each shard reads the client from the connect stack\'s state and deploys on its own', async () => {
    const shards = synth({ PLAT: { buckets: 2 } });
    expect(shards).toEqual(['onboarding-datacenter-plat-0', 'onboarding-datacenter-plat-1']);
    // Before the connect stack exists, a shard's plan stops at its state.
    const early = await workdirs.get(shards[0])!.plan({ parallelism, expectFailure: true });
    expect(early.stderr.replace(/\s+/g, ' ')).toContain('data.terraform_remote_state.cross-stack-reference-input-connect');

    await workdirs.get('connect')!.apply({ parallelism });
    tfe.authorize(tfe.clients()[0].id, SERVICE_ACCOUNT.name);
    await workdirs.get('connect')!.apply({ parallelism });
    await Promise.all(shards.map((s) => workdirs.get(s)!.apply({ parallelism })));

    for (const [bucket, shard] of shards.entries()) {
      const managed = await managedWorkspaces(shard);
      expect(Object.keys(managed).sort()).toEqual(REPOSITORIES.filter((r) => RepositorySharding.bucketOf(r, 2) === bucket).sort());
    }
    expect(tfe.workspaces()).toHaveLength(REPOSITORIES.length);
    for (const repository of REPOSITORIES) expect(bitbucket.grantHolders(repository)[SERVICE_ACCOUNT.name]).toBe('REPO_ADMIN');
    firstIds = new Map(tfe.workspaces().map((w) => [w.vcsRepo!.identifier, w.id]));
  });

  test('buckets 2 -> 4 with previousBuckets: every moved repository changes stack in one deploy; nothing changes in Bitbucket or TFE', async () => {
    const moving = REPOSITORIES.filter((r) => RepositorySharding.bucketOf(r, 2) !== RepositorySharding.bucketOf(r, 4));
    // Most move to the new buckets 2 and 3; PLAT/billing and PLAT/ledger stay in bucket 1.
    expect(moving.length).toBeGreaterThan(0);
    expect(moving.length).toBeLessThan(REPOSITORIES.length);
    const mark = { bitbucket: bitbucket.requests.length, tfe: tfe.requests.length };
    const shards = synth({ PLAT: { buckets: 4, previousBuckets: 2 } });
    expect(shards).toEqual([0, 1, 2, 3].map((b) => `onboarding-datacenter-plat-${b}`));
    // Old and new stacks deploy side by side, as the pipeline runs them.
    await Promise.all(shards.map((s) => workdirs.get(s)!.apply({ parallelism })));

    for (const [bucket, shard] of shards.entries()) {
      const managed = await managedWorkspaces(shard);
      expect({ shard, repositories: Object.keys(managed).sort() })
        .toEqual({ shard, repositories: REPOSITORIES.filter((r) => RepositorySharding.bucketOf(r, 4) === bucket).sort() });
      for (const [repository, id] of Object.entries(managed)) expect(id).toBe(firstIds.get(repository));
    }
    expect(new Map(tfe.workspaces().map((w) => [w.vcsRepo!.identifier, w.id]))).toEqual(firstIds);
    for (const repository of REPOSITORIES) expect(bitbucket.grantHolders(repository)[SERVICE_ACCOUNT.name]).toBe('REPO_ADMIN');
    const since = [...bitbucket.requests.slice(mark.bitbucket), ...tfe.requests.slice(mark.tfe)];
    expect(since.filter((r) => r.method === 'DELETE' || (r.method === 'POST' && r.path.endsWith('/workspaces')))).toEqual([]);

    // Without previousBuckets the stacks plan nothing.
    synth({ PLAT: { buckets: 4 } });
    for (const shard of shards) expect({ shard, changes: (await workdirs.get(shard)!.plan({ parallelism, detailedExitCode: true })).changes }).toEqual({ shard, changes: false });
  });
});
