'use strict';
// Values the raw and JSON variants write by hand, so that all three variants emit the same document.
const { createHash } = require('node:crypto');
const { SETTINGS } = require('../scenario');

/** Java's UUID.nameUUIDFromBytes of the application URL: the id Bitbucket gives the application link. */
function applicationLinkId(applicationUrl) {
  const bytes = createHash('md5').update(applicationUrl, 'utf8').digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x30;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Text in a string literal inside `${...}`: quotes escaped (the messages below hold no template sequences of their own). */
const escapeHcl = (text) => text.replace(/"/g, '\\"');

const bitbucketUrl = SETTINGS.bitbucketUrl;
const apiUrl = new URL(bitbucketUrl).origin;
const applicationUrl = `https://${SETTINGS.tfeHostname}`;
const linkId = applicationLinkId(applicationUrl);
const consumerKey = `terraform-${SETTINGS.tfeHostname}-${SETTINGS.organization}`;
const clientName = 'Bitbucket Data Center';
const serviceProvider = 'bitbucket_data_center';
const authorization = [
  `In TFE open https://${SETTINGS.tfeHostname}/app/${SETTINGS.organization}/settings/version-control,`,
  `click "Connect organization ${SETTINGS.organization}" on the "${clientName}" provider,`,
  `and click "Allow" in Bitbucket while logged in as "${SETTINGS.serviceAccountName}", not as an administrator:`,
  'the user who allows access is the one TFE creates webhooks as, and only the service account holds REPO_ADMIN.',
].join(' ');
const adminPage = `${bitbucketUrl}/plugins/servlet/applinks/listApplicationLinks`;
const extraTokens = 'and workspaces can only be linked through one. Remove the extra connections in TFE '
  + '(Settings > Version control > Providers > the client > OAuth tokens), keeping the one authorized as the service account.';
/** The connection finds its own client by name, service provider and consumer key. */
const ownClient = `OAuth client named "${clientName}" (${serviceProvider})`;

const TEXT = {
  apiUrl,
  applicationUrl,
  linkId,
  consumerKey,
  clientName,
  serviceProvider,
  applicationName: `Terraform Enterprise (${SETTINGS.tfeHostname})`,
  consumerName: 'Terraform Enterprise',
  linkPath: `/rest/applinks/3.0/applicationlink/${linkId}`,
  consumerPath: `/rest/applinks-oauth/1.0/applicationlink/${linkId}/authentication/consumer`,
  consumerDeletePath: `/rest/applinks/3.0/status/${linkId}/oauth`,
  nextStep: `Authorize once: ${authorization} Then deploy this stack again: it sets the SSH clone key on the new OAuth token.`,
  instructions: `Terraform manages this link; inspect it at ${adminPage} (link id ${linkId}).`,
  bitbucketHeaders: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
  tfeHeaders: { 'Content-Type': 'application/vnd.api+json', 'Accept': 'application/vnd.api+json' },
  sshKeyLabel: 'Terraform Enterprise clone key',
  bareKeyPattern: '/-----[A-Z ]+-----|[[:space:]]/',

  /** The connection's own client, from the organization's list (HCL, `output` is the data source's output). */
  ownClients: (output) => `[for c in try(${output}.data, []) : c if c.attributes.name == ${JSON.stringify(clientName)} `
    + `&& c.attributes["service-provider"] == ${JSON.stringify(serviceProvider)} && c.attributes.key == ${JSON.stringify(consumerKey)}]`,
  /** The guard of the connection's lookup: at most one such client, holding at most one token. */
  ownClientMessages: (clients, tokens) => [
    `\${length(${clients}) == 0 ? "No ${escapeHcl(ownClient)} exists in TFE organization ${SETTINGS.organization}: create it (deploy the connection) or fix the name." : `
      + `"\${length(${clients})} OAuth clients are named ${escapeHcl(`"${clientName}"`)} in TFE organization ${SETTINGS.organization}: \${join(", ", [for c in ${clients} : c.id])}. `
      + 'Pass the one to use as oauthClientId, or rename or delete the others in TFE (Settings > Version control > Providers)."}',
    `The ${ownClient} holds \${length(${tokens})} OAuth tokens (\${join(", ", [for t in ${tokens} : t.id])}), ${extraTokens}`,
  ],
  /** The guard of the onboarding's lookup by id (`clientId` an interpolation): the client exists, with one token. */
  clientByIdMessages: (clientId, tokens) => [
    `The OAuth client ${clientId} does not exist in TFE organization "${SETTINGS.organization}" (deleted, or another organization's). `
      + 'Pass the id of an existing client, or deploy the connection that creates it first.',
    `The OAuth client ${clientId} holds \${length(${tokens})} OAuth tokens (\${join(", ", [for t in ${tokens} : t.id])}), ${extraTokens}`,
    `The OAuth client ${clientId} has no OAuth token yet, so no repository can be linked. ${authorization} Then run cdktf deploy again.`,
  ],
  workspaceMessage: (identifier) => `The Bitbucket OAuth client has no OAuth token yet, so ${identifier} cannot be linked. ${authorization} Then run cdktf deploy again.`,
  missingRepositoryMessage: (identifier) => `Bitbucket has no repository ${identifier}: it was deleted or renamed. If it was renamed, set the entry's repository to the new `
    + `"PROJECT/slug" and previousRepository to "${identifier}" (the workspace keeps its id, state and history). If it was deleted, `
    + 'set offboard: true on the entry (the workspace stays in TFE; Terraform forgets it), deploy, then remove the entry.',
};

module.exports = { TEXT, applicationLinkId };
