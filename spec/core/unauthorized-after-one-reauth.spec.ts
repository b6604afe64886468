import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { Unauthorized } from '../../lib/errors/http-errors.js';
import { ReauthenticationFailed } from '../../lib/errors/framework-errors.js';
import { StaticToken } from '../../plugins/static-token.js';
import { EchoClient, fakeSession } from '../helpers/fake-session.js';

const keystone401 = { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } };

describe('a token the server keeps rejecting', () => {
  let session: Awaited<ReturnType<typeof fakeSession>>;
  afterEach(() => session.close());

  it('one re-authentication, then Unauthorized: no loop', async () => {
    session = await fakeSession();
    await session.echo.get('/warm');
    session.cloud.failNext(10, { status: 401, body: keystone401, path: /^\/echo\// });
    const error = await session.echo.get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unauthorized);
    expect((error as Unauthorized).serverMessage).toBe('The request you have made requires authentication.');
    expect((error as Error).message).toMatch(/freshly issued token was refused too/);
    expect(session.cloud.authCount()).toBe(2);
    expect(session.cloud.count('GET', '/echo/x')).toBe(2);
  });

  it('a re-authentication that fails is a ReauthenticationFailed, distinct from Unauthorized', async () => {
    session = await fakeSession();
    await session.echo.get('/warm');
    session.cloud.revokeAllTokens();
    session.cloud.failNext(1, { status: 401, body: keystone401, method: 'POST', path: /auth\/tokens$/ });
    const error = await session.echo.get('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationFailed);
    expect(error).not.toBeInstanceOf(Unauthorized);
  });

  it('a static token gets one retry, then Unauthorized', async () => {
    session = await fakeSession();
    const http = new HTTPClient({ authPlugin: new StaticToken({ token: 'not-a-valid-token', endpoint: { echo: `${session.cloud.url}/echo` } }) });
    const echo = new EchoClient(http);
    await expect(echo.get('/x')).rejects.toBeInstanceOf(Unauthorized);
    expect(session.cloud.count('GET', '/echo/x')).toBe(2);
  });

  it('a POST is replayed once after the 401 re-authentication, and only then', async () => {
    session = await fakeSession();
    await session.echo.get('/warm');
    session.cloud.revokeAllTokens();
    const res = await session.echo.post('/create', { json: { n: 1 } });
    expect(res.status).toBe(200);
    expect(session.cloud.count('POST', '/echo/create')).toBe(2);
  });
});
