import http from 'node:http';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { InvalidArgument } from '../../lib/errors/framework-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('connection pool settings and agents of your own', () => {
  it('maxSockets bounds the sockets open at once to a host; freeSocketTimeout closes idle ones', async () => {
    let open = 0;
    let maxOpen = 0;
    let connections = 0;
    const closedAt: number[] = [];
    const server = http.createServer((_req, res) => { setTimeout(() => sendJson(res, 200, { ok: true }), 30); });
    server.on('connection', (socket: Socket) => {
      connections++;
      maxOpen = Math.max(maxOpen, ++open);
      socket.on('close', () => { open--; closedAt.push(Date.now()); });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v2/servers`;
    const client = new HTTPClient({ maxSockets: 1, freeSocketTimeout: 150, retry: false });
    try {
      await Promise.all([1, 2, 3, 4].map(() => client.request('GET', url)));
      const idleSince = Date.now();
      expect(connections).toBe(1);
      expect(maxOpen).toBe(1);
      await new Promise((r) => setTimeout(r, 600));
      // Our 150 ms idle limit closed it, well before the server's own keep-alive timeout (5 s).
      expect(closedAt).toHaveLength(1);
      expect(closedAt[0]! - idleSince).toBeGreaterThanOrEqual(100);
      expect(closedAt[0]! - idleSince).toBeLessThan(600);
    } finally {
      client.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('rejects pool settings that are not positive whole numbers, naming the option', () => {
    expect(() => new HTTPClient({ maxSockets: 0 }))
      .toThrow(new InvalidArgument('maxSockets', 'maxSockets must be a positive whole number of sockets (or Infinity), not 0'));
    expect(() => new HTTPClient({ freeSocketTimeout: -1 }))
      .toThrow(new InvalidArgument('freeSocketTimeout', 'freeSocketTimeout must be a positive whole number of milliseconds, not -1'));
  });

  it('uses your own agent for every request, instead of the pool and of any proxy', async () => {
    const server = await startLoopback((_req, res) => sendJson(res, 200, { ok: true }));
    const saved = process.env.HTTP_PROXY;
    process.env.HTTP_PROXY = 'http://127.0.0.1:9'; // would fail if it were used
    let created = 0;
    class CountingAgent extends http.Agent {
      override createConnection(...args: Parameters<http.Agent['createConnection']>) {
        created++;
        return super.createConnection(...args);
      }
    }
    const agent = new CountingAgent({ keepAlive: true });
    const client = new HTTPClient({ agent: { http: agent }, retry: false });
    try {
      for (let i = 0; i < 3; i++) expect((await client.request('GET', `${server.url}/v1/x`)).body).toEqual({ ok: true });
      expect(created).toBe(1);
      expect(server.seen).toHaveLength(3);
      client.close();
      // close() leaves your agent alone: its kept-alive socket is still there to use.
      expect(Object.keys(agent.freeSockets)).toHaveLength(1);
      expect(() => new HTTPClient({ agent: { http: {} as http.Agent } })).toThrow(InvalidArgument);
    } finally {
      if (saved === undefined) delete process.env.HTTP_PROXY;
      else process.env.HTTP_PROXY = saved;
      agent.destroy();
      await server.close();
    }
  });
});
