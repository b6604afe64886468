import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseTooLarge } from '../../lib/errors/response-errors.js';
import { expectNoSecretInInspect, faultSession } from '../helpers/fault-session.js';
import { startLoopback } from '../helpers/loopback-server.js';

const MIB = 1024 * 1024;

describe('a gzip bomb (300 KB of gzip inflating to 300 MiB)', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  it('is counted as it inflates and stopped at the 64 MiB default with ResponseTooLarge', async () => {
    const bomb = gzipSync(Buffer.alloc(300 * MIB), { level: 9 });
    expect(bomb.length).toBeLessThan(400_000);
    const server = await startLoopback((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': bomb.length });
      res.end(bomb);
    });
    cleanups.push(server.close);
    const session = await faultSession(server.url);
    cleanups.push(session.close);
    const before = process.memoryUsage().rss;
    const error = await session.echo.get('/bomb').catch((e: unknown) => e) as ResponseTooLarge;
    const grew = process.memoryUsage().rss - before;
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect(error.limit).toBe(64 * MIB);
    // Inflated whole, the body alone would add 300 MiB (the base commit peaked at 986 MB RSS).
    expect(grew).toBeLessThan(200 * MIB);
    expectNoSecretInInspect(error);
  });
});
