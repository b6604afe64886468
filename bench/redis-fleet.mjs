#!/usr/bin/env node
// What the Redis token store (issue 16) costs and saves. Not a test. Needs a Redis: REDIS_URL, or none and this starts
// one with scripts/real-redis/start.sh. Uses the built package (dist/) and the fake cloud.
//  1. N processes (default 50) start at once with the same credentials: token requests Keystone sees, and the time to
//     the first response of the last (and median) process, with the RedisStore against without any store; with the
//     fake Keystone answering at once, and with it taking AUTH_MS (default 250 ms, a password check) per token request.
//  2. What the store adds to a request that finds its token in Redis: a new session's first request (GET, decrypt,
//     import, then the request) against a request of a session that already holds its token; p50 / p99 of R runs
//     (default 300): with a key not yet derived in this process (a new salt each run, as a new process sees it), and
//     with it derived (another session in the same process).
//
//   npm run build && node bench/redis-fleet.mjs [N] [R] [AUTH_MS]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist/index.js');
const { HTTPClient, BaseClient, V3Password, RedisStore } = await import(dist);
const { startFakeCloud } = await import(join(root, 'dist/lib/testing/index.js'));
const [N, R, AUTH_MS] = [Number(process.argv[2] ?? 50), Number(process.argv[3] ?? 300), Number(process.argv[4] ?? 250)];

let redisDir;
let url = process.env.REDIS_URL;
if (!url) {
  redisDir = mkdtempSync(join(tmpdir(), 'stackclient-bench-redis-'));
  url = /REDIS_URL='([^']+)'/.exec(execFileSync('bash', [join(root, 'scripts/real-redis/start.sh'), redisDir], { encoding: 'utf8' }))[1];
}
const cloud = await startFakeCloud();
const auth = cloud.passwordAuth();
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

function child(store) {
  return new Promise((resolvePromise, reject) => {
    const env = { ...process.env, DEBUG: '', CHILD_AUTH: JSON.stringify(auth), CHILD_STORE: JSON.stringify(store), CHILD_ROUNDS: '1' };
    const p = spawn(process.execPath, [join(root, 'spec/redis/fixtures/fleet-child.mjs'), dist], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: p.stdout }).once('line', (line) => resolvePromise(JSON.parse(line)));
    p.on('error', reject);
  });
}

async function fleet(label, store) {
  cloud.resetCounts();
  const started = Date.now();
  const results = await Promise.all(Array.from({ length: N }, () => child(store).then((r) => ({ ...r, at: Date.now() - started }))));
  const ok = results.filter((r) => r.status === 200).length;
  const at = results.map((r) => r.at);
  const count = String(cloud.authCount()).padStart(3);
  console.log(`  ${label.padEnd(38)} token requests ${count}, ok ${ok}/${N}, first response: median ${pct(at, 50)} ms, last ${Math.max(...at)} ms`);
}

class Echo extends BaseClient {
  static serviceType = 'echo';
  static attributeName = 'echo';
}

try {
  for (const delay of [0, AUTH_MS]) {
    cloud.setDelay(delay, { method: 'POST', path: '/identity/v3/auth/tokens' });
    console.log(`${N} processes at once, Keystone answering a token request in +${delay} ms:`);
    await fleet('no store', null);
    await fleet('RedisStore, default bounds', { url, keyPrefix: `bench-${Date.now()}:` });
    // On a loaded machine a just-started process may need more than the default 2 s to connect, and then authenticates
    // by itself: wide bounds show the single-flight alone.
    await fleet('RedisStore, connect 15 s, command 5 s', { url, keyPrefix: `bench-wide-${Date.now()}:`, connectTimeoutMs: 15_000, commandTimeoutMs: 5_000 });
  }
  cloud.setDelay(0);

  const keyPrefix = `bench-p99-${Date.now()}:`;
  const store = new RedisStore({ url, keyPrefix });
  const publisher = new HTTPClient({ authPlugin: new V3Password(auth), regionName: 'RegionOne', keyring: store });
  await publisher.authenticate();
  const state = publisher.authPlugin.exportState();
  const key = publisher.authPlugin.cacheKey();
  const holder = new HTTPClient({ authPlugin: new V3Password(auth), regionName: 'RegionOne', keyring: false });
  await holder.authenticate();
  const heldEcho = new Echo(holder);
  const time = async (fn) => { const t = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
  const baseline = [];
  const cold = [];
  const warm = [];
  const before = cloud.authCount();
  for (let i = 0; i < R; i++) {
    baseline.push(await time(() => heldEcho.get('/anything')));
    await store.set(key, state, auth.password); // a new salt: this process has not derived its key yet
    const fresh = new HTTPClient({ authPlugin: new V3Password(auth), regionName: 'RegionOne', keyring: store });
    cold.push(await time(() => new Echo(fresh).get('/anything')));
    const again = new HTTPClient({ authPlugin: new V3Password(auth), regionName: 'RegionOne', keyring: store });
    warm.push(await time(() => new Echo(again).get('/anything')));
  }
  if (cloud.authCount() !== before) throw new Error(`the p99 runs authenticated ${cloud.authCount() - before} times; they should find the token in Redis`);
  const line = (label, xs) => console.log(`  ${label.padEnd(52)} p50 ${pct(xs, 50).toFixed(2)} ms, p99 ${pct(xs, 99).toFixed(2)} ms`);
  console.log(`A request, ${R} runs (the fake cloud in this process):`);
  line('session holding its token (no store involved)', baseline);
  line('new session, token in Redis, key not derived yet', cold);
  line('new session, token in Redis, key derived', warm);
  const added = (xs) => (pct(xs, 99) - pct(baseline, 99)).toFixed(2);
  console.log(`  added by the store at p99: ${added(cold)} ms (key not derived), ${added(warm)} ms (derived)`);
  publisher.close();
  holder.close();
  await store.close();
} finally {
  await cloud.close();
  if (redisDir) {
    execFileSync('bash', [join(root, 'scripts/real-redis/stop.sh'), redisDir]);
    rmSync(redisDir, { recursive: true, force: true });
  }
}
