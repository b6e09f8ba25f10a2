import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { OnboardingFromFile } from '../../lib';

/** Onboards what the onboarding file lists; credentials are sensitive variables the pipeline sets. */
export class OnboardingFileStack extends TerraformStack {
  public readonly onboarding: OnboardingFromFile;

  constructor(scope: Construct, id: string, path: string) {
    super(scope, id);
    const variable = (name: string, sensitive: boolean, description: string) =>
      new TerraformVariable(this, name, { type: 'string', sensitive, description }).stringValue;
    this.onboarding = new OnboardingFromFile(this, 'onboarding', {
      path,
      dataCenterCredentials: {
        username: variable('bitbucket_admin_username', false, 'Bitbucket Data Center administrator'),
        password: variable('bitbucket_admin_password', true, 'Password or HTTP access token of bitbucket_admin_username'),
      },
      cloudCredentials: {
        username: variable('bitbucket_cloud_username', false, 'E-mail of the Atlassian account whose API token grants Bitbucket Cloud permissions'),
        password: variable('bitbucket_cloud_api_token', true, 'Atlassian API token with Bitbucket permission scopes'),
      },
      tfeToken: variable('tfe_token', true, 'TFE token of an organization owner'),
    });
  }
}
