import { Construct } from 'constructs';
import { RestapiProvider } from '../providers/restapi/provider';
import { providerAlias } from './providers';

export interface RestApiProviderOptions {
  /** Base URL the resources' paths are appended to. */
  readonly uri: string;
  /** Headers every request carries (content negotiation: Bitbucket's applinks answer XML unless asked for JSON). */
  readonly headers: { [name: string]: string };
  /** Whether create and update answer with the object, so no read is needed after them. */
  readonly returnsObject: boolean;
  readonly username?: string;
  readonly password?: string;
  readonly bearerToken?: string;
}

/**
 * A `restapi` provider of the construct's own, for an API no Terraform provider covers. Aliased, so it never
 * clashes with a restapi provider the user configures, whatever API that one points at.
 */
export function restApiProvider(scope: Construct, id: string, purpose: string, options: RestApiProviderOptions): RestapiProvider {
  const provider = new RestapiProvider(scope, id, {
    alias: providerAlias(scope, purpose),
    uri: options.uri,
    username: options.username,
    password: options.password,
    bearerToken: options.bearerToken,
    writeReturnsObject: options.returnsObject,
    createReturnsObject: options.returnsObject,
  });
  // Set as an override: cdktf rewrites the keys of provider config maps to snake_case ("content_type"),
  // which would send headers no server knows.
  provider.addOverride('headers', options.headers);
  return provider;
}
