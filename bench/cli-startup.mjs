#!/usr/bin/env node
// Wall time of `stackclient --help` and `stackclient token issue` against python-openstackclient's `openstack`
// on the same Keystone, as ratios from one run: N runs of each, the median of each. Not a test.
//
//   eval "$(scripts/real-keystone/start.sh /tmp/ks)"   # or ../shared/real-keystone/start.sh: exports OS_*
//   npm run build && node bench/cli-startup.mjs [runs]  # runs: default 7 (BENCH_RUNS also works)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/bin/stackclient.js');
const osc = process.env.OPENSTACK_BIN ?? '/usr/bin/openstack';
const runs = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 7);

if (!existsSync(cli)) fail(`${cli} is missing: run npm run build first`);
if (!existsSync(osc)) fail(`${osc} is missing: python-openstackclient comes with python3-keystone (the real-keystone start script installs it)`);
if (!process.env.OS_AUTH_URL || !process.env.OS_PASSWORD) fail('OS_AUTH_URL / OS_PASSWORD are not set: eval "$(…/real-keystone/start.sh /tmp/ks)" first');
if (!(Number.isInteger(runs) && runs > 0 && runs <= 100)) fail(`runs must be 1..100, got ${process.argv[2]}`);

const home = mkdtempSync(join(tmpdir(), 'stackclient-bench-'));
// The OS_* of the Keystone under test (no clouds.yaml cloud), and a private home for stackclient's token cache.
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
delete env.OS_CLOUD;

function time(cmd, args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}`);
  return ms;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function measure(cmd, args) {
  time(cmd, args); // warm the page cache (and, for stackclient, the token cache) once
  return median(Array.from({ length: runs }, () => time(cmd, args)));
}

const cases = [
  { name: '--help', ours: [process.execPath, [cli, '--help']], theirs: [osc, ['--help']] },
  { name: 'token issue (cached token)', ours: [process.execPath, [cli, 'token', 'issue', '-f', 'value', '-c', 'id']], theirs: [osc, ['token', 'issue', '-f', 'value', '-c', 'id']] },
  { name: 'token issue --no-keyring', ours: [process.execPath, [cli, '--no-keyring', 'token', 'issue', '-f', 'value', '-c', 'id']], theirs: [osc, ['token', 'issue', '-f', 'value', '-c', 'id']] },
];

console.log(`stackclient vs openstack (python-openstackclient) on ${process.env.OS_AUTH_URL}: median of ${runs} runs each`);
const rows = [['command', 'stackclient ms', 'openstack ms', 'openstack / stackclient']];
try {
  let oscToken;
  for (const c of cases) {
    const ours = measure(...c.ours);
    // openstack's token issue does the same work in both rows (it has no token cache): measure it once.
    const theirs = c.name.startsWith('token') ? (oscToken ??= measure(...c.theirs)) : measure(...c.theirs);
    rows.push([c.name, ours.toFixed(0), theirs.toFixed(0), `${(theirs / ours).toFixed(1)}×`]);
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
const fmt = (r) => `| ${r.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
console.log([line, fmt(rows[0]), line, ...rows.slice(1).map(fmt), line].join('\n'));

function fail(message) {
  console.error(`bench/cli-startup: ${message}`);
  process.exit(1);
}
