'use strict';
// (c) The lower bound: the same Terraform JSON document built as plain objects and written with
// JSON.stringify. Logical ids are computed the way cdktf computes them (md5 of the construct path) and
// keys are emitted in sorted order, so the file is byte-identical to what (a) and (b) synthesize.
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { SETTINGS, repositories } = require('../scenario');
const { TEXT } = require('./common');

const STACK = 'bench';
const CDKTF_VERSION = '0.21.0';

/** cdktf's makeUniqueId for components below the stack. */
function uniqueId(components) {
  const hash = createHash('md5').update(components.join('/')).digest('hex').slice(0, 8).toUpperCase();
  const human = [];
  for (const c of components) {
    if (human.length === 0 || !human[human.length - 1].endsWith(c)) human.push(c);
  }
  return `${human.map((s) => s.replace(/[^A-Za-z0-9_-]/g, '')).join('_').slice(0, 240)}_${hash}`;
}

/** constructs' node.addr for a path below the app, cut to the 10 characters provider aliases use. */
function addr10(components) {
  const hash = createHash('sha1');
  for (const c of ['', STACK, ...components]) hash.update(c).update('\n');
  return ('c8' + hash.digest('hex')).slice(0, 10);
}

function meta(components) {
  const id = uniqueId(components);
  return [id, { metadata: { path: [STACK, ...components].join('/'), uniqueId: id } }];
}

function sortedObject(entries) {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
}

function synth(outdir, n) {
  const repos = repositories(n);
  const password = '${var.bitbucket_admin_password}';
  const tfeToken = '${var.tfe_token}';
  const bbAddr = addr10(['bitbucket']);
  const bitbucketApi = `restful.bitbucket_api_${bbAddr}`;
  const tfeProvider = `tfe.tfe_${bbAddr}`;
  const tlsProvider = `tls.tls_${bbAddr}`;
  const ownLookupAlias = `tfe_api_${addr10(['bitbucket', 'oauth-client-token'])}`;
  const tokenKeyAlias = `tfe_api_${addr10(['bitbucket', 'oauth-token-ssh-key'])}`;
  const lookupAlias = `tfe_api_${addr10(['onboard', 'oauth-client'])}`;

  const [keyId, keyMeta] = meta(['bitbucket', 'key-pair', 'key']);
  const [linkId, linkMeta] = meta(['bitbucket', 'application-link', 'link']);
  const [consumerId, consumerMeta] = meta(['bitbucket', 'application-link', 'consumer']);
  const [clientId, clientMeta] = meta(['bitbucket', 'oauth-client', 'client']);
  const [cloneId, cloneMeta] = meta(['bitbucket', 'clone-key']);
  const [generationId, generationMeta] = meta(['bitbucket', 'clone-key-generation']);
  const [sshId, sshMeta] = meta(['bitbucket', 'service-account-ssh-key', 'key']);
  const [ownListId, ownListMeta] = meta(['bitbucket', 'oauth-client-token', 'client']);
  const [ownGuardId, ownGuardMeta] = meta(['bitbucket', 'oauth-client-token', 'guard']);
  const [tokenKeyId, tokenKeyMeta] = meta(['bitbucket', 'oauth-token-ssh-key', 'ssh-key']);
  const [lookupId, lookupMeta] = meta(['onboard', 'oauth-client', 'client']);
  const [guardId, guardMeta] = meta(['onboard', 'oauth-client', 'guard']);
  const localId = (components) => uniqueId(components);
  const ownClientsId = localId(['bitbucket', 'oauth-client-token', 'clients']);
  const ownSelectedId = localId(['bitbucket', 'oauth-client-token', 'selected-client']);
  const ownTokensId = localId(['bitbucket', 'oauth-client-token', 'tokens']);
  const ownTokenIdId = localId(['bitbucket', 'oauth-token-ssh-key', 'oauth-token-id']);
  const clientsId = localId(['onboard', 'oauth-client', 'clients']);
  const selectedId = localId(['onboard', 'oauth-client', 'selected-client']);
  const tokensId = localId(['onboard', 'oauth-client', 'tokens']);
  const ownClients = `local.${ownClientsId}`;
  const ownSelected = `local.${ownSelectedId}`;
  const ownTokens = `local.${ownTokensId}`;
  const clients = `local.${clientsId}`;
  const selected = `local.${selectedId}`;
  const tokens = `local.${tokensId}`;
  const clientRef = `\${tfe_oauth_client.${clientId}.id}`;
  const tokenId = `\${try(${tokens}[0].id, "")}`;
  const hasToken = `\${length(${tokens}) == 1}`;
  const guardRef = `terraform_data.${guardId}`;
  const [ownClientsMessage, ownTokensMessage] = TEXT.ownClientMessages(ownClients, ownTokens);
  const [missingMessage, tokensMessage, noTokenMessage] = TEXT.clientByIdMessages(clientRef, tokens);
  const outputIds = {};
  for (const name of ['application_link', 'consumer_key', 'next_step', 'oauth_client_id', 'public_key_pem']) outputIds[name] = uniqueId(['bitbucket', name]);

  const grantQuery = { name: [SETTINGS.serviceAccountName], permission: ['REPO_ADMIN'] };
  const restful = [
    [linkId, {
      '//': linkMeta,
      body: { displayUrl: TEXT.applicationUrl, name: TEXT.applicationName, rpcUrl: TEXT.applicationUrl, typeId: 'generic' },
      create_method: 'PUT', delete_method: 'DELETE', delete_path: TEXT.linkPath, force_new_attrs: ['rpcUrl', 'typeId'],
      lifecycle: { prevent_destroy: true },
      path: '/rest/applinks/3.0/applicationlink', provider: bitbucketApi,
      read_selector: `applicationLinks.#(id=="${TEXT.linkId}")`, update_method: 'POST', update_path: TEXT.linkPath,
    }],
    [consumerId, {
      '//': consumerMeta,
      body: {
        key: TEXT.consumerKey, name: TEXT.consumerName, outgoing: false,
        publicKey: `\${replace(tls_private_key.${keyId}.public_key_pem, "${TEXT.bareKeyPattern}", "")}`, twoLOAllowed: false,
      },
      create_method: 'PUT',
      delete_body: {
        incoming: { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false },
        outgoing: { enabled: false, twoLoEnabled: false, twoLoImpersonationEnabled: false },
      },
      delete_method: 'PUT', delete_path: TEXT.consumerDeletePath, depends_on: [`restful_resource.${linkId}`], force_new_attrs: ['key'],
      lifecycle: { prevent_destroy: true },
      path: TEXT.consumerPath, provider: bitbucketApi,
      read_selector: `consumers.#(key=="${TEXT.consumerKey}")`, update_method: 'PUT', update_path: TEXT.consumerPath,
    }],
    [sshId, {
      '//': sshMeta,
      body: { label: TEXT.sshKeyLabel, text: `\${tls_private_key.${cloneId}.public_key_openssh}` },
      create_query: { user: [SETTINGS.serviceAccountName] },
      lifecycle: { create_before_destroy: true, ignore_changes: ['body'], replace_triggered_by: [`tls_private_key.${cloneId}`] },
      path: '/rest/ssh/latest/keys', provider: bitbucketApi, read_path: '/rest/ssh/latest/keys/$(body.id)',
    }],
  ];
  const dataRestful = [
    [ownListId, {
      '//': ownListMeta, allow_not_exist: true, id: `/organizations/${SETTINGS.organization}/oauth-clients`,
      provider: `restful.${ownLookupAlias}`, query: { 'page[size]': ['100'] },
    }],
    [lookupId, { '//': lookupMeta, allow_not_exist: true, id: `/oauth-clients/${clientRef}`, provider: `restful.${lookupAlias}` }],
  ];
  const workspaces = [];
  for (const repo of repos) {
    const identifier = `${repo.project}/${repo.slug}`;
    const [grantId, grantMeta] = meta(['bitbucket', 'access', `${repo.project}:${repo.slug}`]);
    restful.push([grantId, {
      '//': grantMeta,
      body: { permission: 'REPO_ADMIN' },
      create_method: 'PUT', create_query: grantQuery, delete_query: { name: [SETTINGS.serviceAccountName] },
      path: `/rest/api/1.0/projects/${repo.project}/repos/${repo.slug}/permissions/users`, provider: bitbucketApi,
      read_query: { filter: [SETTINGS.serviceAccountName], limit: ['1000'] },
      read_selector: `values.#(user.name==${JSON.stringify(SETTINGS.serviceAccountName)})`,
      update_method: 'PUT', update_query: grantQuery,
    }]);
    const [existsId, existsMeta] = meta(['onboard', 'repositories', `${repo.project}--${repo.slug}-exists`]);
    dataRestful.push([existsId, {
      '//': existsMeta, allow_not_exist: true, id: `/rest/api/1.0/projects/${repo.project}/repos/${repo.slug}`,
      output_attrs: ['slug'], provider: bitbucketApi,
    }]);
    const [wsId, wsMeta] = meta(['onboard', 'repositories', `${repo.project}--${repo.slug}`]);
    workspaces.push([wsId, {
      '//': wsMeta,
      auto_apply: false,
      depends_on: [`restful_resource.${grantId}`, guardRef],
      description: `Linked to ${identifier} by cdktf-bitbucket-tfe`,
      force_delete: false,
      lifecycle: {
        precondition: [
          { condition: hasToken, error_message: TEXT.workspaceMessage(identifier) },
          { condition: `\${data.restful_resource.${existsId}.output != null}`, error_message: TEXT.missingRepositoryMessage(identifier) },
        ],
      },
      name: `${repo.project}-${repo.slug}`,
      organization: SETTINGS.organization,
      provider: tfeProvider,
      queue_all_runs: false,
      vcs_repo: { branch: repo.branch, identifier, oauth_token_id: tokenId },
    }]);
  }

  const tfeApi = (aliasName) => ({
    alias: aliasName, base_url: `https://${SETTINGS.tfeHostname}/api/v2`,
    header: { 'Accept': 'application/vnd.api+json', 'Content-Type': 'application/vnd.api+json' },
    security: { http: { token: { token: tfeToken } } },
  });
  const doc = {
    '//': {
      metadata: {
        backend: 'local',
        overrides: { restful: ['header', 'header', 'header', 'header'], restful_operation: ['for_each'] },
        stackName: STACK,
        version: CDKTF_VERSION,
      },
      outputs: { [STACK]: { bitbucket: outputIds } },
    },
    data: { restful_resource: sortedObject(dataRestful) },
    locals: sortedObject([
      [ownClientsId, `\${${TEXT.ownClients(`data.restful_resource.${ownListId}.output`)}}`],
      [ownSelectedId, `\${try(${ownClients}[0], null)}`],
      [ownTokensId, `\${try(${ownSelected}.relationships["oauth-tokens"].data, [])}`],
      [ownTokenIdId, `\${try(${ownTokens}[0].id, "")}`],
      [clientsId, `\${try([data.restful_resource.${lookupId}.output.data], [])}`],
      [selectedId, `\${try(${clients}[0], null)}`],
      [tokensId, `\${try(${selected}.relationships["oauth-tokens"].data, [])}`],
    ]),
    output: sortedObject([
      [outputIds.application_link, { description: 'The Bitbucket application link', value: TEXT.instructions }],
      [outputIds.consumer_key, { description: 'OAuth consumer key of the application link and the TFE client', value: TEXT.consumerKey }],
      [outputIds.next_step, { description: 'The one manual step before onboarding repositories', value: TEXT.nextStep }],
      [outputIds.oauth_client_id, { description: 'TFE OAuth client id (oc-...)', value: clientRef }],
      [outputIds.public_key_pem, { description: 'Public key registered on the application link', value: `\${tls_private_key.${keyId}.public_key_pem}` }],
    ]),
    provider: {
      restful: [
        {
          alias: `bitbucket_api_${bbAddr}`, base_url: SETTINGS.bitbucketUrl,
          header: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
          security: { http: { basic: { password, username: SETTINGS.adminUsername } } },
        },
        tfeApi(ownLookupAlias),
        tfeApi(tokenKeyAlias),
        tfeApi(lookupAlias),
      ],
      tfe: [{ alias: `tfe_${bbAddr}`, hostname: SETTINGS.tfeHostname, token: tfeToken }],
      tls: [{ alias: `tls_${bbAddr}` }],
    },
    resource: {
      restful_operation: {
        [tokenKeyId]: {
          '//': tokenKeyMeta,
          body: { data: { attributes: { 'ssh-key': `\${tls_private_key.${cloneId}.private_key_pem}` }, id: '${each.value}', type: 'oauth-tokens' } },
          depends_on: [`restful_resource.${sshId}`, `terraform_data.${ownGuardId}`],
          for_each: `\${{ for token in compact([local.${ownTokenIdId}]) : "oauth-token" => token }}`,
          method: 'PATCH',
          path: '/oauth-tokens/${each.value}',
          provider: `restful.${tokenKeyAlias}`,
        },
      },
      restful_resource: sortedObject(restful),
      terraform_data: sortedObject([
        [generationId, { '//': generationMeta, input: { generation: 'initial' } }],
        [ownGuardId, {
          '//': ownGuardMeta,
          input: { client: `\${try(${ownSelected}.id, "")}` },
          lifecycle: {
            precondition: [
              { condition: `\${length(${ownClients}) <= 1}`, error_message: ownClientsMessage },
              { condition: `\${length(${ownTokens}) <= 1}`, error_message: ownTokensMessage },
            ],
          },
        }],
        [guardId, {
          '//': guardMeta,
          input: { client: `\${try(${selected}.id, "")}` },
          lifecycle: {
            precondition: [
              { condition: `\${length(${clients}) == 1}`, error_message: missingMessage },
              { condition: `\${length(${tokens}) <= 1}`, error_message: tokensMessage },
              { condition: `\${length(${tokens}) > 0}`, error_message: noTokenMessage },
            ],
          },
        }],
      ]),
      tfe_oauth_client: {
        [clientId]: {
          '//': clientMeta, api_url: TEXT.apiUrl, depends_on: [`restful_resource.${consumerId}`], http_url: SETTINGS.bitbucketUrl,
          key: TEXT.consumerKey, lifecycle: { prevent_destroy: true }, name: TEXT.clientName, organization: SETTINGS.organization,
          organization_scoped: true, provider: tfeProvider,
          rsa_public_key: `\${tls_private_key.${keyId}.public_key_pem}`, secret: `\${tls_private_key.${keyId}.private_key_pem}`,
          service_provider: TEXT.serviceProvider,
        },
      },
      tfe_workspace: sortedObject(workspaces),
      tls_private_key: sortedObject([
        [cloneId, { '//': cloneMeta, algorithm: 'RSA', lifecycle: { replace_triggered_by: [`terraform_data.${generationId}`] }, provider: tlsProvider, rsa_bits: 3072 }],
        [keyId, { '//': keyMeta, algorithm: 'RSA', provider: tlsProvider, rsa_bits: 2048 }],
      ]),
    },
    terraform: {
      backend: { local: { path: path.join(process.cwd(), `terraform.${STACK}.tfstate`) } },
      required_providers: {
        restful: { source: 'magodo/restful', version: '= 0.25.2' },
        tfe: { source: 'hashicorp/tfe', version: '0.71.0' },
        tls: { source: 'hashicorp/tls', version: '4.1.0' },
      },
    },
    variable: {
      bitbucket_admin_password: { sensitive: true, type: 'string' },
      tfe_token: { sensitive: true, type: 'string' },
    },
  };
  const dir = path.join(outdir, 'stacks', STACK);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
}

module.exports = { synth };
