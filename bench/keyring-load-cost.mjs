#!/usr/bin/env node
// What binding cached auth to its secret costs a CLI start: loadCachedAuth() from the file store, with the scrypt check
// of the entry's verifier (a new plugin each time, as in a new process), against the scrypt hash alone. Medians of N
// runs, in ms. No Keystone needed. Not a test.
//
//   npm run build && node bench/keyring-load-cost.mjs [runs]   # runs: default 15
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const { FileStore, V3Password, loadCachedAuth, saveAuth } = await import(join(root, 'dist/index.js'));
const runs = Number(process.argv[2] ?? 15);
const authUrl = 'http://127.0.0.1:5000/v3';
const options = { authUrl, username: 'admin', password: 'admin-secret', userDomainName: 'Default', projectName: 'admin', projectDomainName: 'Default' };

function state(plugin) {
  return {
    version: 1, plugin: plugin.name, authUrl, method: 'password', identityVersion: 'v3', token: 'gAAAAAbench',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(), scope: { kind: 'project', project: { id: 'p1' } },
    catalog: [], extra: { cacheKey: plugin.cacheKey(), identityUrl: authUrl, methods: ['password'] },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'stackclient-bench-'));
try {
  const store = new FileStore({ dir });
  const owner = new V3Password(options);
  owner.importState(state(owner));
  await saveAuth(store, owner);

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const measure = async (fn) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      await fn();
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return times;
  };
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const right = await measure(async () => { if (!(await loadCachedAuth(store, new V3Password(options)))) throw new Error('not loaded'); });
  const wrong = await measure(async () => { if (await loadCachedAuth(store, new V3Password({ ...options, password: 'wrong' }))) throw new Error('loaded'); });
  loop.disable();
  const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}`;
  console.log(`loadCachedAuth, right password (scrypt N=2^14 r=8 p=1 + file read): ${fmt(right)}`);
  console.log(`loadCachedAuth, wrong password (refused):                      ${fmt(wrong)}`);
  console.log(`event loop delay during the loads: max ${(loop.max / 1e6).toFixed(1)} ms (the hash runs on the thread pool)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
