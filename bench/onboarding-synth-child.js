'use strict';
// One synth of an onboarding file in a fresh process: node bench/onboarding-synth-child.js <one|sharded> <N>
// N Data Center repositories in projects of 250, each project split into 4 buckets (bucketSize 100), as in
// test/onboarding-file/scale.test.ts. "one": OnboardingFromFile in one stack; "sharded": OnboardingFileShards, one
// stack per shard. The library is the built one (bench/paths.js), run by plain node: no ts-node source maps.
// Prints one JSON line: wall and CPU time of construct + synth + write, peak RSS, stacks, the largest shard, bytes.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { onboardingFile } = require('../scripts/onboarding-file-generator');

const [variant, nText] = process.argv.slice(2);
if (!['one', 'sharded'].includes(variant) || !/^\d+$/.test(nText || '') || Number(nText) % 250 !== 0) {
  console.error('usage: node bench/onboarding-synth-child.js <one|sharded> <N, a multiple of 250>');
  process.exit(64);
}
const n = Number(nText);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cdktf-bench-file-${variant}-`));
const file = path.join(dir, 'onboarding.yaml');
fs.writeFileSync(file, onboardingFile({ repositories: n, projects: n / 250, buckets: 4, bucketSize: 100 }));
// Imports happen here, outside the timed region.
const { App, TerraformStack, TerraformVariable } = require('cdktf');
const { DataCenterCredentials, OnboardingFromFile, OnboardingFileShards } = require(require('./paths').LIB_DIR);

try {
  const outdir = path.join(dir, 'out');
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const app = new App({ outdir });
  if (variant === 'one') {
    const stack = new TerraformStack(app, 'onboarding');
    const variable = (name, sensitive) => new TerraformVariable(stack, name, { type: 'string', sensitive }).stringValue;
    new OnboardingFromFile(stack, 'onboarding', {
      path: file,
      dataCenterCredentials: DataCenterCredentials.fromPassword(variable('bitbucket_admin_username', false), variable('bitbucket_admin_password', true)),
      tfeToken: variable('tfe_token', true),
    });
  } else {
    new OnboardingFileShards(app, { path: file });
  }
  app.synth();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const maxRssKiB = process.resourceUsage().maxRSS;
  const stacksDir = path.join(outdir, 'stacks');
  let bytes = 0;
  let largest = 0;
  let workspaces = 0;
  const stacks = fs.readdirSync(stacksDir);
  for (const stack of stacks) {
    const text = fs.readFileSync(path.join(stacksDir, stack, 'cdk.tf.json'), 'utf8');
    bytes += text.length;
    const count = Object.keys(JSON.parse(text).resource?.tfe_workspace ?? {}).length;
    workspaces += count;
    largest = Math.max(largest, count);
  }
  if (workspaces !== n) throw new Error(`${variant} N=${n}: ${workspaces} workspaces written instead of ${n}`);
  process.stdout.write(JSON.stringify({ variant, n, ms, cpu_ms: (cpu.user + cpu.system) / 1000, rss_mb: maxRssKiB / 1024, stacks: stacks.length, largest, bytes }) + '\n');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
