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
  const onboardAddr = addr10(['onboard']);
  const bbProvider = `bitbucketserver.bitbucket_${bbAddr}`;
  const tfeProvider = `tfe.tfe_${bbAddr}`;

  const [keyId, keyMeta] = meta(['bitbucket', 'key-pair', 'key']);
  const [linkRes, linkMeta] = meta(['bitbucket', 'application-link', 'link']);
  const [consumerRes, consumerMeta] = meta(['bitbucket', 'application-link', 'consumer']);
  const [clientId, clientMeta] = meta(['bitbucket', 'oauth-client', 'client']);
  const [lookupId, lookupMeta] = meta(['onboard', 'oauth-client', 'client']);
  const [cloneId, cloneMeta] = meta(['onboard', 'clone-key']);
  const [sshId, sshMeta] = meta(['onboard', 'service-account-ssh-key', 'key']);
  const [tokenKeyId, tokenKeyMeta] = meta(['onboard', 'oauth-token-ssh-key', 'ssh-key']);
  const tokenRef = `data.tfe_oauth_client.${lookupId}.oauth_token_id`;
  const condition = `\${can(coalesce(${tokenRef}))}`;
  const tokenPath = `/oauth-tokens/\${${tokenRef}}`;
  const outputIds = {};
  for (const name of ['application_link', 'consumer_key', 'next_step', 'oauth_client_id', 'public_key_pem']) outputIds[name] = uniqueId(['bitbucket', name]);

  const grants = [];
  const workspaces = [];
  for (const repo of repos) {
    const identifier = `${repo.project}/${repo.slug}`;
    const [grantId, grantMeta] = meta(['bitbucket', 'access', `${repo.project}:${repo.slug}`]);
    grants.push([grantId, { '//': grantMeta, permission: 'REPO_ADMIN', project: repo.project, provider: bbProvider, repository: repo.slug, user: SETTINGS.serviceAccountName }]);
    const [wsId, wsMeta] = meta(['onboard', 'repositories', `${repo.project}--${repo.slug}`]);
    workspaces.push([wsId, {
      '//': wsMeta,
      auto_apply: false,
      depends_on: [`bitbucketserver_repository_permissions_user.${grantId}`, `restapi_object.${tokenKeyId}`],
      description: `Linked to ${identifier} by cdktf-bitbucket-tfe`,
      lifecycle: { precondition: [{ condition, error_message: TEXT.workspaceMessage(identifier) }] },
      name: `${repo.project}-${repo.slug}`,
      organization: SETTINGS.organization,
      provider: tfeProvider,
      vcs_repo: { branch: repo.branch, identifier, oauth_token_id: `\${${tokenRef}}` },
    }]);
  }

  const doc = {
    '//': {
      metadata: { backend: 'local', overrides: { restapi: ['headers', 'headers', 'headers'] }, stackName: STACK, version: CDKTF_VERSION },
      outputs: { [STACK]: { bitbucket: outputIds } },
    },
    data: {
      tfe_oauth_client: {
        [lookupId]: { '//': lookupMeta, oauth_client_id: `\${tfe_oauth_client.${clientId}.id}`, organization: SETTINGS.organization, provider: tfeProvider },
      },
    },
    output: sortedObject([
      [outputIds.application_link, { description: 'The Bitbucket application link', value: TEXT.instructions }],
      [outputIds.consumer_key, { description: 'OAuth consumer key of the application link and the TFE client', value: TEXT.consumerKey }],
      [outputIds.next_step, { description: 'The one manual step before onboarding repositories', value: TEXT.nextStep }],
      [outputIds.oauth_client_id, { description: 'TFE OAuth client id (oc-...)', value: `\${tfe_oauth_client.${clientId}.id}` }],
      [outputIds.public_key_pem, { description: 'Public key registered on the application link', value: `\${tls_private_key.${keyId}.public_key_pem}` }],
    ]),
    provider: {
      bitbucketserver: [{ alias: `bitbucket_${bbAddr}`, password, server: SETTINGS.bitbucketUrl, username: SETTINGS.adminUsername }],
      restapi: [
        {
          alias: `bitbucket_applinks_${addr10(['bitbucket', 'application-link'])}`, create_returns_object: false,
          headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
          password, uri: SETTINGS.bitbucketUrl, username: SETTINGS.adminUsername, write_returns_object: false,
        },
        {
          alias: `bitbucket_ssh_${addr10(['onboard', 'service-account-ssh-key'])}`, create_returns_object: true,
          headers: { 'Accept': 'application/json', 'Content-Type': 'application/json' },
          password, uri: SETTINGS.bitbucketUrl, username: SETTINGS.adminUsername, write_returns_object: true,
        },
        {
          alias: `tfe_api_${addr10(['onboard', 'oauth-token-ssh-key'])}`, bearer_token: tfeToken, create_returns_object: true,
          headers: { 'Accept': 'application/vnd.api+json', 'Content-Type': 'application/vnd.api+json' },
          uri: `https://${SETTINGS.tfeHostname}/api/v2`, write_returns_object: true,
        },
      ],
      tfe: [{ alias: `tfe_${bbAddr}`, hostname: SETTINGS.tfeHostname, token: tfeToken }],
      tls: [{ alias: `tls_${bbAddr}` }, { alias: `tls_${onboardAddr}` }],
    },
    resource: {
      bitbucketserver_repository_permissions_user: sortedObject(grants),
      restapi_object: sortedObject([
        [linkRes, {
          '//': linkMeta, create_method: 'PUT',
          data: `\${jsonencode({"id" = "${TEXT.linkId}", "name" = "${TEXT.applicationName}", "rpcUrl" = "${TEXT.applicationUrl}", "displayUrl" = "${TEXT.applicationUrl}", "typeId" = "generic"})}`,
          destroy_method: 'DELETE', destroy_path: TEXT.linkPath, ignore_server_additions: true, object_id: TEXT.linkId,
          path: '/rest/applinks/3.0/applicationlink', provider: `restapi.bitbucket_applinks_${addr10(['bitbucket', 'application-link'])}`,
          read_path: TEXT.linkPath, update_method: 'PUT', update_path: TEXT.linkPath,
        }],
        [consumerRes, {
          '//': consumerMeta, create_method: 'PUT',
          data: `\${jsonencode({"key" = "${TEXT.consumerKey}", "name" = "${TEXT.consumerName}", "publicKey" = tls_private_key.${keyId}.public_key_pem, "outgoing" = false, "twoLOAllowed" = false})}`,
          depends_on: [`restapi_object.${linkRes}`],
          destroy_method: 'DELETE', destroy_path: TEXT.consumerPath, ignore_changes_to: ['publicKey'], ignore_server_additions: true,
          object_id: TEXT.linkId, path: TEXT.consumerPath, provider: `restapi.bitbucket_applinks_${addr10(['bitbucket', 'application-link'])}`,
          read_path: TEXT.consumerPath, update_method: 'PUT', update_path: TEXT.consumerPath,
        }],
        [tokenKeyId, {
          '//': tokenKeyMeta, create_method: 'PATCH', create_path: tokenPath,
          data: `\${jsonencode({"data" = {"id" = ${tokenRef}, "type" = "oauth-tokens", "attributes" = {"ssh-key" = tls_private_key.${cloneId}.private_key_pem}}})}`,
          depends_on: [`restapi_object.${sshId}`],
          destroy_method: 'GET', destroy_path: tokenPath, id_attribute: 'data/id', ignore_all_server_changes: true,
          lifecycle: { precondition: [{ condition, error_message: TEXT.sshKeyMessage }] },
          object_id: `\${${tokenRef}}`, path: '/oauth-tokens', provider: `restapi.tfe_api_${addr10(['onboard', 'oauth-token-ssh-key'])}`,
          read_path: tokenPath, update_method: 'PATCH', update_path: tokenPath,
        }],
        [sshId, {
          '//': sshMeta, create_path: `/rest/ssh/latest/keys?user=${SETTINGS.serviceAccountName}`,
          data: `\${jsonencode({"text" = tls_private_key.${cloneId}.public_key_openssh, "label" = "${TEXT.sshKeyLabel}"})}`,
          destroy_method: 'DELETE', destroy_path: '/rest/ssh/latest/keys/{id}', force_new: ['text'], id_attribute: 'id',
          ignore_server_additions: true, path: '/rest/ssh/latest/keys', provider: `restapi.bitbucket_ssh_${addr10(['onboard', 'service-account-ssh-key'])}`,
          read_path: '/rest/ssh/latest/keys/{id}',
        }],
      ]),
      tfe_oauth_client: {
        [clientId]: {
          '//': clientMeta, api_url: TEXT.apiUrl, depends_on: [`restapi_object.${consumerRes}`], http_url: SETTINGS.bitbucketUrl,
          key: TEXT.consumerKey, name: TEXT.clientName, organization: SETTINGS.organization, organization_scoped: true, provider: tfeProvider,
          rsa_public_key: `\${tls_private_key.${keyId}.public_key_pem}`, secret: `\${tls_private_key.${keyId}.private_key_pem}`,
          service_provider: 'bitbucket_data_center',
        },
      },
      tfe_workspace: sortedObject(workspaces),
      tls_private_key: sortedObject([
        [keyId, { '//': keyMeta, algorithm: 'RSA', provider: `tls.tls_${bbAddr}`, rsa_bits: 2048 }],
        [cloneId, { '//': cloneMeta, algorithm: 'RSA', provider: `tls.tls_${onboardAddr}`, rsa_bits: 3072 }],
      ]),
    },
    terraform: {
      backend: { local: { path: path.join(process.cwd(), `terraform.${STACK}.tfstate`) } },
      required_providers: {
        bitbucketserver: { source: 'xvlcwk-terraform/bitbucketserver', version: '~> 1.8' },
        restapi: { source: 'Mastercard/restapi', version: '~> 3.0' },
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
