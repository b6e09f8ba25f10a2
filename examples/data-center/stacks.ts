import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { DataCenterConnection } from '../../lib';
import { DataCenterExampleSettings } from './settings';

/**
 * Phase 1: connect Bitbucket Data Center to TFE. Admin credentials and the TFE token are sensitive
 * variables, set at plan time (TF_VAR_bitbucket_admin_password, TF_VAR_tfe_token); nothing secret is
 * in the program or in cdk.tf.json.
 */
export class DataCenterConnectStack extends TerraformStack {
  public readonly connection: DataCenterConnection;

  constructor(scope: Construct, id: string, settings: DataCenterExampleSettings) {
    super(scope, id);
    const adminUsername = new TerraformVariable(this, 'bitbucket_admin_username', {
      type: 'string',
      description: 'Bitbucket Data Center administrator who grants permissions and creates the application link',
    });
    const adminPassword = new TerraformVariable(this, 'bitbucket_admin_password', {
      type: 'string',
      sensitive: true,
      description: 'Password or HTTP access token of bitbucket_admin_username',
    });
    const tfeToken = new TerraformVariable(this, 'tfe_token', {
      type: 'string',
      sensitive: true,
      description: 'TFE token of an organization owner (creates the OAuth client)',
    });

    this.connection = new DataCenterConnection(this, 'bitbucket', {
      bitbucketUrl: settings.bitbucketUrl,
      tfeHostname: settings.tfeHostname,
      organization: settings.organization,
      serviceAccountName: settings.serviceAccountName,
      repositories: settings.repositories,
      adminCredentials: { username: adminUsername.stringValue, password: adminPassword.stringValue },
      tfeToken: tfeToken.stringValue,
    });
  }
}
