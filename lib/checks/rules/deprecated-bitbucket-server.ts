import { CheckRule, CheckSeverity } from '../rule';

export const deprecatedServerRule: CheckRule = {
  id: 'BBTFE6',
  severity: CheckSeverity.ERROR,
  description: 'No OAuth client uses the deprecated service provider bitbucket_server',
  fix: 'Use service_provider "bitbucket_data_center" (BitbucketServiceProvider.DATA_CENTER): Atlassian ended Bitbucket Server in February 2024 and TFE deprecated the value',
  check: (view) => [...view.resources('tfe_oauth_client'), ...view.dataSources('tfe_oauth_client')]
    .filter((c) => c.config.service_provider === 'bitbucket_server')
    .map((c) => ({ construct: c.construct, message: `${c.address} uses service_provider "bitbucket_server"` })),
};
