import { createPublicKey } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, LocalBackend } from 'cdktf';
import { DataCenterConnectStack, DataCenterOnboardStack } from '../../examples/data-center/stacks';
import { DataCenterExampleSettings, settingsFromEnvironment } from '../../examples/data-center/settings';
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

export const ADMIN = { name: 'admin', password: 'admin-password' };
export const SERVICE_ACCOUNT = { name: 'svc-terraform', password: 'svc-password' };
export const ORGANIZATION = 'example-org';
export const TFE_TOKEN = 'tfe-owner-token';
export const REPOSITORIES = ['PLAT/network', 'PLAT/platform-modules', 'APPS/payments-service'];

/**
 * The data-center example's two stacks, deployed with real Terraform against stand-in providers that call a
 * fake Bitbucket Data Center and a fake TFE over https. Each stack keeps its state in one place across
 * synths, so a scenario is a sequence of synth + plan/apply, as a pipeline runs it.
 */
export interface World {
  readonly bitbucket: FakeBitbucketDc;
  readonly tfe: FakeTfe;
  readonly connect: TerraformWorkdir;
  readonly onboard: TerraformWorkdir;
  /** Synthesizes both stacks with these settings (over the world's own) and writes them into the workdirs. */
  synth(settings?: Partial<DataCenterExampleSettings>): void;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const certificate = selfSignedCertificate();
  trustCertificates([certificate.cert]);
  const tls = { key: certificate.key, cert: certificate.cert };
  const bitbucket = await startFakeBitbucketDc({
    users: [{ ...ADMIN, admin: true }, SERVICE_ACCOUNT],
    repositories: REPOSITORIES,
    contextPath: '/bitbucket',
    tls,
  });
  // The service account can read the projects, as most can: without REPO_ADMIN, TFE's webhook call is what fails,
  // exactly as in the support article.
  for (const project of ['PLAT', 'APPS']) bitbucket.grantProject(project, SERVICE_ACCOUNT.name, 'PROJECT_READ');
  // Grants take a while, as on a busy instance: a workspace that does not wait for its grant links first, and
  // Bitbucket answers TFE's webhook call with the 401 this library exists to prevent.
  bitbucket.slowDown('PUT', /\/permissions\/users$/, 400);
  const tfe = await startFakeTfe({ organization: ORGANIZATION, token: TFE_TOKEN, bitbucket, tls });
  const standIns: RunningStandIn[] = await Promise.all([
    startStandIn(restfulProvider()),
    startStandIn(tfeProvider({ schema: providerSchema('tfe') })),
    startStandIn(tlsProvider(providerSchema('tls'))),
  ]);

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bitbucket-tfe-day2-'));
  const base = settingsFromEnvironment({
    BITBUCKET_URL: bitbucket.url,
    TFE_HOSTNAME: tfe.hostname,
    TFE_ORGANIZATION: ORGANIZATION,
    BITBUCKET_SERVICE_ACCOUNT: SERVICE_ACCOUNT.name,
    BITBUCKET_REPOSITORIES: REPOSITORIES.join(','),
  });
  const vars = { bitbucket_admin_username: ADMIN.name, bitbucket_admin_password: ADMIN.password, tfe_token: TFE_TOKEN };

  const synthesize = (settings: Partial<DataCenterExampleSettings>) => {
    const outdir = fs.mkdtempSync(path.join(root, 'out-'));
    const app = new App({ outdir, skipValidation: false });
    const connect = new DataCenterConnectStack(app, 'data-center-connect', { ...base, ...settings });
    const onboard = new DataCenterOnboardStack(app, 'data-center-onboard', { ...base, ...settings }, connect.connection);
    // Fixed state files, so the onboarding stack's remote state reads the connect stack's across synths.
    new LocalBackend(connect, { path: path.join(root, 'connect.tfstate') });
    new LocalBackend(onboard, { path: path.join(root, 'onboard.tfstate') });
    app.synth();
    const read = (stack: string) => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
    return { connect: read('data-center-connect'), onboard: read('data-center-onboard') };
  };

  const first = synthesize({});
  const options = { vars, keepBackend: true, timeoutMs: 180_000 };
  const connect = TerraformWorkdir.fromConfig(first.connect, standIns, options);
  const onboard = TerraformWorkdir.fromConfig(first.onboard, standIns, options);
  return {
    bitbucket,
    tfe,
    connect,
    onboard,
    synth(settings = {}) {
      const next = synthesize(settings);
      connect.writeConfig(next.connect);
      onboard.writeConfig(next.onboard);
    },
    async close() {
      await Promise.all(standIns.map((s) => s.stop()));
      await Promise.all([bitbucket.close(), tfe.close()]);
      connect.cleanup();
      onboard.cleanup();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The SPKI DER (base64) of a PEM or OpenSSH public key's private or public PEM, for comparing keys across formats. */
export function publicKeyDer(pem: string): string {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}
