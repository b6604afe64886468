// npm run bench (after session-overhead): a 1 GiB upload and a 1 GiB download through HTTPClient on a loopback
// server, each in a child process of its own, with its peak RSS (must stay under 100 MiB: nothing is buffered whole)
// and throughput; the same through raw got and raw undici for comparison; then a 1 GiB download that the server
// breaks off half-way, which resumes with a Range request and passes its MD5 (ETag) check. `download` checks the ETag
// MD5 as it goes (CPU: the hash runs on the same thread); `download-unverified` is the same without it.
// 'RSS loaded' is the child after loading the library, before a byte moves; 'growth' is what the transfer added.
// Not a test: it prints what it measured; a run over the RSS budget is marked OVER. TRANSFER_BENCH_MIB sets the size.
import { createHash } from 'node:crypto';
import { fork } from 'node:child_process';
import http from 'node:http';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const MiB = 1024 * 1024;
const SIZE = Number(process.env.TRANSFER_BENCH_MIB ?? 1024) * MiB;
const BUDGET_MIB = 100;

/** 1 MiB of pseudo-random bytes, repeated: the object, without holding it. */
function block() {
  const b = Buffer.alloc(MiB);
  let x = 88172645;
  for (let i = 0; i < MiB; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; b[i] = x & 0xff; }
  return b;
}
const BLOCK = block();
function* bytes(from = 0, to = SIZE) {
  for (let at = from; at < to;) {
    const offset = at % MiB;
    const take = Math.min(MiB - offset, to - at);
    yield BLOCK.subarray(offset, offset + take);
    at += take;
  }
}
const noop = () => new Writable({ write(_c, _e, cb) { cb(); } });

if (process.argv[2] === 'child') await child(process.argv[3], process.argv[4]);
else await parent();

async function parent() {
  const md5 = createHash('md5');
  for (const b of bytes()) md5.update(b);
  const etag = `"${md5.digest('hex')}"`;
  let breakNext = false;
  const uploads = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'PUT') {
      const hash = createHash('md5');
      let n = 0;
      req.on('data', (c) => { n += c.length; hash.update(c); });
      req.on('end', () => { uploads.push({ n, ok: `"${hash.digest('hex')}"` === etag }); res.writeHead(201).end(); });
      return;
    }
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const from = m && req.headers['if-range'] === etag ? Number(m[1]) : 0;
    res.writeHead(from ? 206 : 200, {
      'Content-Type': 'application/octet-stream', 'Content-Length': SIZE - from, ETag: etag, 'Accept-Ranges': 'bytes',
      ...(from ? { 'Content-Range': `bytes ${from}-${SIZE - 1}/${SIZE}` } : {}),
    });
    const cut = breakNext ? SIZE / 2 : SIZE;
    breakNext = false;
    const source = Readable.from(bytes(from, cut));
    source.pipe(res, { end: cut === SIZE });
    if (cut !== SIZE) source.on('end', () => setTimeout(() => res.socket.destroy(), 20));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`\ntransfer memory: ${SIZE / MiB} MiB each way on ${base}, one child process per run (node ${process.version})`);
  const runs = [
    ['stackclient', 'upload'], ['raw got', 'upload'], ['raw undici', 'upload'],
    ['stackclient', 'download'], ['stackclient', 'download-unverified'], ['raw got', 'download'], ['raw undici', 'download'],
    ['stackclient', 'interrupted-download'],
  ];
  const rows = [];
  for (const [who, what] of runs) {
    if (what === 'interrupted-download') breakNext = true;
    const before = uploads.length;
    const r = await new Promise((resolve, reject) => {
      const c = fork(fileURLToPath(import.meta.url), ['child', who, what], { env: { ...process.env, BENCH_BASE: base } });
      c.once('message', resolve);
      c.once('exit', (code) => (code ? reject(new Error(`${who} ${what} exited ${code}`)) : undefined));
    });
    const received = uploads.length > before ? uploads.at(-1) : undefined;
    const check = what === 'upload' ? (received?.ok && received.n === SIZE ? 'md5 ok at server' : 'UPLOAD CORRUPT')
      : r.note ?? '';
    rows.push({
      run: `${what} via ${who}`, 'RSS loaded MiB': r.loaded.toFixed(1), 'peak RSS MiB': r.rss.toFixed(1), 'growth MiB': (r.rss - r.loaded).toFixed(1), budget: r.rss < BUDGET_MIB ? 'ok' : 'OVER', 'MiB/s': (SIZE / MiB / r.seconds).toFixed(0),
      seconds: r.seconds.toFixed(2), check,
    });
  }
  console.table(rows);
  server.close();
}

async function child(who, what) {
  const base = process.env.BENCH_BASE;
  // Loaded before the clock starts, so the RSS after loading is known apart from what the transfer adds.
  const lib = who === 'stackclient' ? await import('../dist/index.js') : who === 'raw got' ? await import('got') : await import('undici');
  const loaded = process.memoryUsage().rss / MiB;
  const started = process.hrtime.bigint();
  let note;
  if (who === 'stackclient') {
    const { HTTPClient, StaticToken } = lib;
    const http = new HTTPClient({ authPlugin: new StaticToken({ token: 'bench-token', endpoint: { 'object-store': base } }) });
    const target = { serviceType: 'object-store', path: '/bench/object' };
    if (what === 'upload') await http.upload(target, Readable.from(bytes()), { length: SIZE });
    else {
      const r = await http.download(target, noop(), what === 'download-unverified' ? { checksums: false } : {});
      if (r.bytes !== SIZE) throw new Error(`downloaded ${r.bytes} bytes`);
      note = `resumed ${r.resumed}×; ${r.verified.map((c) => `${c.algorithm} (${c.source}) ok`).join(', ') || 'no checksum'}`;
    }
    http.close();
  } else if (who === 'raw got') {
    const { default: got } = lib;
    const { pipeline } = await import('node:stream/promises');
    if (what === 'upload') await got.put(`${base}/bench/object`, { body: Readable.from(bytes()), headers: { 'content-length': String(SIZE) } });
    else await pipeline(got.stream(`${base}/bench/object`), noop());
  } else {
    const { request } = lib;
    if (what === 'upload') await (await request(`${base}/bench/object`, { method: 'PUT', body: Readable.from(bytes()), headers: { 'content-length': String(SIZE) } })).body.dump();
    else {
      const { body } = await request(`${base}/bench/object`);
      for await (const _ of body) { /* discard */ }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.send({ rss: process.resourceUsage().maxRSS / 1024, loaded, seconds, note }, () => process.exit(0));
}
