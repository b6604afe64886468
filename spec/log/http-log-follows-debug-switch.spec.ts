import createDebug from 'debug';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpLog } from '../../lib/log/http-log.js';
import { createLogger } from '../../lib/log/logger.js';
import type { CurlRequestInfo } from '../../lib/log/curl.js';

const saved = createDebug.disable();
afterEach(() => { createDebug.enable(saved); });

function capture() {
  const lines: string[] = [];
  return { lines, write: (l: string) => { lines.push(l); } };
}

describe('the http log is on only when asked', () => {
  it('is off by default and then formats nothing', () => {
    createDebug.disable();
    const { lines, write } = capture();
    const log = createHttpLog({ write });
    expect(log.enabled).toBe(false);
    let touched = 0;
    const info = { method: 'GET', url: 'http://127.0.0.1/', get headers() { touched++; return {}; } } as CurlRequestInfo;
    log.request(info);
    log.note('Retrying GET after 503 (attempt 2)');
    expect(touched).toBe(0);
    expect(lines).toEqual([]);
  });

  it('debug: true forces it on and prefixes the curl line with REQ:', () => {
    createDebug.disable();
    const { lines, write } = capture();
    const log = createHttpLog({ debug: true, write });
    expect(log.enabled).toBe(true);
    log.request({ method: 'GET', url: 'http://127.0.0.1:5000/v3', headers: { Accept: 'application/json' } });
    log.response({ status: 200, headers: { 'content-type': 'application/json' }, rawBody: Buffer.from('{"version":{"id":"v3.14"}}'), method: 'GET', url: 'http://127.0.0.1:5000/v3' });
    log.note('Retrying GET http://127.0.0.1:5000/v3 after 503 (attempt 2)');
    expect(lines).toEqual([
      "REQ: curl -g -i -X GET 'http://127.0.0.1:5000/v3' -H 'Accept: application/json'",
      'RESP: [200] OK',
      'content-type: application/json',
      'RESP BODY: {"version":{"id":"v3.14"}}',
      'Retrying GET http://127.0.0.1:5000/v3 after 503 (attempt 2)',
    ]);
  });

  it('follows DEBUG=stackclient:* when debug is not set', () => {
    createDebug.enable('stackclient:*');
    const log = createHttpLog({ write: () => {} });
    expect(log.enabled).toBe(true);
    expect(createHttpLog({ namespace: 'other:http' }).enabled).toBe(false);
    expect(createLogger('keyring').namespace).toBe('stackclient:keyring');
    expect(createLogger('keyring').enabled).toBe(true);
  });

  it('writes through debug by default, with format directives in bodies left alone', () => {
    createDebug.disable();
    const out: string[] = [];
    const log = createHttpLog({ debug: true, namespace: 'stackclient:http-test' });
    const original = createDebug.log;
    createDebug.log = (...args: unknown[]) => { out.push(args.join(' ')); };
    try {
      log.note('body with %s and %o and %d inside');
    } finally {
      createDebug.log = original;
    }
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('stackclient:http-test');
    expect(out[0]).toContain('body with %s and %o and %d inside');
  });
});
