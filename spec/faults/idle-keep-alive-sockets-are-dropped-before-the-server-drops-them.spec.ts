import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FREE_SOCKET_TIMEOUT_MS } from '../../lib/transport/keep-alive-agents.js';
import { faultSession } from '../helpers/fault-session.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

/** A loopback server that remembers which socket carried each request, and answers with `headers`. */
async function startCountingServer(headers: Record<string, string>) {
  const sockets: Socket[] = [];
  const server = await startLoopback((_req, res, raw) => {
    sockets.push(raw.socket);
    sendJson(res, 200, { ok: true }, headers);
  });
  // node's server keeps an idle socket 5 s (keepAliveTimeout); the client must drop it first.
  return { ...server, sockets };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('idle keep-alive sockets', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  it('are reused while fresh, and closed by the client after the free-socket timeout (4 s)', { timeout: 15_000 }, async () => {
    expect(FREE_SOCKET_TIMEOUT_MS).toBe(4_000);
    const server = await startCountingServer({});
    cleanups.push(server.close);
    const session = await faultSession(server.url);
    cleanups.push(session.close);
    await session.echo.get('/1');
    await session.echo.get('/2');
    expect(server.sockets[1]).toBe(server.sockets[0]);
    await sleep(FREE_SOCKET_TIMEOUT_MS + 500);
    expect(server.sockets[0]!.destroyed || server.sockets[0]!.readableEnded).toBe(true);
    await session.echo.get('/3');
    expect(server.sockets[2]).not.toBe(server.sockets[0]);
  });

  it('honour a shorter Keep-Alive: timeout= hint from the server, less a second', { timeout: 15_000 }, async () => {
    const server = await startCountingServer({ 'Keep-Alive': 'timeout=2' });
    cleanups.push(server.close);
    const session = await faultSession(server.url);
    cleanups.push(session.close);
    await session.echo.get('/1');
    await sleep(1_400);
    await session.echo.get('/2');
    expect(server.sockets[1]).not.toBe(server.sockets[0]);
  });

  it('do not cut a request in progress: a 4.5 s answer on a reused socket arrives', { timeout: 15_000 }, async () => {
    const slow = await startLoopback((req, res) => {
      if (req.url.endsWith('/slow')) setTimeout(() => sendJson(res, 200, { slow: true }), FREE_SOCKET_TIMEOUT_MS + 500);
      else sendJson(res, 200, {});
    });
    cleanups.push(slow.close);
    const session = await faultSession(slow.url);
    cleanups.push(session.close);
    await session.echo.get('/fast');
    expect((await session.echo.get('/slow')).body).toEqual({ slow: true });
  });
});
