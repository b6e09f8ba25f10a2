import { Construct } from 'constructs';
import { RestfulProvider } from '../providers/restful/provider';
import { restApiProvider } from '../common/rest-api';

/**
 * A `restful` provider on TFE's JSON:API (`https://<host>/api/v2`), for what the tfe provider does not cover
 * (the SSH key of an OAuth token) or covers in a way that fails hard (its OAuth client lookup stops at a
 * duplicate name or a second token without saying which clients).
 */
export function tfeApiProvider(scope: Construct, tfeHostname: string, tfeToken: string): RestfulProvider {
  return restApiProvider(scope, 'tfe-api', 'tfe_api', {
    baseUrl: `https://${tfeHostname}/api/v2`,
    bearerToken: tfeToken,
    headers: { 'Content-Type': 'application/vnd.api+json', 'Accept': 'application/vnd.api+json' },
  });
}
