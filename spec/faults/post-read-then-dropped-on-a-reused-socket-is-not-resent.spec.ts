import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionReset } from '../../lib/errors/transport-errors.js';
import { expectNoSecretInInspect, faultSession, PASSWORD_BODY } from '../helpers/fault-session.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('a POST that the server read on a reused keep-alive socket and then dropped', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  it('is not sent again: the caller gets ConnectionReset and the server saw it once', async () => {
    const server = await startLoopback((req, res) => {
      if (req.method === 'POST') return res.socket?.destroy();
      return sendJson(res, 200, { ok: true });
    });
    cleanups.push(server.close);
    const session = await faultSession(server.url, { retry: { retries: 3, minTimeout: 5, maxTimeout: 10 } });
    cleanups.push(session.close);
    await session.echo.get('/first');
    const error = await session.echo.post('/users/u1/password', { json: PASSWORD_BODY }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionReset);
    expect(server.seen.filter((r) => r.method === 'POST')).toHaveLength(1);
    expectNoSecretInInspect(error);
  });
});
