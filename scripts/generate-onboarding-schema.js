#!/usr/bin/env node
// Writes schemas/onboarding-file.schema.json from lib/onboarding-file/schema.ts, which builds the schema from the
// domain module's patterns and limits. Reads the TypeScript source (not a build), so it runs on a fresh clone.
// The output is committed; CI runs this script and fails when it changes anything.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const output = path.join(root, 'schemas', 'onboarding-file.schema.json');

/** The schema object, read from the TypeScript source (sources win over compiled .js beside them). */
function loadSchema() {
  require('ts-node').register({ transpileOnly: true, preferTsExts: true, project: path.join(root, 'tsconfig.dev.json') });
  return require(path.join(root, 'lib', 'onboarding-file', 'schema.ts')).ONBOARDING_FILE_SCHEMA;
}

/**
 * JSON laid out for reading: the root, `properties` and `definitions` maps and every schema with `properties` or
 * `allOf` open over several lines; any other schema on one line, so each property reads as one line.
 */
function render(value) {
  return `${layout(value, '', true)}\n`;
}

function layout(value, indent, open) {
  if (Array.isArray(value)) {
    if (!open || value.every((item) => item === null || typeof item !== 'object')) return `[${value.map((item) => layout(item, indent, false)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((item) => `${inner}${layout(item, inner, false)}`).join(',\n')}\n${indent}]`;
  }
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value);
  if (!open) return `{ ${entries.map(([key, item]) => `${JSON.stringify(key)}: ${layout(item, indent, false)}`).join(', ')} }`;
  const inner = `${indent}  `;
  const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${layout(item, inner, opens(key, item))}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function opens(key, item) {
  if (item === null || typeof item !== 'object') return false;
  if (Array.isArray(item)) return key === 'allOf';
  return key === 'properties' || key === 'definitions' || 'properties' in item || 'allOf' in item;
}

module.exports = { loadSchema, render };

if (require.main === module) {
  fs.writeFileSync(output, render(loadSchema()));
  console.log(`generated ${path.relative(root, output)}`);
}
