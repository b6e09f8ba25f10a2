import { TerraformOutput, TerraformVariable } from 'cdktf';
import { BitbucketProvider } from '../../lib/providers/bitbucket/provider';
import { CloudServiceAccount } from '../../lib/cloud/service-account';
import { CLOUD_OAUTH_CONSUMER, CloudOAuthConsumer } from '../../lib/cloud/oauth-consumer';
import { newStack, synthJson } from '../helpers/synth';

describe('CloudServiceAccount', () => {
  test('by UUID: normalised to braces and lower case, nothing created', () => {
    const stack = newStack();
    new BitbucketProvider(stack, 'bitbucket', {});
    const account = new CloudServiceAccount(stack, 'svc', { serviceAccountUuid: ' 3F2504E0-4F89-41D3-9A0C-0305E82C3301 ' });
    expect(account.uuid).toBe('{3f2504e0-4f89-41d3-9a0c-0305e82c3301}');
    expect(account.userUuid).toBe(account.uuid);
    expect(account.user).toBeUndefined();
    expect(synthJson(stack).data).toBeUndefined();
  });

  test('looked up through bitbucket_user by UUID, with user name and display name as references', () => {
    const stack = newStack();
    new BitbucketProvider(stack, 'bitbucket', {});
    const account = new CloudServiceAccount(stack, 'svc', { serviceAccountUuid: '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}', lookup: true });
    new TerraformOutput(stack, 'uuid', { value: account.userUuid });
    new TerraformOutput(stack, 'username', { value: account.username });
    new TerraformOutput(stack, 'display_name', { value: account.displayName });
    const json = synthJson(stack);
    const [id] = Object.keys(json.data!.bitbucket_user);
    expect(json.data!.bitbucket_user[id]).toMatchObject({ uuid: '{3f2504e0-4f89-41d3-9a0c-0305e82c3301}' });
    expect(json.output!.uuid.value).toBe(`\${data.bitbucket_user.${id}.uuid}`);
    expect(json.output!.username.value).toBe(`\${data.bitbucket_user.${id}.username}`);
    expect(json.output!.display_name.value).toBe(`\${data.bitbucket_user.${id}.display_name}`);
  });

  test('refuses a user name, an account id and a missing UUID', () => {
    expect(() => new CloudServiceAccount(newStack(), 'svc', { serviceAccountUuid: 'svc-terraform' }))
      .toThrow(/^CloudServiceAccount\.serviceAccountUuid: "svc-terraform" is not a Bitbucket Cloud account UUID\. Fix: /);
    expect(() => new CloudServiceAccount(newStack(), 'svc', { serviceAccountUuid: '5b10ac8d82e05b22cc7d4ef5' }))
      .toThrow(/CloudServiceAccount\.serviceAccountUuid: "5b10ac8d82e05b22cc7d4ef5" is an Atlassian account id, not the Bitbucket account UUID/);
    expect(() => new CloudServiceAccount(newStack(), 'svc', { serviceAccountUuid: undefined as unknown as string }))
      .toThrow(/CloudServiceAccount\.serviceAccountUuid: \(not set\) is required/);
  });
});

describe('CloudOAuthConsumer', () => {
  test('the exported shape: the four permissions HashiCorp documents, private consumer', () => {
    expect(CLOUD_OAUTH_CONSUMER.permissions.map((p) => `${p.scope}: ${p.level}`))
      .toEqual(['Account: Write', 'Repositories: Admin', 'Pull requests: Write', 'Webhooks: Read and write']);
    expect(CLOUD_OAUTH_CONSUMER.privateConsumer).toBe(true);
  });

  test('the settings page and a checklist with the callback URL', () => {
    const consumer = new CloudOAuthConsumer(newStack(), 'consumer', { workspace: 'acme', name: 'TFE prod' });
    expect(consumer.settingsPage).toBe('https://bitbucket.org/acme/workspace/settings/api');
    const checklist = consumer.checklist('https://tfe.example.com/auth/1234/callback');
    expect(checklist).toContain('Name: "TFE prod"');
    expect(checklist).toContain('Callback URL: https://tfe.example.com/auth/1234/callback');
    expect(checklist).toContain('"This is a private consumer"');
    expect(consumer.requiredPermissions).toBe(CLOUD_OAUTH_CONSUMER.permissions);
  });

  test('refuses literal key or secret, and half of the pair', () => {
    expect(() => new CloudOAuthConsumer(newStack(), 'c', { workspace: 'acme', consumerKey: 'k', consumerSecret: 's' }))
      .toThrow(/^CloudOAuthConsumer\.consumerKey: \(a literal string\) would be written in clear into cdk\.tf\.json/);
    const stack = newStack();
    const key = new TerraformVariable(stack, 'k', { type: 'string', sensitive: true }).stringValue;
    expect(() => new CloudOAuthConsumer(stack, 'c', { workspace: 'acme', consumerKey: key }))
      .toThrow(/CloudOAuthConsumer\.consumerSecret: \(not set\) is required with the other half/);
    expect(() => new CloudOAuthConsumer(newStack(), 'c', { workspace: 'ACME!' })).toThrow(/CloudOAuthConsumer\.workspace: "ACME!" is not a Bitbucket Cloud workspace id/);
  });
});
