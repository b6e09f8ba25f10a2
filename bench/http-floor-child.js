'use strict';
// The floor for the doctor measurement: the same N GET requests against the same fake, from a minimal client
// (node:http, one keep-alive agent, <concurrency> workers, no checks), so the doctor's own overhead can be told
// apart from what Node's HTTP stack, the fake's timers and this machine cost.
//   node bench/http-floor-child.js <bitbucket url> <N> <concurrency>     prints one JSON line
const http = require('node:http');
const { repositories } = require('./scenario');

const [bitbucketUrl, nText, concurrencyText] = process.argv.slice(2);
const n = Number(nText);
const concurrency = Number(concurrencyText);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const headers = { accept: 'application/json', authorization: 'Bearer bench-token' };

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, { agent, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

(async () => {
  const urls = repositories(n).map((r) => `${bitbucketUrl}/rest/api/1.0/projects/${r.project}/repos/${r.slug}/webhooks`);
  const start = process.hrtime.bigint();
  await get(`${bitbucketUrl}/rest/api/1.0/projects?limit=1`);
  let next = 0;
  let ok = 0;
  const worker = async () => {
    while (next < urls.length) {
      const res = await get(urls[next++]);
      if (res.status === 200) ok++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  agent.destroy();
  process.stdout.write(JSON.stringify({ n, concurrency, ms, ok }) + '\n');
})().catch((err) => {
  console.error(err && err.stack ? err.stack : String(err));
  process.exit(1);
});
