import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { CloudConnection, CloudCredentials, CloudOAuthClientSource } from '../../lib';
import { CloudExampleSettings } from './settings';

/** Bitbucket Cloud credentials for the provider that grants permissions: an Atlassian API token and its account e-mail. */
function bitbucketCredentials(scope: Construct): CloudCredentials {
  const username = new TerraformVariable(scope, 'bitbucket_username', {
    type: 'string',
    description: 'Atlassian account e-mail of a Bitbucket Cloud workspace admin (with bitbucket_api_token)',
  });
  const apiToken = new TerraformVariable(scope, 'bitbucket_api_token', {
    type: 'string',
    sensitive: true,
    description: 'Atlassian API token of bitbucket_username; Bitbucket permissions read:repository, admin:repository, write:permission, delete:permission (and read:user for the service-account lookup)',
  });
  return CloudCredentials.fromApiToken(username.stringValue, apiToken.stringValue);
}

function tfeToken(scope: Construct): string {
  return new TerraformVariable(scope, 'tfe_token', {
    type: 'string',
    sensitive: true,
    description: 'TFE token of an organization owner',
  }).stringValue;
}

/**
 * The default path: a person made the Bitbucket Cloud OAuth consumer and connected the TFE OAuth client in the TFE
 * UI once; this stack adopts that client by name and manages everything around it: admin for the service account on
 * each repository, then the workspaces, each after its grant. Credentials are sensitive variables set at plan time
 * (TF_VAR_bitbucket_username, TF_VAR_bitbucket_api_token, TF_VAR_tfe_token).
 */
export class CloudOnboardStack extends TerraformStack {
  public readonly connection: CloudConnection;

  constructor(scope: Construct, id: string, settings: CloudExampleSettings) {
    super(scope, id);
    this.connection = new CloudConnection(this, 'bitbucket', {
      tfeHostname: settings.tfeHostname,
      organization: settings.organization,
      workspace: settings.workspace,
      oauthClient: CloudOAuthClientSource.adoptByName(settings.oauthClientName),
      serviceAccountUuid: settings.serviceAccountUuid,
      bitbucketCredentials: bitbucketCredentials(this),
      tfeToken: tfeToken(this),
    });
    for (const repository of settings.repositories) this.connection.addRepository({ repository });
  }
}

/**
 * The optional path: Terraform creates the TFE OAuth client (`bitbucket_hosted`, https://bitbucket.org and
 * https://api.bitbucket.org) from the consumer's key and secret and an OAuth access token a person obtained through
 * Bitbucket's browser flow (the TFE API requires one). Deploy it only when you have such a token, before
 * cloud-onboard, which then adopts the client by the same name. It also checks the service account through the
 * bitbucket_user data source.
 */
export class CloudConnectStack extends TerraformStack {
  public readonly connection: CloudConnection;

  constructor(scope: Construct, id: string, settings: CloudExampleSettings) {
    super(scope, id);
    const consumerKey = new TerraformVariable(this, 'bitbucket_oauth_consumer_key', {
      type: 'string',
      sensitive: true,
      description: 'Key of the Bitbucket Cloud OAuth consumer (see the oauth_consumer_checklist output)',
    });
    const consumerSecret = new TerraformVariable(this, 'bitbucket_oauth_consumer_secret', {
      type: 'string',
      sensitive: true,
      description: 'Secret of the Bitbucket Cloud OAuth consumer',
    });
    const oauthToken = new TerraformVariable(this, 'bitbucket_oauth_token', {
      type: 'string',
      sensitive: true,
      description: 'OAuth access token of the consumer, obtained by the service account through Bitbucket\'s browser flow (expires after two hours)',
    });
    this.connection = new CloudConnection(this, 'bitbucket', {
      tfeHostname: settings.tfeHostname,
      organization: settings.organization,
      workspace: settings.workspace,
      oauthClient: CloudOAuthClientSource.create({
        oauthClientName: settings.oauthClientName,
        consumerKey: consumerKey.stringValue,
        consumerSecret: consumerSecret.stringValue,
        oauthToken: oauthToken.stringValue,
      }),
      serviceAccountUuid: settings.serviceAccountUuid,
      lookupServiceAccount: true,
      bitbucketCredentials: bitbucketCredentials(this),
      tfeToken: tfeToken(this),
    });
  }
}
