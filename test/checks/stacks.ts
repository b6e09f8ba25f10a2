import { OauthClient } from '@cdktf/provider-tfe/lib/oauth-client';
import { DataTfeOauthClient } from '@cdktf/provider-tfe/lib/data-tfe-oauth-client';
import { TfeProvider } from '@cdktf/provider-tfe/lib/provider';
import { Workspace } from '@cdktf/provider-tfe/lib/workspace';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { DataCenterConnection, DataCenterConnectionProps, DataCenterCredentials, DataCenterOnboarding } from '../../lib';
import { BitbucketserverProvider } from '../../lib/providers/bitbucketserver/provider';
import { RepositoryPermissionsUser } from '../../lib/providers/bitbucketserver/repository-permissions-user';
import { newStack } from '../helpers/synth';

/** A sensitive variable's value, the way secrets reach the constructs. */
export function secret(stack: TerraformStack, name: string): string {
  return new TerraformVariable(stack, name, { type: 'string', sensitive: true }).stringValue;
}

/** A stack with a healthy library-made connection and onboarding. */
export function healthy(overrides: Partial<DataCenterConnectionProps> = {}, stack: TerraformStack = newStack()): TerraformStack {
  const connection = new DataCenterConnection(stack, 'connection', {
    bitbucketUrl: 'https://bitbucket.example.com/bitbucket', tfeHostname: 'tfe.example.com', organization: 'acme',
    serviceAccountName: 'svc-terraform', adminCredentials: DataCenterCredentials.fromPassword('admin', secret(stack, 'pw')),
    tfeToken: secret(stack, 'tfe_token'), ...overrides,
  });
  new DataCenterOnboarding(stack, 'onboarding', { connection, repositories: [{ repository: 'PLAT/network' }] });
  return stack;
}

/** A hand-written link: provider, client, data source and a workspace, without the library's constructs. */
export function handWritten(stack: TerraformStack, workspace: { grant?: 'REPO_ADMIN' | 'REPO_WRITE'; dependsOnGrant?: boolean } = {}) {
  const tfe = new TfeProvider(stack, 'tfe', { hostname: 'tfe.example.com', token: secret(stack, 't') });
  const bitbucket = new BitbucketserverProvider(stack, 'bitbucket', { server: 'https://bitbucket.example.com', password: secret(stack, 'p') });
  const client = new OauthClient(stack, 'client', {
    provider: tfe, organization: 'acme', serviceProvider: 'bitbucket_data_center', httpUrl: 'https://bitbucket.example.com',
    apiUrl: 'https://bitbucket.example.com', key: 'consumer', secret: secret(stack, 's'), rsaPublicKey: secret(stack, 'r'),
  });
  const lookup = new DataTfeOauthClient(stack, 'lookup', { provider: tfe, organization: 'acme', oauthClientId: client.id });
  const grant = workspace.grant && new RepositoryPermissionsUser(stack, 'grant', {
    provider: bitbucket, project: 'PLAT', repository: 'network', user: 'svc', permission: workspace.grant,
  });
  const written = new Workspace(stack, 'workspace', {
    provider: tfe, name: 'network', organization: 'acme',
    vcsRepo: { identifier: 'PLAT/network', oauthTokenId: lookup.oauthTokenId },
    dependsOn: grant && workspace.dependsOnGrant ? [grant] : undefined,
  });
  return { tfe, bitbucket, client, workspace: written };
}
