/**
 * The JSON helpers the stand-in providers need to reproduce the real providers' behaviour: a subset of gjson path
 * syntax (tidwall/gjson v1.18.0, used by magodo/restful for selectors and `$(body.x)` parameters), the sjson
 * operations restful uses, RFC 7386 merge patches as evanphx/json-patch v0.5.2 computes them, Go's canonical
 * `json.Marshal` output and Go's URL escaping.
 */

/** A parsed JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isObject(v: unknown): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------------------------
// Go's encoding/json output

/**
 * Serializes like Go's `json.Marshal` of `map[string]interface{}` values: keys sorted byte-wise, compact, and
 * `<`, `>`, `&`, U+2028, U+2029 escaped (Go's default HTML-safe escaping). restful compares request bodies as
 * these strings (internal/provider/resource.go:1481 (v0.25.2)), so the order has to be deterministic.
 */
export function goJson(v: Json): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
  if (typeof v === 'string') return goString(v);
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  const keys = Object.keys(v).sort(byteCompare);
  return `{${keys.map((k) => `${goString(k)}:${goJson(v[k])}`).join(',')}}`;
}

function byteCompare(a: string, b: string): number {
  const ba = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return Buffer.compare(ba, bb);
}

function goString(s: string): string {
  return JSON.stringify(s)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function deepEqualJson(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqualJson(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqualJson(a[k], b[k]));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// gjson subset

export interface GjsonResult {
  readonly exists: boolean;
  readonly value: Json;
}

const MISSING: GjsonResult = { exists: false, value: null };

/** `gjson.Get(json, path)` over an already parsed document. Supports keys (with `\` escapes and `*`/`?`
 * wildcards), array indexes, `#` (count / map over elements), queries `#(path op value)` and `#(...)#`, and
 * `@this`. */
export function gjsonGet(doc: Json, path: string): GjsonResult {
  if (path === '') return MISSING;
  const parts = splitGjsonPath(path);
  return walk({ exists: true, value: doc }, parts);
}

/** `gjson.GetBytes` on raw text: a document that is not JSON matches nothing. */
export function gjsonGetText(text: string, path: string): GjsonResult {
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch {
    return MISSING;
  }
  return gjsonGet(doc, path);
}

/** `Result.String()`: strings unquoted, numbers as written, true/false, "" for null, raw JSON for containers. */
export function gjsonString(r: GjsonResult): string {
  if (!r.exists || r.value === null) return '';
  const v = r.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}

function splitGjsonPath(path: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let depth = 0;
  let inQuote = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (inQuote) {
      cur += c;
      if (c === '\\' && i + 1 < path.length) {
        cur += path[++i];
      } else if (c === '"') {
        inQuote = false;
      }
      continue;
    }
    if (c === '\\' && i + 1 < path.length) {
      // Keep the escape inside queries (their paths are parsed again); outside, the next character is literal.
      cur += depth > 0 ? c + path[i + 1] : '\u0000' + path[i + 1];
      i++;
      continue;
    }
    if (depth > 0 && c === '"') {
      inQuote = true;
      cur += c;
      continue;
    }
    if (c === '(' || c === '[') depth++;
    if ((c === ')' || c === ']') && depth > 0) depth--;
    if (c === '.' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts;
}

function unescapeKey(part: string): { key: string; literal: boolean[] } {
  let key = '';
  const literal: boolean[] = [];
  for (let i = 0; i < part.length; i++) {
    if (part[i] === '\u0000' && i + 1 < part.length) {
      key += part[++i];
      literal.push(true);
    } else {
      key += part[i];
      literal.push(false);
    }
  }
  return { key, literal };
}

function wildcardMatch(name: string, pattern: string, literal: boolean[]): boolean {
  // Glob with `*` and `?`, honouring characters that were escaped in the path.
  const rec = (ni: number, pi: number): boolean => {
    if (pi === pattern.length) return ni === name.length;
    const pc = pattern[pi];
    if (!literal[pi] && pc === '*') {
      for (let k = ni; k <= name.length; k++) if (rec(k, pi + 1)) return true;
      return false;
    }
    if (ni === name.length) return false;
    if (!literal[pi] && pc === '?') return rec(ni + 1, pi + 1);
    return pc === name[ni] && rec(ni + 1, pi + 1);
  };
  return rec(0, 0);
}

function walk(cur: GjsonResult, parts: string[]): GjsonResult {
  if (parts.length === 0) return cur;
  if (!cur.exists) return MISSING;
  const [part, ...rest] = parts;
  const v = cur.value;
  if (part === '@this') return walk(cur, rest);
  if (part === '#') {
    if (!Array.isArray(v)) return MISSING;
    if (rest.length === 0) return { exists: true, value: v.length };
    const out: Json[] = [];
    for (const el of v) {
      const r = walk({ exists: true, value: el }, rest);
      if (r.exists) out.push(r.value);
    }
    return { exists: true, value: out };
  }
  if (part.startsWith('#(') || part.startsWith('#[')) {
    if (!Array.isArray(v)) return MISSING;
    const q = parseQuery(part);
    if (!q) return MISSING;
    const matches = v.filter((el) => queryMatches(q, el));
    if (q.all) {
      const out: Json[] = [];
      for (const m of matches) {
        const r = walk({ exists: true, value: m }, rest);
        if (r.exists) out.push(r.value);
      }
      return { exists: true, value: out };
    }
    if (matches.length === 0) return MISSING;
    return walk({ exists: true, value: matches[0] }, rest);
  }
  const { key, literal } = unescapeKey(part);
  if (Array.isArray(v)) {
    if (/^\d+$/.test(key)) {
      const idx = Number(key);
      if (idx >= v.length) return MISSING;
      return walk({ exists: true, value: v[idx] }, rest);
    }
    return MISSING;
  }
  if (isObject(v)) {
    const hasWildcard = [...key].some((c, i) => !literal[i] && (c === '*' || c === '?'));
    if (hasWildcard) {
      for (const k of Object.keys(v)) {
        if (wildcardMatch(k, key, literal)) return walk({ exists: true, value: v[k] }, rest);
      }
      return MISSING;
    }
    if (!Object.prototype.hasOwnProperty.call(v, key)) return MISSING;
    return walk({ exists: true, value: v[key] }, rest);
  }
  return MISSING;
}

interface Query {
  readonly path: string;
  readonly op: string;
  readonly value: string;
  readonly all: boolean;
}

// gjson.go:850-930 (v1.18.0): `#(path op value)`, `==` is read as `=`, a quoted value is unescaped.
function parseQuery(part: string): Query | undefined {
  let i = 2;
  let j = 0;
  let depth = 1;
  for (; i < part.length; i++) {
    const c = part[i];
    if (depth === 1 && j === 0 && '!=<>%'.includes(c)) {
      j = i;
      continue;
    }
    if (c === '\\') {
      i++;
    } else if (c === '[' || c === '(') {
      depth++;
    } else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0) break;
    } else if (c === '"') {
      i++;
      for (; i < part.length; i++) {
        if (part[i] === '\\') i++;
        else if (part[i] === '"') break;
      }
    }
  }
  if (depth > 0) return undefined;
  const remain = part.slice(i + 1);
  const all = remain === '#';
  if (j === 0) return { path: part.slice(2, i).trim(), op: '', value: '', all };
  const path = part.slice(2, j).trim();
  let value = part.slice(j, i).trim();
  let opsz = 1;
  if (value.length === 1) opsz = 1;
  else if (['!=', '!%', '<=', '>='].includes(value.slice(0, 2))) opsz = 2;
  else if (value.startsWith('==')) {
    value = value.slice(1);
    opsz = 1;
  }
  const op = value.slice(0, opsz);
  value = value.slice(opsz).trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      value = JSON.parse(value) as string;
    } catch {
      value = value.slice(1, -1);
    }
  }
  return { path, op, value, all };
}

// gjson.go:1400-1500 (v1.18.0): typed comparison of a query value with an array element.
function queryMatches(q: Query, el: Json): boolean {
  const r = q.path === '' ? { exists: true, value: el } : gjsonGet(el, q.path);
  if (!r.exists) return false;
  if (q.op === '') return true;
  const v = r.value;
  const rpv = q.value;
  if (typeof v === 'string') {
    switch (q.op) {
      case '=': return v === rpv;
      case '!=': return v !== rpv;
      case '<': return v < rpv;
      case '<=': return v <= rpv;
      case '>': return v > rpv;
      case '>=': return v >= rpv;
      case '%': return wildcardMatch(v, rpv, [...rpv].map(() => false));
      case '!%': return !wildcardMatch(v, rpv, [...rpv].map(() => false));
    }
    return false;
  }
  if (typeof v === 'number') {
    const n = Number.parseFloat(rpv);
    const rn = Number.isNaN(n) ? 0 : n;
    switch (q.op) {
      case '=': return v === rn;
      case '!=': return v !== rn;
      case '<': return v < rn;
      case '<=': return v <= rn;
      case '>': return v > rn;
      case '>=': return v >= rn;
    }
    return false;
  }
  if (v === true) {
    switch (q.op) {
      case '=': return rpv === 'true';
      case '!=': return rpv !== 'true';
      case '>': return rpv === 'false';
      case '>=': return true;
    }
    return false;
  }
  if (v === false) {
    switch (q.op) {
      case '=': return rpv === 'false';
      case '!=': return rpv !== 'false';
      case '<': return rpv === 'true';
      case '<=': return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// sjson subset (paths of keys and indexes; `-1` appends)

function sjsonParts(path: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '\\' && i + 1 < path.length) {
      cur += path[++i];
    } else if (path[i] === '.') {
      parts.push(cur);
      cur = '';
    } else {
      cur += path[i];
    }
  }
  parts.push(cur);
  return parts;
}

/** `sjson.Set(doc, path, value)` on a parsed document; containers on the way are created as objects. */
export function sjsonSet(doc: Json, path: string, value: Json): Json {
  const base: Json = doc === null || typeof doc !== 'object' ? {} : structuredClone(doc);
  return setIn(base, sjsonParts(path), value);
}

function setIn(cur: Json, parts: string[], value: Json): Json {
  if (parts.length === 0) return value;
  const [p, ...rest] = parts;
  if (Array.isArray(cur)) {
    const idx: number = p === '-1' ? cur.length : Number(p);
    if (!Number.isInteger(idx) || idx < 0) throw new Error(`sjson: invalid array index ${JSON.stringify(p)}`);
    while (cur.length < idx) cur.push(null);
    const child: Json = idx < cur.length && cur[idx] !== null && typeof cur[idx] === 'object' ? cur[idx] : {};
    cur[idx] = rest.length === 0 ? value : setIn(child, rest, value);
    return cur;
  }
  const obj: { [k: string]: Json } = isObject(cur) ? cur : {};
  const child: Json = p in obj && obj[p] !== null && typeof obj[p] === 'object' ? obj[p] : {};
  obj[p] = rest.length === 0 ? value : setIn(child, rest, value);
  return obj;
}

/** `sjson.Delete(doc, path)`: a missing path leaves the document as it is. */
export function sjsonDelete(doc: Json, path: string): Json {
  const root = structuredClone(doc);
  deleteIn(root, sjsonParts(path));
  return root;
}

function deleteIn(cur: Json, parts: string[]): void {
  const [p, ...rest] = parts;
  if (Array.isArray(cur)) {
    const idx: number = p === '-1' ? cur.length - 1 : Number(p);
    if (!Number.isInteger(idx) || idx < 0 || idx >= cur.length) return;
    if (rest.length === 0) cur.splice(idx, 1);
    else deleteIn(cur[idx], rest);
  } else if (isObject(cur)) {
    if (!Object.prototype.hasOwnProperty.call(cur, p)) return;
    if (rest.length === 0) delete cur[p];
    else deleteIn(cur[p], rest);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// JSON merge patch, evanphx/json-patch v0.5.2 (merge.go)

/** `jsonpatch.MergePatch(doc, patch)` (merge.go:103-163): null deletes, objects merge, anything else replaces;
 * nulls inside newly added values are pruned. */
export function mergePatch(doc: Json, patch: Json): Json {
  if (!isObject(patch)) {
    return Array.isArray(patch) ? pruneNulls(patch) : patch;
  }
  if (!isObject(doc)) return pruneNulls(patch);
  const out: { [k: string]: Json } = structuredClone(doc);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      delete out[k];
    } else if (!(k in out) || out[k] === null) {
      out[k] = pruneNulls(v);
    } else {
      out[k] = isObject(out[k]) && isObject(v) ? mergePatch(out[k], v) : v;
    }
  }
  return out;
}

function pruneNulls(v: Json): Json {
  if (Array.isArray(v)) return v.filter((x) => x !== null).map(pruneNulls);
  if (isObject(v)) {
    const out: { [k: string]: Json } = {};
    for (const [k, x] of Object.entries(v)) if (x !== null) out[k] = pruneNulls(x);
    return out;
  }
  return v;
}

/** `jsonpatch.CreateMergePatch(original, modified)` (merge.go:184-386): recursive diff of objects, arrays and
 * scalars replaced whole, removed keys as null. Two arrays of objects give an array of per-element patches;
 * an array against an object is an error. */
export function createMergePatch(original: Json, modified: Json): Json {
  if (Array.isArray(original) && Array.isArray(modified)) {
    if (original.length !== modified.length) throw new Error('Invalid JSON Document');
    return original.map((o, i) => createMergePatch(o, modified[i]));
  }
  if (Array.isArray(original) !== Array.isArray(modified)) throw new Error('Mismatched JSON Documents');
  if (!isObject(original) || !isObject(modified)) throw new Error('Invalid JSON Document');
  return getDiff(original, modified);
}

function jsonKind(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function getDiff(a: { [k: string]: Json }, b: { [k: string]: Json }): { [k: string]: Json } {
  const into: { [k: string]: Json } = {};
  for (const [key, bv] of Object.entries(b)) {
    if (!(key in a)) {
      into[key] = bv;
      continue;
    }
    const av = a[key];
    if (jsonKind(av) !== jsonKind(bv)) {
      into[key] = bv;
      continue;
    }
    if (isObject(av) && isObject(bv)) {
      const d = getDiff(av, bv);
      if (Object.keys(d).length > 0) into[key] = d;
    } else if (av !== null && !deepEqualJson(av, bv)) {
      into[key] = bv;
    }
  }
  for (const key of Object.keys(a)) {
    if (!(key in b)) into[key] = null;
  }
  return into;
}

// ---------------------------------------------------------------------------------------------------------------
// magodo/terraform-plugin-framework-helper jsonset (commit 7a00fd9)

/** `jsonset.Disjointed`: two objects share no leaf key. */
export function disjointed(l: Json, r: Json): boolean {
  if (!isObject(l) || !isObject(r)) return false;
  for (const [k, lv] of Object.entries(l)) {
    if (k in r && !disjointed(lv, r[k])) return false;
  }
  return true;
}

/** `jsonset.Difference`: removes the keys of rhs (recursively) from lhs. */
export function jsonsetDifference(lhs: Json, rhs: Json): Json {
  const copy = structuredClone(lhs);
  return diffValue(copy, rhs)[0];
}

function diffValue(lv: Json, rv: Json): [Json, boolean] {
  if (isObject(lv) && isObject(rv)) return diffMap(lv, rv);
  return [lv, true];
}

function diffMap(lm: { [k: string]: Json }, rm: { [k: string]: Json }): [Json, boolean] {
  let diff = false;
  for (const k of Object.keys(lm)) {
    if (!(k in rm)) continue;
    const [v, changed] = diffValue(lm[k], rm[k]);
    if (changed && (!isObject(v) || Object.keys(v).length === 0)) {
      diff = true;
      delete lm[k];
    }
  }
  return [lm, diff];
}

/** `jsonset.NullifyObject`: the object's shape with every leaf set to null; non-objects become null. */
export function nullifyObject(v: Json): Json {
  if (!isObject(v)) return null;
  const out: { [k: string]: Json } = {};
  for (const [k, x] of Object.entries(v)) out[k] = nullifyObject(x);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// restful's attribute filter (internal/provider/body.go:145-349 and internal/attrpath/attrpath.go (v0.25.2))

type AttrStep = { kind: 'value'; name: string } | { kind: 'splat' };

function parseAttrPath(input: string): AttrStep[] {
  const path: AttrStep[] = [];
  let value = '';
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '\\' && i + 1 < input.length) {
      value += input[++i];
      continue;
    }
    if (c === '.') {
      if (input[i + 1] === '.') throw new Error(`consecutive '.' is not allowed`);
      path.push({ kind: 'value', name: value });
      value = '';
      continue;
    }
    if (c === '#' && value === '' && (i + 1 === input.length || input[i + 1] === '.')) {
      path.push({ kind: 'splat' });
      i++;
      continue;
    }
    value += c;
  }
  if (value !== '') path.push({ kind: 'value', name: value });
  return path;
}

/** `FilterAttrsInJSON`: keeps only the listed attribute paths of a document. */
export function filterAttrsInJson(doc: Json, attrs: string[]): Json {
  if (attrs.length === 0) return doc;
  let out: Json | undefined;
  for (const attr of attrs) {
    const filtered = filterAttr(doc, parseAttrPath(attr), attr);
    if (out === undefined) {
      out = filtered;
    } else if (isObject(out)) {
      if (!isObject(filtered)) throw new Error(`expect value ${JSON.stringify(filtered)} to be a map`);
      out = mergeObject('', out, filtered);
    } else if (Array.isArray(out)) {
      if (!Array.isArray(filtered)) throw new Error(`expect value ${JSON.stringify(filtered)} to be an array`);
      out = mergeArray('', out, filtered);
    } else {
      throw new Error('unsupported types for JSON attr filtering');
    }
  }
  return out ?? null;
}

function filterAttr(doc: Json, path: AttrStep[], prefix: string): Json {
  if (path.length === 0) return structuredClone(doc);
  const [step, ...rest] = path;
  if (Array.isArray(doc)) {
    if (step.kind !== 'splat') throw new Error(`${prefix}: expect a splat step, got a value step`);
    return doc.map((d) => filterAttr(d, rest, prefix));
  }
  if (isObject(doc)) {
    if (step.kind !== 'value') throw new Error(`${prefix}: expect a value step, got a splat step`);
    if (!(step.name in doc)) return {};
    return { [step.name]: filterAttr(doc[step.name], rest, prefix) };
  }
  throw new Error(`invalid document type ${jsonKind(doc)}`);
}

function mergeArray(addr: string, a: Json[], b: Json[]): Json[] {
  if (a.length !== b.length) throw new Error(`${addr}: length not the same ${a.length} != ${b.length}`);
  return a.map((e1, i) => {
    const e2 = b[i];
    const next = `${addr}.${i}`;
    if (isObject(e1)) {
      if (!isObject(e2)) throw new Error(`${next}: expect value to be a map`);
      return mergeObject(next, e1, e2);
    }
    if (Array.isArray(e1)) {
      if (!Array.isArray(e2)) throw new Error(`${next}: expect value to be an array`);
      return mergeArray(next, e1, e2);
    }
    if (e1 !== e2) throw new Error(`${next}: two values are not the same`);
    return e1;
  });
}

function mergeObject(addr: string, a: { [k: string]: Json }, b: { [k: string]: Json }): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(a)) if (!(k in b)) out[k] = v;
  for (const [k, v] of Object.entries(b)) if (!(k in a)) out[k] = v;
  for (const k of Object.keys(a)) {
    if (!(k in b)) continue;
    const v1 = a[k];
    const v2 = b[k];
    const next = `${addr}.${k}`;
    if (isObject(v1)) {
      if (!isObject(v2)) throw new Error(`${next}: expect value to be a map`);
      out[k] = mergeObject(next, v1, v2);
    } else if (Array.isArray(v1)) {
      if (!Array.isArray(v2)) throw new Error(`${next}: expect value to be an array`);
      out[k] = mergeArray(next, v1, v2);
    } else {
      if (v1 !== v2) throw new Error(`${next}: two values are not the same`);
      out[k] = v1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Go's net/url escaping

function goEscape(s: string, keep: (c: string) => boolean, spacePlus: boolean): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (byte < 0x80 && /[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (byte < 0x80 && keep(c)) out += c;
    else if (spacePlus && c === ' ') out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** `url.PathEscape`: a path segment; `/`, `;`, `,` and `?` are escaped. */
export function goPathEscape(s: string): string {
  return goEscape(s, (c) => '$&+:=@'.includes(c), false);
}

/** `url.QueryEscape`. */
export function goQueryEscape(s: string): string {
  return goEscape(s, () => false, true);
}

/** `url.Values.Encode`: keys sorted, values in order. */
export function goEncodeQuery(q: Record<string, readonly string[]>): string {
  return Object.keys(q)
    .sort(byteCompare)
    .flatMap((k) => q[k].map((v) => `${goQueryEscape(k)}=${goQueryEscape(v)}`))
    .join('&');
}
