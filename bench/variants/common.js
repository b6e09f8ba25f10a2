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

const bitbucketUrl = SETTINGS.bitbucketUrl;
const apiUrl = new URL(bitbucketUrl).origin;
const applicationUrl = `https://${SETTINGS.tfeHostname}`;
const linkId = applicationLinkId(applicationUrl);
const consumerKey = `terraform-${SETTINGS.tfeHostname}-${SETTINGS.organization}`;
const clientName = 'Bitbucket Data Center';
const authorization = [
  `In TFE open https://${SETTINGS.tfeHostname}/app/${SETTINGS.organization}/settings/version-control,`,
  `click "Connect organization ${SETTINGS.organization}" on the "${clientName}" provider,`,
  `and click "Allow" in Bitbucket while logged in as "${SETTINGS.serviceAccountName}", not as an administrator:`,
  'the user who allows access is the one TFE creates webhooks as, and only the service account holds REPO_ADMIN.',
].join(' ');
const adminPage = `${bitbucketUrl}/plugins/servlet/applinks/listApplicationLinks`;

const TEXT = {
  apiUrl,
  applicationUrl,
  linkId,
  consumerKey,
  clientName,
  applicationName: `Terraform Enterprise (${SETTINGS.tfeHostname})`,
  consumerName: 'Terraform Enterprise',
  linkPath: `/rest/applinks/3.0/applicationlink/${linkId}`,
  consumerPath: `/rest/applinks-oauth/1.0/applicationlink/${linkId}/authentication/consumer`,
  nextStep: `Authorize once: ${authorization}`,
  instructions: `Terraform manages this link; inspect it at ${adminPage} (link id ${linkId}).`,
  sshKeyMessage: `The Bitbucket OAuth client has no OAuth token yet, so the SSH clone key cannot be set on it. ${authorization} Then run cdktf deploy again.`,
  workspaceMessage: (identifier) => `The Bitbucket OAuth client has no OAuth token yet, so ${identifier} cannot be linked. ${authorization} Then run cdktf deploy again.`,
  applinksHeaders: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
  sshHeaders: { 'Accept': 'application/json', 'Content-Type': 'application/json' },
  tfeHeaders: { 'Content-Type': 'application/vnd.api+json', 'Accept': 'application/vnd.api+json' },
  sshKeyLabel: 'Terraform Enterprise clone key',
};

module.exports = { TEXT, applicationLinkId };
