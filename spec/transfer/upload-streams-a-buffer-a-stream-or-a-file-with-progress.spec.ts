import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { StaticToken } from '../../plugins/static-token.js';
import { patternBytes } from '../helpers/object-server.js';
import { startRawServer } from '../helpers/raw-server.js';

let server: Awaited<ReturnType<typeof startRawServer>> | undefined;
let http: HTTPClient | undefined;
let dir: string | undefined;
afterEach(async () => { http?.close(); await server?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

interface Received { method: string; path: string; type: string | undefined; length: string | undefined; chunked: boolean; sha256: string; bytes: number; md5?: string }

/** Hashes each upload as it arrives (never holding it) and answers 201 with what it saw. */
async function hashingServer(received: Received[]) {
  return startRawServer(async (req, res) => {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of req) { hash.update(chunk as Buffer); bytes += (chunk as Buffer).length; }
    received.push({
      method: req.method!, path: req.url!, type: req.headers['content-type'], length: req.headers['content-length'],
      chunked: req.headers['transfer-encoding'] === 'chunked', sha256: hash.digest('hex'), bytes, md5: req.headers['content-md5'] as string | undefined,
    });
    res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"stored":true}');
  });
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('binary uploads', () => {
  it('a Buffer, a file and a stream each arrive intact as application/octet-stream, with progress up to the total', async () => {
    const received: Received[] = [];
    server = await hashingServer(received);
    http = new HTTPClient({ authPlugin: new StaticToken({ token: 'up-token', endpoint: { image: server.url } }) });
    const data = patternBytes(2 * 1024 * 1024 + 5);
    dir = await mkdtemp(join(tmpdir(), 'transfers-'));
    const file = join(dir, 'disk.img');
    await writeFile(file, data);
    const target = { serviceType: 'image', path: '/v2/images/1/file' };

    const progress: Array<{ transferred: number; total?: number }> = [];
    const fromBuffer = await http.upload(target, data, { onProgress: (p) => progress.push(p) });
    expect(fromBuffer.status).toBe(201);
    expect(fromBuffer.body).toEqual({ stored: true });
    expect(progress.at(-1)).toEqual({ transferred: data.length, total: data.length });

    const fileProgress: number[] = [];
    await http.upload(target, { file }, { contentMd5: true, onProgress: (p) => fileProgress.push(p.transferred) });
    expect(fileProgress.length).toBeGreaterThan(1);
    expect(fileProgress.at(-1)).toBe(data.length);

    await http.upload(target, Readable.from([data.subarray(0, 1000), data.subarray(1000)]), { method: 'POST' });

    expect(received.map((r) => [r.method, r.path, r.type, r.sha256, r.bytes])).toEqual([
      ['PUT', '/v2/images/1/file', 'application/octet-stream', sha256(data), data.length],
      ['PUT', '/v2/images/1/file', 'application/octet-stream', sha256(data), data.length],
      ['POST', '/v2/images/1/file', 'application/octet-stream', sha256(data), data.length],
    ]);
    expect(received[1]!.length).toBe(String(data.length));
    expect(received[1]!.md5).toBe(createHash('md5').update(data).digest('base64'));
    expect(received[2]!.chunked).toBe(true);
  });
});
