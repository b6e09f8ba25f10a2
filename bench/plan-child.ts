/**
 * One plan measurement in a fresh process (bench/run.js starts it):
 *   node -r ts-node/register/transpile-only -r scripts/plain-stack-traces.js bench/plan-child.ts <N> <runs>
 *
 * Real Terraform plans a one-repository change of an onboarding file of N Data Center repositories (projects of
 * 250 repositories, 4 buckets each, as in test/onboarding-file/scale.test.ts) against the e2e suite's stand-in
 * providers and stateful fake Bitbucket and TFE: once as one stack for the whole file, once as the affected shard
 * only. The state is written directly instead of applied (an apply of 1,000 repositories takes minutes): one
 * repository is applied for real, and its state entries and the fakes' objects are copied for every repository,
 * so the plan before the change is empty and the change plans exactly one grant and one workspace (checked).
 *
 * Prints one JSON line: per variant the plan's wall time (median of <runs>), the resources and data sources
 * Terraform read (stand-in ReadResource / ReadDataSource calls), and the HTTP requests to Bitbucket and TFE.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { DataCenterCredentials, OnboardingFromFile, OnboardingShardStack, RepositorySharding } from '../lib';
import { ConnectStack } from '../examples/onboarding-file/stacks';
import { selfSignedCertificate } from '../test/doctor/fakes/tls';
import { startFakeBitbucketDc } from '../test/e2e/fakes/bitbucket-dc';
import { startFakeTfe, TfeWorkspace } from '../test/e2e/fakes/tfe';
import { providerSchema } from '../test/e2e/harness/schemas';
import { RunningStandIn, startStandIn } from '../test/e2e/harness/server';
import { TerraformWorkdir } from '../test/e2e/harness/terraform';
import { trustCertificates } from '../test/e2e/providers/http-client';
import { restfulProvider } from '../test/e2e/providers/restful';
import { tfeProvider } from '../test/e2e/providers/tfe';
import { tlsProvider } from '../test/e2e/providers/tls';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { onboardingFile } = require('../scripts/onboarding-file-generator.js') as { onboardingFile(options: object): string };

const [nText, runsText] = process.argv.slice(2);
const N = Number(nText);
const RUNS = Number(runsText ?? '3');
if (!Number.isInteger(N) || N < 250 || N % 250 !== 0) {
  process.stderr.write('usage: plan-child.ts <N, a multiple of 250> <runs>\n');
  process.exit(64);
}
const PROJECTS = N / 250;
const BUCKETS = 4;
const ADMIN = { name: 'admin', password: 'admin-password' };
const SERVICE_ACCOUNT = { name: 'svc-terraform', password: 'svc-password' };
const ORGANIZATION = 'example-org';
const TFE_TOKEN = 'tfe-owner-token';
const ADDED = 'PRJ00/repo-added';
const TEMPLATE = 'PRJ00/repo-00000';

const log = (text: string) => process.stderr.write(`  [plan N=${N}] ${text}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Sample { readonly ms: number; readonly reads: number; readonly dataReads: number; readonly bitbucket: number; readonly tfe: number }

function repositories(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `PRJ${String(i % PROJECTS).padStart(2, '0')}/repo-${String(i).padStart(5, '0')}`);
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-plan-'));
  const certificate = selfSignedCertificate();
  trustCertificates([certificate.cert]);
  const tls = { key: certificate.key, cert: certificate.cert };
  const all = repositories(N);
  const bitbucket = await startFakeBitbucketDc({ users: [{ ...ADMIN, admin: true }, SERVICE_ACCOUNT], repositories: [...all, ADDED], contextPath: '/bitbucket', tls });
  const tfe = await startFakeTfe({ organization: ORGANIZATION, token: TFE_TOKEN, bitbucket, tls });
  const standIns: RunningStandIn[] = await Promise.all([
    startStandIn(restfulProvider()),
    startStandIn(tfeProvider({ schema: providerSchema('tfe') })),
    startStandIn(tlsProvider(providerSchema('tls'))),
  ]);
  const workdirs: TerraformWorkdir[] = [];
  const workdir = (config: object) => {
    const wd = TerraformWorkdir.fromConfig(config, standIns, {
      vars: { bitbucket_admin_username: ADMIN.name, bitbucket_admin_password: ADMIN.password, tfe_token: TFE_TOKEN },
      timeoutMs: 1_800_000,
    });
    workdirs.push(wd);
    return wd;
  };
  const file = (entries: number, extra: string[] = []) => {
    const text = onboardingFile({ repositories: entries, projects: Math.min(PROJECTS, entries), buckets: BUCKETS, bitbucketUrl: bitbucket.url, tfeHostname: tfe.hostname, organization: ORGANIZATION });
    const written = path.join(root, `onboarding-${entries}-${extra.length}-${randomUUID()}.yaml`);
    fs.writeFileSync(written, `${text}${extra.map((r) => `  - { repository: ${r} }\n`).join('')}`);
    return written;
  };
  const synth = (build: (app: App) => TerraformStack): any => {
    const outdir = fs.mkdtempSync(path.join(root, 'out-'));
    const app = new App({ outdir });
    const stack = build(app);
    app.synth();
    return JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8'));
  };
  const oneStack = (filePath: string) => synth((app) => {
    const stack = new TerraformStack(app, 'onboarding');
    const variable = (name: string, sensitive: boolean) => new TerraformVariable(stack, name, { type: 'string', sensitive }).stringValue;
    new OnboardingFromFile(stack, 'onboarding', {
      path: filePath,
      dataCenterCredentials: DataCenterCredentials.fromPassword(variable('bitbucket_admin_username', false), variable('bitbucket_admin_password', true)),
      tfeToken: variable('tfe_token', true),
    });
    return stack;
  });
  const shardOf = (repository: string) => `onboarding-datacenter-${repository.split('/')[0].toLowerCase()}-${RepositorySharding.bucketOf(repository, BUCKETS)}`;
  const shard = (filePath: string) => synth((app) => new OnboardingShardStack(app, shardOf(ADDED), { path: filePath }));

  try {
    // The connection, for real: link, consumer and OAuth client; then a person authorizes it.
    log('connect');
    const connectSettings = { name: 'datacenter', bitbucketUrl: bitbucket.url, serviceAccountName: SERVICE_ACCOUNT.name, tfeHostname: tfe.hostname, organization: ORGANIZATION, oauthClientName: 'Bitbucket Data Center' };
    const connect = workdir(synth((app) => new ConnectStack(app, 'connect', connectSettings)));
    await connect.apply({ parallelism: 10 });
    tfe.authorize(tfe.clients()[0].id, SERVICE_ACCOUNT.name);

    // One repository applied for real: the template of every repository's state and of the fakes' objects.
    log('template');
    const templateConfig = oneStack(file(1));
    const template = workdir(templateConfig);
    await template.apply({ parallelism: 10 });
    const templateState = JSON.parse(fs.readFileSync(path.join(template.dir, 'terraform.tfstate'), 'utf8'));
    const templateWorkspace = tfe.workspace(TEMPLATE.replace('/', '-'))!;

    // Every repository granted in Bitbucket and linked in TFE, as the apply would leave them.
    log('seed the fakes');
    for (const repository of all) {
      bitbucket.grantRepository(repository, SERVICE_ACCOUNT.name, 'REPO_ADMIN');
      if (repository === TEMPLATE) continue;
      tfe.state.workspaces.push(cloneWorkspace(templateWorkspace, repository));
    }

    // Both variants set up first, then their plans alternate, so a busy machine weighs on both alike.
    const setups: Array<{ variant: string; wd: TerraformWorkdir; after: any; samples: Sample[] }> = [];
    for (const [variant, build] of [['one-stack', oneStack], ['shard', shard]] as const) {
      log(`${variant}: synth`);
      const before = build(file(N));
      const after = build(file(N, [ADDED]));
      const wd = workdir(before);
      fs.writeFileSync(path.join(wd.dir, 'terraform.tfstate'), JSON.stringify(stateFor(before, templateConfig, templateState, tfe.state.workspaces)));
      wd.writeConfig(after);
      await wd.init();
      setups.push({ variant, wd, after, samples: [] });
    }
    for (let run = 0; run < RUNS; run++) {
      for (const { variant, wd, samples } of run % 2 === 0 ? setups : [...setups].reverse()) {
        const calls = standIns.map((s) => s.calls.length);
        const requests = { bitbucket: bitbucket.requests.length, tfe: tfe.requests.length };
        const started = process.hrtime.bigint();
        const plan = await wd.plan({ parallelism: 10, detailedExitCode: true });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const summary = /Plan: \d+ to add, \d+ to change, \d+ to destroy/.exec(plan.stdout)?.[0];
        if (summary !== 'Plan: 2 to add, 0 to change, 0 to destroy') {
          throw new Error(`${variant}: the one-repository change planned "${summary}" instead of one grant and one workspace:\n${plan.stdout.split('\n').filter((l) => /will be|must be/.test(l)).slice(0, 20).join('\n')}`);
        }
        const made = standIns.flatMap((s, i) => s.calls.slice(calls[i]));
        const sample = {
          ms,
          reads: made.filter((c) => c.method === 'ReadResource').length,
          dataReads: made.filter((c) => c.method === 'ReadDataSource').length,
          bitbucket: bitbucket.requests.length - requests.bitbucket,
          tfe: tfe.requests.length - requests.tfe,
        };
        samples.push(sample);
        log(`${variant} run ${run + 1}/${RUNS}: ${ms.toFixed(0)} ms, ${sample.reads} resources and ${sample.dataReads} data sources read, `
          + `${sample.bitbucket} Bitbucket and ${sample.tfe} TFE requests`);
      }
    }
    const variants: Record<string, unknown> = {};
    for (const { variant, after, samples } of setups) {
      variants[variant] = {
        repositories: Object.keys(after.resource.tfe_workspace).length,
        resources: Object.values<any>(after.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0),
        ms: median(samples.map((s) => s.ms)),
        ms_all: samples.map((s) => Math.round(s.ms)),
        resources_read: samples[0].reads,
        data_sources_read: samples[0].dataReads,
        bitbucket_requests: samples[0].bitbucket,
        tfe_requests: samples[0].tfe,
      };
    }
    process.stdout.write(`${JSON.stringify({ n: N, projects: PROJECTS, buckets: BUCKETS, affected_shard: shardOf(ADDED), ...variants })}\n`);
  } finally {
    await Promise.all(standIns.map((s) => s.stop()));
    await Promise.all([bitbucket.close(), tfe.close()]);
    workdirs.forEach((wd) => wd.cleanup());
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Every spelling of the template repository in a text (identifier, API paths, workspace name, slug) made another's. */
function forRepository(text: string, repository: string): string {
  const [key, slug] = repository.split('/');
  const [templateKey, templateSlug] = TEMPLATE.split('/');
  return text.split(`/projects/${templateKey}/repos/${templateSlug}`).join(`/projects/${key}/repos/${slug}`)
    .split(TEMPLATE).join(repository)
    .split(`${templateKey}-${templateSlug}`).join(`${key}-${slug}`)
    .split(templateSlug).join(slug);
}

/** The fake TFE's workspace for another repository, as creating it through the API would have left it. */
function cloneWorkspace(template: TfeWorkspace, repository: string): TfeWorkspace {
  const clone = JSON.parse(forRepository(JSON.stringify(template), repository)) as TfeWorkspace;
  return { ...clone, id: `ws-${randomUUID().replace(/-/g, '').slice(0, 16)}` };
}

/**
 * The state an apply of `config` would leave: the template's state with its one repository's entries copied for
 * every repository of `config`, under the addresses `config` gives them.
 */
function stateFor(config: any, templateConfig: any, templateState: any, workspaces: TfeWorkspace[]): object {
  const grantOf = (cfg: any, repository: string) => Object.entries<any>(cfg.resource.restful_resource)
    .find(([, r]) => r.path === `/rest/api/1.0/projects/${repository.split('/')[0]}/repos/${repository.split('/')[1]}/permissions/users`)![0];
  const workspaceOf = (cfg: any, repository: string) => Object.entries<any>(cfg.resource.tfe_workspace).find(([, w]) => w.vcs_repo.identifier === repository)![0];
  const templateGrant = grantOf(templateConfig, TEMPLATE);
  const templateWorkspace = workspaceOf(templateConfig, TEMPLATE);
  const byName = new Map(workspaces.map((w) => [w.name, w.id]));
  const templateId = byName.get(TEMPLATE.replace('/', '-'))!;
  const perRepository = templateState.resources.filter((r: any) => r.mode === 'managed'
    && ((r.type === 'restful_resource' && r.name === templateGrant) || (r.type === 'tfe_workspace' && r.name === templateWorkspace)));
  const shared = templateState.resources.filter((r: any) => r.mode === 'managed' && !perRepository.includes(r));
  const resources = [...shared];
  for (const [, w] of Object.entries<any>(config.resource.tfe_workspace)) {
    const repository = w.vcs_repo.identifier as string;
    const grant = grantOf(config, repository);
    const workspace = workspaceOf(config, repository);
    for (const entry of perRepository) {
      const text = JSON.stringify(entry).split(templateGrant).join(grant).split(templateWorkspace).join(workspace)
        .split(templateId).join(byName.get(repository.replace('/', '-'))!);
      resources.push(JSON.parse(forRepository(text, repository)));
    }
  }
  return { ...templateState, serial: templateState.serial + 1, resources };
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
