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
