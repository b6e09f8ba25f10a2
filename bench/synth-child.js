'use strict';
// One synth measurement in a fresh process: node bench/synth-child.js <lib|raw|json> <N>
// Prints one JSON line: wall time of the work (construct + synth + write), peak RSS, and what was written.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { countBlocks } = require('./scenario');

const [variantName, nText] = process.argv.slice(2);
const VARIANTS = { lib: './variants/lib', raw: './variants/raw', json: './variants/json' };
if (!VARIANTS[variantName] || !/^\d+$/.test(nText || '')) {
  console.error('usage: node bench/synth-child.js <lib|raw|json> <N>');
  process.exit(64);
}
const n = Number(nText);
const variant = require(VARIANTS[variantName]); // imports happen here, outside the timed region

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-bench-${variantName}-`));
try {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  variant.synth(outdir, n);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const maxRssKiB = process.resourceUsage().maxRSS; // read before the checks below allocate anything
  const file = path.join(outdir, 'stacks', 'bench', 'cdk.tf.json');
  const text = fs.readFileSync(file);
  const counts = countBlocks(JSON.parse(text.toString('utf8')));
  process.stdout.write(JSON.stringify({
    variant: variantName,
    n,
    ms,
    cpu_ms: (cpu.user + cpu.system) / 1000,
    rss_mb: maxRssKiB / 1024,
    bytes: text.length,
    sha256: createHash('sha256').update(text).digest('hex'),
    counts,
  }) + '\n');
} finally {
  fs.rmSync(outdir, { recursive: true, force: true });
}
