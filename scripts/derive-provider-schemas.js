#!/usr/bin/env node
// Writes test/e2e/harness/generated/<provider>.schema.json: the provider schemas (in the format of one provider's
// entry in `terraform providers schema -json`) that the end-to-end stand-in providers serve to Terraform. They are
// derived from the INSTALLED cdktf bindings (@cdktf/provider-tfe, @cdktf/provider-tls), so that the schemas follow
// the binding versions the library is built against, without network access or provider binaries.
//
// What the generated bindings tell, and how:
//   - names and types: each class's synthesizeHclAttributes() table and each struct's <struct>ToHclTerraform()
//     table (value, isBlock, type "simple"/"list"/"set"/"map"/"struct", storageClassType);
//   - blocks: `cdktf.listMapperHcl(fn, true)` maps blocks (false: attributes); a list/set mapped without
//     listMapperHcl is a block with max_items = 1; a struct documented as "<name> block" is a single block;
//   - required vs optional: `readonly x:` vs `readonly x?:` in the .d.ts Config/struct interfaces (a required
//     block has min_items = 1);
//   - computed-only attributes: the `// name - computed: true, optional: false, required: false` comment the
//     generator leaves before their getters (or their stored-class initializers).
// What they do not tell: whether an optional attribute is also computed (every optional attribute is declared
// optional+computed, which lets a stand-in fill in provider defaults), sensitivity and write-only-ness (taken
// from KNOWN_FLAGS below, from the providers' documentation), and schema versions (0).
//
// Usage: node scripts/derive-provider-schemas.js [--check]   (--check: fail if the committed files differ)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'test', 'e2e', 'harness', 'generated');

const PROVIDERS = [
  { name: 'tfe', pkg: '@cdktf/provider-tfe' },
  { name: 'tls', pkg: '@cdktf/provider-tls' },
];

// Flags the bindings cannot carry. Sensitive attributes matter end to end: Terraform refuses an output that
// shows a sensitive value unless the output is marked sensitive. Write-only attributes are never stored.
const KNOWN_FLAGS = {
  tfe: {
    provider: { token: { sensitive: true } },
    resource_schemas: {
      tfe_oauth_client: { oauth_token: { sensitive: true }, private_key: { sensitive: true }, secret: { sensitive: true } },
      tfe_variable: { value: { sensitive: true }, value_wo: { sensitive: true, write_only: true } },
      tfe_team_token: { token: { sensitive: true } },
      tfe_organization_token: { token: { sensitive: true } },
      tfe_agent_token: { token: { sensitive: true } },
      tfe_audit_trail_token: { token: { sensitive: true } },
    },
    data_source_schemas: {},
  },
  tls: {
    provider: {},
    resource_schemas: {
      tls_private_key: {
        private_key_pem: { sensitive: true },
        private_key_openssh: { sensitive: true },
        private_key_pem_pkcs8: { sensitive: true },
      },
    },
    data_source_schemas: {
      tls_public_key: { private_key_pem: { sensitive: true }, private_key_openssh: { sensitive: true } },
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Reading one generated module (lib/<name>/index.js + index.d.ts)

function readModule(dir) {
  const js = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
  const dts = fs.readFileSync(path.join(dir, 'index.d.ts'), 'utf8');
  return { dir, js, dts, classes: parseClasses(js), interfaces: parseInterfaces(dts) };
}

/** The text between the brace at `open` and its matching closing brace. */
function braceBody(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') {
      depth--;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  throw new Error('unbalanced braces');
}

function parseClasses(js) {
  const classes = {};
  const re = /^class (\w+) extends ([\w.]+) \{/gm;
  let m;
  while ((m = re.exec(js))) classes[m[1]] = { base: m[2], body: braceBody(js, m.index + m[0].length - 1) };
  return classes;
}

function parseInterfaces(dts) {
  const interfaces = {};
  const re = /^export interface (\w+)(?: extends [\w.]+)? \{/gm;
  let m;
  while ((m = re.exec(dts))) {
    const body = braceBody(dts, m.index + m[0].length - 1);
    const fields = {};
    const fieldRe = /(?:\/\*\*([\s\S]*?)\*\/\s*)?readonly (\w+)(\?)?: [^;]+;/g;
    let f;
    while ((f = fieldRe.exec(body))) {
      const doc = f[1] || '';
      fields[f[2]] = { optional: f[3] === '?', isBlockDoc: /^\s*\*\s*[\w-]+ block\s*$/m.test(doc) };
    }
    interfaces[m[1]] = fields;
  }
  return interfaces;
}

/** Entries of a `const attrs = { ... }` table. */
function parseAttrsTable(text) {
  const entries = [];
  const re = /["']?([\w-]+)["']?: \{\s*value: ([^\n]*),\s*isBlock: (true|false),\s*type: "(\w+)",\s*storageClassType: "(\w+)",\s*\}/g;
  let m;
  while ((m = re.exec(text))) {
    const field = /(?:this\._|struct\.|struct!\.)(\w+)/.exec(m[2]);
    entries.push({ name: m[1], value: m[2], isBlock: m[3] === 'true', type: m[4], storage: m[5], field: field ? field[1] : undefined });
  }
  return entries;
}

function hclTableOfClass(mod, className) {
  const body = mod.classes[className].body;
  const at = body.indexOf('synthesizeHclAttributes() {');
  if (at < 0) throw new Error(`${mod.dir}: ${className} has no synthesizeHclAttributes`);
  return parseAttrsTable(braceBody(body, at + 'synthesizeHclAttributes() '.length));
}

function hclTableOfStruct(mod, structName) {
  const fn = `${structName[0].toLowerCase()}${structName.slice(1)}ToHclTerraform`;
  const at = mod.js.indexOf(`function ${fn}(struct) {`);
  if (at < 0) return [];
  return parseAttrsTable(braceBody(mod.js, at + `function ${fn}(struct) `.length));
}

/** Computed-only attributes of a class, from the generator's comments: name -> cty type. */
function computedOnly(mod, className) {
  const cls = mod.classes[className];
  if (!cls) return {};
  const out = {};
  const re = /\/\/ ([\w-]+) - computed: (true|false), optional: (true|false), required: (true|false)\n\s*(.*)\n(?:\s*(.*)\n)?/g;
  let m;
  while ((m = re.exec(cls.body))) {
    const [, name, computed, optional, required, line1, line2] = m;
    if (computed !== 'true' || optional === 'true' || required === 'true') continue;
    out[name] = computedType(mod, line1, line2);
  }
  return out;
}

function computedType(mod, line1, line2) {
  let m = /^this\._\w+ = new ([\w.]+)\(this, "[\w-]+"(?:, (true|false))?\);/.exec(line1);
  if (m) return storedClassType(mod, m[1], m[2] === 'true');
  m = /^get \w+\(\) \{$/.exec(line1);
  if (!m || !line2) throw new Error(`${mod.dir}: cannot read computed attribute from "${line1}"`);
  const ret = line2.replace(/^return /, '').replace(/;$/, '');
  const getters = [
    [/^this\.getStringAttribute\(/, 'string'],
    [/^this\.getNumberAttribute\(/, 'number'],
    [/^this\.getBooleanAttribute\(/, 'bool'],
    [/^cdktf\.Fn\.tolist\(this\.getListAttribute\(/, ['set', 'string']],
    [/^this\.getListAttribute\(/, ['list', 'string']],
    [/cdktf\.Fn\.tolist\(this\.getNumberListAttribute\(/, ['set', 'number']],
    [/^this\.getNumberListAttribute\(/, ['list', 'number']],
    [/^this\.getStringMapAttribute\(/, ['map', 'string']],
    [/^this\.getNumberMapAttribute\(/, ['map', 'number']],
    [/^this\.getBooleanMapAttribute\(/, ['map', 'bool']],
    [/^this\.getAnyMapAttribute\(/, 'dynamic'],
    [/interpolationForAttribute\(/, 'dynamic'],
  ];
  for (const [re, type] of getters) if (re.test(ret)) return type;
  throw new Error(`${mod.dir}: unknown getter "${ret}"`);
}

const PRIMITIVES = { string: 'string', number: 'number', boolean: 'bool', any: 'dynamic' };

/** The type of a computed attribute stored as `new <cls>(this, "name", wrapsSet)`. */
function storedClassType(mod, cls, wrapsSet) {
  const builtin = /^cdktf\.(String|Number|Boolean|Any)((?:List|Map)+)$/.exec(cls);
  if (builtin) {
    const suffixes = builtin[2].match(/List|Map/g);
    if (builtin[1] === 'Any' && builtin[2] === 'Map') return 'dynamic';
    let type = PRIMITIVES[builtin[1].toLowerCase()];
    suffixes.forEach((s, i) => {
      const outer = i === suffixes.length - 1;
      type = [s === 'Map' ? 'map' : outer && wrapsSet ? 'set' : 'list', type];
    });
    return type;
  }
  const struct = /^(\w+?)(List|Map|OutputReference)$/.exec(cls);
  if (!struct) throw new Error(`${mod.dir}: unknown stored class ${cls}`);
  const obj = ['object', computedStructAttributes(mod, struct[1])];
  if (struct[2] === 'OutputReference') return obj;
  return [struct[2] === 'Map' ? 'map' : wrapsSet ? 'set' : 'list', obj];
}

function computedStructAttributes(mod, structName) {
  // A computed struct's attributes are all computed; assignable ones (a computed+optional struct) have types in
  // the struct's HCL table.
  const attrs = { ...computedOnly(mod, `${structName}OutputReference`) };
  for (const e of hclTableOfStruct(mod, structName)) attrs[e.name] = simpleOrComplexType(mod, e);
  return attrs;
}

function simpleType(entry) {
  const m = /^(string|number|boolean|any)((?:List|Map)*)$/.exec(entry.storage);
  if (!m) throw new Error(`unknown storage class ${entry.storage} for ${entry.name}`);
  if (m[1] === 'any') return 'dynamic';
  const suffixes = m[2] ? m[2].match(/List|Map/g) : [];
  let type = PRIMITIVES[m[1]];
  suffixes.forEach((s, i) => {
    const outer = i === suffixes.length - 1;
    type = [s === 'Map' ? 'map' : outer ? (entry.type === 'set' ? 'set' : 'list') : 'list', type];
  });
  return type;
}

/** A struct-typed table entry as a cty type (for object attributes nested in object types). */
function simpleOrComplexType(mod, entry) {
  if (!entry.isBlock) return simpleType(entry);
  const s = structOf(entry);
  const obj = ['object', Object.fromEntries(Object.entries(blockOfStruct(mod, s.struct).attributes).map(([k, a]) => [k, a.type]))];
  if (entry.type === 'struct') return obj;
  return [entry.type === 'map' ? 'map' : entry.type, obj];
}

function structOf(entry) {
  let m = /^cdktf\.listMapperHcl\((\w+)ToHclTerraform, (true|false)\)/.exec(entry.value);
  if (m) return { struct: upperFirst(m[1]), mapper: m[2] === 'true' ? 'blocks' : 'attributes' };
  m = /^cdktf\.hashMapperHcl\((\w+)ToHclTerraform\)/.exec(entry.value);
  if (m) return { struct: upperFirst(m[1]), mapper: 'map' };
  m = /^(\w+)ToHclTerraform\(/.exec(entry.value);
  if (m) return { struct: upperFirst(m[1]), mapper: 'single' };
  throw new Error(`cannot read the struct of ${entry.name}: ${entry.value}`);
}

function upperFirst(s) {
  return s[0].toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Building schema blocks

/** The schema block for a resource/data source/provider class, or for a struct used as a block. */
function buildBlock(mod, entries, fields, computedAttrs) {
  const block = { attributes: {}, block_types: {} };
  for (const entry of entries) {
    const field = entry.field ? fields[entry.field] : undefined;
    const required = field ? !field.optional : false;
    if (!entry.isBlock) {
      block.attributes[entry.name] = attribute(simpleType(entry), required);
      continue;
    }
    const s = structOf(entry);
    const inner = blockOfStruct(mod, s.struct);
    if (s.mapper === 'blocks' || (s.mapper === 'single' && (entry.type === 'list' || entry.type === 'set'))) {
      // cdktf writes a list/set block with max_items = 1 as a single object, which Terraform's JSON syntax accepts.
      block.block_types[entry.name] = {
        nesting_mode: entry.type,
        block: inner,
        ...(required ? { min_items: 1 } : {}),
        ...(s.mapper === 'single' ? { max_items: 1 } : {}),
      };
    } else if ((s.mapper === 'single' || s.mapper === 'map') && field && field.isBlockDoc) {
      block.block_types[entry.name] = { nesting_mode: s.mapper === 'map' ? 'map' : 'single', block: inner };
    } else {
      // Nested attributes (terraform-plugin-framework's Single/List/Set/MapNestedAttribute, or object types).
      const nesting = s.mapper === 'single' ? 'single' : s.mapper === 'map' ? 'map' : entry.type;
      block.attributes[entry.name] = {
        nested_type: { attributes: inner.attributes, nesting_mode: nesting },
        ...(required ? { required: true } : { optional: true, computed: true }),
      };
    }
  }
  for (const [name, type] of Object.entries(computedAttrs)) {
    if (!(name in block.attributes) && !(name in block.block_types)) block.attributes[name] = { type, computed: true };
  }
  if (Object.keys(block.attributes).length === 0) delete block.attributes;
  if (Object.keys(block.block_types).length === 0) delete block.block_types;
  return block;
}

function attribute(type, required) {
  return required ? { type, required: true } : { type, optional: true, computed: true };
}

function blockOfStruct(mod, structName) {
  return buildBlock(mod, hclTableOfStruct(mod, structName), mod.interfaces[structName] || {}, computedOnly(mod, `${structName}OutputReference`));
}

function mainClass(mod) {
  for (const [name, cls] of Object.entries(mod.classes)) {
    const kind = { 'cdktf.TerraformResource': 'resource', 'cdktf.TerraformDataSource': 'data', 'cdktf.TerraformProvider': 'provider' }[cls.base];
    if (!kind) continue;
    const type = /terraformResourceType: '([^']+)'/.exec(cls.body);
    if (!type) throw new Error(`${mod.dir}: ${name} names no terraformResourceType`);
    return { name, kind, typeName: type[1] };
  }
  return undefined;
}

function applyFlags(block, flags) {
  for (const [name, f] of Object.entries(flags || {})) {
    const attr = (block.attributes || {})[name];
    if (!attr) continue; // an attribute this binding version does not have
    if (f.sensitive) attr.sensitive = true;
    if (f.write_only) {
      // Terraform rejects write-only attributes that are computed.
      attr.write_only = true;
      delete attr.computed;
    }
  }
}

function deriveProvider({ name, pkg }) {
  const pkgDir = path.dirname(require.resolve(`${pkg}/package.json`, { paths: [ROOT] }));
  const pkgJson = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const { providerVersion, ...schema } = deriveFromBindings(path.join(pkgDir, 'lib'), KNOWN_FLAGS[name]);
  return {
    derived_from: { package: pkg, package_version: pkgJson.version, provider_version: providerVersion },
    ...schema,
  };
}

/**
 * The schema of the provider whose generated bindings are in `libDir` (one folder per resource, data source and
 * the provider), e.g. node_modules/@cdktf/provider-tfe/lib or bindings generated into the project.
 */
function deriveFromBindings(libDir, flags = {}) {
  const result = { provider: undefined, resource_schemas: {}, data_source_schemas: {} };
  let providerVersion;
  for (const entry of fs.readdirSync(libDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || !fs.existsSync(path.join(libDir, entry.name, 'index.js'))) continue;
    const mod = readModule(path.join(libDir, entry.name));
    const main = mainClass(mod);
    if (!main) continue;
    const version = /providerVersion: '([^']+)'/.exec(mod.classes[main.name].body);
    if (version) providerVersion = version[1];
    let entries = hclTableOfClass(mod, main.name);
    if (main.kind === 'provider') entries = entries.filter((e) => e.name !== 'alias'); // a meta-argument, not schema
    const block = buildBlock(mod, entries, mod.interfaces[`${main.name}Config`] || {}, main.kind === 'provider' ? {} : computedOnly(mod, main.name));
    if (main.kind === 'provider') {
      applyFlags(block, flags.provider);
      // Provider arguments are plain optional arguments: a provider configuration has no computed values.
      for (const attr of Object.values(block.attributes || {})) delete attr.computed;
      result.provider = { version: 0, block };
    } else if (main.kind === 'resource') {
      applyFlags(block, (flags.resource_schemas || {})[main.typeName]);
      result.resource_schemas[main.typeName] = { version: 0, block };
    } else {
      applyFlags(block, (flags.data_source_schemas || {})[main.typeName]);
      result.data_source_schemas[main.typeName] = { version: 0, block };
    }
  }
  if (!result.provider) throw new Error(`${libDir}: no provider class found`);
  return { providerVersion, ...result };
}

/** JSON with object keys sorted at every level, so the output is deterministic. */
function stableStringify(value) {
  return JSON.stringify(
    value,
    (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v),
    2,
  );
}

function main() {
  const check = process.argv.includes('--check');
  fs.mkdirSync(OUT_DIR, { recursive: true });
  let stale = false;
  for (const provider of PROVIDERS) {
    const file = path.join(OUT_DIR, `${provider.name}.schema.json`);
    const text = `${stableStringify(deriveProvider(provider))}\n`;
    if (check) {
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (current !== text) {
        console.error(`${path.relative(ROOT, file)} is out of date: run npm run schemas:e2e`);
        stale = true;
      }
      continue;
    }
    fs.writeFileSync(file, text);
    console.log(path.relative(ROOT, file));
  }
  if (stale) process.exit(1);
}

module.exports = { deriveProvider, deriveFromBindings, PROVIDERS };

if (require.main === module) main();
