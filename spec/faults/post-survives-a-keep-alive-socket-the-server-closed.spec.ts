import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoSecretInInspect, faultSession, PASSWORD_BODY } from '../helpers/fault-session.js';

// A raw node:net HTTP/1.1 server in a worker thread (its event loop keeps running while the test blocks its own):
// it answers every request with 200 and keep-alive, sends no Connection: close and no Keep-Alive hint, and closes
// a socket silently once it has been idle for IDLE_MS. It reports each request line and each new connection.
const SERVER = `
const net = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const server = net.createServer((socket) => {
  parentPort.postMessage({ connection: true });
  let buffer = Buffer.alloc(0);
  let idle;
  socket.on('data', (chunk) => {
    clearTimeout(idle);
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\\r\\n\\r\\n');
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString('latin1');
      const length = Number(/content-length: *(\\d+)/i.exec(head)?.[1] ?? 0);
      if (buffer.length < end + 4 + length) return;
      const body = buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      buffer = buffer.subarray(end + 4 + length);
      parentPort.postMessage({ request: head.split('\\r\\n')[0], body });
      const answer = '{"ok":true}';
      socket.write('HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nContent-Length: ' + answer.length + '\\r\\n\\r\\n' + answer);
      idle = setTimeout(() => socket.end(), workerData.idleMs);
    }
  });
  socket.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
`;
const IDLE_MS = 100;

async function startIdleClosingServer() {
  const worker = new Worker(SERVER, { eval: true, workerData: { idleMs: IDLE_MS } });
  const requests: { request: string; body: string }[] = [];
  let connections = 0;
  const port = await new Promise<number>((resolve) => {
    worker.on('message', (m: { port?: number; request?: string; body?: string; connection?: boolean }) => {
      if (m.port) resolve(m.port);
      if (m.connection) connections++;
      if (m.request) requests.push({ request: m.request, body: m.body ?? '' });
    });
  });
  return { url: `http://127.0.0.1:${port}`, requests, connections: () => connections, close: () => worker.terminate() };
}

function blockFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) { /* the server's close arrives meanwhile, unseen by this event loop */ }
}

describe('a pooled keep-alive socket that the server closed while it was idle', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  it('a POST on it reaches the server exactly once, on a new connection', async () => {
    const server = await startIdleClosingServer();
    cleanups.push(server.close);
    const session = await faultSession(server.url, { retry: false });
    cleanups.push(session.close);
    await session.echo.get('/first');
    expect(server.connections()).toBe(1);
    blockFor(IDLE_MS * 4);
    const res = await session.echo.post('/users/u1/password', { json: PASSWORD_BODY }).catch((e: unknown) => {
      expectNoSecretInInspect(e);
      return e;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(res).toMatchObject({ status: 200 });
    expect(server.requests.filter((r) => r.request.startsWith('POST'))).toHaveLength(1);
    expect(server.connections()).toBe(2);
  });
});
