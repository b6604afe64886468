import { afterEach, describe, expect, it } from 'vitest';
import { ResponseTooLarge } from '../../lib/errors/response-errors.js';
import { expectNoSecretInInspect, faultSession } from '../helpers/fault-session.js';
import { startStreamingBodyServer } from '../helpers/streaming-body-server.js';

const MIB = 1024 * 1024;

describe('a 2 GiB response body', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  it('is cut at 64 MiB with ResponseTooLarge: the process lives, and well under 2 GiB is ever read', async () => {
    const server = await startStreamingBodyServer(2048 * MIB);
    cleanups.push(server.close);
    const session = await faultSession(server.url);
    cleanups.push(session.close);
    const before = process.memoryUsage().rss;
    const error = await session.echo.get('/image-data').catch((e: unknown) => e) as ResponseTooLarge;
    const grew = process.memoryUsage().rss - before;
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect(error.limit).toBe(64 * MIB);
    await new Promise((r) => setTimeout(r, 100));
    expect(server.written()).toBeLessThan(128 * MIB);
    expect(grew).toBeLessThan(400 * MIB);
    expectNoSecretInInspect(error);
  });
});
