import { BitbucketServiceProvider, DEPRECATED_BITBUCKET_SERVER } from '../../domain/tfe';
import { CheckRule, CheckSeverity } from '../rule';

export const deprecatedServerRule: CheckRule = {
  id: 'BBTFE6',
  severity: CheckSeverity.ERROR,
  description: `No OAuth client uses the deprecated service provider ${DEPRECATED_BITBUCKET_SERVER}`,
  fix: `Use service_provider "${BitbucketServiceProvider.DATA_CENTER}" (BitbucketServiceProvider.DATA_CENTER): Atlassian ended Bitbucket Server in February 2024 and TFE deprecated the value`,
  check: (view) => [...view.resources('tfe_oauth_client'), ...view.dataSources('tfe_oauth_client')]
    .filter((c) => c.config.service_provider === DEPRECATED_BITBUCKET_SERVER)
    .map((c) => ({ construct: c.construct, message: `${c.address} uses service_provider "${DEPRECATED_BITBUCKET_SERVER}"` })),
};
