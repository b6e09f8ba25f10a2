'use strict';
// One doctor run in a fresh process: node bench/doctor-child.js <bitbucket url> <N> <concurrency>
// Checks N Data Center repositories with runDoctor (lib/doctor) and prints one JSON line with the wall time of
// runDoctor and what it found.
const path = require('node:path');
const { LIB_DIR } = require('./paths');
const { repositories } = require('./scenario');

const [bitbucketUrl, nText, concurrencyText] = process.argv.slice(2);
const n = Number(nText);
const concurrency = Number(concurrencyText);
const { runDoctor } = require(path.join(LIB_DIR, 'doctor'));
const repos = repositories(n).map((r) => ({ owner: r.project, slug: r.slug }));

(async () => {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = await runDoctor({
    flavor: 'data-center',
    bitbucketUrl,
    repositories: repos,
    credentials: { username: 'svc-terraform', token: 'bench-token' },
    concurrency,
    timeoutMs: 10_000,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const maxRssKiB = process.resourceUsage().maxRSS;
  const statuses = {};
  let webhookPass = 0;
  for (const check of result.checks) {
    statuses[check.status] = (statuses[check.status] ?? 0) + 1;
    if (check.id === 'webhook-permission' && check.status === 'pass') webhookPass++;
  }
  const failures = result.checks.filter((c) => c.status === 'fail').slice(0, 3).map((c) => `${c.id} ${c.target}: ${c.message}`);
  process.stdout.write(JSON.stringify({ n, concurrency, ms, cpu_ms: (cpu.user + cpu.system) / 1000, rss_mb: maxRssKiB / 1024, ok: result.ok, statuses, webhook_pass: webhookPass, failures }) + '\n');
})().catch((err) => {
  console.error(err && err.stack ? err.stack : String(err));
  process.exit(1);
});
