// node bench/transport-faults.mjs [dist-dir]: before/after figures for issue 10 items 1, 8 and 12.
// A loopback server in this process feeds each fault; the client runs in a child process so that its peak RSS
// (process.resourceUsage().maxRSS) is its own. Prints one line per case. Not a test: nothing here asserts a figure.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
const MB = 1024 * 1024;

if (process.env.FAULT_CHILD) {
  const { HTTPClient, BaseClient, StaticToken, V3Password } = await import(`${dist}/index.js`);
  const { inspect } = await import('node:util');
  const kase = process.env.FAULT_CHILD;
  const url = process.env.FAULT_URL;
  const started = Date.now();
  let outcome;
  try {
    if (kase === 'refused-password' || kase === 'refused-token') {
      const secrets = { password: 'Pa55-word-never-shown', token: 'gAAAAtoken-never-shown' };
      let error;
      if (kase === 'refused-password') {
        const plugin = new V3Password({
          authUrl: `${url}/v3`, username: 'alice', password: secrets.password, projectName: 'p', userDomainName: 'Default', projectDomainName: 'Default',
        });
        error = await new HTTPClient({ authPlugin: plugin, retry: false }).authenticate().catch((e) => e);
      } else {
        class Echo extends BaseClient { static serviceType = 'echo'; static attributeName = 'echo'; }
        const session = new HTTPClient({ authPlugin: new StaticToken({ token: secrets.token, endpoint: url }), retry: false });
        error = await new Echo(session).post('/x', { json: { password: secrets.password } }).catch((e) => e);
      }
      const text = inspect(error, { depth: Infinity });
      const held = Object.entries(secrets).filter(([, v]) => text.includes(v)).map(([k]) => k).join(', ') || 'no secret';
      outcome = `${error?.name}; inspect holds: ${held} (${text.length} chars)`;
    } else {
      const res = await new HTTPClient({ retry: kase === 'enotfound' ? undefined : false }).request('GET', url);
      outcome = `HTTP ${res.status}, ${res.rawBody.length} bytes`;
    }
  } catch (error) {
    outcome = `${error.name} ${error.code ?? ''}: ${String(error.message).slice(0, 140)}`;
  }
  process.send({ outcome, seconds: (Date.now() - started) / 1000, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
  process.exit(0);
}

const bomb = gzipSync(Buffer.alloc(300 * MB), { level: 9 });
const server = http.createServer((req, res) => {
  req.resume();
  const size = { '/200mb': 200 * MB, '/2gib': 2048 * MB, '/200mb-chunked': 200 * MB, '/2gib-chunked': 2048 * MB }[req.url];
  if (req.url === '/bomb') {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Encoding': 'gzip', 'Content-Length': bomb.length });
    res.end(bomb);
    return;
  }
  if (!size) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', ...(req.url.endsWith('-chunked') ? {} : { 'Content-Length': size }) });
  const chunk = Buffer.alloc(MB, 0x61);
  let sent = 0;
  const pump = () => {
    while (sent < size) {
      sent += MB;
      if (!res.write(chunk)) return res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => { sent = size; });
  pump();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const dead = http.createServer();
await new Promise((r) => dead.listen(0, '127.0.0.1', r));
const deadUrl = `http://127.0.0.1:${dead.address().port}`;
await new Promise((r) => dead.close(r));

const cases = [
  ['refused-password', deadUrl], ['refused-token', deadUrl], ['enotfound', 'http://no-such-host.invalid/'],
  ['200mb', `${base}/200mb`], ['200mb-chunked', `${base}/200mb-chunked`], ['bomb', `${base}/bomb`],
  ['2gib', `${base}/2gib`], ['2gib-chunked', `${base}/2gib-chunked`],
];
console.log(`dist: ${dist}; gzip bomb: ${bomb.length} bytes inflating to ${300 * MB}`);
for (const [kase, url] of cases) {
  if (process.argv[3] && !process.argv[3].split(',').includes(kase)) continue;
  const env = { ...process.env, FAULT_CHILD: kase, FAULT_URL: url };
  const child = fork(new URL(import.meta.url).pathname, [dist], { env, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  let stderr = '';
  // VmHWM from /proc: the peak even when the child dies before it can report.
  let hwm = 0;
  const poll = setInterval(() => {
    try { hwm = Math.max(hwm, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0)); } catch { /* gone */ }
  }, 50);
  child.stderr.on('data', (c) => { stderr += c; });
  const report = await new Promise((r) => {
    let msg;
    child.on('message', (m) => { msg = m; });
    const first = () => stderr.split('\n').filter(Boolean).slice(0, 3).join(' | ').slice(0, 200);
    child.on('exit', (code, signal) => r(msg ?? { outcome: `child died (exit ${code}, ${signal}): ${first()}` }));
  });
  clearInterval(poll);
  report.peakRssMb ??= `${Math.round(hwm / 1024)} (VmHWM)`;
  console.log(`${kase.padEnd(17)} ${report.seconds ?? '-'} s, peak RSS ${report.peakRssMb ?? '-'} MB: ${report.outcome}`);
}
server.closeAllConnections();
server.close();
