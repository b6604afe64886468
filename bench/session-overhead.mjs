// npm run bench: HTTPClient.clientRequest against raw got and raw undici, on one loopback server,
// GET of a small JSON body with keep-alive, at concurrency 1 and 32. Prints requests/s and ratios from this run.
// Not a test: nothing here asserts a figure.
import http from 'node:http';
import got from 'got';
import { Agent, request as undiciRequest } from 'undici';
import { BaseClient, HTTPClient, StaticToken } from '../dist/index.js';

const BODY = JSON.stringify({ server: { id: 'c0ffee', name: 'bench', status: 'ACTIVE', metadata: { a: '1' } } });
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(BODY), 'x-openstack-request-id': 'req-bench' });
    res.end(BODY);
  });
});
server.keepAliveTimeout = 60_000;
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

class BenchClient extends BaseClient {
  static serviceType = 'compute';
  static attributeName = 'compute';
}
const session = new HTTPClient({ authPlugin: new StaticToken({ token: 'bench-token', endpoint: `${base}/v2.1` }) });
const client = new BenchClient(session);

const gotClient = got.extend({
  agent: { http: new http.Agent({ keepAlive: true }) },
  retry: { limit: 0 },
  headers: { 'X-Auth-Token': 'bench-token', Accept: 'application/json' },
});
const undiciAgent = new Agent({ connections: 64 });

const contenders = {
  'raw undici': async () => {
    const { body } = await undiciRequest(`${base}/v2.1/servers/c0ffee`, { dispatcher: undiciAgent, headers: { 'x-auth-token': 'bench-token', accept: 'application/json' } });
    await body.json();
  },
  'raw got': async () => { await gotClient(`${base}/v2.1/servers/c0ffee`).json(); },
  'stackclient': async () => { await client.get('/servers/c0ffee'); },
};

async function measure(fn, concurrency, total) {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) { next++; await fn(); }
  }));
  return total / (Number(process.hrtime.bigint() - start) / 1e9);
}

const plan = [[1, 4000], [32, 16000]];
const rows = [];
for (const [concurrency, total] of plan) {
  for (const fn of Object.values(contenders)) await measure(fn, concurrency, 1000); // warm-up: JIT, sockets
  const rates = {};
  // interleave three rounds so that drift in machine load hits every contender alike; keep the best round
  for (let round = 0; round < 3; round++) {
    for (const [name, fn] of Object.entries(contenders)) rates[name] = Math.max(rates[name] ?? 0, await measure(fn, concurrency, total));
  }
  for (const [name, rate] of Object.entries(rates)) {
    rows.push({ concurrency, contender: name, 'req/s': Math.round(rate), 'time vs raw got': (rates['raw got'] / rate).toFixed(3), 'time vs raw undici': (rates['raw undici'] / rate).toFixed(3) });
  }
}
console.table(rows);
const ours = rows.filter((r) => r.contender === 'stackclient').map((r) => `c=${r.concurrency}: ${r['time vs raw got']}x raw got, ${r['time vs raw undici']}x raw undici`);
console.log(`session overhead (time per request, lower is better): ${ours.join('; ')}`);
session.close();
await undiciAgent.close();
server.closeAllConnections();
server.close();
