import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { RequestAborted } from '../../lib/errors/transport-errors.js';
import { startLoopback } from '../helpers/loopback-server.js';

describe('cancellation', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('an aborted request rejects with RequestAborted and its socket is closed', async () => {
    let closed!: Promise<void>;
    server = await startLoopback((_req, res, raw) => {
      closed = new Promise((resolve) => raw.socket.once('close', () => resolve()));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"partial":');   // never ends
    });
    const controller = new AbortController();
    const pending = new HTTPClient().request('GET', `${server.url}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toBeInstanceOf(RequestAborted);
    await closed;
  });

  it('a signal aborted before the call rejects without sending', async () => {
    server = await startLoopback((_req, res) => res.end('{}'));
    const controller = new AbortController();
    controller.abort();
    await expect(new HTTPClient().request('GET', `${server.url}/x`, { signal: controller.signal })).rejects.toBeInstanceOf(RequestAborted);
    expect(server.seen).toHaveLength(0);
  });
});
