#!/usr/bin/env node
// Wall time of `stackclient project list` (cached token) and `stackclient --help` against python-openstackclient's
// `openstack` on the same Keystone, as ratios from one run, with two floors measured in the same run: bare `node -e 0`,
// and a one-file bundle of got sending the same GET /v3/projects with a token. N runs of each, the median. Not a test.
//
//   source /tmp/devcloud/env.sh   # or eval "$(scripts/real-keystone/start.sh /tmp/ks)": exports OS_*
//   npm run build && node bench/cli-startup.mjs [runs]  # runs: default 7 (BENCH_RUNS also works)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
// STACKCLIENT_CLI: another build to time, e.g. an older commit's, for a before / after table.
const cli = process.env.STACKCLIENT_CLI ?? join(root, 'dist/bin/stackclient.js');
const osc = process.env.OPENSTACK_BIN ?? '/usr/bin/openstack';
const runs = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 7);

if (!existsSync(cli)) fail(`${cli} is missing: run npm run build first`);
if (!existsSync(osc)) fail(`${osc} is missing: python-openstackclient comes with python3-keystone (the real-keystone start script installs it)`);
if (!process.env.OS_AUTH_URL || !process.env.OS_PASSWORD) fail('OS_AUTH_URL / OS_PASSWORD are not set: source /tmp/devcloud/env.sh first');
if (!(Number.isInteger(runs) && runs > 0 && runs <= 100)) fail(`runs must be 1..100, got ${process.argv[2]}`);

const home = mkdtempSync(join(tmpdir(), 'stackclient-bench-'));
// The OS_* of the Keystone under test (no clouds.yaml cloud), and a private home for stackclient's token cache.
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
delete env.OS_CLOUD;

function time(cmd, args, extraEnv = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || '').trim().split('\n').pop()}`);
  return ms;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function measure([cmd, args, extraEnv]) {
  time(cmd, args, extraEnv); // warm the page cache (and, for stackclient, the token cache) once
  return median(Array.from({ length: runs }, () => time(cmd, args, extraEnv)));
}

/** A one-file bundle of got that sends GET /v3/projects with the token in $BENCH_TOKEN: what a bundled got costs. */
async function gotFloor() {
  const source = join(home, 'got-get.mjs');
  writeFileSync(source, `import got from 'got';
const body = await got(process.env.OS_AUTH_URL.replace(/\\/$/, '') + '/projects', { headers: { 'X-Auth-Token': process.env.BENCH_TOKEN } }).json();
if (!Array.isArray(body.projects)) process.exit(1);
`);
  const outfile = join(home, 'got-get.bundle.mjs');
  await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, nodePaths: [join(root, 'node_modules')], logLevel: 'error',
    // got's CommonJS dependencies require node built-ins (http2-wrapper: 'http2'), which an ESM bundle gets from createRequire.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  const token = await issueToken();
  return [process.execPath, [outfile], { BENCH_TOKEN: token }];
}

async function issueToken() {
  const e = process.env;
  const body = { auth: {
    identity: { methods: ['password'], password: { user: { name: e.OS_USERNAME, password: e.OS_PASSWORD, domain: { name: e.OS_USER_DOMAIN_NAME ?? 'Default' } } } },
    scope: { project: { name: e.OS_PROJECT_NAME, domain: { name: e.OS_PROJECT_DOMAIN_NAME ?? 'Default' } } },
  } };
  const r = await fetch(`${e.OS_AUTH_URL.replace(/\/$/, '')}/auth/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (r.status !== 201) fail(`POST /auth/tokens answered ${r.status}`);
  return r.headers.get('x-subject-token');
}

console.log(`stackclient vs openstack (python-openstackclient) on ${process.env.OS_AUTH_URL}: median of ${runs} runs each`);
const rows = [['command', 'stackclient ms', 'openstack ms', 'openstack / stackclient']];
try {
  const floor = await gotFloor();
  const cases = [
    { name: 'project list (cached token)', ours: [process.execPath, [cli, 'project', 'list']], theirs: [osc, ['project', 'list']] },
    { name: '--help', ours: [process.execPath, [cli, '--help']], theirs: [osc, ['--help']] },
    { name: 'floor: node -e 0', ours: [process.execPath, ['-e', '0']] },
    { name: 'floor: bundled got GET /v3/projects', ours: floor },
  ];
  let oscProjects;
  for (const c of cases) {
    const ours = measure(c.ours);
    if (c.name.startsWith('project')) oscProjects = measure(c.theirs);
    // A floor is compared with `openstack project list`: the ratio a CLI doing nothing but that GET would reach.
    const theirs = c.theirs && !c.name.startsWith('project') ? measure(c.theirs) : oscProjects;
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
