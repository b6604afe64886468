import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../lib/log/redact.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { StaticToken } from '../../plugins/static-token.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { readBody, startRawServer } from '../helpers/raw-server.js';

let server: Awaited<ReturnType<typeof startRawServer>> | undefined;
let http: HTTPClient | undefined;
let dir: string | undefined;
afterEach(async () => { http?.close(); await server?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

const CONTENT = 'payload-text-that-must-not-be-logged\n'.repeat(100);

describe('the curl log of transfers', () => {
  it('shows a file upload as --data-binary @path, a stream as a placeholder, a streamed response as not logged; timings are kept', async () => {
    const received: Array<{ method: string; token: string; body: string }> = [];
    server = await startRawServer(async (req, res) => {
      received.push({ method: req.method!, token: req.headers['x-auth-token'] as string, body: (await readBody(req)).toString() });
      if (req.method === 'GET') return void res.writeHead(200, { 'Content-Type': 'text/plain' }).end(CONTENT);
      res.writeHead(201).end();
    });
    http = new HTTPClient({ timings: true, authPlugin: new StaticToken({ token: 'log-token-123', endpoint: { 'object-store': server.url } }) });
    dir = await mkdtemp(join(tmpdir(), "transfers-it's "));
    const file = join(dir, 'object.txt');
    await writeFile(file, CONTENT);
    const target = { serviceType: 'object-store', path: '/c/o' };
    const output = await captureDebug(async () => {
      await http!.upload(target, { file });
      await http!.upload(target, Readable.from([Buffer.from(CONTENT)]), { length: CONTENT.length });
      await http!.download(target, new PassThrough().resume());
    });
    const requests = output.split('\n').filter((l) => l.includes('REQ: curl')).map((l) => l.slice(l.indexOf('curl ')));
    expect(requests).toHaveLength(3);
    expect(requests[0]).toContain(`--data-binary @'${file.replace(/'/g, `'\\''`)}'`);
    // Replayed by real curl with the token put back, the file line sends the file.
    const replay = requests[0]!.replace(hashSecret('log-token-123'), 'log-token-123');
    await promisify(execFile)('bash', ['-c', `${replay} -s -o /dev/null`]);
    expect(received.at(-1)).toEqual({ method: 'PUT', token: 'log-token-123', body: CONTENT });
    expect(requests[1]).toContain(`--data-binary '<streamed stream body of ${CONTENT.length} bytes, not logged>'`);
    expect(output).toContain('RESP BODY: <streamed to the caller, not logged>');
    expect(output).not.toContain('payload-text-that-must-not-be-logged');
    expectNoSecrets(output, ['log-token-123']);
    const timings = http.getTimings();
    expect(timings.map((t) => [t.method, t.status])).toEqual([['PUT', 201], ['PUT', 201], ['GET', 200]]);
  });
});
