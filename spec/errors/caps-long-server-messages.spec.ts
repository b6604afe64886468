import { describe, expect, it } from 'vitest';
import { BadGateway, InternalServerError } from '../../lib/errors/http-errors.js';
import { fromResponse } from '../../lib/errors/from-response.js';

describe('long server messages are cut', () => {
  it('an HTML page becomes at most ~300 characters of text, no tags, no scripts', () => {
    const paragraph = '<p>The upstream server sent an invalid response while the proxy tried to reach it.</p>\n'.repeat(40);
    const html = `<!DOCTYPE html><html><head><title>502 Proxy Error</title><style>p{color:red}</style>
      <script>var secret = "x";</script></head><body><h1>Proxy Error</h1>${paragraph}
      <hr><address>Apache/2.4.57 (Debian) Server at 127.0.0.1 Port 80</address></body></html>`;
    const err = fromResponse({ status: 502, headers: { 'content-type': 'text/html' }, body: html, method: 'GET', url: 'http://127.0.0.1:1/' });
    expect(err).toBeInstanceOf(BadGateway);
    const msg = err.serverMessage ?? '';
    expect(msg.startsWith('502 Proxy Error: The upstream server sent an invalid response')).toBe(true);
    expect(msg.length).toBeLessThanOrEqual(300);
    expect(msg.endsWith('…')).toBe(true);
    expect(msg).not.toMatch(/[<>]|color:red|secret|Apache/);
    expect(msg).not.toMatch(/\s{2}/);
  });

  it('plain text is collapsed and cut', () => {
    const text = `Traceback (most recent call last):\n${'  File "x.py", line 1, in <module>\n'.repeat(50)}`;
    const err = fromResponse({ status: 500, headers: { 'content-type': 'text/plain' }, body: text, method: 'GET', url: 'http://127.0.0.1:1/' });
    expect(err).toBeInstanceOf(InternalServerError);
    expect(err.serverMessage?.length).toBeLessThanOrEqual(300);
    expect(err.serverMessage).toMatch(/^Traceback \(most recent call last\): File "x.py"/);
  });
});
