/**
 * Day 2 of the data-center example, with real Terraform: first deploy, drift, rotation, re-authorization,
 * renamed and deleted repositories, a disconnecting change, and teardown. Every step asserts on what the fake
 * Bitbucket and TFE hold afterwards, not only on Terraform's exit code.
 */
import { applicationLinkId } from '../../lib/domain/bitbucket-data-center';
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
    expect(world.tfe.workspaces().find((w) => w.id === workspace.id)).toMatchObject({ name: 'APPS-payments-service' });

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

describe('the connection on day 2', () => {
  const linkId = () => applicationLinkId(`https://${world.tfe.hostname}`);

  test('an application link deleted by hand is created again, with its consumer', async () => {
    world.bitbucket.deleteApplicationLink(linkId());
    expect(world.bitbucket.consumerOf(linkId())).toBeUndefined();
    await world.connect.apply({ parallelism });
    expect(world.bitbucket.applicationLink(linkId())).toMatchObject({ id: linkId(), rpcUrl: `https://${world.tfe.hostname}` });
    const [client] = world.tfe.clients();
    expect(world.bitbucket.consumerOf(linkId())?.key).toBe(client.key);
    expect(world.bitbucket.verifyConsumer(client.key!, client.secret!)).toBe(true);
  });

  test('re-authorization: the new token gets the clone key, every workspace moves to it in place', async () => {
    const [client] = world.tfe.clients();
    const managed = (await world.onboard.resources());
    const before = Object.values(managed).filter((r) => r.type === 'tfe_workspace').map((r) => r.values.id).sort();
    // The link was recreated: Bitbucket revoked the old access, and a person authorizes again. TFE drops the old
    // token, and the workspaces linked through it lose their connection until onboarding links them again.
    const token = world.tfe.authorize(client.id, SERVICE_ACCOUNT.name);
    await world.connect.apply({ parallelism });
    expect(world.tfe.tokens().find((t) => t.id === token.id)?.sshKey).not.toBeNull();
    const plan = await world.onboard.plan({ parallelism, detailedExitCode: true });
    expect(plan.stdout).toMatch(/Plan: 0 to add, \d+ to change, 0 to destroy/);
    await world.onboard.apply({ parallelism });
    const linked = world.tfe.workspaces().filter((w) => w.vcsRepo?.oauthTokenId === token.id).map((w) => w.id).sort();
    expect(linked).toEqual(before);
  });

  test('a client holding a second token stops the onboarding plan, naming both tokens and the fix', async () => {
    const [token] = world.tfe.tokens();
    const extra = { ...token, id: 'ot-madeinthe0ui', uid: 'extra' };
    world.tfe.state.tokens.push(extra);
    const stopped = await world.onboard.plan({ parallelism, expectFailure: true });
    const message = stopped.stderr.replace(/\s+/g, ' ');
    expect(message).toContain(`holds 2 OAuth tokens (${token.id}, ${extra.id})`);
    expect(message).toContain('Remove the extra connections in TFE');
    world.tfe.state.tokens.splice(world.tfe.state.tokens.indexOf(extra), 1);
    expect((await world.onboard.plan({ parallelism, detailedExitCode: true })).changes).toBe(false);
  });

  test('clone-key rotation: Bitbucket learns the new key before TFE uses it, and forgets the old one after', async () => {
    const [oldKey] = world.bitbucket.sshKeysOf(SERVICE_ACCOUNT.name);
    const mark = { bitbucket: world.bitbucket.requests.length, tfe: world.tfe.requests.length };
    world.synth({ cloneKeyGeneration: '2026-11-28' });
    await world.connect.apply({ parallelism });

    const [newKey] = world.bitbucket.sshKeysOf(SERVICE_ACCOUNT.name);
    expect(world.bitbucket.sshKeysOf(SERVICE_ACCOUNT.name)).toHaveLength(1);
    expect(newKey.id).not.toBe(oldKey.id);
    const [token] = world.tfe.tokens();
    expect(publicKeyDer(token.sshKey!)).toBe(openSshDer(newKey.text));

    const registered = world.bitbucket.requests.slice(mark.bitbucket).find((r) => r.method === 'POST' && r.path === '/rest/ssh/latest/keys')!;
    const patched = world.tfe.requests.slice(mark.tfe).find((r) => r.method === 'PATCH' && r.path.startsWith('/api/v2/oauth-tokens/'))!;
    const removed = world.bitbucket.requests.slice(mark.bitbucket).find((r) => r.method === 'DELETE' && r.path === `/rest/ssh/latest/keys/${oldKey.id}`)!;
    // At no moment does TFE hold a key Bitbucket does not know.
    expect(registered.finished!).toBeLessThan(patched.finished!);
    expect(patched.finished!).toBeLessThan(removed.finished!);
  });

  test('a change that would replace the OAuth client stops at plan and changes nothing', async () => {
    const [client] = world.tfe.clients();
    const keyPair = Object.entries(await world.connect.resources()).find(([address]) => address.startsWith('tls_private_key.') && address.includes('key-pair'))![0];
    const stopped = await world.connect.plan({ parallelism, replace: [keyPair], expectFailure: true });
    expect(stopped.stderr.replace(/\s+/g, ' ')).toContain('Instance cannot be destroyed');
    expect(stopped.stderr).toMatch(/tfe_oauth_client\./);
    expect(world.tfe.clients().map((c) => c.id)).toEqual([client.id]);
  });

  test('the same change goes through with allowDisconnect, and says what it costs: a new client with no token', async () => {
    const [client] = world.tfe.clients();
    const keyPair = Object.entries(await world.connect.resources()).find(([address]) => address.startsWith('tls_private_key.') && address.includes('key-pair'))![0];
    world.synth({ cloneKeyGeneration: '2026-11-28', allowDisconnect: true });
    await world.connect.apply({ parallelism, replace: [keyPair] });
    const clients = world.tfe.clients();
    expect(clients.map((c) => c.id)).not.toContain(client.id);
    expect(clients).toHaveLength(1);
    expect(world.tfe.tokens().filter((t) => t.clientId === clients[0].id)).toEqual([]);
    expect(world.bitbucket.verifyConsumer(clients[0].key!, clients[0].secret!)).toBe(true);
  });
});

describe('teardown', () => {
  const entries = ['PLAT/network', { repository: 'PLAT/modules', previousRepository: 'PLAT/platform-modules' }];

  test('a workspace that still manages resources is refused by TFE\'s safe delete, with its message', async () => {
    world.tfe.setResourceCount('PLAT-network', 3);
    const refused = await world.onboard.destroy({ parallelism, expectFailure: true });
    const workspace = world.tfe.workspace('PLAT-network')!;
    expect(refused.stderr.replace(/\s+/g, ' ')).toContain(`error deleting workspace ${workspace.id}: This workspace has 3 resources under management and must be force deleted by setting force_delete = true`);
    expect(world.tfe.workspace('PLAT-network')).toMatchObject({ id: workspace.id });
  });

  test('with forceDelete on its entry, deployed first, onboarding is destroyed; forgotten workspaces stay', async () => {
    // The replaced client of the test before has no token yet: a person authorizes it, as its next_step says.
    const [client] = world.tfe.clients();
    world.tfe.authorize(client.id, SERVICE_ACCOUNT.name);
    world.synth({ cloneKeyGeneration: '2026-11-28', allowDisconnect: true, repositories: [{ repository: 'PLAT/network', forceDelete: true }, entries[1]] });
    await world.connect.apply({ parallelism });
    await world.onboard.apply({ parallelism });
    await world.onboard.destroy({ parallelism });
    const names = world.tfe.workspaces().map((w) => w.name).sort();
    expect(names).toEqual(['APPS-payments-service', 'PLAT-dns']);
    for (const repository of ['PLAT/network', 'PLAT/modules']) {
      expect(world.bitbucket.grantHolders(repository)[SERVICE_ACCOUNT.name]).toBeUndefined();
    }
  });

  test('the connection is destroyed with allowDisconnect: consumer switched off, link, client and clone key gone', async () => {
    const linkId = applicationLinkId(`https://${world.tfe.hostname}`);
    await world.connect.destroy({ parallelism });
    expect(world.bitbucket.applicationLink(linkId)).toBeUndefined();
    expect(world.bitbucket.consumerOf(linkId)).toBeUndefined();
    expect(world.bitbucket.sshKeysOf(SERVICE_ACCOUNT.name)).toEqual([]);
    expect(world.tfe.clients()).toEqual([]);
    // The consumer has no DELETE (405): it was removed by switching incoming OAuth off.
    expect(world.bitbucket.requests.some((r) => r.method === 'DELETE' && r.path.endsWith('/authentication/consumer'))).toBe(false);
    expect(world.bitbucket.requests.some((r) => r.method === 'PUT' && r.path === `/rest/applinks/3.0/status/${linkId}/oauth`)).toBe(true);
  });
});

describe('onboarding before the connection', () => {
  let fresh: World;
  beforeAll(async () => {
    fresh = await startWorld();
  });
  afterAll(async () => {
    await fresh?.close();
  });

  test('stops at plan: the connect stack\'s state does not exist yet; nothing changes', async () => {
    const result = await fresh.onboard.plan({ parallelism, expectFailure: true });
    const message = result.stderr.replace(/\s+/g, ' ');
    expect(message).toContain('Unable to find remote state');
    expect(message).toContain('data.terraform_remote_state.cross-stack-reference-input-data-center-connect');
    expect(fresh.tfe.workspaces()).toEqual([]);
    expect(fresh.tfe.clients()).toEqual([]);
  });
});
