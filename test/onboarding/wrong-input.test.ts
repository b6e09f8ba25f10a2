import { TerraformStack, Testing } from 'cdktf';
import { ApplicationLinkSetup, DataCenterApplicationLink, DataCenterConnection, DataCenterCredentials, DataCenterOnboarding, DataCenterOnboardingProps, RepositoryWorkspaceOptions } from '../../lib';
import { connectionAttributes, DataCenterOnboardingOverrides, onboardThroughAttributes, secret } from '../helpers/data-center';
import { newStack } from '../helpers/synth';

function onboard(stack: TerraformStack, id: string, repositories: RepositoryWorkspaceOptions[], overrides: DataCenterOnboardingOverrides = {}): DataCenterOnboarding {
  return onboardThroughAttributes(stack, id, connectionAttributes(stack, `${id}_`), { repositories, ...overrides });
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
      .toThrow(`DataCenterConnectionAttributes.bitbucketUrl: "${url}" is a page or API URL inside Bitbucket`);
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a' }], { bitbucketUrl: url })).toThrow(`use the root the instance is served at, with its context path if any: ${root}`);
  });

  test('bitbucket.org is Bitbucket Cloud', () => {
    expect(() => onboard(newStack(), 'x', [{ repository: 'PLAT/a' }], { bitbucketUrl: 'https://bitbucket.org' }))
      .toThrow('DataCenterConnectionAttributes.bitbucketUrl: "https://bitbucket.org" is Bitbucket Cloud, not a Data Center instance');
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
      .toThrow('DataCenterConnectionAttributes.oauthClientName: "" is empty');
  });

  test('an onboarding takes everything about the link from its connection: it has no props to conflict with it', () => {
    const stack = newStack();
    const connection = new DataCenterConnection(stack, 'connection', {
      bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme', serviceAccountName: 'svc-terraform',
      adminCredentials: DataCenterCredentials.fromToken('admin', secret(stack, 'bitbucket_token')), tfeToken: secret(stack, 'tfe_token'),
    });
    // The same-stack snippet needs neither tfeToken nor adminCredentials: the connection has them.
    expect(() => new DataCenterOnboarding(stack, 'o3', { connection, repositories: [{ repository: 'PLAT/c' }] })).not.toThrow();
    // What is not a connection is named as such.
    expect(() => new DataCenterOnboarding(newStack(), 'o5', {} as DataCenterOnboardingProps)).toThrow(
      /^DataCenterOnboarding\.connection: \(not set\) is not a Data Center connection\. Fix: pass a DataCenterConnection of this stack/);
    expect(() => new DataCenterOnboarding(newStack(), 'o4', { connection: {} as DataCenterConnection })).toThrow(
      'DataCenterOnboarding.connection: (object) is not a Data Center connection. Fix: pass a DataCenterConnection of this stack, or DataCenterConnection.fromConnectionAttributes(this, "connection", { ... }) for one made elsewhere');
  });

  test('a connection of another stack is described by its attributes instead', () => {
    const app = Testing.app();
    const connect = new TerraformStack(app, 'connect');
    const connection = new DataCenterConnection(connect, 'connection', {
      bitbucketUrl: 'https://bitbucket.example.com', organization: 'acme', serviceAccountName: 'svc-terraform',
      adminCredentials: DataCenterCredentials.fromToken('admin', secret(connect, 'bitbucket_token')), tfeToken: secret(connect, 'tfe_token'),
    });
    const onboard = new TerraformStack(app, 'onboard');
    expect(() => new DataCenterOnboarding(onboard, 'onboarding', { connection, repositories: [{ repository: 'PLAT/a' }] })).toThrow(
      'DataCenterOnboarding.connection: "connect/connection" is a DataCenterConnection of another stack. Fix: pass DataCenterConnection.fromConnectionAttributes(this, "connection", '
      + '{ ..., oauthClientId: connection.oauthClient.oauthClientId }) to onboard through it from this stack');
  });

  test('a connection without a TFE token cannot have its client read by an onboarding', () => {
    const stack = newStack();
    const connection = new DataCenterConnection(stack, 'connection', {
      bitbucketUrl: 'https://bitbucket.example.com', organization: 'acme', serviceAccountName: 'svc-terraform', cloneKey: false,
      adminCredentials: DataCenterCredentials.fromToken('admin', secret(stack, 'bitbucket_token')),
    });
    expect(() => connection.addRepository({ repository: 'PLAT/a' })).toThrow(
      'DataCenterOnboarding.connection: "test/connection" has no tfeToken to read its OAuth client through TFE\'s API with. Fix: pass tfeToken to the DataCenterConnection, from a sensitive TerraformVariable');
  });

  describe('the application link used on its own', () => {
    const base = {
      bitbucketUrl: 'https://bitbucket.example.com', applicationUrl: 'https://tfe.example.com', applicationName: 'TFE',
      consumerKey: 'terraform-tfe', consumerName: 'TFE', publicKeyPem: 'x',
    };
    test('an application URL given as a token would give a wrong link id', () => {
      const stack = newStack();
      expect(() => new DataCenterApplicationLink(stack, 'link', { ...base, applicationUrl: secret(stack, 'url'), applicationLinkSetup: ApplicationLinkSetup.managed(DataCenterCredentials.fromToken('admin', secret(stack, 't'))) }))
        .toThrow('DataCenterApplicationLink.applicationUrl: (a token) must be known at synth time');
    });
    test('ftp:// and other pages are refused', () => {
      const stack = newStack();
      const applicationLinkSetup = ApplicationLinkSetup.managed(DataCenterCredentials.fromToken('admin', secret(stack, 't')));
      expect(() => new DataCenterApplicationLink(stack, 'a', { ...base, applicationUrl: 'ftp://tfe.example.com', applicationLinkSetup }))
        .toThrow('DataCenterApplicationLink.applicationUrl: "ftp://tfe.example.com" must use https://');
      expect(() => new DataCenterApplicationLink(stack, 'b', { ...base, applicationUrl: 'https://tfe.example.com/app/acme/workspaces', applicationLinkSetup }))
        .toThrow('is not a TFE application URL');
      expect(() => new DataCenterApplicationLink(stack, 'c', { ...base, bitbucketUrl: 'https://bitbucket.example.com/rest/api/1.0', applicationLinkSetup }))
        .toThrow('DataCenterApplicationLink.bitbucketUrl: "https://bitbucket.example.com/rest/api/1.0" is a page or API URL inside Bitbucket');
    });
  });
});

describe('errors name the props as the user wrote them', () => {
  test('a connection names its own props, not those of the constructs it builds', () => {
    const stack = newStack();
    expect(() => new DataCenterConnection(stack, 'c', {
      bitbucketUrl: 'https://bitbucket.example.com', tfeHostname: 'tfe.example.com', organization: 'acme', serviceAccountName: 'has space',
      adminCredentials: DataCenterCredentials.fromToken('admin', secret(stack, 't')), tfeToken: secret(stack, 'tfe'),
    })).toThrow(/^DataCenterConnection\.serviceAccountName: "has space"/);
  });

  test('a building block used alone names its own props', () => {
    const stack = newStack();
    expect(() => new DataCenterApplicationLink(stack, 'link', {
      bitbucketUrl: 'https://bitbucket.example.com', applicationUrl: 'https://tfe.example.com', applicationName: 'TFE',
      consumerKey: 'k', consumerName: 'TFE', publicKeyPem: 'x', applicationLinkSetup: 'automatic' as never,
    })).toThrow(/^DataCenterApplicationLink\.applicationLinkSetup: "automatic" is not an ApplicationLinkSetup/);
  });

  test('a managed link used on its own needs an administrator to act as', () => {
    expect(() => new DataCenterApplicationLink(newStack(), 'link', {
      bitbucketUrl: 'https://bitbucket.example.com', applicationUrl: 'https://tfe.example.com', applicationName: 'TFE',
      consumerKey: 'k', consumerName: 'TFE', publicKeyPem: 'x',
    })).toThrow('DataCenterApplicationLink.applicationLinkSetup: (ApplicationLinkSetup.managed() without adminCredentials) cannot reach Bitbucket\'s applinks endpoints. '
      + 'Fix: pass ApplicationLinkSetup.managed(DataCenterCredentials.fromToken(...)) or a bitbucketApi provider, or ApplicationLinkSetup.manual() to let an administrator create the link from the instructions');
  });

  test('a connection made elsewhere names its attributes', () => {
    const stack = newStack();
    expect(() => DataCenterConnection.fromConnectionAttributes(stack, 'c', { ...connectionAttributes(stack), oauthClientName: 'Bitbucket' }))
      .toThrow('DataCenterConnectionAttributes.oauthClientId / DataCenterConnectionAttributes.oauthClientName: "both" must identify the OAuth client the workspaces link through: give exactly one');
    expect(() => DataCenterConnection.fromConnectionAttributes(stack, 'd', { ...connectionAttributes(stack, 'd_'), tfeToken: 'literal' }))
      .toThrow(/^DataCenterConnectionAttributes\.tfeToken: \(a literal string\) would be written in clear/);
  });
});
