/**
 * The schemas the stand-ins for the real providers serve, derived from the installed cdktf bindings (see
 * scripts/derive-provider-schemas.js; `npm run schemas:e2e` writes them to generated/ for review).
 */
import * as path from 'node:path';
import { ProviderSchemaJson } from './types';

// A plain Node script (it also runs from npm scripts), so it is loaded untyped.
const derive = require(path.resolve(__dirname, '..', '..', '..', 'scripts', 'derive-provider-schemas.js')) as {
  deriveProvider(p: { name: string; pkg: string }): ProviderSchemaJson;
  deriveFromBindings(libDir: string): ProviderSchemaJson;
  PROVIDERS: Array<{ name: string; pkg: string }>;
};

const cache = new Map<string, ProviderSchemaJson>();

/** The schema of a provider the library uses ('tfe' or 'tls'), as the installed bindings describe it. */
export function providerSchema(name: 'tfe' | 'tls'): ProviderSchemaJson {
  let schema = cache.get(name);
  if (!schema) {
    const p = derive.PROVIDERS.find((x) => x.name === name);
    if (!p) throw new Error(`no bindings known for provider ${name}`);
    schema = derive.deriveProvider(p);
    cache.set(name, schema);
  }
  return schema;
}

/** The schema of a provider whose cdktf bindings were generated into `libDir` (e.g. lib/providers/<name>). */
export function schemaFromBindings(libDir: string): ProviderSchemaJson {
  return derive.deriveFromBindings(libDir);
}
