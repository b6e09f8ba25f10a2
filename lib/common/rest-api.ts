import { Construct } from 'constructs';
import { RestfulProvider } from '../providers/restful/provider';
import { providerAlias } from './providers';

/** How a `restful` provider authenticates: HTTP Basic, or a Bearer token. */
export interface RestApiAuth {
  readonly username?: string;
  readonly password?: string;
  readonly bearerToken?: string;
}

export interface RestApiProviderOptions extends RestApiAuth {
  /** Base URL the resources' paths are appended to. */
  readonly baseUrl: string;
  /**
   * Headers every request carries (content negotiation: Bitbucket's applinks answer XML unless asked for JSON).
   * They belong on the provider: a resource-level `header` replaces this map instead of merging with it, so
   * resources never set one.
   */
  readonly headers: { [name: string]: string };
}

/**
 * A `restful` provider of the construct's own, for an API no Terraform provider covers. Aliased, so it never
 * clashes with a restful provider the user configures, whatever API that one points at.
 */
export function restApiProvider(scope: Construct, id: string, purpose: string, options: RestApiProviderOptions): RestfulProvider {
  const provider = new RestfulProvider(scope, id, {
    alias: providerAlias(scope, purpose),
    baseUrl: options.baseUrl,
    security: {
      http: options.bearerToken !== undefined
        ? { token: { token: options.bearerToken } }
        : { basic: { username: options.username!, password: options.password! } },
    },
  });
  // Set as an override: header names are case-sensitive wire names, never to be rewritten into snake_case.
  provider.addOverride('header', options.headers);
  return provider;
}
