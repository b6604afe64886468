// npm run bench (after session-overhead): a 1 GiB upload and a 1 GiB download through HTTPClient on a loopback
// server, each in a child process of its own, with its peak RSS (budget 100 MiB: nothing is buffered whole) and
// throughput; the same through raw got and raw undici; then a 1 GiB download that the server breaks off half-way,
// which resumes with a Range request and passes its MD5 (ETag) check.
// - `download` checks the ETag MD5 as it goes (the hash runs on the same thread); `download-unverified` does not.
// - 'raw got, stackclient loaded' is raw got in a child that has imported the library first: the same heap as ours,
//   so the difference to our row is what our download path adds.
// - Downloads run REPS times (their peak varies by ±10 MiB from run to run): min / median / max.
// - The sweep downloads 256 MiB and 4 GiB too: a streamed download's peak must not grow with the object.
// - The last row runs node with --no-concurrent-array-buffer-sweeping: V8 then frees the parser's chunk Buffers at the
//   young GC itself instead of on a background thread later, and the difference is what that lag holds.
// 'RSS loaded' is the child after loading the library, before a byte moves. Not a test: it prints what it measured;
// a median over the budget is marked OVER. TRANSFER_BENCH_MIB sets the size, TRANSFER_BENCH_REPS the repetitions,
// TRANSFER_BENCH_ONLY a regular expression the rows to run must match ('unverified|loaded').
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import http from 'node:http';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const MiB = 1024 * 1024;
const SIZE_MIB = Number(process.env.TRANSFER_BENCH_MIB ?? 1024);
const REPS = Number(process.env.TRANSFER_BENCH_REPS ?? 3);
const BUDGET_MIB = 100;

/** 1 MiB of pseudo-random bytes, repeated: the object, without holding it. */
function block() {
  const b = Buffer.alloc(MiB);
  let x = 88172645;
  for (let i = 0; i < MiB; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; b[i] = x & 0xff; }
  return b;
}
const BLOCK = block();
function* bytes(from, to) {
  for (let at = from; at < to;) {
    const offset = at % MiB;
    const take = Math.min(MiB - offset, to - at);
    yield BLOCK.subarray(offset, offset + take);
    at += take;
  }
}
const noop = () => new Writable({ write(_c, _e, cb) { cb(); } });

if (process.argv[2] === 'child') await child(process.argv[3], process.argv[4], Number(process.argv[5]));
else await parent();

function etagOf(size) {
  const md5 = createHash('md5');
  for (const b of bytes(0, size)) md5.update(b);
  return `"${md5.digest('hex')}"`;
}

async function parent() {
  const etags = new Map();
  const etag = (size) => etags.get(size);
  let breakNext = false;
  const uploads = [];
  const server = http.createServer((req, res) => {
    const size = Number(new URL(req.url, 'http://bench').searchParams.get('mib') ?? SIZE_MIB) * MiB;
    if (req.method === 'PUT') {
      const hash = createHash('md5');
      let n = 0;
      req.on('data', (c) => { n += c.length; hash.update(c); });
      req.on('end', () => { uploads.push({ n, ok: `"${hash.digest('hex')}"` === etag(size) }); res.writeHead(201).end(); });
      return;
    }
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const from = m && req.headers['if-range'] === etag(size) ? Number(m[1]) : 0;
    res.writeHead(from ? 206 : 200, {
      'Content-Type': 'application/octet-stream', 'Content-Length': size - from, ETag: etag(size), 'Accept-Ranges': 'bytes',
      ...(from ? { 'Content-Range': `bytes ${from}-${size - 1}/${size}` } : {}),
    });
    const cut = breakNext ? size / 2 : size;
    breakNext = false;
    const source = Readable.from(bytes(from, cut));
    source.pipe(res, { end: cut === size });
    if (cut !== size) source.on('end', () => setTimeout(() => res.socket.destroy(), 20));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`\ntransfer memory: ${SIZE_MIB} MiB each way on ${base}, one child process per run, downloads ${REPS}× (node ${process.version})`);
  const runs = [
    ['stackclient', 'upload', SIZE_MIB, 1], ['raw got', 'upload', SIZE_MIB, 1], ['raw undici', 'upload', SIZE_MIB, 1],
    ['stackclient', 'download', SIZE_MIB, REPS], ['stackclient', 'download-unverified', SIZE_MIB, REPS],
    ['raw got', 'download', SIZE_MIB, REPS], ['raw got, stackclient loaded', 'download', SIZE_MIB, REPS],
    ['raw undici', 'download', SIZE_MIB, REPS],
    ['stackclient', 'interrupted-download', SIZE_MIB, 1],
    ['stackclient', 'download-unverified', SIZE_MIB / 4, REPS], ['stackclient', 'download-unverified', SIZE_MIB * 4, REPS],
    ['stackclient', 'download-unverified', SIZE_MIB, REPS, ['--no-concurrent-array-buffer-sweeping']],
  ];
  const only = new RegExp(process.env.TRANSFER_BENCH_ONLY ?? '');
  const chosen = runs.filter(([who, what]) => only.test(`${what} via ${who}`));
  // Before any run: an MD5 of 4 GiB takes seconds, which would otherwise count in the first run of its size.
  for (const [, , mib] of chosen) if (!etags.has(mib * MiB)) etags.set(mib * MiB, etagOf(mib * MiB));
  const rows = [];
  for (const [who, what, mib, reps, execArgv = []] of chosen) {
    const results = [];
    for (let rep = 0; rep < reps; rep++) {
      if (what === 'interrupted-download') breakNext = true;
      const before = uploads.length;
      const r = await new Promise((resolve, reject) => {
        const c = fork(fileURLToPath(import.meta.url), ['child', who, what, String(mib)], { execArgv, env: { ...process.env, BENCH_BASE: base } });
        c.once('message', resolve);
        c.once('exit', (code) => (code ? reject(new Error(`${who} ${what} exited ${code}`)) : undefined));
      });
      const received = uploads.length > before ? uploads.at(-1) : undefined;
      r.check = what === 'upload' ? (received?.ok && received.n === mib * MiB ? 'md5 ok at server' : 'UPLOAD CORRUPT') : r.note ?? '';
      results.push(r);
    }
    const peaks = results.map((r) => r.rss).sort((a, b) => a - b);
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const peak = median(peaks);
    rows.push({
      run: `${what} via ${who}${execArgv.length ? `, node ${execArgv.join(' ')}` : ''}`, MiB: mib, 'RSS loaded': median(results.map((r) => r.loaded)).toFixed(1),
      'peak RSS (min / median / max)': reps > 1 ? `${peaks[0].toFixed(0)} / ${peak.toFixed(0)} / ${peaks.at(-1).toFixed(0)}` : peak.toFixed(1),
      budget: peak < BUDGET_MIB ? 'ok' : 'OVER', 'MiB/s': median(results.map((r) => mib / r.seconds)).toFixed(0),
      check: [...new Set(results.map((r) => r.check))].join('; '),
    });
  }
  console.table(rows);
  server.close();
}

async function child(who, what, mib) {
  const base = process.env.BENCH_BASE;
  const size = mib * MiB;
  // Loaded before the clock starts, so the RSS after loading is known apart from what the transfer adds.
  const lib = who === 'stackclient' ? await import('../dist/index.js')
    : who.startsWith('raw got') ? (who.includes('stackclient') && await import('../dist/index.js'), await import('got'))
      : await import('undici');
  const loaded = process.memoryUsage().rss / MiB;
  const started = process.hrtime.bigint();
  const path = `/bench/object?mib=${mib}`;
  let note;
  if (who === 'stackclient') {
    const { HTTPClient, StaticToken } = lib;
    const http = new HTTPClient({ authPlugin: new StaticToken({ token: 'bench-token', endpoint: { 'object-store': base } }) });
    const target = { serviceType: 'object-store', path };
    if (what === 'upload') await http.upload(target, Readable.from(bytes(0, size)), { length: size });
    else {
      const r = await http.download(target, noop(), what === 'download-unverified' ? { checksums: false } : {});
      if (r.bytes !== size) throw new Error(`downloaded ${r.bytes} bytes`);
      note = `resumed ${r.resumed}×; ${r.verified.map((c) => `${c.algorithm} (${c.source}) ok`).join(', ') || 'no checksum'}`;
    }
    http.close();
  } else if (who.startsWith('raw got')) {
    const { default: got } = lib;
    const { pipeline } = await import('node:stream/promises');
    if (what === 'upload') await got.put(`${base}${path}`, { body: Readable.from(bytes(0, size)), headers: { 'content-length': String(size) } });
    else await pipeline(got.stream(`${base}${path}`), noop());
  } else {
    const { request } = lib;
    if (what === 'upload') await (await request(`${base}${path}`, { method: 'PUT', body: Readable.from(bytes(0, size)), headers: { 'content-length': String(size) } })).body.dump();
    else {
      const { body } = await request(`${base}${path}`);
      for await (const _ of body) { /* discard */ }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.send({ rss: process.resourceUsage().maxRSS / 1024, loaded, seconds, note }, () => process.exit(0));
}
