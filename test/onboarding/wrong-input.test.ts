import { TerraformStack, TerraformVariable } from 'cdktf';
import { DataCenterApplicationLink, DataCenterConnection, DataCenterOnboarding, DataCenterOnboardingProps, RepositoryWorkspaceOptions } from '../../lib';
import { newStack } from '../helpers/synth';

function secret(stack: TerraformStack, name: string): string {
  return new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
}

function onboard(stack: TerraformStack, id: string, repositories: RepositoryWorkspaceOptions[], overrides: Partial<DataCenterOnboardingProps> = {}): DataCenterOnboarding {
  return new DataCenterOnboarding(stack, id, {
    bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme',
    serviceAccountName: 'svc-terraform', oauthClientId: 'oc-abc123',
    adminCredentials: { username: 'admin', token: secret(stack, `${id}_bitbucket_token`) }, tfeToken: secret(stack, `${id}_tfe_token`),
    repositories, ...overrides,
  });
}

describe('input that used to pass and now gets a precise error', () => {
  test('the same repository in two onboardings of one stack', () => {
    const stack = newStack();
    onboard(stack, 'first', [{ repository: 'PLAT/network' }]);
    expect(() => onboard(stack, 'second', [{ repository: 'plat/network' }]))
      .toThrow('DataCenterOnboarding.repositories[0].repository: "plat/network" is already onboarded in this stack by test/first/repositories '
        + '(DataCenterOnboarding.repositories[0]). Fix: onboard each repository once per stack');
  });

  test.each([
    ['https://bitbucket.example.com/scm/rest/api/1.0', '"https://bitbucket.example.com"'],
    ['https://bitbucket.example.com/bitbucket/projects/PLAT/repos/network/browse', '"https://bitbucket.example.com/bitbucket"'],
    ['https://bitbucket.example.com/rest/api/1.0/projects', '"https://bitbucket.example.com"'],
  ])('a Data Center URL that is not the instance root: %s', (url, root) => {
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a' }], { bitbucketUrl: url }))
      .toThrow(`DataCenterOnboarding.bitbucketUrl: "${url}" is a page or API URL inside Bitbucket`);
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a' }], { bitbucketUrl: url })).toThrow(`use the root the instance is served at, with its context path if any: ${root}`);
  });

  test('bitbucket.org is Bitbucket Cloud', () => {
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a' }], { bitbucketUrl: 'https://bitbucket.org' }))
      .toThrow('DataCenterOnboarding.bitbucketUrl: "https://bitbucket.org" is Bitbucket Cloud, not a Data Center instance');
  });

  test('a branch name with a space', () => {
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a', branch: 'my branch' }]))
      .toThrow('DataCenterOnboarding.repositories[0].branch: "my branch" is not a git branch name');
  });

  test('tags the tfe provider refuses at plan', () => {
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a', tags: ['ok', 'Team A'] }]))
      .toThrow('DataCenterOnboarding.repositories[0].tags[1]: "Team A" is not a TFE workspace tag (the tfe provider refuses it at plan). Fix: use lower-case letters, digits, ":", "-" and "_", beginning and ending with a letter or digit, e.g. "team-a"');
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a', tags: ['x/y'] }])).toThrow('tags[0]: "x/y" is not a TFE workspace tag');
  });

  test('an empty OAuth client name', () => {
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a' }], { oauthClientId: undefined, oauthClientName: '' }))
      .toThrow('DataCenterOnboarding.oauthClientName: "" is empty');
  });

  test('an onboarding with a connection refuses a conflicting organization or service account instead of ignoring it', () => {
    const stack = newStack();
    const connection = new DataCenterConnection(stack, 'connection', {
      bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme', serviceAccountName: 'svc-terraform',
      adminCredentials: { username: 'admin', token: secret(stack, 'bitbucket_token') }, tfeToken: secret(stack, 'tfe_token'),
    });
    expect(() => new DataCenterOnboarding(stack, 'o1', { connection, organization: 'other', repositories: [{ repository: 'PLAT/a' }] }))
      .toThrow('DataCenterOnboarding.organization: "other" differs from the connection\'s "acme". Fix: remove organization');
    expect(() => new DataCenterOnboarding(stack, 'o2', { connection, serviceAccountName: 'someone', repositories: [{ repository: 'PLAT/b' }] }))
      .toThrow('DataCenterOnboarding.serviceAccountName: "someone" differs from the connection\'s "svc-terraform"');
    // The same-stack snippet needs neither tfeToken nor adminCredentials: the connection has them.
    expect(() => new DataCenterOnboarding(stack, 'o3', { connection, repositories: [{ repository: 'PLAT/c' }] })).not.toThrow();
  });

  describe('the application link used on its own', () => {
    const base = {
      bitbucketUrl: 'https://bitbucket.example.com', applicationUrl: 'https://tfe.example.com', applicationName: 'TFE',
      consumerKey: 'terraform-tfe', consumerName: 'TFE', publicKeyPem: 'x',
    };
    test('an application URL given as a token would give a wrong link id', () => {
      const stack = newStack();
      expect(() => new DataCenterApplicationLink(stack, 'link', { ...base, applicationUrl: secret(stack, 'url'), adminCredentials: { username: 'admin', token: secret(stack, 't') } }))
        .toThrow('DataCenterApplicationLink.applicationUrl: (a token) must be known at synth time');
    });
    test('ftp:// and other pages are refused', () => {
      const stack = newStack();
      const adminCredentials = { username: 'admin', token: secret(stack, 't') };
      expect(() => new DataCenterApplicationLink(stack, 'a', { ...base, applicationUrl: 'ftp://tfe.example.com', adminCredentials }))
        .toThrow('DataCenterApplicationLink.applicationUrl: "ftp://tfe.example.com" must use https://');
      expect(() => new DataCenterApplicationLink(stack, 'b', { ...base, applicationUrl: 'https://tfe.example.com/app/acme/workspaces', adminCredentials }))
        .toThrow('is not a TFE application URL');
      expect(() => new DataCenterApplicationLink(stack, 'c', { ...base, bitbucketUrl: 'https://bitbucket.example.com/rest/api/1.0', adminCredentials }))
        .toThrow('DataCenterApplicationLink.bitbucketUrl: "https://bitbucket.example.com/rest/api/1.0" is a page or API URL inside Bitbucket');
    });
  });
});

describe('errors name the props as the user wrote them', () => {
  test('a connection names its own props, not those of the constructs it builds', () => {
    const stack = newStack();
    expect(() => new DataCenterConnection(stack, 'c', {
      bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme', serviceAccountName: 'has space',
      adminCredentials: { username: 'admin', token: secret(stack, 't') }, tfeToken: secret(stack, 'tfe'),
    })).toThrow(/^DataCenterConnection\.serviceAccountName: "has space"/);
  });

  test('a building block used alone names its own props', () => {
    const stack = newStack();
    expect(() => new DataCenterApplicationLink(stack, 'link', {
      bitbucketUrl: 'https://bitbucket.example.com', applicationUrl: 'https://tfe.example.com', applicationName: 'TFE',
      consumerKey: 'k', consumerName: 'TFE', publicKeyPem: 'x', mode: 'automatic' as never,
    })).toThrow(/^DataCenterApplicationLink\.mode: "automatic" is not one of/);
  });
});
