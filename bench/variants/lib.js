'use strict';
// (a) The library: DataCenterConnection + DataCenterOnboarding in one stack, as the README shows.
const { App, TerraformStack, TerraformVariable } = require('cdktf');
const { DataCenterConnection, DataCenterCredentials, DataCenterOnboarding } = require(require('../paths').LIB_DIR);
const { SETTINGS, repositories } = require('../scenario');

/** Constructs the app and synthesizes it into outdir. */
function synth(outdir, n) {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'bench');
  const password = new TerraformVariable(stack, 'bitbucket_admin_password', { type: 'string', sensitive: true });
  const tfeToken = new TerraformVariable(stack, 'tfe_token', { type: 'string', sensitive: true });
  const adminCredentials = DataCenterCredentials.fromPassword(SETTINGS.adminUsername, password.stringValue);
  const connection = new DataCenterConnection(stack, 'bitbucket', {
    bitbucketUrl: SETTINGS.bitbucketUrl,
    tfeHostname: SETTINGS.tfeHostname,
    organization: SETTINGS.organization,
    serviceAccountName: SETTINGS.serviceAccountName,
    adminCredentials,
    tfeToken: tfeToken.stringValue,
  });
  new DataCenterOnboarding(stack, 'onboard', {
    connection,
    repositories: repositories(n).map((r) => ({ repository: `${r.project}/${r.slug}`, branch: r.branch })),
  });
  app.synth();
}

module.exports = { synth };
