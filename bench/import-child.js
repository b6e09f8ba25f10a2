'use strict';
// One cold import in a fresh process.
//   node bench/import-child.js lib [--list]   time require(<lib>); --list also names the provider modules it loaded
//   node bench/import-child.js base <json>    time require('cdktf'), require('constructs') and each module in the list
// Prints one JSON line.
const { LIB_DIR } = require('./paths');

const [mode, arg] = process.argv.slice(2);
let modules = [];
if (mode === 'base') {
  modules = JSON.parse(arg || '[]');
} else if (mode !== 'lib') {
  console.error('usage: node bench/import-child.js lib [--list] | base <json list of module paths>');
  process.exit(64);
}

const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
if (mode === 'lib') {
  require(LIB_DIR);
} else {
  require('cdktf');
  require('constructs');
  for (const m of modules) require(m);
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const cpu = process.cpuUsage(cpuStart);
const maxRssKiB = process.resourceUsage().maxRSS;

const out = { mode, ms, cpu_ms: (cpu.user + cpu.system) / 1000, rss_mb: maxRssKiB / 1024, modules_loaded: Object.keys(require.cache).length };
if (mode === 'lib' && arg === '--list') {
  const loaded = Object.keys(require.cache);
  // Leaf submodules of prebuilt (@cdktf/provider-*/lib/<name>/index.js) and generated (lib/providers/<p>/<name>/index.js) bindings.
  out.provider_submodules = loaded.filter((f) => /[\\/]@cdktf[\\/]provider-[^\\/]+[\\/]lib[\\/][^\\/]+[\\/]index\.js$/.test(f)
    || /[\\/]lib[\\/]providers[\\/][^\\/]+[\\/][^\\/]+[\\/]index\.js$/.test(f));
  // A package root or a generated index loads every binding of its provider: the design forbids it (DESIGN.md 4).
  out.provider_roots = loaded.filter((f) => /[\\/]@cdktf[\\/]provider-[^\\/]+[\\/]lib[\\/]index\.js$/.test(f)
    || /[\\/]lib[\\/]providers[\\/][^\\/]+[\\/](lazy-)?index\.js$/.test(f));
}
process.stdout.write(JSON.stringify(out) + '\n');
