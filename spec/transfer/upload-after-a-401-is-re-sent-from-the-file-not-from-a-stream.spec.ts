import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyNotReplayable } from '../../lib/errors/transfer-errors.js';
import { fakeSession } from '../helpers/fake-session.js';
import { patternBytes } from '../helpers/object-server.js';
import { startRawServer } from '../helpers/raw-server.js';

let session: Awaited<ReturnType<typeof fakeSession>> | undefined;
let server: Awaited<ReturnType<typeof startRawServer>> | undefined;
let dir: string | undefined;
afterEach(async () => { await session?.close(); await server?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

describe('a 401 in the middle of a session', () => {
  it('re-authenticates once and re-sends a file upload from disk and a streamed download; a one-shot stream is BodyNotReplayable', async () => {
    const data = patternBytes(1024 * 1024 + 1);
    const seen: Array<{ method: string; token: string; sha256: string }> = [];
    const refused = new Set<string>();
    server = await startRawServer(async (req, res) => {
      const hash = createHash('sha256');
      for await (const chunk of req) hash.update(chunk as Buffer);
      const token = req.headers['x-auth-token'] as string;
      seen.push({ method: req.method!, token, sha256: hash.digest('hex') });
      // Each first token presented is refused once, as a revoked token would be.
      if (!refused.has(`${req.method} ${req.url}`)) {
        refused.add(`${req.method} ${req.url}`);
        return void res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"error":{"message":"token revoked"}}');
      }
      if (req.method === 'GET') return void res.writeHead(200, { 'Content-Length': data.length }).end(data);
      res.writeHead(201).end();
    });
    session = await fakeSession({ plugin: { endpointOverride: { 'object-store': server.url } } });
    const { http, plugin } = session;
    dir = await mkdtemp(join(tmpdir(), 'transfers-'));
    const file = join(dir, 'object.bin');
    await writeFile(file, data);
    await http.authenticate();
    const first = plugin.getToken();

    const put = await http.upload({ serviceType: 'object-store', path: '/c/file' }, { file });
    expect(put.status).toBe(201);
    const second = plugin.getToken();
    expect(second).not.toBe(first);
    const sha = createHash('sha256').update(data).digest('hex');
    expect(seen.map((s) => [s.method, s.token === first ? 'old' : 'new', s.sha256 === sha])).toEqual([['PUT', 'old', true], ['PUT', 'new', true]]);

    const got = await http.download({ serviceType: 'object-store', path: '/c/file' }, new PassThrough().resume());
    expect(got.bytes).toBe(data.length);

    const error = await http.upload({ serviceType: 'object-store', path: '/c/stream' }, Readable.from([data])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BodyNotReplayable);
    expect((error as BodyNotReplayable).code).toBe('ERR_BODY_NOT_REPLAYABLE');
  });
});
