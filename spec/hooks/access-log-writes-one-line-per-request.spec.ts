import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { deadPort, sendJson, startLoopback } from '../helpers/loopback-server.js';

// <ISO time> <method> <redacted url> <status|error code> <bytes|-> <elapsed>ms <request id|-> attempt=<n>
const LINE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (\S+) (\S+) (\S+) (\S+) (\d+)ms (\S+) attempt=(\d+)$/;

describe('the access log', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  const dirs: string[] = [];
  afterEach(async () => {
    await server.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('writes one line per request to a stream: method, redacted url, status or error code, bytes, ms, request id, attempts', async () => {
    let n = 0;
    server = await startLoopback((_req, res) => sendJson(res, ++n === 1 ? 503 : 200, { n }, { 'X-Openstack-Request-Id': `req-${n}`, 'Retry-After': '0' }));
    const written: string[] = [];
    const http = new HTTPClient({ retry: { retries: 2, minTimeout: 5, maxTimeout: 10 }, accessLog: { write: (line: string) => written.push(line) } });
    await http.request('GET', `${server.url}/servers?token=secret-in-query`);
    const dead = await deadPort();
    await http.request('POST', `http://127.0.0.1:${dead}/servers`, { json: {}, retry: false }).catch(() => undefined);
    http.close();

    expect(written).toHaveLength(2);
    expect(written.every((l) => l.endsWith('\n'))).toBe(true);
    const [ok, refused] = written.map((l) => LINE.exec(l.trimEnd())!.slice(2));
    expect(ok).toEqual(['GET', `${server.url}/servers?token=***`, '200', String(JSON.stringify({ n: 2 }).length), ok![4], 'req-2', '2']);
    expect(refused).toEqual(['POST', `http://127.0.0.1:${dead}/servers`, 'ERR_CONNECTION_REFUSED', '-', refused![4], '-', '1']);
    expect(written.join('')).not.toContain('secret-in-query');
  });

  it('appends to a file given as { file }', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 404, { itemNotFound: { code: 404, message: 'no' } }));
    const dir = mkdtempSync(join(tmpdir(), 'access-log-'));
    dirs.push(dir);
    const file = join(dir, 'access.log');
    for (const path of ['/a', '/b']) {
      const http = new HTTPClient({ retry: false, accessLog: { file } });
      await http.request('DELETE', `${server.url}${path}`).catch(() => undefined);
      http.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => LINE.exec(l)?.slice(2, 5))).toEqual([['DELETE', `${server.url}/a`, '404'], ['DELETE', `${server.url}/b`, '404']]);
  });
});
