import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { ConnectionReset } from '../../lib/errors/transport-errors.js';
import { startLoopback } from '../helpers/loopback-server.js';

describe('a server that resets the connection after reading the request', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('receives a POST once, and the caller gets ConnectionReset', async () => {
    server = await startLoopback((_req, res) => res.socket?.destroy());
    const http = new HTTPClient({ retry: { retries: 3, minTimeout: 10, maxTimeout: 20 } });
    const error = await http.request('POST', `${server.url}/servers`, { json: { server: { name: 'x' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionReset);
    expect(server.seen.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('receives an idempotent GET again, up to the retry bound, and the error says how many attempts', async () => {
    server = await startLoopback((_req, res) => res.socket?.destroy());
    const http = new HTTPClient({ retry: { retries: 2, minTimeout: 10, maxTimeout: 20 } });
    const error = await http.request('GET', `${server.url}/servers`).catch((e: unknown) => e) as ConnectionReset & { attempts?: number };
    expect(error).toBeInstanceOf(ConnectionReset);
    expect(server.seen).toHaveLength(3);
    expect(error.attempts).toBe(3);
    expect(error.message).toContain('3 attempts');
  });
});
