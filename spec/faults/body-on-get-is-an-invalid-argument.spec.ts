import { afterEach, describe, expect, it } from 'vitest';
import { InvalidArgument } from '../../lib/errors/framework-errors.js';
import { expectNoSecretInInspect, faultSession, PASSWORD_BODY } from '../helpers/fault-session.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('a body on a GET', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => { for (const c of cleanups.splice(0)) await c(); });

  it('is an InvalidArgument naming the method, and nothing is sent', async () => {
    const server = await startLoopback((_req, res) => sendJson(res, 200, {}));
    cleanups.push(server.close);
    const session = await faultSession(server.url);
    cleanups.push(session.close);
    const error = await session.echo.get('/users', { json: PASSWORD_BODY }).catch((e: unknown) => e) as InvalidArgument;
    expect(error).toBeInstanceOf(InvalidArgument);
    expect(error.argument).toBe('body');
    expect(error.message).toContain('a GET request cannot carry a body');
    expect(server.seen).toHaveLength(0);
    expectNoSecretInInspect(error);
  });
});
