import { afterEach, describe, expect, it } from 'vitest';
import { ResponseTooLarge } from '../../lib/errors/response-errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../../lib/transport/transport.js';
import { expectNoSecretInInspect, faultSession } from '../helpers/fault-session.js';
import { startStreamingBodyServer } from '../helpers/streaming-body-server.js';

const MIB = 1024 * 1024;

describe('a response body past maxResponseBytes', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  it('defaults to 64 MiB: a 65 MiB chunked body is cut there with ResponseTooLarge carrying the limit', async () => {
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(64 * MIB);
    const server = await startStreamingBodyServer(65 * MIB);
    cleanups.push(server.close);
    const session = await faultSession(server.url);
    cleanups.push(session.close);
    const error = await session.echo.get('/export').catch((e: unknown) => e) as ResponseTooLarge;
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect(error.code).toBe('ERR_RESPONSE_TOO_LARGE');
    expect(error.limit).toBe(64 * MIB);
    expect(error.method).toBe('GET');
    expect(error.message).toContain('grew past the limit of 67108864 bytes (maxResponseBytes)');
    expect(server.seen).toHaveLength(1);
    expectNoSecretInInspect(error);
  });

  it('the session option bounds a chunked body as it arrives; the server stops writing soon after', async () => {
    const server = await startStreamingBodyServer(256 * MIB);
    cleanups.push(server.close);
    const session = await faultSession(server.url, { maxResponseBytes: MIB });
    cleanups.push(session.close);
    const error = await session.echo.get('/export').catch((e: unknown) => e) as ResponseTooLarge;
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect(error.limit).toBe(MIB);
    await new Promise((r) => setTimeout(r, 100));
    expect(server.written()).toBeLessThan(32 * MIB);
    expectNoSecretInInspect(error);
  });

  it('a declared Content-Length over the limit fails on the headers', async () => {
    const server = await startStreamingBodyServer(8 * MIB, { declareLength: true });
    cleanups.push(server.close);
    const session = await faultSession(server.url, { maxResponseBytes: MIB });
    cleanups.push(session.close);
    const error = await session.echo.get('/export').catch((e: unknown) => e) as ResponseTooLarge;
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect(error.status).toBe(200);
    expect(error.message).toContain(`declares ${8 * MIB} bytes, over the limit of ${MIB} bytes`);
  });

  it('a request option wins over the session option, both ways', async () => {
    const server = await startStreamingBodyServer(3 * MIB);
    cleanups.push(server.close);
    const session = await faultSession(server.url, { maxResponseBytes: MIB });
    cleanups.push(session.close);
    const res = await session.echo.get('/export', { maxResponseBytes: 4 * MIB });
    expect(res.rawBody.length).toBe(3 * MIB);
    const error = await session.echo.get('/export', { maxResponseBytes: 100_000 }).catch((e: unknown) => e) as ResponseTooLarge;
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect(error.limit).toBe(100_000);
  });
});
