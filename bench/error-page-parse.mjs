// node bench/error-page-parse.mjs [KiB…] [--only=lt|page]: ms the event loop is blocked while fromResponse() turns a text/html
// 500 into an error, for a body of `<` repeated and for a realistic error page padded to the same size.
// fromResponse() is synchronous, so the time of one call is the time the event loop is blocked.
// Not a test: nothing here asserts a figure. Run `npm run build` first.
import { fromResponse } from '../dist/index.js';

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const sizes = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
if (sizes.length === 0) sizes.push(1024);

function realistic(bytes) {
  const head = '<!DOCTYPE html><html><head><title>500 Internal Server Error</title><style>body{font:13px sans-serif}</style>'
    + '<script>var t = "<b>not a tag</b>";</script></head><body><h1>Internal Server Error</h1>';
  const para = '<p>The server encountered an internal error &amp; was unable to complete your request. <a href="/x">retry</a></p>\n'
    + '<!-- a comment with <tags> inside -->\n';
  const tail = '<hr><address>Apache/2.4.57 (Debian) Server at 127.0.0.1 Port 80</address></body></html>';
  return head + para.repeat(Math.max(0, Math.ceil((bytes - head.length - tail.length) / para.length))) + tail;
}

for (const kib of sizes) {
  const bytes = kib * 1024;
  const bodies = [['lt', '"<" repeated', () => '<'.repeat(bytes)], ['page', 'realistic page', () => realistic(bytes)]];
  for (const [, name, make] of bodies.filter(([key]) => !only || key === only)) {
    const body = make();
    const start = process.hrtime.bigint();
    const err = fromResponse({ status: 500, headers: { 'content-type': 'text/html' }, body, method: 'GET', url: 'http://127.0.0.1:1/' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`${kib} KiB ${name}: ${ms.toFixed(1)} ms blocked; message ${JSON.stringify((err.serverMessage ?? '').slice(0, 60))}`);
  }
}
