/**
 * The contract between the tfplugin6 stand-in server (server.ts) and the provider behaviours that stand in for the
 * real providers (providers/*.ts). Values are plain JavaScript: objects for cty objects and maps, arrays for lists,
 * sets and tuples, `UNKNOWN` for a value Terraform will only know after apply. The codec converts them to and from
 * msgpack with the schema's types; a `dynamic` attribute's type is inferred from the value (object -> object type,
 * array -> tuple, as Terraform reads them from JSON configuration).
 */
export const UNKNOWN: unique symbol = Symbol.for('cdktf-bitbucket-tfe.e2e.unknown');
export type TfValue = null | typeof UNKNOWN | string | number | boolean | TfValue[] | { [key: string]: TfValue };
export type TfObject = { [key: string]: TfValue };

/** A Terraform diagnostic; `attribute` is a path of attribute names (and list indexes). */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  readonly attribute?: Array<string | number>;
}

/** Thrown by a behaviour to fail the RPC with an error diagnostic, the way a provider's `diag.Errorf` does. */
export class ProviderError extends Error {
  constructor(public readonly summary: string, public readonly detail = '') {
    super(detail ? `${summary}: ${detail}` : summary);
  }
}

export interface PlanRequest {
  readonly typeName: string;
  /** null on create. */
  readonly prior: TfObject | null;
  /** null on destroy. */
  readonly proposed: TfObject | null;
  readonly config: TfObject | null;
  readonly priorPrivate?: Buffer;
  readonly providerConfig: TfObject;
}
export interface PlanResult {
  readonly planned: TfObject | null;
  /** Attribute paths whose change forces replacement. */
  readonly requiresReplace?: Array<Array<string | number>>;
  readonly private?: Buffer;
  readonly diagnostics?: Diagnostic[];
}
export interface ApplyRequest {
  readonly typeName: string;
  readonly prior: TfObject | null;
  /** null on destroy. */
  readonly planned: TfObject | null;
  readonly config: TfObject | null;
  readonly plannedPrivate?: Buffer;
  readonly providerConfig: TfObject;
}
export interface ApplyResult {
  /** null after destroy. */
  readonly newState: TfObject | null;
  readonly private?: Buffer;
}
export interface ReadRequest {
  readonly typeName: string;
  readonly current: TfObject;
  readonly private?: Buffer;
  readonly providerConfig: TfObject;
}
export interface ReadResult {
  /** null: the object is gone, Terraform drops it from state. */
  readonly newState: TfObject | null;
  readonly private?: Buffer;
}
export interface ImportRequest {
  readonly typeName: string;
  readonly id: string;
  readonly providerConfig: TfObject;
}

export interface ResourceBehaviour {
  /** Defaults to `genericPlan` from plan.ts (what terraform-plugin-sdk/framework do without plan modifiers). */
  plan?(req: PlanRequest): PlanResult | Promise<PlanResult>;
  apply(req: ApplyRequest): Promise<ApplyResult>;
  read(req: ReadRequest): Promise<ReadResult>;
  /** The imported object's state (read is called on it afterwards by Terraform). */
  importState?(req: ImportRequest): Promise<TfObject>;
  validate?(config: TfObject): Diagnostic[];
}

export interface DataSourceBehaviour {
  read(req: { readonly typeName: string; readonly config: TfObject; readonly providerConfig: TfObject }): Promise<TfObject>;
}

/** `terraform providers schema -json`'s entry for one provider. */
export interface ProviderSchemaJson {
  readonly provider: { readonly version?: number; readonly block: unknown };
  readonly resource_schemas?: Record<string, { readonly version?: number; readonly block: unknown }>;
  readonly data_source_schemas?: Record<string, { readonly version?: number; readonly block: unknown }>;
}

export interface StandInProvider {
  /** `registry.terraform.io/<namespace>/<name>`. */
  readonly address: string;
  readonly schema: ProviderSchemaJson;
  readonly resources: Record<string, ResourceBehaviour>;
  readonly dataSources: Record<string, DataSourceBehaviour>;
  configure?(config: TfObject): void | Promise<void>;
}
