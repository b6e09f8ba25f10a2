'use strict';
// A fake Bitbucket Data Center for the doctor benchmark, on 127.0.0.1 only. Run as a child with an IPC channel:
//   node bench/fake-bitbucket.js <context path> <latency ms> <max requests> <lifetime ms>
// It sends {port} when listening, answers 'stats' with its counters, and exits on 'stop', when the parent goes
// away, or when its lifetime ends. Every request waits <latency ms> before its answer; requests beyond
// <max requests> are refused with 503 (and counted), so a runaway client cannot make it work forever.
const http = require('node:http');

const [contextPath = '/bitbucket', latencyText = '20', maxText = '2000', lifetimeText = '120000'] = process.argv.slice(2);
const LATENCY_MS = Number(latencyText);
const MAX_REQUESTS = Number(maxText);
const LIFETIME_MS = Number(lifetimeText);
const TOKEN = 'Bearer bench-token';

const stats = { requests: 0, in_flight: 0, max_in_flight: 0, refused: 0, unexpected: 0, unexpected_examples: [], webhooks: 0, projects: 0 };
const PAGE_EMPTY = JSON.stringify({ size: 0, limit: 25, isLastPage: true, values: [], start: 0 });
const PAGE_PROJECTS = JSON.stringify({
  size: 1, limit: 1, isLastPage: false, nextPageStart: 1, start: 0,
  values: [{ key: 'PRJ0', id: 1, name: 'Project 0', public: false, type: 'NORMAL', links: { self: [{ href: 'http://127.0.0.1/projects/PRJ0' }] } }],
});
const WEBHOOKS = new RegExp(`^${contextPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/rest/api/1\\.0/projects/([^/]+)/repos/([^/]+)/webhooks$`);
const PROJECTS = `${contextPath}/rest/api/1.0/projects`;

function unexpected(req, why) {
  stats.unexpected++;
  if (stats.unexpected_examples.length < 5) stats.unexpected_examples.push(`${req.method} ${req.url}: ${why}`);
}

function answer(req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const json = (status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };
  if (req.method !== 'GET') {
    unexpected(req, 'not a GET');
    return json(405, JSON.stringify({ errors: [{ message: 'method not allowed' }] }));
  }
  if (req.headers.authorization !== TOKEN) {
    unexpected(req, 'wrong or missing Authorization');
    return json(401, JSON.stringify({ errors: [{ message: 'Authentication failed', exceptionName: 'com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException' }] }));
  }
  if (url.pathname === PROJECTS) {
    stats.projects++;
    return json(200, PAGE_PROJECTS, { 'x-ausername': 'svc-terraform' });
  }
  if (WEBHOOKS.test(url.pathname)) {
    stats.webhooks++;
    return json(200, PAGE_EMPTY, { 'x-ausername': 'svc-terraform' });
  }
  unexpected(req, 'unknown path');
  return json(404, JSON.stringify({ errors: [{ message: `${url.pathname} does not exist`, exceptionName: 'com.atlassian.bitbucket.NoSuchEntityException' }] }));
}

const server = http.createServer((req, res) => {
  stats.requests++;
  if (stats.requests > MAX_REQUESTS) {
    stats.refused++;
    res.writeHead(503, { 'content-type': 'application/json', connection: 'close' });
    res.end('{"errors":[{"message":"request budget of the benchmark exhausted"}]}');
    return;
  }
  stats.in_flight++;
  if (stats.in_flight > stats.max_in_flight) stats.max_in_flight = stats.in_flight;
  let done = false;
  const finish = () => {
    if (!done) {
      done = true;
      stats.in_flight--;
    }
  };
  res.on('finish', finish);
  res.on('close', finish);
  req.resume();
  setTimeout(() => answer(req, res), LATENCY_MS);
});
server.keepAliveTimeout = 5000;

function stop(code) {
  server.close();
  server.closeAllConnections();
  process.exit(code);
}

server.listen(0, '127.0.0.1', () => {
  process.send({ port: server.address().port });
});
process.on('message', (message) => {
  if (message === 'stats') {
    const cpu = process.cpuUsage();
    process.send({ stats: { ...stats, cpu_ms: (cpu.user + cpu.system) / 1000 } });
  }
  if (message === 'stop') stop(0);
});
process.on('disconnect', () => stop(0));
setTimeout(() => {
  console.error(`fake-bitbucket: lifetime of ${LIFETIME_MS} ms over, stopping`);
  stop(3);
}, LIFETIME_MS).unref();
