import { SynthesizedStack } from './synth';

/**
 * An OAuthClientLookup as it appears in a synthesized stack: the `restful` data source that reads TFE's API, the
 * locals that pick the client and its tokens out of the answer, and the guard (`terraform_data`) that carries the
 * preconditions.
 */
export interface OAuthClientLookupView {
  /** Logical id of the data source. */
  readonly dataId: string;
  /** The data source's config (`id` is the API path). */
  readonly data: Record<string, any>;
  /** Names of the locals: the matching clients, the one selected, its OAuth tokens. */
  readonly clients: string;
  readonly selected: string;
  readonly tokens: string;
  /** The value of each of those locals. */
  readonly clientsExpression: string;
  readonly selectedExpression: string;
  readonly tokensExpression: string;
  /** Logical id and config of the guard. */
  readonly guardId: string;
  readonly guard: Record<string, any>;
  /** The guard's preconditions, condition and message. */
  readonly preconditions: Array<{ condition: string; error_message: string }>;
  /** What the lookup exposes, as the expressions written in the JSON. */
  readonly oauthTokenId: string;
  readonly callbackUrl: string;
  readonly oauthClientId: string;
}

const TFE_CLIENT_PATH = /^\/oauth-clients\/|^\/organizations\/[^/]+\/oauth-clients$/;

function localReferencing(locals: Record<string, any>, needle: string): string {
  const names = Object.entries(locals).filter(([, value]) => String(value).includes(needle)).map(([name]) => name);
  if (names.length !== 1) throw new Error(`expected exactly one local referencing ${needle}, found ${names.length}`);
  return names[0];
}

/** Every OAuth client lookup of a stack, in document order. */
export function oauthClientLookups(json: SynthesizedStack): OAuthClientLookupView[] {
  const locals = json.locals ?? {};
  const guards = Object.entries(json.resource?.terraform_data ?? {});
  return Object.entries(json.data?.restful_resource ?? {})
    .filter(([, data]) => TFE_CLIENT_PATH.test(String(data.id)))
    .map(([dataId, data]) => {
      const clients = localReferencing(locals, `data.restful_resource.${dataId}.output`);
      const selected = localReferencing(locals, `local.${clients}[0]`);
      const tokens = localReferencing(locals, `local.${selected}.relationships`);
      const matching = guards.filter(([, g]) => String(g.input?.client ?? '').includes(`local.${selected}.id`));
      if (matching.length !== 1) throw new Error(`expected exactly one guard for ${dataId}, found ${matching.length}`);
      const [guardId, guard] = matching[0];
      return {
        dataId, data, clients, selected, tokens,
        clientsExpression: locals[clients], selectedExpression: locals[selected], tokensExpression: locals[tokens],
        guardId, guard, preconditions: guard.lifecycle?.precondition ?? [],
        oauthTokenId: `\${try(local.${tokens}[0].id, "")}`,
        callbackUrl: `\${try(local.${selected}.attributes["callback-url"], "")}`,
        oauthClientId: `\${try(local.${selected}.id, "")}`,
      };
    });
}

/** The one OAuth client lookup of a stack; fails when there are none or several. */
export function onlyOAuthClientLookup(json: SynthesizedStack): OAuthClientLookupView {
  const lookups = oauthClientLookups(json);
  if (lookups.length !== 1) throw new Error(`expected exactly one OAuth client lookup, found ${lookups.length}`);
  return lookups[0];
}

/** The clients filter a lookup by name writes: the organization's client list, kept by name and service provider. */
export function byNameFilter(lookup: OAuthClientLookupView, name: string, serviceProvider: string, consumerKey?: string): string {
  return `\${[for c in try(data.restful_resource.${lookup.dataId}.output.data, []) : c if c.attributes.name == ${JSON.stringify(name)}`
    + ` && c.attributes["service-provider"] == ${JSON.stringify(serviceProvider)}${consumerKey === undefined ? '' : ` && c.attributes.key == ${JSON.stringify(consumerKey)}`}]}`;
}

/** The clients a lookup by id writes: the one client read, or none when TFE answered 404. */
export function byIdClients(lookup: OAuthClientLookupView): string {
  return `\${try([data.restful_resource.${lookup.dataId}.output.data], [])}`;
}
