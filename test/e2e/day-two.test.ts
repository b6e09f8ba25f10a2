/**
 * Day 2 of the data-center example, with real Terraform: first deploy, drift, rotation, re-authorization,
 * renamed and deleted repositories, a disconnecting change, and teardown. Every step asserts on what the fake
 * Bitbucket and TFE hold afterwards, not only on Terraform's exit code.
 */
import { applicationLinkId } from '../../lib/data-center/application-link-id';
import { createPublicKey } from 'node:crypto';
import { ORGANIZATION, publicKeyDer, REPOSITORIES, SERVICE_ACCOUNT, startWorld, World } from './world';

jest.setTimeout(600_000);

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

const parallelism = 10;

/** The SPKI DER (base64) of an OpenSSH `ssh-rsa` public key, to compare with a PEM key. */
function openSshDer(text: string): string {
  const blob = Buffer.from(text.trim().split(/\s+/)[1], 'base64');
  const fields: Buffer[] = [];
  for (let at = 0; at < blob.length;) {
    const length = blob.readUInt32BE(at);
    fields.push(blob.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  const [, e, n] = fields;
  const jwk = { kty: 'RSA', e: e.toString('base64url'), n: n.toString('base64url') };
  return createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'der' }).toString('base64');
}

describe('first deploy', () => {
  test('connect creates the link, its consumer, the OAuth client and registers the clone key', async () => {
    await world.connect.apply({ parallelism });
    const { bitbucket, tfe } = world;
    const host = tfe.hostname;
    const linkId = applicationLinkId(`https://${host}`);
    expect(bitbucket.applicationLink(linkId)).toMatchObject({ rpcUrl: `https://${host}`, typeId: 'generic' });
    expect(bitbucket.consumerOf(linkId)).toMatchObject({ key: `terraform-${host.replace(/:/g, '-')}-${ORGANIZATION}` });
    expect(tfe.clients()).toHaveLength(1);
    expect(bitbucket.sshKeysOf(SERVICE_ACCOUNT.name)).toHaveLength(1);
    expect(tfe.tokens()).toEqual([]);
  });
});

describe('authorization', () => {
  test('onboarding stops at plan until a person authorizes, naming the step, and changes nothing', async () => {
    const result = await world.onboard.plan({ parallelism, expectFailure: true });
    const message = result.stderr.replace(/\s+/g, ' ');
    expect(message).toContain('has no OAuth token yet, so no repository can be linked');
    expect(message).toContain(`logged in as "${SERVICE_ACCOUNT.name}"`);
    expect(world.tfe.workspaces()).toEqual([]);
    expect(Object.keys(world.bitbucket.grantHolders('PLAT/network'))).not.toContain(SERVICE_ACCOUNT.name);
  });

  test('after the authorization, the connect stack sets the clone key on the new token', async () => {
    const [client] = world.tfe.clients();
    world.tfe.authorize(client.id, SERVICE_ACCOUNT.name);
    await world.connect.apply({ parallelism });
    const [token] = world.tfe.tokens();
    const [registered] = world.bitbucket.sshKeysOf(SERVICE_ACCOUNT.name);
    expect(token.sshKey).not.toBeNull();
    expect(publicKeyDer(token.sshKey!)).toBe(openSshDer(registered.text));
  });

  test('onboarding grants REPO_ADMIN, then links every workspace: TFE creates each webhook as the service account', async () => {
    await world.onboard.apply({ parallelism });
    const workspaces = world.tfe.workspaces();
    expect(workspaces.map((w) => w.vcsRepo?.identifier).sort()).toEqual([...REPOSITORIES].sort());
    for (const repository of REPOSITORIES) {
      expect(world.bitbucket.grantHolders(repository)[SERVICE_ACCOUNT.name]).toBe('REPO_ADMIN');
      expect(world.bitbucket.webhooksOf(repository).map((h) => h.createdBy)).toEqual([SERVICE_ACCOUNT.name]);
    }
    // No workspace started a run before its variables exist.
    expect(world.tfe.runs).toEqual([]);
  });

  test('a second plan of each stack is empty', async () => {
    expect((await world.connect.plan({ parallelism, detailedExitCode: true })).changes).toBe(false);
    expect((await world.onboard.plan({ parallelism, detailedExitCode: true })).changes).toBe(false);
  });
});

describe('repositories come and go', () => {
  test('adding a repository creates its grant and workspace and touches nothing else', async () => {
    world.bitbucket.addRepository('PLAT/dns');
    const before = new Map(world.tfe.workspaces().map((w) => [w.name, w.id]));
    world.synth({ repositories: [...REPOSITORIES, 'PLAT/dns'] });
    const plan = await world.onboard.plan({ parallelism, detailedExitCode: true });
    expect(plan.stdout).toContain('Plan: 2 to add, 0 to change, 0 to destroy');
    await world.onboard.apply({ parallelism });
    expect(world.bitbucket.grantHolders('PLAT/dns')[SERVICE_ACCOUNT.name]).toBe('REPO_ADMIN');
    expect(world.tfe.workspace('PLAT-dns')?.vcsRepo?.identifier).toBe('PLAT/dns');
    for (const [name, id] of before) expect(world.tfe.workspace(name)?.id).toBe(id);
  });

  test('a grant revoked by hand is restored by the next apply', async () => {
    world.bitbucket.revokePermission('PLAT/network', SERVICE_ACCOUNT.name);
    const plan = await world.onboard.plan({ parallelism, detailedExitCode: true });
    expect(plan.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy');
    await world.onboard.apply({ parallelism });
    expect(world.bitbucket.grantHolders('PLAT/network')[SERVICE_ACCOUNT.name]).toBe('REPO_ADMIN');
  });

  test('a grant lowered by hand is set back', async () => {
    world.bitbucket.grantRepository('PLAT/network', SERVICE_ACCOUNT.name, 'REPO_WRITE');
    await world.onboard.apply({ parallelism });
    expect(world.bitbucket.grantHolders('PLAT/network')[SERVICE_ACCOUNT.name]).toBe('REPO_ADMIN');
  });

  test('a repository renamed in Bitbucket stops the plan by name; with previousRepository its workspace moves in place', async () => {
    const workspace = world.tfe.workspace('PLAT-platform-modules')!;
    world.bitbucket.renameRepository('PLAT/platform-modules', 'PLAT/modules');
    const stopped = await world.onboard.plan({ parallelism, expectFailure: true });
    expect(stopped.stderr.replace(/\s+/g, ' ')).toContain('Bitbucket has no repository PLAT/platform-modules: it was deleted or renamed');

    world.synth({ repositories: ['PLAT/network', { repository: 'PLAT/modules', previousRepository: 'PLAT/platform-modules' }, 'APPS/payments-service', 'PLAT/dns'] });
    const plan = await world.onboard.plan({ parallelism, detailedExitCode: true });
    expect(plan.stdout).toMatch(/will be updated in-place\s+# \(moved from tfe_workspace\./);
    expect(plan.stdout).not.toMatch(/tfe_workspace\.\S+ must be replaced|tfe_workspace\.\S+ will be destroyed/);
    await world.onboard.apply({ parallelism });
    const moved = world.tfe.workspaces().find((w) => w.id === workspace.id)!;
    expect(moved).toMatchObject({ name: 'PLAT-platform-modules', vcsRepo: { identifier: 'PLAT/modules' } });
    expect(world.bitbucket.grantHolders('PLAT/modules')[SERVICE_ACCOUNT.name]).toBe('REPO_ADMIN');
  });

  test('a repository deleted in Bitbucket stops the plan by name; off-boarded, its workspace stays in TFE', async () => {
    const workspace = world.tfe.workspace('APPS-payments-service')!;
    world.bitbucket.deleteRepository('APPS/payments-service');
    const stopped = await world.onboard.plan({ parallelism, expectFailure: true });
    expect(stopped.stderr.replace(/\s+/g, ' ')).toContain('Bitbucket has no repository APPS/payments-service');

    const entries = ['PLAT/network', { repository: 'PLAT/modules', previousRepository: 'PLAT/platform-modules' }, 'PLAT/dns'];
    world.synth({ repositories: [...entries, { repository: 'APPS/payments-service', offboard: true }] });
    const plan = await world.onboard.plan({ parallelism, detailedExitCode: true });
    expect(plan.stdout).toContain('will no longer be managed by Terraform');
    await world.onboard.apply({ parallelism });
    expect(world.tfe.workspaces().find((w) => w.id === workspace.id)).toBeDefined();

    // Once forgotten, the entry can go: nothing is left to plan.
    world.synth({ repositories: entries });
    expect((await world.onboard.plan({ parallelism, detailedExitCode: true })).changes).toBe(false);
  });

  test('an off-boarded repository that still exists loses its grant and keeps its workspace', async () => {
    const workspace = world.tfe.workspace('PLAT-dns')!;
    world.synth({ repositories: ['PLAT/network', { repository: 'PLAT/modules', previousRepository: 'PLAT/platform-modules' }, { repository: 'PLAT/dns', offboard: true }] });
    await world.onboard.apply({ parallelism });
    expect(world.bitbucket.grantHolders('PLAT/dns')[SERVICE_ACCOUNT.name]).toBeUndefined();
    expect(world.tfe.workspaces().find((w) => w.id === workspace.id)?.vcsRepo?.identifier).toBe('PLAT/dns');
    world.synth({ repositories: ['PLAT/network', { repository: 'PLAT/modules', previousRepository: 'PLAT/platform-modules' }] });
    expect((await world.onboard.plan({ parallelism, detailedExitCode: true })).changes).toBe(false);
  });
});
