'use strict';
// (b) Raw cdktf: the same resources, providers, outputs and dependsOn as the library writes, with the
// provider bindings directly and no library logic (no validation, no name derivation beyond string
// concatenation). Plain Constructs give the same construct paths, so the same logical ids.
const { App, Fn, TerraformOutput, TerraformStack, TerraformVariable } = require('cdktf');
const { Construct } = require('constructs');
const { TfeProvider } = require('@cdktf/provider-tfe/lib/provider');
const { OauthClient } = require('@cdktf/provider-tfe/lib/oauth-client');
const { DataTfeOauthClient } = require('@cdktf/provider-tfe/lib/data-tfe-oauth-client');
const { Workspace } = require('@cdktf/provider-tfe/lib/workspace');
const { TlsProvider } = require('@cdktf/provider-tls/lib/provider');
const { PrivateKey } = require('@cdktf/provider-tls/lib/private-key');
const { BitbucketserverProvider } = require('../../lib/providers/bitbucketserver/provider');
const { RepositoryPermissionsUser } = require('../../lib/providers/bitbucketserver/repository-permissions-user');
const { RestapiProvider } = require('../../lib/providers/restapi/provider');
const { ObjectResource } = require('../../lib/providers/restapi/object-resource');
const { SETTINGS, repositories } = require('../scenario');
const { TEXT } = require('./common');

const alias = (owner, purpose) => `${purpose}_${owner.node.addr.slice(0, 10)}`;

function synth(outdir, n) {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  const password = new TerraformVariable(stack, 'bitbucket_admin_password', { type: 'string', sensitive: true });
  const tfeToken = new TerraformVariable(stack, 'tfe_token', { type: 'string', sensitive: true });
  const repos = repositories(n);

  // The connection.
  const bitbucket = new Construct(stack, 'bitbucket');
  const bbProvider = new BitbucketserverProvider(bitbucket, 'bitbucket', {
    alias: alias(bitbucket, 'bitbucket'),
    server: SETTINGS.bitbucketUrl,
    username: SETTINGS.adminUsername,
    password: password.stringValue,
  });
  const tfe = new TfeProvider(bitbucket, 'tfe', { alias: alias(bitbucket, 'tfe'), hostname: SETTINGS.tfeHostname, token: tfeToken.stringValue });
  const access = new Construct(bitbucket, 'access');
  const tls = new TlsProvider(bitbucket, 'tls', { alias: alias(bitbucket, 'tls') });
  const keyPair = new Construct(bitbucket, 'key-pair');
  const key = new PrivateKey(keyPair, 'key', { algorithm: 'RSA', rsaBits: 2048, provider: tls });

  const applicationLink = new Construct(bitbucket, 'application-link');
  const applinksApi = new RestapiProvider(applicationLink, 'applinks-api', {
    alias: `bitbucket_applinks_${applicationLink.node.addr.slice(0, 10)}`,
    uri: SETTINGS.bitbucketUrl,
    username: SETTINGS.adminUsername,
    password: password.stringValue,
    writeReturnsObject: false,
    createReturnsObject: false,
  });
  applinksApi.addOverride('headers', TEXT.applinksHeaders);
  const link = new ObjectResource(applicationLink, 'link', {
    provider: applinksApi,
    path: '/rest/applinks/3.0/applicationlink',
    objectId: TEXT.linkId,
    createMethod: 'PUT',
    readPath: TEXT.linkPath,
    updatePath: TEXT.linkPath,
    updateMethod: 'PUT',
    destroyPath: TEXT.linkPath,
    destroyMethod: 'DELETE',
    data: Fn.jsonencode({ id: TEXT.linkId, name: TEXT.applicationName, rpcUrl: TEXT.applicationUrl, displayUrl: TEXT.applicationUrl, typeId: 'generic' }),
    ignoreServerAdditions: true,
  });
  const consumer = new ObjectResource(applicationLink, 'consumer', {
    provider: applinksApi,
    path: TEXT.consumerPath,
    objectId: TEXT.linkId,
    createMethod: 'PUT',
    readPath: TEXT.consumerPath,
    updatePath: TEXT.consumerPath,
    updateMethod: 'PUT',
    destroyPath: TEXT.consumerPath,
    destroyMethod: 'DELETE',
    data: Fn.jsonencode({ key: TEXT.consumerKey, name: TEXT.consumerName, publicKey: key.publicKeyPem, outgoing: false, twoLOAllowed: false }),
    ignoreChangesTo: ['publicKey'],
    ignoreServerAdditions: true,
    dependsOn: [link],
  });

  const oauthClient = new OauthClient(new Construct(bitbucket, 'oauth-client'), 'client', {
    provider: tfe,
    organization: SETTINGS.organization,
    name: TEXT.clientName,
    serviceProvider: 'bitbucket_data_center',
    httpUrl: SETTINGS.bitbucketUrl,
    apiUrl: TEXT.apiUrl,
    key: TEXT.consumerKey,
    secret: key.privateKeyPem,
    rsaPublicKey: key.publicKeyPem,
    organizationScoped: true,
    dependsOn: [consumer],
  });
  new TerraformOutput(bitbucket, 'oauth_client_id', { value: oauthClient.id, description: 'TFE OAuth client id (oc-...)' });
  new TerraformOutput(bitbucket, 'consumer_key', { value: TEXT.consumerKey, description: 'OAuth consumer key of the application link and the TFE client' });
  new TerraformOutput(bitbucket, 'public_key_pem', { value: key.publicKeyPem, description: 'Public key registered on the application link' });
  new TerraformOutput(bitbucket, 'application_link', { value: TEXT.instructions, description: 'The Bitbucket application link' });
  new TerraformOutput(bitbucket, 'next_step', { value: TEXT.nextStep, description: 'The one manual step before onboarding repositories' });

  // The onboarding.
  const onboard = new Construct(stack, 'onboard');
  const lookup = new DataTfeOauthClient(new Construct(onboard, 'oauth-client'), 'client', {
    provider: tfe,
    organization: SETTINGS.organization,
    oauthClientId: oauthClient.id,
  });
  const tokenId = lookup.oauthTokenId;
  const hasToken = Fn.can(Fn.coalesce([tokenId]));
  const cloneTls = new TlsProvider(onboard, 'tls', { alias: alias(onboard, 'tls') });
  const cloneKey = new PrivateKey(onboard, 'clone-key', { provider: cloneTls, algorithm: 'RSA', rsaBits: 3072 });

  const sshKeyScope = new Construct(onboard, 'service-account-ssh-key');
  const sshApi = new RestapiProvider(sshKeyScope, 'ssh-api', {
    alias: alias(sshKeyScope, 'bitbucket_ssh'),
    uri: SETTINGS.bitbucketUrl,
    username: SETTINGS.adminUsername,
    password: password.stringValue,
    writeReturnsObject: true,
    createReturnsObject: true,
  });
  sshApi.addOverride('headers', TEXT.sshHeaders);
  const registered = new ObjectResource(sshKeyScope, 'key', {
    provider: sshApi,
    path: '/rest/ssh/latest/keys',
    createPath: `/rest/ssh/latest/keys?user=${SETTINGS.serviceAccountName}`,
    readPath: '/rest/ssh/latest/keys/{id}',
    destroyPath: '/rest/ssh/latest/keys/{id}',
    destroyMethod: 'DELETE',
    idAttribute: 'id',
    data: Fn.jsonencode({ text: cloneKey.publicKeyOpenssh, label: TEXT.sshKeyLabel }),
    forceNew: ['text'],
    ignoreServerAdditions: true,
  });

  const tokenScope = new Construct(onboard, 'oauth-token-ssh-key');
  const tfeApi = new RestapiProvider(tokenScope, 'tfe-api', {
    alias: alias(tokenScope, 'tfe_api'),
    uri: `https://${SETTINGS.tfeHostname}/api/v2`,
    bearerToken: tfeToken.stringValue,
    writeReturnsObject: true,
    createReturnsObject: true,
  });
  tfeApi.addOverride('headers', TEXT.tfeHeaders);
  const tokenPath = `/oauth-tokens/${tokenId}`;
  const onToken = new ObjectResource(tokenScope, 'ssh-key', {
    provider: tfeApi,
    path: '/oauth-tokens',
    objectId: tokenId,
    idAttribute: 'data/id',
    createPath: tokenPath,
    createMethod: 'PATCH',
    readPath: tokenPath,
    updatePath: tokenPath,
    updateMethod: 'PATCH',
    destroyPath: tokenPath,
    destroyMethod: 'GET',
    data: Fn.jsonencode({ data: { id: tokenId, type: 'oauth-tokens', attributes: { 'ssh-key': cloneKey.privateKeyPem } } }),
    ignoreAllServerChanges: true,
    dependsOn: [registered],
    lifecycle: { precondition: [{ condition: hasToken, errorMessage: TEXT.sshKeyMessage }] },
  });

  // Per repository: REPO_ADMIN for the service account, then the workspace that depends on it.
  const workspaces = new Construct(onboard, 'repositories');
  for (const repo of repos) {
    const identifier = `${repo.project}/${repo.slug}`;
    const grant = new RepositoryPermissionsUser(access, `${repo.project}:${repo.slug}`, {
      provider: bbProvider,
      project: repo.project,
      repository: repo.slug,
      user: SETTINGS.serviceAccountName,
      permission: 'REPO_ADMIN',
    });
    new Workspace(workspaces, identifier, {
      provider: tfe,
      organization: SETTINGS.organization,
      name: `${repo.project}-${repo.slug}`,
      description: `Linked to ${identifier} by cdktf-bitbucket-tfe`,
      autoApply: false,
      vcsRepo: { identifier, oauthTokenId: tokenId, branch: repo.branch },
      dependsOn: [grant, onToken],
      lifecycle: { precondition: [{ condition: hasToken, errorMessage: TEXT.workspaceMessage(identifier) }] },
    });
  }
  app.synth();
}

module.exports = { synth };
