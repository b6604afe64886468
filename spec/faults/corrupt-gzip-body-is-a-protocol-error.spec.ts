import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ProtocolError } from '../../lib/errors/response-errors.js';
import { expectNoSecretInInspect, faultSession } from '../helpers/fault-session.js';
import { startLoopback } from '../helpers/loopback-server.js';

describe('a gzip body that does not inflate', () => {
  let close: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of close) await c(); close = []; });

  it('is a ProtocolError naming decompression, and a GET is not retried', async () => {
    const good = gzipSync(Buffer.from(JSON.stringify({ servers: Array.from({ length: 50 }, (_, i) => ({ id: i })) })));
    const corrupt = Buffer.concat([good.subarray(0, 10), Buffer.alloc(good.length - 10, 0xff)]);
    const server = await startLoopback((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': corrupt.length });
      res.end(corrupt);
    });
    close.push(server.close);
    const session = await faultSession(server.url, { retry: { retries: 3, minTimeout: 5, maxTimeout: 10 } });
    close.push(session.close);
    const error = await session.echo.get('/servers').catch((e: unknown) => e) as ProtocolError;
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error.message).toMatch(/failed decompression \(gzip, Z_DATA_ERROR\)/);
    expect(server.seen).toHaveLength(1);
    expectNoSecretInInspect(error);
  });
});
