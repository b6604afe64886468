import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { StaticToken } from '../../plugins/static-token.js';
import { patternBytes } from '../helpers/object-server.js';
import { readBody, startRawServer } from '../helpers/raw-server.js';

let server: Awaited<ReturnType<typeof startRawServer>> | undefined;
let http: HTTPClient | undefined;
let dir: string | undefined;
afterEach(async () => { http?.close(); await server?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

const sha256 = async (b: Blob | Buffer) => createHash('sha256').update(Buffer.isBuffer(b) ? b : Buffer.from(await b.arrayBuffer())).digest('hex');

describe('multipart/form-data uploads', () => {
  it('text fields, repeated fields, a Buffer and a file on disk arrive intact (parsed by undici on the server, files hashed)', async () => {
    const parts: Array<[string, string]> = [];
    const heads: Array<{ type: string | undefined; length: string | undefined; token: string | undefined }> = [];
    server = await startRawServer(async (req, res) => {
      const raw = await readBody(req);
      heads.push({ type: req.headers['content-type'], length: req.headers['content-length'], token: req.headers['x-auth-token'] as string });
      // undici's own multipart parser (Node's Request), independent of the encoder that built the body.
      const form = await new Request('http://x/', { method: 'POST', body: raw, headers: { 'content-type': req.headers['content-type']! } }).formData();
      for (const [name, value] of form) {
        parts.push([name, typeof value === 'string' ? value : `${value.name}|${value.type}|${value.size}|${await sha256(value)}`]);
      }
      res.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
    });
    http = new HTTPClient({ authPlugin: new StaticToken({ token: 'form-token', endpoint: { share: server.url } }) });
    dir = await mkdtemp(join(tmpdir(), 'transfers-'));
    const file = join(dir, 'report.pdf');
    const fileData = patternBytes(700_000);
    await writeFile(file, fileData);
    const inMemory = patternBytes(1234).reverse();
    const progress: number[] = [];

    const res = await http.uploadForm({ serviceType: 'share', path: '/upload' }, {
      title: 'Quarterly report — été',
      tag: ['a', 'b'],
      attachment: { file, type: 'application/pdf' },
      raw: inMemory,
    }, { onProgress: (p) => progress.push(p.transferred) });

    expect(res.status).toBe(201);
    expect(heads[0]!.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(Number(heads[0]!.length)).toBeGreaterThan(fileData.length);
    expect(heads[0]!.token).toBe('form-token');
    expect(parts).toEqual([
      ['title', 'Quarterly report — été'],
      ['tag', 'a'],
      ['tag', 'b'],
      ['attachment', `report.pdf|application/pdf|${fileData.length}|${await sha256(fileData)}`],
      ['raw', `blob|application/octet-stream|${inMemory.length}|${await sha256(inMemory)}`],
    ]);
    expect(progress.at(-1)).toBe(Number(heads[0]!.length));
  });
});
