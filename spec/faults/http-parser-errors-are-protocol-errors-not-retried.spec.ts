import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ProtocolError } from '../../lib/errors/response-errors.js';
import { expectNoSecretInInspect, faultSession } from '../helpers/fault-session.js';

/** A raw node:net server that reads one request head and answers `reply`, then closes; it counts requests. */
async function startRawServer(reply: string) {
  let requests = 0;
  const server = net.createServer((socket) => {
    let head = '';
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      requests++;
      socket.end(reply);
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () => new Promise((r) => server.close(r)),
  };
}

const CASES: [string, string, string][] = [
  ['header overflow', 'HPE_HEADER_OVERFLOW', `HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(40_000)}\r\nContent-Length: 2\r\n\r\n{}`],
  ['a bad chunk size', 'HPE_INVALID_CHUNK_SIZE',
    'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
  ['an invalid header', 'HPE_INVALID_HEADER_TOKEN', 'HTTP/1.1 200 OK\r\nBad Header Name: x\r\nContent-Length: 2\r\n\r\n{}'],
];

describe('a response that breaks HTTP', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  for (const [what, code, reply] of CASES) {
    it(`with ${what} is a ProtocolError naming ${code}, and a GET is not retried`, async () => {
      const server = await startRawServer(reply);
      cleanups.push(server.close);
      const session = await faultSession(server.url, { retry: { retries: 3, minTimeout: 5, maxTimeout: 10 } });
      cleanups.push(session.close);
      const error = await session.echo.get('/servers').catch((e: unknown) => e) as ProtocolError;
      expect(error).toBeInstanceOf(ProtocolError);
      expect(error.errno).toBe(code);
      expect(error.message).toContain('not valid HTTP');
      expect(server.requests()).toBe(1);
      expectNoSecretInInspect(error);
    });
  }
});
