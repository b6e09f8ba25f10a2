#!/usr/bin/env node
// Synthesizes every example app (examples/<name>/cdktf.json) into examples/<name>/cdktf.out, the way
// `cdktf synth` would, without the CLI: each app runs in its own folder with its own cdktf.json. The
// examples use their built-in placeholder settings, so no credentials and no network are needed. The library
// is loaded from its TypeScript sources (TS_NODE_PREFER_TS_EXTS), never from a stale build; stack traces keep
// V8's formatting (scripts/plain-stack-traces.js), which keeps a synth of thousands of repositories fast.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const examplesDir = path.resolve(__dirname, '..', 'examples');
const only = process.argv.slice(2);
const examples = fs.readdirSync(examplesDir)
  .filter((name) => fs.existsSync(path.join(examplesDir, name, 'cdktf.json')))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

let failed = false;
for (const name of examples) {
  const dir = path.join(examplesDir, name);
  // SYNTH_EXAMPLES_OUTDIR=<dir> writes <dir>/<example> instead of examples/<example>/cdktf.out (tests).
  const outdir = process.env.SYNTH_EXAMPLES_OUTDIR ? path.join(path.resolve(process.env.SYNTH_EXAMPLES_OUTDIR), name) : path.join(dir, 'cdktf.out');
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(outdir), { recursive: true });
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', path.join(__dirname, 'plain-stack-traces.js'), 'main.ts'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, TS_NODE_PREFER_TS_EXTS: 'true', CDKTF_OUTDIR: outdir, CDKTF_DISABLE_PLUGIN_CACHE_ENV: 'true' },
  });
  if (result.status !== 0) {
    console.error(`examples/${name}: synth failed (exit ${result.status})`);
    failed = true;
    continue;
  }
  const stacks = fs.readdirSync(path.join(outdir, 'stacks')).sort();
  for (const stack of stacks) {
    console.log(path.relative(process.cwd(), path.join(outdir, 'stacks', stack, 'cdk.tf.json')));
  }
}
process.exit(failed ? 1 : 0);
