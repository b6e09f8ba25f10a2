/**
 * Converts between Terraform's wire encodings of values (msgpack, and the JSON of stored state) and the plain
 * JavaScript values of types.ts, driven by the schema's types, following Terraform's "object wire format"
 * (docs/plugin-protocol/object-wire-format.md in the Terraform repository).
 */
import { decode, encode, ExtData } from '@msgpack/msgpack';
import { TfObject, TfValue, UNKNOWN } from './types';

/** A cty type in its JSON form, as Terraform writes it in schemas: "string", ["list","string"], ... */
export type CtyType =
  | 'string'
  | 'number'
  | 'bool'
  | 'dynamic'
  | ['list', CtyType]
  | ['set', CtyType]
  | ['map', CtyType]
  | ['tuple', CtyType[]]
  | ['object', Record<string, CtyType>]
  | ['object', Record<string, CtyType>, string[]];

/** `terraform providers schema -json` block format. */
export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
  readonly description?: string;
  readonly description_kind?: 'plain' | 'markdown';
  readonly deprecated?: boolean;
}
export interface SchemaNestedType {
  readonly attributes: Record<string, SchemaAttribute>;
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map';
}
export interface SchemaAttribute {
  readonly type?: CtyType;
  readonly nested_type?: SchemaNestedType;
  readonly description?: string;
  readonly description_kind?: 'plain' | 'markdown';
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly write_only?: boolean;
}
export interface SchemaBlockType {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** Terraform's msgpack extension for an unknown value without refinements (cty writes fixext1, code 0). */
const UNKNOWN_EXT = new ExtData(0, new Uint8Array([0]));

// The concrete types of `dynamic` values decoded from Terraform, so that they are encoded back with the same type
// (Terraform compares planned and configured values including their types: a map must not come back as an object).
const dynamicTypes = new WeakMap<object, CtyType>();

/** Declares the concrete type a collection value takes when it is stored in a `dynamic` attribute. */
export function withType<T extends TfValue>(value: T, type: CtyType): T {
  if (value !== null && typeof value === 'object') dynamicTypes.set(value, type);
  return value;
}

/** The type Terraform would give the value if it were read from JSON configuration (objects and tuples). */
export function inferType(value: TfValue): CtyType {
  if (value === null || value === UNKNOWN) return 'dynamic';
  const known = typeof value === 'object' ? dynamicTypes.get(value) : undefined;
  if (known) return known;
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'bool';
    default:
      break;
  }
  if (Array.isArray(value)) return ['tuple', value.map(inferType)];
  const attrs: Record<string, CtyType> = {};
  for (const key of Object.keys(value).sort()) attrs[key] = inferType((value as TfObject)[key]);
  return ['object', attrs];
}

/** The object type of a block's values (cty's `ImpliedType`). */
export function impliedType(block: SchemaBlock): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, attr] of Object.entries(block.attributes ?? {})) attrs[name] = attributeType(attr);
  for (const [name, blockType] of Object.entries(block.block_types ?? {})) {
    const inner = impliedType(blockType.block);
    switch (blockType.nesting_mode) {
      case 'single':
      case 'group':
        attrs[name] = inner;
        break;
      case 'list':
        // A list or map of blocks whose content has dynamic parts cannot be a homogeneous collection: cty makes the
        // whole value dynamic (a tuple or object at run time).
        attrs[name] = hasDynamic(inner) ? 'dynamic' : ['list', inner];
        break;
      case 'map':
        attrs[name] = hasDynamic(inner) ? 'dynamic' : ['map', inner];
        break;
      case 'set':
        attrs[name] = ['set', inner];
        break;
      default:
        throw new Error(`unsupported nesting mode ${String((blockType as SchemaBlockType).nesting_mode)} for block ${name}`);
    }
  }
  return ['object', attrs];
}

export function attributeType(attr: SchemaAttribute): CtyType {
  if (attr.nested_type) {
    const attrs: Record<string, CtyType> = {};
    for (const [name, inner] of Object.entries(attr.nested_type.attributes)) attrs[name] = attributeType(inner);
    const obj: CtyType = ['object', attrs];
    switch (attr.nested_type.nesting_mode) {
      case 'single':
        return obj;
      case 'list':
        return ['list', obj];
      case 'set':
        return ['set', obj];
      case 'map':
        return ['map', obj];
      default:
        throw new Error(`unsupported nested_type nesting mode ${String(attr.nested_type.nesting_mode)}`);
    }
  }
  if (attr.type === undefined) throw new Error('attribute has neither type nor nested_type');
  return attr.type;
}

function hasDynamic(type: CtyType): boolean {
  if (type === 'dynamic') return true;
  if (typeof type === 'string') return false;
  switch (type[0]) {
    case 'list':
    case 'set':
    case 'map':
      return hasDynamic(type[1]);
    case 'tuple':
      return type[1].some(hasDynamic);
    case 'object':
      return Object.values(type[1]).some(hasDynamic);
  }
}

function describe(path: Array<string | number>): string {
  return path.length === 0 ? 'value' : path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').replace(/^\./, '');
}

// ---------------------------------------------------------------------------------------------------------------
// msgpack

/** Decodes a msgpack-encoded value of the given type. */
export function decodeMsgpack(bytes: Uint8Array, type: CtyType): TfValue {
  if (bytes.length === 0) return null;
  return fromWire(decode(bytes), type, []);
}

/** Encodes a value of the given type as Terraform expects it in a DynamicValue's msgpack field. */
export function encodeMsgpack(value: TfValue, type: CtyType): Buffer {
  const bytes = encode(toWire(value, type, []), { ignoreUndefined: false });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function fromWire(raw: unknown, type: CtyType, path: Array<string | number>): TfValue {
  // Any extension is an unknown value (code 0: plain, code 12: with refinements the stand-ins ignore).
  if (raw instanceof ExtData) return UNKNOWN;
  if (raw === null || raw === undefined) return null;
  if (type === 'dynamic') {
    if (!Array.isArray(raw) || raw.length !== 2) throw new Error(`${describe(path)}: dynamic value must be a [type, value] pair`);
    const [typeBytes, inner] = raw;
    const typeJson = typeBytes instanceof Uint8Array ? Buffer.from(typeBytes).toString('utf8') : String(typeBytes);
    const concrete = JSON.parse(typeJson) as CtyType;
    return withType(fromWire(inner, concrete, path), concrete);
  }
  if (typeof type === 'string') return primitive(raw, type, path);
  switch (type[0]) {
    case 'list':
    case 'set': {
      const elementType = type[1];
      return asArray(raw, path).map((el, i) => fromWire(el, elementType, [...path, i]));
    }
    case 'tuple': {
      const types = type[1];
      return asArray(raw, path).map((el, i) => fromWire(el, types[i] ?? 'dynamic', [...path, i]));
    }
    case 'map': {
      const out: TfObject = {};
      for (const [key, el] of Object.entries(asMap(raw, path))) out[key] = fromWire(el, type[1], [...path, key]);
      return out;
    }
    case 'object': {
      const map = asMap(raw, path);
      const out: TfObject = {};
      for (const [key, attrType] of Object.entries(type[1])) out[key] = fromWire(map[key], attrType, [...path, key]);
      return out;
    }
  }
}

function primitive(raw: unknown, type: 'string' | 'number' | 'bool', path: Array<string | number>): TfValue {
  switch (type) {
    case 'string':
      if (typeof raw === 'string') return raw;
      break;
    case 'number':
      if (typeof raw === 'number') return raw;
      if (typeof raw === 'bigint') return Number(raw);
      // cty writes numbers that do not fit an int64 or float64 as decimal strings.
      if (typeof raw === 'string' && raw.trim() !== '' && !Number.isNaN(Number(raw))) return Number(raw);
      break;
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      break;
  }
  throw new Error(`${describe(path)}: expected ${type}, got ${JSON.stringify(raw)}`);
}

function asArray(raw: unknown, path: Array<string | number>): unknown[] {
  if (!Array.isArray(raw)) throw new Error(`${describe(path)}: expected an array`);
  return raw;
}

function asMap(raw: unknown, path: Array<string | number>): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || raw instanceof Uint8Array) {
    throw new Error(`${describe(path)}: expected a map`);
  }
  return raw as Record<string, unknown>;
}

function toWire(value: TfValue | undefined, type: CtyType, path: Array<string | number>): unknown {
  if (value === undefined || value === null) return null;
  if (value === UNKNOWN) return UNKNOWN_EXT;
  if (type === 'dynamic') {
    const concrete = inferType(value);
    return [Buffer.from(JSON.stringify(concrete), 'utf8'), toWire(value, concrete, path)];
  }
  if (typeof type === 'string') return toPrimitive(value, type, path);
  switch (type[0]) {
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw new Error(`${describe(path)}: expected an array for ${JSON.stringify(type)}`);
      const elementType = type[1];
      return value.map((el, i) => toWire(el, elementType, [...path, i]));
    }
    case 'tuple': {
      if (!Array.isArray(value)) throw new Error(`${describe(path)}: expected an array for ${JSON.stringify(type)}`);
      const types = type[1];
      if (value.length !== types.length) throw new Error(`${describe(path)}: tuple needs ${types.length} elements, got ${value.length}`);
      return value.map((el, i) => toWire(el, types[i], [...path, i]));
    }
    case 'map': {
      const obj = objectValue(value, type, path);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(obj)) out[key] = toWire(obj[key], type[1], [...path, key]);
      return out;
    }
    case 'object': {
      const obj = objectValue(value, type, path);
      const attrTypes = type[1];
      for (const key of Object.keys(obj)) {
        if (!(key in attrTypes) && obj[key] !== undefined) throw new Error(`${describe([...path, key])}: not an attribute of the schema`);
      }
      const out: Record<string, unknown> = {};
      // Absent attributes are null: every attribute of an object type is present on the wire.
      for (const key of Object.keys(attrTypes).sort()) out[key] = toWire(obj[key], attrTypes[key], [...path, key]);
      return out;
    }
  }
}

function objectValue(value: TfValue, type: CtyType, path: Array<string | number>): TfObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${describe(path)}: expected an object for ${JSON.stringify(type)}, got ${JSON.stringify(value)}`);
  }
  return value as TfObject;
}

function toPrimitive(value: TfValue, type: 'string' | 'number' | 'bool', path: Array<string | number>): unknown {
  // The conversions cty applies between primitive types (what Terraform does with a provider's answer too).
  switch (type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      break;
    case 'number':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
      break;
    case 'bool':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      break;
  }
  throw new Error(`${describe(path)}: expected ${type}, got ${JSON.stringify(value)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON (stored state, and DynamicValue.json)

/** Reads a value of the given type from Terraform's JSON encoding (dynamic values are {"value", "type"}). */
export function fromJson(json: unknown, type: CtyType, path: Array<string | number> = []): TfValue {
  if (json === null || json === undefined) return null;
  if (type === 'dynamic') {
    const wrapped = asMap(json, path);
    const concrete = wrapped.type as CtyType;
    return withType(fromJson(wrapped.value, concrete, path), concrete);
  }
  if (typeof type === 'string') return primitive(json, type, path);
  switch (type[0]) {
    case 'list':
    case 'set': {
      const elementType = type[1];
      return asArray(json, path).map((el, i) => fromJson(el, elementType, [...path, i]));
    }
    case 'tuple': {
      const types = type[1];
      return asArray(json, path).map((el, i) => fromJson(el, types[i] ?? 'dynamic', [...path, i]));
    }
    case 'map': {
      const out: TfObject = {};
      for (const [key, el] of Object.entries(asMap(json, path))) out[key] = fromJson(el, type[1], [...path, key]);
      return out;
    }
    case 'object': {
      const map = asMap(json, path);
      const out: TfObject = {};
      // Attributes the schema no longer has are dropped; new ones start out null.
      for (const [key, attrType] of Object.entries(type[1])) out[key] = fromJson(map[key], attrType, [...path, key]);
      return out;
    }
  }
}

/** A DynamicValue as it arrives in a request (either encoding may be used). */
export interface WireDynamicValue {
  readonly msgpack?: Uint8Array | null;
  readonly json?: Uint8Array | null;
}

export function decodeDynamicValue(dv: WireDynamicValue | null | undefined, type: CtyType): TfValue {
  if (!dv) return null;
  if (dv.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
  if (dv.json && dv.json.length > 0) return fromJson(JSON.parse(Buffer.from(dv.json).toString('utf8')), type);
  return null;
}

export function encodeDynamicValue(value: TfValue, type: CtyType): { msgpack: Buffer } {
  return { msgpack: encodeMsgpack(value, type) };
}

/** A deep copy that keeps the concrete types recorded for dynamic values. */
export function cloneValue<T extends TfValue>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const copy = (Array.isArray(value) ? value.map((el) => cloneValue(el)) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneValue(v)]))) as T;
  const type = dynamicTypes.get(value);
  if (type) dynamicTypes.set(copy as object, type);
  return copy;
}
