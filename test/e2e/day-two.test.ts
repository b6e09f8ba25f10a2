/**
 * Day 2 of the data-center example, with real Terraform: first deploy, drift, rotation, re-authorization,
 * renamed and deleted repositories, a disconnecting change, and teardown. Every step asserts on what the fake
 * Bitbucket and TFE hold afterwards, not only on Terraform's exit code.
 */
import { applicationLinkId } from '../../lib/data-center/application-link-id';
import { ORGANIZATION, SERVICE_ACCOUNT, startWorld, World } from './world';

jest.setTimeout(600_000);

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

const parallelism = 10;

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
