import { cloneValue } from '../harness/codec';
import { PlanRequest, PlanResult, TfObject, TfValue, UNKNOWN } from '../harness/types';

/** The parts of `terraform providers schema -json`'s block that the behaviours read. */
export interface SchemaAttribute {
  readonly type?: unknown;
  readonly nested_type?: { readonly attributes: Record<string, SchemaAttribute>; readonly nesting_mode: string };
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly write_only?: boolean;
}
export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, { readonly nesting_mode: string; readonly block: SchemaBlock }>;
}

export function blockOf(schema: { readonly block: unknown } | undefined, what: string): SchemaBlock {
  if (!schema) throw new Error(`no schema for ${what}`);
  return schema.block as SchemaBlock;
}

/** Every attribute and block name of a schema block. */
export function schemaNames(block: SchemaBlock): string[] {
  return [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})];
}

/** An object with exactly the schema's attribute names, taken from `values` (missing ones null). */
export function shapeLike(block: SchemaBlock, values: Record<string, TfValue | undefined>): TfObject {
  const out: TfObject = {};
  for (const name of Object.keys(block.attributes ?? {})) out[name] = values[name] ?? null;
  for (const [name, bt] of Object.entries(block.block_types ?? {})) {
    const v = values[name];
    out[name] = v ?? (bt.nesting_mode === 'single' || bt.nesting_mode === 'group' ? null : []);
  }
  return out;
}

export function deepEqual(a: TfValue | undefined, b: TfValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null || a === UNKNOWN || b === UNKNOWN) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (typeof a === 'object') {
    if (typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], (b as TfObject)[k]));
  }
  return false;
}

/** A deep copy that keeps the concrete types the codec recorded for dynamic values (a config's `body`). */
export function clone<T extends TfValue>(v: T): T {
  return cloneValue(v);
}

export function containsUnknown(v: TfValue): boolean {
  if (v === UNKNOWN) return true;
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some(containsUnknown);
  return Object.values(v).some(containsUnknown);
}

// ---------------------------------------------------------------------------------------------------------------
// terraform-plugin-framework planning

export interface FrameworkPlanOptions {
  /** Static defaults (`stringdefault.StaticString` etc.), applied where the configuration is null. */
  readonly defaults?: Record<string, TfValue>;
  /** `UseStateForUnknown()` attributes. */
  readonly useStateForUnknown?: readonly string[];
  /** `RequiresReplace()` attributes. */
  readonly requiresReplace?: readonly string[];
}

/**
 * PlanResourceChange of terraform-plugin-framework v1.17.0 for top-level attributes:
 * - internal/fwserver/server_planresourcechange.go:200-268: when the proposed state differs from the prior state
 *   (always on create), computed attributes that are null in the configuration become unknown, except those with
 *   a default;
 * - resource/schema/stringplanmodifier/use_state_for_unknown.go:42-58: UseStateForUnknown puts the prior value
 *   back when the plan is unknown and the configuration is not;
 * - resource/schema/stringplanmodifier/requires_replace_if.go:51-73: RequiresReplace asks for replacement when
 *   the planned value differs from the prior one (not on create or destroy);
 * - write-only attributes are never planned or stored (null).
 */
export function frameworkPlan(block: SchemaBlock, req: PlanRequest, opts: FrameworkPlanOptions = {}): PlanResult & {
  planned: TfObject | null;
  requiresReplace: Array<Array<string | number>>;
} {
  if (req.proposed === null) return { planned: null, requiresReplace: [] };
  const config = req.config ?? {};
  const prior = req.prior;
  const planned: TfObject = clone(req.proposed);
  const attrs = block.attributes ?? {};
  for (const [name, value] of Object.entries(opts.defaults ?? {})) {
    if (name in attrs && (config[name] === null || config[name] === undefined)) planned[name] = clone(value);
  }
  for (const [name, a] of Object.entries(attrs)) if (a.write_only) planned[name] = null;
  if (prior === null || !deepEqual(planned, prior)) {
    for (const [name, a] of Object.entries(attrs)) {
      const hasDefault = opts.defaults !== undefined && name in opts.defaults;
      if (a.computed && !hasDefault && (config[name] === null || config[name] === undefined)) planned[name] = UNKNOWN;
    }
  }
  const requiresReplace: Array<Array<string | number>> = [];
  if (prior !== null) {
    for (const name of opts.useStateForUnknown ?? []) {
      if (planned[name] === UNKNOWN && config[name] !== UNKNOWN) planned[name] = clone(prior[name] ?? null);
    }
    for (const name of opts.requiresReplace ?? []) {
      if (!deepEqual(planned[name] ?? null, prior[name] ?? null)) requiresReplace.push([name]);
    }
  }
  return { planned, requiresReplace };
}

// ---------------------------------------------------------------------------------------------------------------
// terraform-plugin-sdk/v2 planning

export type SdkKind = 'required' | 'optional' | 'optional_computed' | 'computed';
export interface SdkAttr {
  readonly kind: SdkKind;
  readonly forceNew?: boolean;
  /** `Default:`; the zero value of the type otherwise. */
  readonly default?: TfValue;
  /** The zero value `d.Get` returns when unset: '' / false / 0 / [] / {}. */
  readonly zero: TfValue;
}
export interface SdkBlockSpec {
  readonly attrs: Record<string, SdkAttr>;
}
export interface SdkResourceSpec {
  readonly attrs: Record<string, SdkAttr>;
  readonly blocks?: Record<string, SdkBlockSpec>;
}

export const str = (kind: SdkKind, extra: Partial<SdkAttr> = {}): SdkAttr => ({ kind, zero: '', ...extra });
export const bool = (kind: SdkKind, extra: Partial<SdkAttr> = {}): SdkAttr => ({ kind, zero: false, ...extra });
export const num = (kind: SdkKind, extra: Partial<SdkAttr> = {}): SdkAttr => ({ kind, zero: 0, ...extra });
export const list = (kind: SdkKind, extra: Partial<SdkAttr> = {}): SdkAttr => ({ kind, zero: [], ...extra });
export const map = (kind: SdkKind, extra: Partial<SdkAttr> = {}): SdkAttr => ({ kind, zero: {}, ...extra });

/** The SDK reads an unset attribute as its default, or as the zero value of its type. */
export function sdkGet(spec: SdkAttr | undefined, v: TfValue | undefined): TfValue {
  if (v === null || v === undefined || v === UNKNOWN) {
    if (spec?.default !== undefined) return spec.default;
    return spec?.zero ?? null;
  }
  return v;
}

/** The SDK's diff treats an unset value, its zero value and its default as the same value. */
export function sdkSame(spec: SdkAttr | undefined, a: TfValue | undefined, b: TfValue | undefined): boolean {
  if (a === UNKNOWN || b === UNKNOWN) return false;
  return deepEqual(normalizeForCompare(spec, a), normalizeForCompare(spec, b));
}

function normalizeForCompare(spec: SdkAttr | undefined, v: TfValue | undefined): TfValue {
  const x = v === undefined ? null : v;
  if (x === null) return spec?.default !== undefined ? spec.default : spec?.zero ?? null;
  if (Array.isArray(x) && spec?.zero !== undefined && Array.isArray(spec.zero)) {
    // Sets compare without order.
    return [...x].map((e) => JSON.stringify(e)).sort();
  }
  return x;
}

/**
 * Settles a value read from the API against the value the state had (or the plan promised): where that was null
 * and the API answers the zero value or the default, the state keeps null. The real SDK stores the zero value and
 * relies on Terraform's legacy-type-system tolerance; keeping null gives the same plans (the SDK's diff treats
 * null, zero and default alike) without that tolerance.
 */
export function sdkSettle(spec: SdkAttr | undefined, api: TfValue, reference: TfValue | undefined): TfValue {
  if (!spec || spec.kind === 'computed' || spec.kind === 'optional_computed') return api;
  if ((reference === null || reference === undefined) && sdkSame(spec, api, null)) return null;
  return api;
}

export interface SdkPlanHooks {
  /** `CustomizeDiff`: may change `planned` (e.g. SetNewComputed) and add replacement paths. */
  customizeDiff?(ctx: { planned: TfObject; prior: TfObject | null; config: TfObject; requiresReplace: string[] }): void;
}

/**
 * PlanResourceChange of terraform-plugin-sdk/v2 as seen by Terraform: on create, computed attributes left unset
 * are unknown; on update, computed attributes keep their prior value (Optional+Computed ones too while the
 * configuration leaves them unset), and a changed `ForceNew` attribute asks for replacement. Defaults are applied
 * when the SDK talks to the API (`d.Get`), and the plan keeps the configuration's null (see sdkSettle).
 */
export function sdkPlan(block: SchemaBlock, spec: SdkResourceSpec, req: PlanRequest, hooks: SdkPlanHooks = {}): {
  planned: TfObject | null;
  requiresReplace: Array<Array<string | number>>;
} {
  if (req.proposed === null || req.config === null) return { planned: null, requiresReplace: [] };
  const config = req.config;
  const prior = req.prior;
  const planned: TfObject = {};
  for (const name of schemaNames(block)) {
    const a = spec.attrs[name] ?? (name === 'id' ? str('optional_computed') : undefined);
    const cv = config[name] ?? null;
    if (!a) {
      planned[name] = clone(cv);
      continue;
    }
    if (a.kind === 'computed') {
      planned[name] = prior === null ? UNKNOWN : clone(prior[name] ?? null);
    } else if (a.kind === 'optional_computed' && cv === null) {
      planned[name] = prior === null ? UNKNOWN : clone(prior[name] ?? null);
    } else {
      planned[name] = clone(cv);
    }
  }
  const requiresReplace: string[] = [];
  if (prior !== null) {
    for (const [name, a] of Object.entries(spec.attrs)) {
      if (!a.forceNew || !(name in planned)) continue;
      if (planned[name] === UNKNOWN || !sdkSame(a, planned[name], prior[name])) requiresReplace.push(name);
    }
  }
  hooks.customizeDiff?.({ planned, prior, config, requiresReplace });
  return { planned, requiresReplace: [...new Set(requiresReplace)].map((n) => [n]) };
}

/** `d.HasChange(name)` between the prior state and the plan. */
export function sdkHasChange(spec: SdkAttr | undefined, prior: TfObject | null, planned: TfObject, name: string): boolean {
  return !sdkSame(spec, prior?.[name] ?? null, planned[name] ?? null);
}
