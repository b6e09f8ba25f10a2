import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Construct metadata the library's constructs leave for the rules. */
export const MARKERS = {
  /** On a workspace: construct path of the grant it waits for, or `external` when granted outside the stack. */
  repositoryGrant: 'cdktf-bitbucket-tfe/repository-grant',
};

const MARKER_TYPES = new Set<string>(Object.values(MARKERS));

/** One block of the stack as it will be written to cdk.tf.json, with the construct that made it. */
export interface ElementView {
  readonly kind: 'resource' | 'data' | 'provider' | 'output' | 'variable';
  /** Terraform type (`tfe_workspace`), provider name (`tfe`), or the output/variable name. */
  readonly type: string;
  /** `tfe_workspace.x`, `data.tfe_oauth_client.x`, `tfe.alias`, `output.x`, `var.x`. */
  readonly address: string;
  /** The resolved configuration, as in cdk.tf.json. */
  readonly config: Record<string, any>;
  readonly construct: IConstruct;
  /** Library markers on the construct (see MARKERS). */
  readonly markers: Record<string, string>;
}

/** A stack as the rules see it: its blocks, resolved, and where each came from. */
export class StackView {
  /** The view of `json`, the stack's resolved configuration (resolved here when not given). */
  public static of(stack: TerraformStack, json: Record<string, any> = stack.toTerraform()): StackView {
    // The stack's own JSON is the truth the rules judge; each block's "//" metadata names the construct path.
    const byPath = new Map<string, IConstruct>(stack.node.findAll().map((c) => [c.node.path, c]));
    const elements: ElementView[] = [];
    const add = (kind: ElementView['kind'], type: string, address: string, config: Record<string, any>) => {
      const construct = byPath.get(config['//']?.metadata?.path) ?? stack;
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
    return new StackView(elements);
  }

  /** `kind type` -> its elements, in document order. */
  private readonly byKindAndType = new Map<string, ElementView[]>();
  /** Construct path -> the first resource or data source that construct made. */
  private readonly byPath = new Map<string, ElementView>();

  constructor(public readonly elements: ElementView[]) {
    // Indexed once, so rules that look something up per workspace stay linear in the size of the stack.
    for (const element of elements) {
      const key = `${element.kind} ${element.type}`;
      const list = this.byKindAndType.get(key);
      if (list) list.push(element);
      else this.byKindAndType.set(key, [element]);
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
   * Workspaces linked to Bitbucket through an OAuth client: their `vcs_repo.oauth_token_id` refers to a
   * `tfe_oauth_client` (resource or data source) in this stack, or they carry the onboarding marker.
   */
  public bitbucketWorkspaces(): ElementView[] {
    return this.resources('tfe_workspace').filter((w) => {
      const token = w.config.vcs_repo?.oauth_token_id;
      return w.markers[MARKERS.repositoryGrant] !== undefined
        || (typeof token === 'string' && /\btfe_oauth_client\./.test(token) && this.bitbucketClientIn(token));
    });
  }

  private select(kind: ElementView['kind'], type: string): ElementView[] {
    return [...(this.byKindAndType.get(`${kind} ${type}`) ?? [])];
  }

  private bitbucketClientIn(reference: string): boolean {
    return [...this.resources('tfe_oauth_client'), ...this.dataSources('tfe_oauth_client')]
      .some((c) => reference.includes(`${c.address}.`) && (c.config.service_provider === undefined || String(c.config.service_provider).startsWith('bitbucket')));
  }
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
