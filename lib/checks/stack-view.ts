import { TerraformElement, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Construct metadata the library's constructs leave for the rules. */
export const MARKERS = {
  /** On a workspace: construct path of the grant it waits for, or `external` when granted outside the stack. */
  repositoryGrant: 'cdktf-bitbucket-tfe/repository-grant',
};

const MARKER_TYPES = new Set<string>(Object.values(MARKERS));

/** One block of the stack as it will be written to cdk.tf.json, with the construct that made it. */
export interface ElementView {
  readonly kind: 'resource' | 'data' | 'provider' | 'output' | 'variable' | 'local';
  /** Terraform type (`tfe_workspace`), provider name (`tfe`), or the output/variable/local name. */
  readonly type: string;
  /** `tfe_workspace.x`, `data.tfe_oauth_client.x`, `tfe.alias`, `output.x`, `var.x`, `local.x`. */
  readonly address: string;
  /** The resolved configuration, as in cdk.tf.json; a local's is `{ value }`. */
  readonly config: Record<string, any>;
  readonly construct: IConstruct;
  /** Library markers on the construct (see MARKERS). */
  readonly markers: Record<string, string>;
}

/** A stack as the rules see it: its blocks, resolved, and where each came from. */
export class StackView {
  /** The view of `json`, the stack's resolved configuration (resolved here when not given). */
  public static of(stack: TerraformStack, json: Record<string, any> = stack.toTerraform()): StackView {
    // The stack's own JSON is the truth the rules judge; each block's "//" metadata names the construct path,
    // and a local is found by the logical id its construct gave it.
    const constructs = stack.node.findAll();
    const byPath = new Map<string, IConstruct>(constructs.map((c) => [c.node.path, c]));
    const byLogicalId = new Map<string, IConstruct>(constructs.filter((c) => TerraformElement.isTerraformElement(c)).map((c) => [(c as TerraformElement).friendlyUniqueId, c]));
    const elements: ElementView[] = [];
    const add = (kind: ElementView['kind'], type: string, address: string, config: Record<string, any>, construct?: IConstruct) => {
      construct = construct ?? byPath.get(config['//']?.metadata?.path) ?? stack;
      const markers: Record<string, string> = {};
      for (const entry of construct.node.metadata) {
        if (MARKER_TYPES.has(entry.type)) markers[entry.type] = String(entry.data);
      }
      elements.push({ kind, type, address, config, construct, markers });
    };
    for (const kind of ['resource', 'data'] as const) {
      for (const [type, byId] of Object.entries<Record<string, any>>(json[kind] ?? {})) {
        for (const [id, config] of Object.entries(byId)) add(kind, type, `${kind === 'data' ? 'data.' : ''}${type}.${id}`, config);
      }
    }
    for (const [type, configs] of Object.entries<any>(json.provider ?? {})) {
      for (const config of Array.isArray(configs) ? configs : [configs]) add('provider', type, config.alias ? `${type}.${config.alias}` : type, config);
    }
    for (const [name, config] of Object.entries<Record<string, any>>(json.output ?? {})) add('output', name, `output.${name}`, config);
    for (const [name, config] of Object.entries<Record<string, any>>(json.variable ?? {})) add('variable', name, `var.${name}`, config);
    for (const [name, value] of Object.entries<unknown>(json.locals ?? {})) add('local', name, `local.${name}`, { value }, byLogicalId.get(name));
    return new StackView(elements);
  }

  /** `kind type` -> its elements, in document order. */
  private readonly byKindAndType = new Map<string, ElementView[]>();
  /** Construct path -> the first resource or data source that construct made. */
  private readonly byPath = new Map<string, ElementView>();
  /** Address (`tfe_oauth_client.x`, `data.x.y`, `local.x`, `var.x`) -> its element. */
  private readonly byAddress = new Map<string, ElementView>();
  /** Expression -> every element it refers to, directly or through the elements it names. */
  private readonly reachedFrom = new Map<string, ElementView[]>();

  constructor(public readonly elements: ElementView[]) {
    // Indexed once, so rules that look something up per workspace stay linear in the size of the stack.
    for (const element of elements) {
      const key = `${element.kind} ${element.type}`;
      const list = this.byKindAndType.get(key);
      if (list) list.push(element);
      else this.byKindAndType.set(key, [element]);
      if (element.kind !== 'provider' && element.kind !== 'output') this.byAddress.set(element.address, element);
      if (element.kind === 'resource' || element.kind === 'data') {
        const path = element.construct.node.path;
        if (!this.byPath.has(path)) this.byPath.set(path, element);
      }
    }
  }

  public resources(type: string): ElementView[] {
    return this.select('resource', type);
  }

  public dataSources(type: string): ElementView[] {
    return this.select('data', type);
  }

  public providers(type: string): ElementView[] {
    return this.select('provider', type);
  }

  public ofKind(kind: ElementView['kind']): ElementView[] {
    return this.elements.filter((e) => e.kind === kind);
  }

  /** The resource a construct path made (markers name grants by path). */
  public byConstructPath(path: string): ElementView | undefined {
    return this.byPath.get(path);
  }

  /**
   * Workspaces linked to Bitbucket through an OAuth client: their `vcs_repo.oauth_token_id` leads (directly,
   * or through locals and data sources) to a Bitbucket `tfe_oauth_client` in this stack or to TFE's
   * oauth-clients API read by a `restful` data source (as OAuthClientLookup reads Bitbucket clients), or they
   * carry the onboarding marker. Hand-written workspaces that use a connection's token are judged too.
   */
  public bitbucketWorkspaces(): ElementView[] {
    return this.resources('tfe_workspace').filter((w) => {
      const token = w.config.vcs_repo?.oauth_token_id;
      return w.markers[MARKERS.repositoryGrant] !== undefined
        || (typeof token === 'string' && this.reachedBy(token).some(isBitbucketClient));
    });
  }

  /**
   * Every element an expression refers to, and those they refer to in turn (a workspace's token through the
   * locals of a lookup to the data source and the client). Remembered per expression: thousands of
   * workspaces share the same token expression.
   */
  public reachedBy(expression: string): ElementView[] {
    const known = this.reachedFrom.get(expression);
    if (known) return known;
    const reached = new Set<ElementView>();
    const pending = [expression];
    while (pending.length > 0) {
      for (const address of referencesIn(pending.pop())) {
        const element = this.byAddress.get(address);
        if (element === undefined || reached.has(element)) continue;
        reached.add(element);
        // Locals and data sources pass a value on; a resource (the client) is where the reference ends.
        if (element.kind === 'local' || element.kind === 'data') pending.push(...expressionsIn(element.config));
      }
    }
    const result = [...reached];
    this.reachedFrom.set(expression, result);
    return result;
  }

  private select(kind: ElementView['kind'], type: string): ElementView[] {
    return [...(this.byKindAndType.get(`${kind} ${type}`) ?? [])];
  }

}

/** TFE's API paths that read OAuth clients: one by id, or an organization's list. */
const TFE_OAUTH_CLIENTS = /^\/(?:organizations\/[^/]+\/)?oauth-clients(?:\/|$)/;

/** Whether an element is a Bitbucket OAuth client of TFE, or TFE's API reading one. */
function isBitbucketClient(element: ElementView): boolean {
  if (element.type === 'tfe_oauth_client' && (element.kind === 'resource' || element.kind === 'data')) {
    const provider = element.config.service_provider;
    return provider === undefined || String(provider).startsWith('bitbucket');
  }
  return element.kind === 'data' && element.type === 'restful_resource' && TFE_OAUTH_CLIENTS.test(String(element.config.id ?? ''));
}

/** A reference in a Terraform expression: `type.name`, `data.type.name`, `local.name` or `var.name`. */
const REFERENCE = /(?:data\.)?[A-Za-z_][\w-]*\.[\w-]+/g;

/** The addresses an expression refers to. */
function referencesIn(text: string | undefined): string[] {
  if (text === undefined || !text.includes('${')) return [];
  return text.match(REFERENCE) ?? [];
}

/** Meta-arguments that order or configure a block but pass no value on. */
const META_ARGUMENTS = new Set(['//', 'depends_on', 'provider', 'lifecycle', 'count', 'for_each']);

/** The expressions among a block's values (strings with `${`), however deeply nested. */
function expressionsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('${')) out.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((v) => expressionsIn(v, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!META_ARGUMENTS.has(key)) expressionsIn(v, out);
  }
  return out;
}

/** A string Terraform takes as written: not an expression. */
export function isLiteralString(value: unknown): value is string {
  return typeof value === 'string' && !value.includes('${');
}

/** Host (and port) of an http(s) URL, lower case, or undefined. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}
