#!/usr/bin/env node
'use strict';
// The benchmark: `npm run bench [-- --quick] [-- --json]` (see BENCHMARKS.md).
//
// Every measurement runs in a fresh child process (process.execPath). The child times only the work
// (construct + synth + write, one cold import, or one runDoctor call) and reads its own peak RSS from
// process.resourceUsage().maxRSS; it reports one JSON line on stdout. This process only orchestrates.
//
// Options:
//   --quick                N up to 1000 and fewer runs (a few minutes after the build)
//   --full                 also the plan measurement at N = 5000 (several minutes more)
//   --json                 also print one JSON object as the last line of stdout
//   --only=synth,import,doctor,file,plan   run only these parts
//   --sizes=1,100          synth sizes to run (default 1,100,1000,5000; --quick 1,100,1000)
//   --runs=N               runs per measurement, overriding the defaults
//   --cpu-prof-dir=DIR     run the synth children of the library under node --cpu-prof, profiles in DIR
// Environment: BENCH_LIB_DIR=<dir> measures another build of lib/ (e.g. a copy with a prototype fix).
//
// Exit status: 0 whether targets pass or miss (they are reported, not tested); 1 when a measurement failed or
// an assertion broke (variants writing different resource counts, doctor findings other than pass, the fake
// Bitbucket seeing more requests in flight than the concurrency).

const { spawn } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const { LIB_DIR } = require('./paths');
const { expectedCounts, canonical } = require('./scenario');

const HERE = __dirname;
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit === undefined ? undefined : hit.slice(name.length + 3);
};
const KNOWN = /^--(quick|full|json|only=[a-z,]+|sizes=[0-9,]+|runs=[1-9][0-9]*|cpu-prof-dir=.+)$/;
for (const arg of args) {
  if (!KNOWN.test(arg)) {
    process.stderr.write(`bench: unknown or malformed option ${arg}\nusage: node bench/run.js [--quick] [--full] [--json] [--only=synth,import,doctor,file,plan] [--sizes=1,100] [--runs=N] [--cpu-prof-dir=DIR]\n`);
    process.exit(64);
  }
}
const QUICK = flag('quick');
const FULL = flag('full');
const JSON_OUT = flag('json');
const ONLY = new Set((option('only') ?? 'synth,import,doctor,file,plan').split(',').filter(Boolean));
const RUNS = option('runs') === undefined ? undefined : Number(option('runs'));
const CPU_PROF_DIR = option('cpu-prof-dir');

const FULL_SIZES = [[1, 5], [100, 5], [1000, 5], [5000, 3]];
const QUICK_SIZES = [[1, 1], [100, 1], [1000, 1]];
let SIZES = QUICK ? QUICK_SIZES : FULL_SIZES;
if (option('sizes') !== undefined) {
  SIZES = option('sizes').split(',').map((s) => [Number(s), (QUICK ? QUICK_SIZES : FULL_SIZES).find(([n]) => n === Number(s))?.[1] ?? 3]);
}
if (QUICK) SIZES = SIZES.filter(([n]) => n <= 1000);
if (RUNS !== undefined) SIZES = SIZES.map(([n]) => [n, RUNS]);
const IMPORT_RUNS = RUNS ?? (QUICK ? 5 : 15);
const DOCTOR_RUNS = RUNS ?? (QUICK ? 1 : 3);
// The onboarding file: synth of one stack against one stack per shard, and the plan of a one-repository change.
const FILE_SIZES = QUICK ? [[1000, 1]] : [[1000, 3], [5000, 1], [10000, 1]];
const PLAN_SIZES = FULL ? [[1000, RUNS ?? 3], [5000, RUNS ?? 2]] : [[1000, RUNS ?? (QUICK ? 1 : 3)]];
const DOCTOR_N = 1000;
const DOCTOR_CONCURRENCY = 16;
const DOCTOR_LATENCY_MS = 20;

class MeasurementError extends Error {}

const log = (text) => process.stderr.write(`${text}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Runs `node <script> ...args` in the repository root and resolves with the JSON of its last stdout line. */
function runChild(script, childArgs, { nodeArgs = [] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, path.join(HERE, script), ...childArgs], {
      cwd: path.resolve(HERE, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const what = `node ${[...nodeArgs, script, ...childArgs].join(' ').slice(0, 160)}`;
      if (code !== 0) {
        reject(new MeasurementError(`${what} exited with ${code ?? signal}\n${stderr.trim().split('\n').slice(-15).join('\n')}`));
        return;
      }
      const last = stdout.trim().split('\n').pop();
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new MeasurementError(`${what} printed no JSON result\n${stdout.slice(-500)}\n${stderr.slice(-500)}`));
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------- synth

async function measureSynth() {
  const variants = ['lib', 'raw', 'json'];
  const results = {};
  for (const [n, runs] of SIZES) {
    const samples = { lib: [], raw: [], json: [] };
    for (let run = 0; run < runs; run++) {
      // Rotate the order so no variant always runs first (or always after the heaviest one).
      const order = variants.map((_, i) => variants[(i + run) % variants.length]);
      for (const variant of order) {
        const nodeArgs = CPU_PROF_DIR && variant === 'lib' ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : [];
        const sample = await runChild('synth-child.js', [variant, String(n)], { nodeArgs });
        samples[variant].push(sample);
        log(`  synth N=${n} run ${run + 1}/${runs} ${variant}: ${sample.ms.toFixed(1)} ms, ${sample.rss_mb.toFixed(1)} MB`);
      }
    }
    checkSameResources(n, samples);
    const stat = (variant, key) => median(samples[variant].map((s) => s[key]));
    const hashes = new Set(variants.map((v) => samples[v][0].sha256));
    results[n] = {
      runs,
      lib_ms: stat('lib', 'ms'),
      raw_ms: stat('raw', 'ms'),
      json_ms: stat('json', 'ms'),
      lib_cpu_ms: stat('lib', 'cpu_ms'),
      raw_cpu_ms: stat('raw', 'cpu_ms'),
      lib_rss_mb: stat('lib', 'rss_mb'),
      raw_rss_mb: stat('raw', 'rss_mb'),
      json_rss_mb: stat('json', 'rss_mb'),
      bytes: samples.lib[0].bytes,
      identical: hashes.size === 1,
    };
  }
  return results;
}

/** (a), (b) and (c) must write the same blocks per type and the same dependsOn edges, else the comparison is unfair. */
function checkSameResources(n, samples) {
  const expected = canonical(expectedCounts(n));
  for (const [variant, list] of Object.entries(samples)) {
    for (const sample of list) {
      const got = canonical(sample.counts);
      if (got !== expected) {
        throw new MeasurementError(`synth N=${n}: ${variant} wrote different blocks than the scenario expects\n  expected ${expected}\n  got      ${got}\n`
          + 'The variants are no longer comparable: update bench/variants/raw.js and json.js (and expectedCounts in bench/scenario.js) to what the library writes.');
      }
    }
  }
}

// ------------------------------------------------------------------------------------- onboarding file

async function measureFileSynth() {
  const results = {};
  for (const [n, runs] of FILE_SIZES) {
    const samples = { one: [], sharded: [] };
    for (let run = 0; run < runs; run++) {
      for (const variant of run % 2 === 0 ? ['one', 'sharded'] : ['sharded', 'one']) {
        const sample = await runChild('onboarding-synth-child.js', [variant, String(n)]);
        samples[variant].push(sample);
        log(`  file synth N=${n} run ${run + 1}/${runs} ${variant}: ${sample.ms.toFixed(0)} ms, CPU ${sample.cpu_ms.toFixed(0)} ms, ${sample.rss_mb.toFixed(0)} MB, ${sample.stacks} stacks`);
      }
    }
    const stat = (variant, key) => median(samples[variant].map((x) => x[key]));
    results[n] = {
      runs,
      one_ms: stat('one', 'ms'), sharded_ms: stat('sharded', 'ms'),
      one_cpu_ms: stat('one', 'cpu_ms'), sharded_cpu_ms: stat('sharded', 'cpu_ms'),
      one_rss_mb: stat('one', 'rss_mb'), sharded_rss_mb: stat('sharded', 'rss_mb'),
      stacks: samples.sharded[0].stacks, largest: samples.sharded[0].largest,
    };
  }
  return results;
}

async function measurePlan() {
  const results = {};
  for (const [n, runs] of PLAN_SIZES) {
    log(`  plan N=${n} (${runs} runs of each; the one-stack plan alone takes tens of seconds each)`);
    results[n] = await runChild('plan-child.ts', [String(n), String(runs)], {
      nodeArgs: ['-r', 'ts-node/register/transpile-only', '-r', path.join(HERE, '..', 'scripts', 'plain-stack-traces.js')],
    });
  }
  return results;
}

// --------------------------------------------------------------------------------------------- import

async function measureImport() {
  // The first run warms the file cache and finds the provider submodules the library loads.
  const discovery = await runChild('import-child.js', ['lib', '--list']);
  const modules = discovery.provider_submodules;
  if (discovery.provider_roots.length > 0) {
    log(`  WARNING: the library loads whole provider packages (DESIGN.md section 4 forbids it): ${discovery.provider_roots.join(', ')}`);
  }
  await runChild('import-child.js', ['base', JSON.stringify(modules)]);
  const lib = [];
  const base = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    const pair = run % 2 === 0 ? ['lib', 'base'] : ['base', 'lib'];
    for (const mode of pair) {
      const sample = await runChild('import-child.js', mode === 'lib' ? ['lib'] : ['base', JSON.stringify(modules)]);
      (mode === 'lib' ? lib : base).push(sample);
      log(`  import run ${run + 1}/${IMPORT_RUNS} ${mode}: ${sample.ms.toFixed(1)} ms, CPU ${sample.cpu_ms.toFixed(1)} ms (${sample.modules_loaded} modules)`);
    }
  }
  return {
    lib_ms: median(lib.map((s) => s.ms)),
    base_ms: median(base.map((s) => s.ms)),
    lib_cpu_ms: median(lib.map((s) => s.cpu_ms)),
    base_cpu_ms: median(base.map((s) => s.cpu_ms)),
    runs: IMPORT_RUNS,
    lib_modules: lib[0].modules_loaded,
    base_modules: base[0].modules_loaded,
    provider_submodules: modules.map((m) => path.relative(path.resolve(HERE, '..'), m)),
    provider_roots: discovery.provider_roots,
  };
}

// --------------------------------------------------------------------------------------------- doctor

function startFake(maxRequests) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(HERE, 'fake-bitbucket.js'), '/bitbucket', String(DOCTOR_LATENCY_MS), String(maxRequests), '120000'], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const pending = [];
    child.on('message', (m) => {
      if (m.port !== undefined) resolve({ child, port: m.port, stats: () => new Promise((r) => { pending.push(r); child.send('stats'); }) });
      if (m.stats !== undefined) pending.shift()?.(m.stats);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new MeasurementError(`fake Bitbucket exited early (${code})`)));
  });
}

async function stopFake(fake) {
  await new Promise((resolve) => {
    if (fake.child.exitCode !== null) return resolve();
    fake.child.once('exit', resolve);
    fake.child.send('stop');
  });
}

async function measureDoctor() {
  const doctorIndex = path.join(LIB_DIR, 'doctor', 'index.js');
  try {
    require.resolve(doctorIndex);
  } catch {
    throw new MeasurementError(`no doctor to measure: ${doctorIndex} does not exist (build lib/doctor first)`);
  }
  const samples = [];
  for (let run = 0; run < DOCTOR_RUNS; run++) {
    // Budget: the probe, one request per repository, and slack for retries; beyond it the fake answers 503.
    const fake = await startFake(DOCTOR_N + 50);
    try {
      const url = `http://127.0.0.1:${fake.port}/bitbucket`;
      const sample = await runChild('doctor-child.js', [url, String(DOCTOR_N), String(DOCTOR_CONCURRENCY)]);
      const stats = await fake.stats();
      // Same requests from a minimal client, against a fresh fake so the budget and counters start over.
      const floorFake = await startFake(DOCTOR_N + 50);
      let floor;
      try {
        floor = await runChild('http-floor-child.js', [`http://127.0.0.1:${floorFake.port}/bitbucket`, String(DOCTOR_N), String(DOCTOR_CONCURRENCY)]);
        const floorStats = await floorFake.stats();
        if (floor.ok !== DOCTOR_N || floorStats.unexpected > 0) throw new MeasurementError(`the minimal client got ${floor.ok}/${DOCTOR_N} answers`);
      } finally {
        await stopFake(floorFake);
      }
      samples.push({ ...sample, fake: stats, floor_ms: floor.ms });
      log(`  doctor run ${run + 1}/${DOCTOR_RUNS}: ${sample.ms.toFixed(1)} ms (CPU ${sample.cpu_ms.toFixed(0)} ms), ${stats.requests} requests, max ${stats.max_in_flight} in flight; minimal client ${floor.ms.toFixed(1)} ms`);
      if (sample.webhook_pass !== DOCTOR_N || stats.unexpected > 0 || stats.refused > 0) {
        throw new MeasurementError(`doctor run did not check every repository cleanly: ${sample.webhook_pass}/${DOCTOR_N} webhook checks passed, `
          + `${stats.unexpected} unexpected and ${stats.refused} refused requests at the fake\n  ${[...sample.failures, ...stats.unexpected_examples].join('\n  ')}`);
      }
    } finally {
      await stopFake(fake);
    }
  }
  return {
    n: DOCTOR_N,
    concurrency: DOCTOR_CONCURRENCY,
    latency_ms: DOCTOR_LATENCY_MS,
    runs: DOCTOR_RUNS,
    ms: median(samples.map((s) => s.ms)),
    cpu_ms: median(samples.map((s) => s.cpu_ms)),
    floor_ms: median(samples.map((s) => s.floor_ms)),
    fake_cpu_ms: median(samples.map((s) => s.fake.cpu_ms)),
    ideal_ms: (DOCTOR_N * DOCTOR_LATENCY_MS) / DOCTOR_CONCURRENCY,
    max_in_flight: Math.max(...samples.map((s) => s.fake.max_in_flight)),
    requests: samples[0].fake.requests,
    rss_mb: median(samples.map((s) => s.rss_mb)),
  };
}

// --------------------------------------------------------------------------------------------- report

function targets(results) {
  const list = [];
  const add = (name, value, pass, shown) => list.push({ name, value, pass, shown });
  const s = results.synth ?? {};
  if (s[1000]) {
    add('synth lib/raw at N=1000 <= 1.10', s[1000].lib_ms / s[1000].raw_ms, s[1000].lib_ms / s[1000].raw_ms <= 1.10);
    add('synth lib/json at N=1000 (reported, as low as the design allows)', s[1000].lib_ms / s[1000].json_ms, null);
  }
  if (s[1000] && s[5000]) {
    add('growth lib time(5000)/time(1000) <= 5.5', s[5000].lib_ms / s[1000].lib_ms, s[5000].lib_ms / s[1000].lib_ms <= 5.5);
    add('growth raw time(5000)/time(1000) (context: cdktf alone)', s[5000].raw_ms / s[1000].raw_ms, null);
  }
  if (s[5000]) add('peak RSS of lib at N=5000 < 1 GiB', s[5000].lib_rss_mb, s[5000].lib_rss_mb < 1024, `${s[5000].lib_rss_mb.toFixed(0)} MB`);
  if (results.import) add('import lib/base <= 1.2', results.import.lib_ms / results.import.base_ms, results.import.lib_ms / results.import.base_ms <= 1.2);
  if (results.doctor) {
    const d = results.doctor;
    add('doctor elapsed/ideal <= 1.3', d.ms / d.ideal_ms, d.ms / d.ideal_ms <= 1.3);
    add(`doctor max in flight <= ${d.concurrency}`, d.max_in_flight, d.max_in_flight <= d.concurrency, String(d.max_in_flight));
  }
  if (QUICK) add('growth and RSS at N=5000', NaN, null, 'not measured (--quick)');
  for (const [n, f] of Object.entries(results.file ?? {})) {
    add(`file synth at N=${n}: sharded/one-stack wall time (reported)`, f.sharded_ms / f.one_ms, null);
    add(`file synth at N=${n}: largest shard <= bucket size 100`, f.largest, f.largest <= 100, String(f.largest));
  }
  if (results.file?.[10000]) add('file synth sharded at N=10000 < 60 s', results.file[10000].sharded_ms / 1000, results.file[10000].sharded_ms < 60_000, `${(results.file[10000].sharded_ms / 1000).toFixed(1)} s`);
  for (const [n, p] of Object.entries(results.plan ?? {})) {
    const one = p['one-stack'];
    const shard = p.shard;
    add(`plan of a one-repository change at N=${n}: shard/one-stack time <= 0.10`, shard.ms / one.ms, shard.ms / one.ms <= 0.10);
    add(`plan at N=${n}: shard/one-stack resources refreshed < 0.10`, shard.resources_read / one.resources_read, shard.resources_read / one.resources_read < 0.10);
  }
  return list;
}

function pad(value, width, right = true) {
  const text = String(value);
  return right ? text.padStart(width) : text.padEnd(width);
}

function printTable(results, machine) {
  const out = [];
  out.push(`cdktf-bitbucket-tfe benchmark${QUICK ? ' (--quick)' : ''}: node ${process.version}, ${machine.cpus} x ${machine.cpu}, ${machine.mem_gib} GiB, `
    + `load average ${machine.load_before} before / ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} after`);
  const shown = path.relative(process.cwd(), LIB_DIR);
  out.push(`library: ${shown && !shown.startsWith('..') ? shown : LIB_DIR}${process.env.BENCH_LIB_DIR ? ' (BENCH_LIB_DIR)' : ''}`);
  if (results.synth) {
    out.push('');
    out.push('Synth: one connection + N Data Center repositories (clone key on), wall ms of construct + synth + write in a fresh process, median');
    out.push(`${pad('N', 6)} ${pad('runs', 4)} ${pad('lib ms', 9)} ${pad('raw ms', 9)} ${pad('json ms', 8)} ${pad('lib/raw', 7)} ${pad('lib/json', 8)} `
      + `${pad('lib cpu', 9)} ${pad('raw cpu', 9)} ${pad('lib MB', 7)} ${pad('raw MB', 7)} ${pad('json MB', 7)} ${pad('cdk.tf.json', 11)}  same bytes`);
    for (const [n, r] of Object.entries(results.synth)) {
      out.push(`${pad(n, 6)} ${pad(r.runs, 4)} ${pad(r.lib_ms.toFixed(1), 9)} ${pad(r.raw_ms.toFixed(1), 9)} ${pad(r.json_ms.toFixed(1), 8)} `
        + `${pad((r.lib_ms / r.raw_ms).toFixed(2), 7)} ${pad((r.lib_ms / r.json_ms).toFixed(1), 8)} ${pad(r.lib_cpu_ms.toFixed(0), 9)} ${pad(r.raw_cpu_ms.toFixed(0), 9)} `
        + `${pad(r.lib_rss_mb.toFixed(1), 7)} ${pad(r.raw_rss_mb.toFixed(1), 7)} ${pad(r.json_rss_mb.toFixed(1), 7)} ${pad(`${(r.bytes / 1e6).toFixed(2)} MB`, 11)}  ${r.identical ? 'yes' : 'NO'}`);
    }
  }
  if (results.import) {
    const i = results.import;
    out.push('');
    out.push(`Cold import, median of ${i.runs} fresh processes: lib ${i.lib_ms.toFixed(1)} ms (${i.lib_modules} modules), `
      + `base ${i.base_ms.toFixed(1)} ms (${i.base_modules} modules: cdktf, constructs and the ${i.provider_submodules.length} provider submodules the library loads), `
      + `lib/base ${(i.lib_ms / i.base_ms).toFixed(2)} (CPU time: lib ${i.lib_cpu_ms.toFixed(1)} ms, base ${i.base_cpu_ms.toFixed(1)} ms, ${(i.lib_cpu_ms / i.base_cpu_ms).toFixed(2)})`);
    if (i.provider_roots.length > 0) out.push(`  WARNING: the library loads whole provider packages: ${i.provider_roots.join(', ')}`);
  }
  if (results.doctor) {
    const d = results.doctor;
    out.push('');
    out.push(`Doctor: ${d.n} repositories, concurrency ${d.concurrency}, fake Bitbucket with ${d.latency_ms} ms per request, median of ${d.runs}: `
      + `${d.ms.toFixed(1)} ms vs ideal ${d.ideal_ms.toFixed(0)} ms (${(d.ms / d.ideal_ms).toFixed(2)}x), ${d.requests} requests, max ${d.max_in_flight} in flight; `
      + `CPU ${d.cpu_ms.toFixed(0)} ms in the doctor, ${d.fake_cpu_ms.toFixed(0)} ms in the fake (whole process). `
      + `A minimal node:http client doing the same requests: ${d.floor_ms.toFixed(1)} ms (${(d.floor_ms / d.ideal_ms).toFixed(2)}x ideal)`);
  }
  if (results.file) {
    out.push('');
    out.push('Onboarding file: N repositories in projects of 250, 4 buckets each (bucketSize 100); construct + synth + write in a fresh process, median');
    out.push(`${pad('N', 6)} ${pad('runs', 4)} ${pad('one ms', 9)} ${pad('shard ms', 9)} ${pad('sh/one', 6)} ${pad('one cpu', 9)} ${pad('shard cpu', 9)} ${pad('one MB', 7)} ${pad('shard MB', 8)} ${pad('stacks', 6)} ${pad('largest', 7)}`);
    for (const [n, f] of Object.entries(results.file)) {
      out.push(`${pad(n, 6)} ${pad(f.runs, 4)} ${pad(f.one_ms.toFixed(0), 9)} ${pad(f.sharded_ms.toFixed(0), 9)} ${pad((f.sharded_ms / f.one_ms).toFixed(2), 6)} `
        + `${pad(f.one_cpu_ms.toFixed(0), 9)} ${pad(f.sharded_cpu_ms.toFixed(0), 9)} ${pad(f.one_rss_mb.toFixed(0), 7)} ${pad(f.sharded_rss_mb.toFixed(0), 8)} ${pad(f.stacks, 6)} ${pad(f.largest, 7)}`);
    }
  }
  if (results.plan) {
    out.push('');
    out.push('Plan of a one-repository change, real Terraform against the stand-in providers and fakes (state written directly), median:');
    out.push(`${pad('N', 6)} ${pad('variant', 10)} ${pad('repos', 6)} ${pad('resources', 9)} ${pad('plan ms', 9)} ${pad('refreshed', 9)} ${pad('data read', 9)} ${pad('Bitbucket', 9)} ${pad('TFE', 6)}  runs (ms)`);
    for (const [n, p] of Object.entries(results.plan)) {
      for (const variant of ['one-stack', 'shard']) {
        const v = p[variant];
        out.push(`${pad(n, 6)} ${pad(variant, 10)} ${pad(v.repositories, 6)} ${pad(v.resources, 9)} ${pad(v.ms.toFixed(0), 9)} ${pad(v.resources_read, 9)} ${pad(v.data_sources_read, 9)} `
          + `${pad(v.bitbucket_requests, 9)} ${pad(v.tfe_requests, 6)}  ${v.ms_all.join(', ')}`);
      }
      out.push(`       shard/one-stack: time ${(p.shard.ms / p['one-stack'].ms).toFixed(3)}, resources refreshed ${(p.shard.resources_read / p['one-stack'].resources_read).toFixed(3)} (the shard: ${p.affected_shard})`);
    }
  }
  out.push('');
  out.push('Targets (reported, not tested):');
  for (const t of targets(results)) {
    const verdict = t.pass === null ? 'INFO' : t.pass ? 'PASS' : 'MISS';
    out.push(`  ${verdict.padEnd(4)}  ${t.name}: ${t.shown ?? t.value.toFixed(2)}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

function jsonLine(results) {
  const line = {};
  if (results.synth) {
    line.synth = {};
    for (const [n, r] of Object.entries(results.synth)) {
      line.synth[n] = { lib_ms: round(r.lib_ms), raw_ms: round(r.raw_ms), json_ms: round(r.json_ms), lib_rss_mb: round(r.lib_rss_mb), raw_rss_mb: round(r.raw_rss_mb) };
    }
  }
  if (results.import) line.import = { lib_ms: round(results.import.lib_ms), base_ms: round(results.import.base_ms) };
  if (results.file) {
    line.file = {};
    for (const [n, f] of Object.entries(results.file)) line.file[n] = { one_ms: round(f.one_ms), sharded_ms: round(f.sharded_ms), one_rss_mb: round(f.one_rss_mb), sharded_rss_mb: round(f.sharded_rss_mb), stacks: f.stacks, largest: f.largest };
  }
  if (results.plan) {
    line.plan = {};
    for (const [n, p] of Object.entries(results.plan)) {
      line.plan[n] = Object.fromEntries(['one-stack', 'shard'].map((v) => [v, { ms: round(p[v].ms), resources_read: p[v].resources_read, bitbucket_requests: p[v].bitbucket_requests, tfe_requests: p[v].tfe_requests }]));
    }
  }
  if (results.doctor) {
    const d = results.doctor;
    line.doctor = { n: d.n, ms: round(d.ms), ideal_ms: round(d.ideal_ms), max_in_flight: d.max_in_flight };
  }
  return JSON.stringify(line);
}

async function main() {
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown CPU',
    mem_gib: (os.totalmem() / 2 ** 30).toFixed(1),
    load_before: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
  const started = Date.now();
  const results = {};
  if (ONLY.has('synth')) {
    log('synth ...');
    results.synth = await measureSynth();
  }
  if (ONLY.has('file')) {
    log('onboarding file synth ...');
    results.file = await measureFileSynth();
  }
  if (ONLY.has('plan')) {
    log('plan ...');
    results.plan = await measurePlan();
  }
  if (ONLY.has('import')) {
    log('import ...');
    results.import = await measureImport();
  }
  if (ONLY.has('doctor')) {
    log('doctor ...');
    results.doctor = await measureDoctor();
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  printTable(results, machine);
  if (JSON_OUT) process.stdout.write(jsonLine(results) + '\n');
  if (results.doctor && results.doctor.max_in_flight > results.doctor.concurrency) {
    log(`ASSERTION FAILED: the fake Bitbucket saw ${results.doctor.max_in_flight} requests in flight, more than the concurrency ${results.doctor.concurrency}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  log(`\nbench FAILED: ${err instanceof MeasurementError ? err.message : err.stack}`);
  process.exitCode = 1;
});
