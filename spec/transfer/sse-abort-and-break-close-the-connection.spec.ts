import { afterEach, describe, expect, it } from 'vitest';
import { RequestAborted } from '../../lib/errors/transport-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { startRawServer } from '../helpers/raw-server.js';

let server: Awaited<ReturnType<typeof startRawServer>> | undefined;
let http: HTTPClient | undefined;
afterEach(async () => { http?.close(); await server?.close(); });

/** An endless stream: one event every 5 ms until the client goes away. */
async function endlessStream() {
  const s = await startRawServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    let i = 0;
    const timer = setInterval(() => res.write(`id: ${i}\ndata: ${i++}\n\n`), 5);
    res.on('close', () => clearInterval(timer));
  });
  return s;
}

describe('server-sent events end with the consumer', () => {
  it('an abort rejects the loop with RequestAborted and the server sees the socket close', async () => {
    server = await endlessStream();
    http = new HTTPClient({ freeSocketTimeout: 60_000 });
    const controller = new AbortController();
    const closed = server.socketClosed();
    const seen: string[] = [];
    const loop = (async () => {
      for await (const e of http!.events(`${server!.url}/feed`, { signal: controller.signal })) {
        seen.push(e.data);
        if (seen.length === 5) controller.abort();
      }
    })();
    await expect(loop).rejects.toBeInstanceOf(RequestAborted);
    await closed;
    expect(seen).toEqual(['0', '1', '2', '3', '4']);
    expect(server.openSockets).toBe(0);
  });

  it('a break out of the loop closes the connection (it is not returned to the pool half-read)', async () => {
    server = await endlessStream();
    http = new HTTPClient({ freeSocketTimeout: 60_000 });
    const closed = server.socketClosed();
    let count = 0;
    for await (const e of http.events(`${server.url}/feed`)) {
      expect(e.id).toBe(String(count));
      if (++count === 3) break;
    }
    await closed;
    expect(server.openSockets).toBe(0);
  });
});
