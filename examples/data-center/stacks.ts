import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { DataCenterConnection, DataCenterCredentials, DataCenterOnboarding } from '../../lib';
import { DataCenterExampleSettings } from './settings';

/**
 * Bitbucket admin credentials and the TFE token as sensitive variables, set at plan time
 * (TF_VAR_bitbucket_admin_username, TF_VAR_bitbucket_admin_password, TF_VAR_tfe_token): nothing secret is in
 * the program or in cdk.tf.json.
 */
function secrets(stack: TerraformStack): { admin: DataCenterCredentials; tfeToken: string } {
  const username = new TerraformVariable(stack, 'bitbucket_admin_username', {
    type: 'string',
    description: 'Bitbucket Data Center administrator who grants permissions and manages the application link and SSH key',
  });
  const password = new TerraformVariable(stack, 'bitbucket_admin_password', {
    type: 'string',
    sensitive: true,
    description: 'Password or HTTP access token of bitbucket_admin_username',
  });
  const tfeToken = new TerraformVariable(stack, 'tfe_token', {
    type: 'string',
    sensitive: true,
    description: 'TFE token of an organization owner (OAuth client, workspaces, the clone key on the OAuth token)',
  });
  // Bitbucket takes an HTTP access token in place of the password too.
  return { admin: DataCenterCredentials.fromPassword(username.stringValue, password.stringValue), tfeToken: tfeToken.stringValue };
}

/**
 * Phase 1: key pair, application link, TFE OAuth client, clone key. Then a person authorizes (output next_step),
 * and this stack is deployed once more to set the clone key on the new OAuth token.
 */
export class DataCenterConnectStack extends TerraformStack {
  public readonly connection: DataCenterConnection;

  constructor(scope: Construct, id: string, settings: DataCenterExampleSettings) {
    super(scope, id);
    const { admin, tfeToken } = secrets(this);
    this.connection = new DataCenterConnection(this, 'bitbucket', {
      bitbucketUrl: settings.bitbucketUrl,
      tfeHostname: settings.tfeHostname,
      organization: settings.organization,
      serviceAccountName: settings.serviceAccountName,
      adminCredentials: admin,
      tfeToken,
      allowDisconnect: settings.allowDisconnect,
      cloneKeyGeneration: settings.cloneKeyGeneration,
    });
  }
}

/**
 * Phase 2, deployed whenever repositories change: per repository REPO_ADMIN for the service account, then the
 * workspace that depends on it; the clone key on the OAuth token. Its plan stops with the authorization step
 * until phase 1's next_step is done.
 */
export class DataCenterOnboardStack extends TerraformStack {
  public readonly onboarding: DataCenterOnboarding;

  constructor(scope: Construct, id: string, settings: DataCenterExampleSettings, connection: DataCenterConnection) {
    super(scope, id);
    const { admin, tfeToken } = secrets(this);
    this.onboarding = new DataCenterOnboarding(this, 'bitbucket', {
      // The connect stack's connection, described by its attributes in this stack.
      connection: DataCenterConnection.fromConnectionAttributes(this, 'connection', {
        bitbucketUrl: settings.bitbucketUrl,
        tfeHostname: settings.tfeHostname,
        organization: settings.organization,
        serviceAccountName: settings.serviceAccountName,
        // A cross-stack reference: this stack deploys after the connect stack.
        oauthClientId: connection.oauthClient.oauthClientId,
        adminCredentials: admin,
        tfeToken,
      }),
      repositories: settings.repositories.map((entry) => ({ ...settings.workspaceDefaults, ...(typeof entry === 'string' ? { repository: entry } : entry) })),
    });
  }
}
