/**
 * What terraform-plugin-sdk v2 and terraform-plugin-framework plan for a resource without plan modifiers, plus the
 * value functions resource behaviours use to write their own plans.
 */
import { cloneValue, SchemaAttribute, SchemaBlock } from './codec';
import { PlanRequest, PlanResult, TfObject, TfValue, UNKNOWN } from './types';

export type AttributePath = Array<string | number>;

export interface GenericPlanOptions {
  /**
   * Computed attributes (top-level names) that become unknown whenever the object changes and their configuration
   * is null, like a provider's `updated_at` or a version counter. By default computed attributes keep their prior
   * value on update.
   */
  readonly unknownOnChange?: readonly string[];
  /** Attribute paths whose change replaces the object (the schema's ForceNew / RequiresReplace). */
  readonly requiresReplace?: ReadonlyArray<AttributePath | string>;
}

/**
 * Create: the proposed object with every computed attribute the configuration leaves null set to UNKNOWN (nested
 * attributes and blocks included). Update: the proposed object, in which Terraform already kept the prior value of
 * computed attributes the configuration leaves null. Destroy: null. Write-only attributes are always null.
 */
export function genericPlan(block: SchemaBlock, req: PlanRequest, options: GenericPlanOptions = {}): PlanResult {
  if (req.proposed === null) return { planned: null };
  const planned = cloneValue(req.proposed);
  if (req.prior === null) {
    unknownComputed(block, planned);
    return { planned };
  }
  clearWriteOnly(block, planned);
  if (options.unknownOnChange && !valuesEqual(req.prior, planned)) {
    for (const name of options.unknownOnChange) {
      if (req.config === null || req.config[name] === null || req.config[name] === undefined) planned[name] = UNKNOWN;
    }
  }
  const requiresReplace = options.requiresReplace ? markReplace(req.prior, planned, options.requiresReplace) : [];
  return requiresReplace.length > 0 ? { planned, requiresReplace } : { planned };
}

// On create the proposed value of a computed attribute is null exactly when its configuration is null (Terraform
// takes the configured value, or the prior value, which does not exist yet), so the configuration is not needed.
function unknownComputed(block: SchemaBlock, obj: TfObject): void {
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.write_only) {
      obj[name] = null;
      continue;
    }
    const value = obj[name];
    if ((value === null || value === undefined) && attr.computed) {
      obj[name] = UNKNOWN;
      continue;
    }
    if (attr.nested_type && value !== null && value !== undefined && value !== UNKNOWN) {
      for (const element of elements(value, attr.nested_type.nesting_mode)) unknownComputed({ attributes: attr.nested_type.attributes }, element);
    }
  }
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const value = obj[name];
    if (value === null || value === undefined || value === UNKNOWN) continue;
    for (const element of elements(value, blockType.nesting_mode)) unknownComputed(blockType.block, element);
  }
}

function clearWriteOnly(block: SchemaBlock, obj: TfObject): void {
  for (const [name, attr] of Object.entries(block.attributes ?? {}) as Array<[string, SchemaAttribute]>) {
    if (attr.write_only) obj[name] = null;
  }
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const value = obj[name];
    if (value === null || value === undefined || value === UNKNOWN) continue;
    for (const element of elements(value, blockType.nesting_mode)) clearWriteOnly(blockType.block, element);
  }
}

function elements(value: TfValue, nesting: string): TfObject[] {
  const all = nesting === 'single' || nesting === 'group' ? [value] : Array.isArray(value) ? value : Object.values(value as TfObject);
  return all.filter((el): el is TfObject => el !== null && el !== UNKNOWN && typeof el === 'object' && !Array.isArray(el));
}

/** Deep equality of two values (UNKNOWN equals only UNKNOWN; object key order does not matter; absent = null). */
export function valuesEqual(a: TfValue | undefined, b: TfValue | undefined): boolean {
  const x = a === undefined ? null : a;
  const y = b === undefined ? null : b;
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    return x.every((el, i) => valuesEqual(el, y[i]));
  }
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!valuesEqual(x[key], y[key])) return false;
  return true;
}

/** The value at a path (attribute names, list indexes, map keys); undefined when the path does not exist. */
export function getPath(value: TfValue | undefined, path: AttributePath): TfValue | undefined {
  let current: TfValue | undefined = value;
  for (const step of path) {
    if (current === null || current === undefined || current === UNKNOWN || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? (typeof step === 'number' ? current[step] : undefined) : current[String(step)];
  }
  return current;
}

/**
 * The paths (a top-level name or a path array) whose value differs between the prior state and the planned state,
 * as PlanResult.requiresReplace wants them; empty on create and destroy, when nothing can be replaced.
 */
export function markReplace(prior: TfObject | null, planned: TfObject | null, paths: ReadonlyArray<AttributePath | string>): AttributePath[] {
  if (prior === null || planned === null) return [];
  const out: AttributePath[] = [];
  for (const p of paths) {
    const path = typeof p === 'string' ? [p] : [...p];
    if (!valuesEqual(getPath(prior, path), getPath(planned, path))) out.push(path);
  }
  return out;
}

/** The planned object with the given top-level attributes set to UNKNOWN (for attributes a change recomputes). */
export function markUnknown(planned: TfObject, names: readonly string[]): TfObject {
  const copy = cloneValue(planned);
  for (const name of names) copy[name] = UNKNOWN;
  return copy;
}

/** True when the value, or anything inside it, is UNKNOWN. */
export function containsUnknown(value: TfValue | undefined): boolean {
  if (value === UNKNOWN) return true;
  if (value === null || value === undefined || typeof value !== 'object') return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(containsUnknown);
}

/** A copy with every UNKNOWN replaced by null (what an SDK provider returns for values it never set). */
export function unknownsToNull<T extends TfValue>(value: T): T {
  if (value === UNKNOWN) return null as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = cloneValue(value);
  const walk = (v: TfValue): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((el, i) => (el === UNKNOWN ? (v[i] = null) : walk(el)));
    } else {
      for (const key of Object.keys(v)) (v[key] === UNKNOWN ? (v[key] = null) : walk(v[key]));
    }
  };
  walk(copy);
  return copy;
}
