import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Construct metadata the library's constructs leave for the rules. */
export const MARKERS = {
  /** On a workspace: construct path of the grant it waits for, or `external` when granted outside the stack. */
  repositoryGrant: 'cdktf-bitbucket-tfe/repository-grant',
};

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
  public static of(stack: TerraformStack): StackView {
    // The stack's own JSON is the truth the rules judge; each block's "//" metadata names the construct path.
    const json = stack.toTerraform() as Record<string, any>;
    const byPath = new Map<string, IConstruct>(stack.node.findAll().map((c) => [c.node.path, c]));
    const elements: ElementView[] = [];
    const add = (kind: ElementView['kind'], type: string, address: string, config: Record<string, any>) => {
      const construct = byPath.get(config['//']?.metadata?.path) ?? stack;
      const markers: Record<string, string> = {};
      for (const entry of construct.node.metadata) {
        if (entry.type.startsWith('cdktf-bitbucket-tfe/')) markers[entry.type] = String(entry.data);
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

  constructor(public readonly elements: ElementView[]) {}

  public resources(type: string): ElementView[] {
    return this.elements.filter((e) => e.kind === 'resource' && e.type === type);
  }

  public dataSources(type: string): ElementView[] {
    return this.elements.filter((e) => e.kind === 'data' && e.type === type);
  }

  public providers(type: string): ElementView[] {
    return this.elements.filter((e) => e.kind === 'provider' && e.type === type);
  }

  public ofKind(kind: ElementView['kind']): ElementView[] {
    return this.elements.filter((e) => e.kind === kind);
  }

  /** The resource a construct path made (markers name grants by path). */
  public byConstructPath(path: string): ElementView | undefined {
    return this.elements.find((e) => (e.kind === 'resource' || e.kind === 'data') && e.construct.node.path === path);
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
