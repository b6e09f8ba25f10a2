'use strict';
// (b) Raw cdktf: the same resources, data sources, locals, providers, outputs and dependsOn as the library
// writes, with the provider bindings directly and no library logic (no validation, no name derivation beyond
// string concatenation). Plain Constructs give the same construct paths, so the same logical ids.
const { App, DataResource, Fn, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Token } = require('cdktf');
const { Construct } = require('constructs');
const { TfeProvider } = require('@cdktf/provider-tfe/lib/provider');
const { OauthClient } = require('@cdktf/provider-tfe/lib/oauth-client');
const { Workspace } = require('@cdktf/provider-tfe/lib/workspace');
const { TlsProvider } = require('@cdktf/provider-tls/lib/provider');
const { PrivateKey } = require('@cdktf/provider-tls/lib/private-key');
const { RestfulProvider } = require('../../lib/providers/restful/provider');
const { Resource } = require('../../lib/providers/restful/resource');
const { Operation } = require('../../lib/providers/restful/operation');
const { DataRestfulResource } = require('../../lib/providers/restful/data-restful-resource');
const { SETTINGS, repositories } = require('../scenario');
const { TEXT } = require('./common');

const alias = (owner, purpose) => `${purpose}_${owner.node.addr.slice(0, 10)}`;
const condition = (expression) => Token.asAny(`\${${expression}}`);
const local = (scope, id, expression) => `local.${new TerraformLocal(scope, id, `\${${expression}}`).friendlyUniqueId}`;

/** A restful provider on TFE's API, one per construct that reads or writes it (as the library does). */
function tfeApi(scope, tfeToken) {
  const api = new RestfulProvider(scope, 'tfe-api', {
    alias: alias(scope, 'tfe_api'),
    baseUrl: `https://${SETTINGS.tfeHostname}/api/v2`,
    security: { http: { token: { token: tfeToken } } },
  });
  api.addOverride('header', TEXT.tfeHeaders);
  return api;
}

function synth(outdir, n) {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  const password = new TerraformVariable(stack, 'bitbucket_admin_password', { type: 'string', sensitive: true });
  const tfeToken = new TerraformVariable(stack, 'tfe_token', { type: 'string', sensitive: true });
  const repos = repositories(n);

  // The connection.
  const bitbucket = new Construct(stack, 'bitbucket');
  const bitbucketApi = new RestfulProvider(bitbucket, 'bitbucket-api', {
    alias: alias(bitbucket, 'bitbucket_api'),
    baseUrl: SETTINGS.bitbucketUrl,
    security: { http: { basic: { username: SETTINGS.adminUsername, password: password.stringValue } } },
  });
  bitbucketApi.addOverride('header', TEXT.bitbucketHeaders);
  const tfe = new TfeProvider(bitbucket, 'tfe', { alias: alias(bitbucket, 'tfe'), hostname: SETTINGS.tfeHostname, token: tfeToken.stringValue });
  const access = new Construct(bitbucket, 'access');
  const tls = new TlsProvider(bitbucket, 'tls', { alias: alias(bitbucket, 'tls') });
  const key = new PrivateKey(new Construct(bitbucket, 'key-pair'), 'key', { algorithm: 'RSA', rsaBits: 2048, provider: tls });

  const applicationLink = new Construct(bitbucket, 'application-link');
  const link = new Resource(applicationLink, 'link', {
    provider: bitbucketApi,
    path: '/rest/applinks/3.0/applicationlink',
    createMethod: 'PUT',
    readSelector: `applicationLinks.#(id=="${TEXT.linkId}")`,
    updatePath: TEXT.linkPath,
    updateMethod: 'POST',
    deletePath: TEXT.linkPath,
    deleteMethod: 'DELETE',
    body: { name: TEXT.applicationName, rpcUrl: TEXT.applicationUrl, displayUrl: TEXT.applicationUrl, typeId: 'generic' },
    forceNewAttrs: ['rpcUrl', 'typeId'],
    lifecycle: { preventDestroy: true },
  });
  const consumer = new Resource(applicationLink, 'consumer', {
    provider: bitbucketApi,
    path: TEXT.consumerPath,
    createMethod: 'PUT',
    readSelector: `consumers.#(key=="${TEXT.consumerKey}")`,
    updatePath: TEXT.consumerPath,
    updateMethod: 'PUT',
    deletePath: TEXT.consumerDeletePath,
    deleteMethod: 'PUT',
    deleteBody: {
      incoming: { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false },
      outgoing: { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false },
    },
    body: { key: TEXT.consumerKey, name: TEXT.consumerName, publicKey: Fn.replace(key.publicKeyPem, TEXT.bareKeyPattern, ''), outgoing: false, twoLOAllowed: false },
    forceNewAttrs: ['key'],
    dependsOn: [link],
    lifecycle: { preventDestroy: true },
  });

  const oauthClient = new OauthClient(new Construct(bitbucket, 'oauth-client'), 'client', {
    provider: tfe,
    organization: SETTINGS.organization,
    name: TEXT.clientName,
    serviceProvider: TEXT.serviceProvider,
    httpUrl: SETTINGS.bitbucketUrl,
    apiUrl: TEXT.apiUrl,
    key: TEXT.consumerKey,
    secret: key.privateKeyPem,
    rsaPublicKey: key.publicKeyPem,
    organizationScoped: true,
    dependsOn: [consumer],
    lifecycle: { preventDestroy: true },
  });

  // The clone key: generated, registered for the service account, PATCHed on the OAuth token once there is one.
  // Always there, so that setting its generation later replaces the key (replace_triggered_by).
  const generation = new DataResource(bitbucket, 'clone-key-generation', { input: { generation: 'initial' } });
  const cloneKey = new PrivateKey(bitbucket, 'clone-key', {
    provider: tls, algorithm: 'RSA', rsaBits: 3072, lifecycle: { replaceTriggeredBy: [`terraform_data.${generation.friendlyUniqueId}`] },
  });
  const registered = new Resource(new Construct(bitbucket, 'service-account-ssh-key'), 'key', {
    provider: bitbucketApi,
    path: '/rest/ssh/latest/keys',
    createQuery: { user: [SETTINGS.serviceAccountName] },
    readPath: '/rest/ssh/latest/keys/$(body.id)',
    body: { text: cloneKey.publicKeyOpenssh, label: TEXT.sshKeyLabel },
    lifecycle: { createBeforeDestroy: true, ignoreChanges: ['body'], replaceTriggeredBy: [`tls_private_key.${cloneKey.friendlyUniqueId}`] },
  });
  const ownLookup = new Construct(bitbucket, 'oauth-client-token');
  const ownList = new DataRestfulResource(ownLookup, 'client', {
    provider: tfeApi(ownLookup, tfeToken.stringValue),
    id: `/organizations/${SETTINGS.organization}/oauth-clients`,
    query: { 'page[size]': ['100'] },
    allowNotExist: true,
  });
  const ownClients = local(ownLookup, 'clients', TEXT.ownClients(`${ownList.fqn}.output`));
  const ownClient = local(ownLookup, 'selected-client', `try(${ownClients}[0], null)`);
  const ownTokens = local(ownLookup, 'tokens', `try(${ownClient}.relationships["oauth-tokens"].data, [])`);
  const [ownClientsMessage, ownTokensMessage] = TEXT.ownClientMessages(ownClients, ownTokens);
  const ownGuard = new DataResource(ownLookup, 'guard', {
    input: { client: `\${try(${ownClient}.id, "")}` },
    lifecycle: {
      precondition: [
        { condition: condition(`length(${ownClients}) <= 1`), errorMessage: ownClientsMessage },
        { condition: condition(`length(${ownTokens}) <= 1`), errorMessage: ownTokensMessage },
      ],
    },
  });
  const tokenScope = new Construct(bitbucket, 'oauth-token-ssh-key');
  const onToken = new Operation(tokenScope, 'ssh-key', {
    provider: tfeApi(tokenScope, tfeToken.stringValue),
    path: '/oauth-tokens/${each.value}',
    method: 'PATCH',
    body: { data: { type: 'oauth-tokens', id: '${each.value}', attributes: { 'ssh-key': cloneKey.privateKeyPem } } },
    dependsOn: [registered, ownGuard],
  });
  const ownTokenId = new TerraformLocal(tokenScope, 'oauth-token-id', `\${try(${ownTokens}[0].id, "")}`);
  onToken.addOverride('for_each', `\${{ for token in compact([local.${ownTokenId.friendlyUniqueId}]) : "oauth-token" => token }}`);

  new TerraformOutput(bitbucket, 'oauth_client_id', { value: oauthClient.id, description: 'TFE OAuth client id (oc-...)' });
  new TerraformOutput(bitbucket, 'consumer_key', { value: TEXT.consumerKey, description: 'OAuth consumer key of the application link and the TFE client' });
  new TerraformOutput(bitbucket, 'public_key_pem', { value: key.publicKeyPem, description: 'Public key registered on the application link' });
  new TerraformOutput(bitbucket, 'application_link', { value: TEXT.instructions, description: 'The Bitbucket application link' });
  new TerraformOutput(bitbucket, 'next_step', { value: TEXT.nextStep, description: 'The one manual step before onboarding repositories' });

  // The onboarding: the client read back by id, its token and guard.
  const onboard = new Construct(stack, 'onboard');
  const lookup = new Construct(onboard, 'oauth-client');
  const client = new DataRestfulResource(lookup, 'client', {
    provider: tfeApi(lookup, tfeToken.stringValue),
    id: `/oauth-clients/${oauthClient.id}`,
    allowNotExist: true,
  });
  const clients = local(lookup, 'clients', `try([${client.fqn}.output.data], [])`);
  const selected = local(lookup, 'selected-client', `try(${clients}[0], null)`);
  const tokens = local(lookup, 'tokens', `try(${selected}.relationships["oauth-tokens"].data, [])`);
  const tokenId = `\${try(${tokens}[0].id, "")}`;
  const hasToken = condition(`length(${tokens}) == 1`);
  const [missingMessage, tokensMessage, noTokenMessage] = TEXT.clientByIdMessages(oauthClient.id, tokens);
  const guard = new DataResource(lookup, 'guard', {
    input: { client: `\${try(${selected}.id, "")}` },
    lifecycle: {
      precondition: [
        { condition: condition(`length(${clients}) == 1`), errorMessage: missingMessage },
        { condition: condition(`length(${tokens}) <= 1`), errorMessage: tokensMessage },
        { condition: condition(`length(${tokens}) > 0`), errorMessage: noTokenMessage },
      ],
    },
  });

  // Per repository: REPO_ADMIN for the service account, a check that the repository exists, then the workspace.
  const workspaces = new Construct(onboard, 'repositories');
  for (const repo of repos) {
    const identifier = `${repo.project}/${repo.slug}`;
    const grantQuery = { name: [SETTINGS.serviceAccountName], permission: ['REPO_ADMIN'] };
    const grant = new Resource(access, `${repo.project}:${repo.slug}`, {
      provider: bitbucketApi,
      path: `/rest/api/1.0/projects/${repo.project}/repos/${repo.slug}/permissions/users`,
      createMethod: 'PUT',
      createQuery: grantQuery,
      updateMethod: 'PUT',
      updateQuery: grantQuery,
      readQuery: { filter: [SETTINGS.serviceAccountName], limit: ['1000'] },
      readSelector: `values.#(user.name==${JSON.stringify(SETTINGS.serviceAccountName)})`,
      deleteQuery: { name: [SETTINGS.serviceAccountName] },
      body: { permission: 'REPO_ADMIN' },
    });
    const exists = new DataRestfulResource(workspaces, `${identifier}-exists`, {
      provider: bitbucketApi,
      id: `/rest/api/1.0/projects/${repo.project}/repos/${repo.slug}`,
      allowNotExist: true,
      outputAttrs: ['slug'],
    });
    new Workspace(workspaces, identifier, {
      provider: tfe,
      organization: SETTINGS.organization,
      name: `${repo.project}-${repo.slug}`,
      description: `Linked to ${identifier} by cdktf-bitbucket-tfe`,
      autoApply: false,
      queueAllRuns: false,
      forceDelete: false,
      vcsRepo: { identifier, oauthTokenId: tokenId, branch: repo.branch },
      dependsOn: [grant, guard],
      lifecycle: {
        precondition: [
          { condition: hasToken, errorMessage: TEXT.workspaceMessage(identifier) },
          { condition: condition(`${exists.fqn}.output != null`), errorMessage: TEXT.missingRepositoryMessage(identifier) },
        ],
      },
    });
  }
  app.synth();
}

module.exports = { synth };
