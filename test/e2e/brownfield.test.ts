/**
 * Brownfield, with real Terraform: an organization linked by hand (application link, OAuth client, workspaces
 * made in the UIs) is adopted through `bitbucket-tfe discover` and the onboarding file. Every workspace keeps its
 * id and webhook; nothing is created twice, nothing replaced, and a second plan is empty.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, LocalBackend } from 'cdktf';
import { OnboardingFileStack } from '../../examples/onboarding-file/stacks';
import { discover, DiscoverResult } from '../../lib/doctor/discover';
import { selfSignedCertificate } from '../doctor/fakes/tls';
import { connectByHand, HandMadeConnection, workspaceByHand } from './fakes/by-hand';
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
const ORGANIZATION = 'brownfield-org';
const TFE_TOKEN = 'tfe-owner-token';
const parallelism = 10;

let bitbucket: FakeBitbucketDc;
let tfe: FakeTfe;
let standIns: RunningStandIn[];
let connection: HandMadeConnection;
let root: string;
let certificatePem: string;
let workdir: TerraformWorkdir;
let discovered: DiscoverResult;
/** Workspace name -> id, as made by hand. */
const byHand: Record<string, string> = {};

beforeAll(async () => {
  const certificate = selfSignedCertificate();
  trustCertificates([certificate.cert]);
  certificatePem = certificate.cert;
  const tls = { key: certificate.key, cert: certificate.cert };
  bitbucket = await startFakeBitbucketDc({
    users: [{ ...ADMIN, admin: true }, SERVICE_ACCOUNT],
    repositories: ['PLAT/network', 'PLAT/dns', 'APPS/payments-service', 'APPS/web', 'APPS/batch'],
    contextPath: '/bitbucket',
    tls,
  });
  tfe = await startFakeTfe({ organization: ORGANIZATION, token: TFE_TOKEN, bitbucket, tls });
  standIns = await Promise.all([startStandIn(restfulProvider()), startStandIn(tfeProvider({ schema: providerSchema('tfe') })), startStandIn(tlsProvider(providerSchema('tls')))]);

  // Linked by hand, years ago: an administrator granted the service account REPO_ADMIN repository by repository,
  // made the application link and the OAuth client, and teams created their workspaces in TFE's UI.
  for (const repository of ['PLAT/network', 'APPS/payments-service', 'APPS/web', 'APPS/batch']) bitbucket.grantRepository(repository, SERVICE_ACCOUNT.name, 'REPO_ADMIN');
  connection = await connectByHand(bitbucket, tfe, {
    tfeToken: TFE_TOKEN, admin: ADMIN, serviceAccount: SERVICE_ACCOUNT.name, clientName: 'Bitbucket', consumerKey: 'tfe-by-hand', applicationUrl: `https://${tfe.hostname}`,
  });
  const [project] = tfe.state.projects;
  const tokenId = connection.tokenId;
  byHand['PLAT-network'] = await workspaceByHand(tfe, TFE_TOKEN, {
    name: 'PLAT-network', identifier: 'PLAT/network', tokenId, branch: 'main', workingDirectory: 'envs/prod', triggerPatterns: ['envs/prod/**/*.tf'], tags: ['network', 'team:platform'],
  });
  byHand.payments = await workspaceByHand(tfe, TFE_TOKEN, { name: 'payments', identifier: 'APPS/payments-service', tokenId, autoApply: true, projectId: project.id, description: 'Payments' });
  byHand['APPS-batch'] = await workspaceByHand(tfe, TFE_TOKEN, { name: 'APPS-batch', identifier: 'APPS/batch', tokenId });
  // Someone turned file triggers off: the onboarding file has no key for it, so the deploy turns it back on.
  byHand['APPS-web'] = await workspaceByHand(tfe, TFE_TOKEN, { name: 'APPS-web', identifier: 'APPS/web', tokenId, fileTriggersEnabled: false });
  byHand.sandbox = await workspaceByHand(tfe, TFE_TOKEN, { name: 'sandbox' });
  // The batch workspace already manages infrastructure: deleting it would be refused, recreating it would lose that.
  tfe.setResourceCount('APPS-batch', 12);

  root = fs.mkdtempSync(path.join(os.tmpdir(), 'bitbucket-tfe-brownfield-'));
});

afterAll(async () => {
  await Promise.all((standIns ?? []).map((s) => s.stop()));
  await Promise.all([bitbucket?.close(), tfe?.close()]);
  workdir?.cleanup();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

/** Synthesizes the onboarding-file example's stack over this file, with its state in one place across synths. */
function synth(file: string): object {
  const outdir = fs.mkdtempSync(path.join(root, 'out-'));
  const app = new App({ outdir, skipValidation: false });
  const stack = new OnboardingFileStack(app, 'onboarding', file);
  new LocalBackend(stack, { path: path.join(root, 'onboarding.tfstate') });
  app.synth();
  return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'onboarding', 'cdk.tf.json'), 'utf8'));
}

const vars = {
  bitbucket_admin_username: ADMIN.name, bitbucket_admin_password: ADMIN.password, tfe_token: TFE_TOKEN,
  // The file has no Bitbucket Cloud connection; the example's stack declares these anyway.
  bitbucket_cloud_username: 'unused', bitbucket_cloud_api_token: 'unused',
};

describe('adopting an organization linked by hand', () => {
  test('discover writes the file: the four linked workspaces with their ids and settings, the unlinked one in a comment', async () => {
    discovered = await discover({
      tfe: { address: tfe.url, token: TFE_TOKEN, organization: ORGANIZATION },
      oauthClientName: 'Bitbucket',
      // The fakes' self-signed certificate, as NODE_EXTRA_CA_CERTS would give it to the command.
      ca: certificatePem,
    });
    expect(discovered.adopted.map((w) => [w.repository, w.id])).toEqual([
      ['APPS/batch', byHand['APPS-batch']],
      ['APPS/payments-service', byHand.payments],
      ['APPS/web', byHand['APPS-web']],
      ['PLAT/network', byHand['PLAT-network']],
    ]);
    expect(discovered.adopted.find((w) => w.repository === 'APPS/web')?.changes).toEqual(['file-triggers-enabled false -> true']);
    expect(discovered.notAdopted).toEqual([{ id: byHand.sandbox, name: 'sandbox', reason: 'not linked to a repository' }]);
    expect(discovered.file.connections).toEqual([{
      name: 'datacenter', flavor: 'data-center', bitbucketUrl: bitbucket.url, serviceAccount: SERVICE_ACCOUNT.name, oauthClient: { id: connection.clientId },
    }]);
  });

  test('the first plan imports every adopted workspace, creates only what is new, and replaces nothing', async () => {
    // A team adds a repository that has no workspace yet.
    const file = path.join(root, 'onboarding.yaml');
    fs.writeFileSync(file, discovered.yaml.replace(/\nrepositories:\n/, '\nrepositories:\n  - repository: PLAT/dns\n    branch: main\n'));
    workdir = TerraformWorkdir.fromConfig(synth(file), standIns, { vars, keepBackend: true, timeoutMs: 180_000 });

    const plan = await workdir.plan({ parallelism, detailedExitCode: true, out: 'adopt.tfplan' });
    // Added: a grant per repository (an idempotent PUT, also where REPO_ADMIN was granted by hand), the OAuth
    // client's guard and the PLAT/dns workspace. The four workspaces made by hand are imported.
    expect(plan.stdout).toContain('Plan: 4 to import, 7 to add, 4 to change, 0 to destroy.');
    expect(plan.stdout).not.toMatch(/must be replaced|will be destroyed/);
    for (const id of [byHand['PLAT-network'], byHand.payments, byHand['APPS-batch'], byHand['APPS-web']]) {
      expect(plan.stdout).toContain(`# (imported from "${id}")`);
    }

    const json = JSON.parse((await workdir.run(['show', '-json', 'adopt.tfplan'])).stdout);
    const workspaces = (json.resource_changes as any[]).filter((c) => c.type === 'tfe_workspace');
    const changed = (c: any) => Object.keys(c.change.after).filter((k) => JSON.stringify(c.change.before?.[k] ?? null) !== JSON.stringify(c.change.after[k] ?? null)).sort();
    const imported = Object.fromEntries(workspaces.filter((c) => c.change.importing).map((c) => [c.change.after.name, { id: c.change.importing.id, actions: c.change.actions, changed: changed(c) }]));
    // An entry that matches the live workspace changes nothing but force_delete: the tfe provider's import does not
    // read it back (resource_tfe_workspace.go's importer sets only the id), so the SDK sees "" against the
    // configured false. It is kept in Terraform's state; nothing is sent to TFE for it.
    expect(imported).toEqual({
      'PLAT-network': { id: byHand['PLAT-network'], actions: ['update'], changed: ['force_delete'] },
      'payments': { id: byHand.payments, actions: ['update'], changed: ['force_delete'] },
      'APPS-batch': { id: byHand['APPS-batch'], actions: ['update'], changed: ['force_delete'] },
      'APPS-web': { id: byHand['APPS-web'], actions: ['update'], changed: ['file_triggers_enabled', 'force_delete'] },
    });
    expect(workspaces.filter((c) => !c.change.importing).map((c) => [c.change.after.name, c.change.actions])).toEqual([['PLAT-dns', ['create']]]);

    const mark = tfe.requests.length;
    const webhooksBefore = Object.fromEntries(['PLAT/network', 'APPS/payments-service', 'APPS/web', 'APPS/batch'].map((r) => [r, bitbucket.webhooksOf(r).map((h) => h.id)]));
    await workdir.apply({ parallelism, planFile: 'adopt.tfplan' });

    // Every workspace made by hand is still the same workspace, with its webhook; one workspace was created.
    for (const [name, id] of Object.entries(byHand)) expect(tfe.workspace(name)?.id).toBe(id);
    expect(tfe.workspaces()).toHaveLength(Object.keys(byHand).length + 1);
    expect(tfe.workspace('PLAT-dns')?.vcsRepo?.identifier).toBe('PLAT/dns');
    for (const [repository, hooks] of Object.entries(webhooksBefore)) expect(bitbucket.webhooksOf(repository).map((h) => h.id)).toEqual(hooks);
    expect(tfe.workspace('APPS-batch')?.resourceCount).toBe(12);
    // Only the workspace whose settings differed was written to (the provider's update PATCHes its tag bindings,
    // then its settings); the others were only read.
    const writes = tfe.requests.slice(mark).filter((r) => r.method !== 'GET' && r.path.includes('/workspaces/')).map((r) => `${r.method} ${r.path}`);
    expect([...new Set(writes)]).toEqual([`PATCH /api/v2/workspaces/${byHand['APPS-web']}`]);
    expect(tfe.workspace('APPS-web')?.fileTriggersEnabled).toBe(true);
    // The grants are PUT again: the permission stays what it was.
    for (const repository of ['PLAT/network', 'APPS/payments-service', 'APPS/web', 'APPS/batch', 'PLAT/dns']) {
      expect(bitbucket.grantHolders(repository)[SERVICE_ACCOUNT.name]).toBe('REPO_ADMIN');
    }
  });

  test('a second plan is empty, with the ids still in the file', async () => {
    expect((await workdir.plan({ parallelism, detailedExitCode: true })).changes).toBe(false);
  });
});
