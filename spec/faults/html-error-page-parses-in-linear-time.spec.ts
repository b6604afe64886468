import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromResponse } from '../../lib/errors/from-response.js';
import { InternalServerError } from '../../lib/errors/http-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { startLoopback } from '../helpers/loopback-server.js';
import { rejection } from './helpers/hostile.js';

const MiB = 1024 * 1024;
// Before the fix, 128 KiB of '<' blocked the event loop for 24 s and 1 MiB for tens of minutes; linear code takes
// milliseconds. The bound leaves room for a loaded CI machine.
const BLOCK_LIMIT_MS = 1000;

function realisticPage(bytes: number): string {
  const para = '<p>The server encountered an internal error &amp; was unable to complete your request.</p>\n<!-- c -->\n';
  return `<!DOCTYPE html><html><head><title>500 Internal Server Error</title><style>p{}</style></head><body><h1>Oops</h1>${
    para.repeat(Math.ceil(bytes / para.length))}<hr><address>Apache</address></body></html>`;
}

const pages: Record<string, string> = {
  '/lt': '<'.repeat(MiB),
  '/page': realisticPage(MiB),
  // The page's title comes after the 64 KiB that are read.
  '/late-title': `<html><!-- ${'x'.repeat(70_000)} --><title>Late title</title></html>`,
};

let server: Awaited<ReturnType<typeof startLoopback>>;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    res.writeHead(500, { 'Content-Type': 'text/html' });
    res.end(pages[req.url] ?? '');
  });
});
afterAll(() => server.close());

/** The longest time the event loop went without running a 5 ms timer while `fn` ran. */
async function longestBlock(fn: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe('an HTML error page is parsed in linear time, from its first 64 KiB', () => {
  it('1 MiB of "<" as a text/html 500 blocks the event loop for well under a second', async () => {
    const http = new HTTPClient({ retry: false });
    let err: Error | undefined;
    const blocked = await longestBlock(async () => { err = await rejection(http.request('GET', `${server.url}/lt`)); });
    expect(err).toBeInstanceOf(InternalServerError);
    expect(blocked).toBeLessThan(BLOCK_LIMIT_MS);
  });

  it('a realistic 1 MiB page gives its title and first words', async () => {
    const http = new HTTPClient({ retry: false });
    let err: Error | undefined;
    const blocked = await longestBlock(async () => { err = await rejection(http.request('GET', `${server.url}/page`)); });
    expect((err as InternalServerError).serverMessage).toMatch(/^500 Internal Server Error: The server encountered an internal error & was/);
    expect(blocked).toBeLessThan(BLOCK_LIMIT_MS);
  });

  it('what lies past the first 64 KiB is not read', async () => {
    const err = await rejection(new HTTPClient({ retry: false }).request('GET', `${server.url}/late-title`)) as InternalServerError;
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.message).not.toContain('Late title');
  });

  it.each([
    ['unclosed tags', '<a '.repeat(MiB / 3)],
    ['unclosed comments', '<!--'.repeat(MiB / 4)],
    ['unclosed scripts', '<script>'.repeat(MiB / 8)],
    ['rules', '<hr>'.repeat(MiB / 4)],
    ['entities', '&#1234'.repeat(MiB / 6)],
    ['letters after &', `&${'a'.repeat(MiB)}`],
    ['an open body', `<body>${'<p>x'.repeat(MiB / 4)}`],
  ])('1 MiB of %s is parsed quickly', (_name, html) => {
    const start = performance.now();
    const err = fromResponse({ status: 500, headers: { 'content-type': 'text/html' }, body: `<html>${html}`, method: 'GET', url: 'http://127.0.0.1:1/' });
    expect(performance.now() - start).toBeLessThan(BLOCK_LIMIT_MS);
    expect(err).toBeInstanceOf(InternalServerError);
    expect((err.serverMessage ?? '').length).toBeLessThanOrEqual(300);
  });

  it('a numeric entity beyond Unicode stays as written instead of throwing', () => {
    const body = '<title>bad &#99999999; &#x110000; end</title>';
    const err = fromResponse({ status: 500, headers: { 'content-type': 'text/html' }, body, method: 'GET', url: 'http://127.0.0.1:1/' });
    expect(err.serverMessage).toBe('bad &#99999999; &#x110000; end');
  });
});
