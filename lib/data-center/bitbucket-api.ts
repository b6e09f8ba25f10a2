import { Construct } from 'constructs';
import { RestfulProvider } from '../providers/restful/provider';
import { restApiProvider } from '../common/rest-api';
import { DataCenterCredentials } from './credentials';

/**
 * A `restful` provider on Bitbucket Data Center's base URL, as an administrator: grants, application links and
 * SSH keys. JSON both ways (the applinks service answers XML otherwise), and the header that lets a REST
 * client past Bitbucket's XSRF check.
 */
export function bitbucketApiProvider(scope: Construct, id: string, bitbucketUrl: string, credentials: DataCenterCredentials): RestfulProvider {
  return restApiProvider(scope, id, 'bitbucket_api', {
    baseUrl: bitbucketUrl,
    ...credentials._restApiAuth(),
    headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Atlassian-Token': 'no-check' },
  });
}
