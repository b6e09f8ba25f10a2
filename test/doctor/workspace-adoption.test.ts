import { runDoctor } from '../../lib/doctor';
import { resolveDoctorOptions } from '../../lib/doctor/cli';
import { renderDoctorText } from '../../lib/doctor/report';
import { PLAIN } from '../../lib/doctor/style';
import { CheckResult } from '../../lib/doctor/types';
import { connectByHand, HandMadeConnection, workspaceByHand } from '../e2e/fakes/by-hand';
import { FakeBitbucketDc, startFakeBitbucketDc } from '../e2e/fakes/bitbucket-dc';
import { FakeTfe, startFakeTfe } from '../e2e/fakes/tfe';

jest.setTimeout(60_000);

const ADMIN = { name: 'admin', password: 'admin-password', admin: true };
const SVC = { name: 'svc-terraform', password: 'svc-password' };
const ORG = 'brownfield-org';
const TFE_TOKEN = 'tfe-doctor-token.atlasv1.Hq3c';

let bitbucket: FakeBitbucketDc;
let tfe: FakeTfe;
let main: HandMadeConnection;
let bitbucketToken: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  bitbucket = await startFakeBitbucketDc({ users: [ADMIN, SVC], repositories: ['PLAT/network', 'PLAT/dns', 'APPS/payments', 'APPS/old-name'], contextPath: '/bitbucket' });
  tfe = await startFakeTfe({ organization: ORG, token: TFE_TOKEN, bitbucket });
  bitbucket.grantProject('PLAT', SVC.name, 'PROJECT_ADMIN');
  bitbucket.grantProject('APPS', SVC.name, 'PROJECT_ADMIN');
  bitbucketToken = bitbucket.addAccessToken(SVC.name);
  main = await connectByHand(bitbucket, tfe, { tfeToken: TFE_TOKEN, admin: ADMIN, serviceAccount: SVC.name, clientName: 'Bitbucket', consumerKey: 'tfe-main', applicationUrl: `https://${tfe.hostname}` });
  ids.network = await workspaceByHand(tfe, TFE_TOKEN, { name: 'PLAT-network', identifier: 'PLAT/network', tokenId: main.tokenId });
  ids.payments = await workspaceByHand(tfe, TFE_TOKEN, { name: 'payments', identifier: 'APPS/payments', tokenId: main.tokenId });
  ids.renamed = await workspaceByHand(tfe, TFE_TOKEN, { name: 'APPS-old-name', identifier: 'APPS/old-name', tokenId: main.tokenId });
});
afterAll(async () => {
  await tfe?.close();
  await bitbucket?.close();
});

function file(repositories: string): string {
  return [
    'version: 1',
    `tfe: { hostname: tfe.example.com, organization: ${ORG} }`,
    'connections:',
    `  - { name: datacenter, flavor: data-center, bitbucketUrl: https://bitbucket.example.com/bitbucket, serviceAccount: ${SVC.name}, oauthClient: { name: Bitbucket } }`,
    'repositories:',
    repositories,
  ].join('\n');
}

/** The doctor over an onboarding file, with the fakes standing in for the file's Bitbucket and TFE. */
async function doctorOver(text: string): Promise<CheckResult[]> {
  const io = { env: { TFE_TOKEN, BITBUCKET_TOKEN: bitbucketToken }, readFile: () => text };
  const options = resolveDoctorOptions({ flavor: 'data-center', repo: [], onboardingFile: 'onboarding.yaml', tfeAddress: tfe.url, beforeDeploy: true }, io);
  const result = await runDoctor({ ...options, bitbucketUrl: bitbucket.url, timeoutMs: 5000, deadlineMs: 30_000 });
  return result.checks;
}

const adoption = (checks: CheckResult[]) => checks.filter((c) => c.id === 'tfe-workspace-adoption');

describe('doctor --onboarding-file: workspaces that already exist', () => {
  test('the workspaces the file deploys, by the constructs\' naming rule; off-boarded entries are not deployed', () => {
    const text = file([
      '  - { repository: plat/network }',
      '  - { repository: PLAT/dns, workspaceName: dns-prod }',
      '  - { repository: APPS/new-name, previousRepository: APPS/old-name }',
      `  - { repository: APPS/payments, workspaceId: ${ids.payments} }`,
      '  - { repository: PLAT/gone, offboard: true }',
    ].join('\n'));
    const options = resolveDoctorOptions({ flavor: 'data-center', repo: [], onboardingFile: 'onboarding.yaml' }, { env: { TFE_TOKEN }, readFile: () => text });
    expect(options.workspaces).toEqual([
      { entry: 'repositories[0]', repository: 'PLAT/network', name: 'PLAT-network' },
      { entry: 'repositories[1]', repository: 'PLAT/dns', name: 'dns-prod' },
      { entry: 'repositories[2]', repository: 'APPS/new-name', name: 'APPS-old-name' },
      { entry: 'repositories[3]', repository: 'APPS/payments', name: 'APPS-payments', id: ids.payments },
    ]);
  });

  test('an entry without an id whose workspace exists fails (TFE would answer 422) and names the fix; ids are checked too', async () => {
    const checks = adoption(await doctorOver(file([
      '  - { repository: PLAT/network }',
      '  - { repository: PLAT/dns }',
      `  - { repository: APPS/payments, workspaceId: ${ids.payments} }`,
      '  - { repository: APPS/old-name, workspaceId: ws-doesNotExist0001 }',
    ].join('\n'))));
    expect(checks).toEqual([
      {
        id: 'tfe-workspace-adoption',
        status: 'fail',
        target: 'PLAT/network',
        message: `workspace PLAT-network already exists in organization ${ORG} (${ids.network}, linked to PLAT/network), and repositories[0] has no workspaceId: ` +
          'the deploy would create it again and TFE would refuse with 422 "Name has already been taken"',
        fix: `Adopt it: add "workspaceId: ${ids.network}" to repositories[0], or run bitbucket-tfe discover to write the ids of every workspace the OAuth client links. ` +
          'If it is another workspace, give the entry a workspaceName that is free.',
      },
      expect.objectContaining({ status: 'warn', target: 'APPS/payments', message: `repositories[2] adopts workspace ${ids.payments}, named payments in TFE: the deploy renames it to APPS-payments (in place; its id, state and history stay)` }),
      expect.objectContaining({ status: 'fail', target: 'APPS/old-name', message: expect.stringContaining('repositories[3] adopts workspace ws-doesNotExist0001, which does not exist in organization') }),
    ]);
    const text = renderDoctorText({ ok: false, checks }, PLAIN);
    expect(text).toContain('bitbucket-tfe discover');
  });

  test('a file whose existing workspaces are all adopted passes, saying how sure a free name is', async () => {
    const checks = adoption(await doctorOver(file([
      `  - { repository: PLAT/network, workspaceId: ${ids.network} }`,
      '  - { repository: PLAT/dns }',
      `  - { repository: APPS/payments, workspaceId: ${ids.payments}, workspaceName: payments }`,
    ].join('\n'))));
    expect(checks).toEqual([{
      id: 'tfe-workspace-adoption',
      status: 'pass',
      target: ORG,
      message: `3 workspaces of the file checked in ${ORG}: 2 adopt an existing workspace by its id, 1 new name is free (as far as TFE_TOKEN can see: TFE answers 404 also for a workspace the token may not read)`,
      fix: null,
    }]);
  });

  test('answers the doctor cannot rely on are one failure, not one per entry', async () => {
    tfe.inject(/\/workspaces\//, (_req, res) => {
      res.writeHead(503, { 'content-type': 'application/vnd.api+json' });
      res.end('{"errors":[{"status":"503","title":"unavailable"}]}');
    }, 2);
    const io = { env: { TFE_TOKEN, BITBUCKET_TOKEN: bitbucketToken }, readFile: () => file('  - { repository: PLAT/network }\n  - { repository: PLAT/dns }') };
    const options = resolveDoctorOptions({ flavor: 'data-center', repo: [], onboardingFile: 'onboarding.yaml', tfeAddress: tfe.url }, io);
    const result = await runDoctor({ ...options, bitbucketUrl: bitbucket.url, timeoutMs: 5000, deadlineMs: 30_000, retry: { retries: 0 } });
    expect(adoption(result.checks)).toEqual([expect.objectContaining({ status: 'fail', target: ORG, message: expect.stringMatching(/^could not tell for 2 of 2 entries whether their workspace exists in TFE: TFE is failing: it answered HTTP 503/) })]);
    expect(result.ok).toBe(false);
  });
});
