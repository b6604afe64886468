import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { isHttpError, Unauthorized, UnauthorizedAfterReauth } from '../../index.js';
import { fakeSession } from '../helpers/fake-session.js';

const keystone401 = { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } };

describe('a 401 to a freshly issued token', () => {
  let session: Awaited<ReturnType<typeof fakeSession>>;
  afterEach(() => session.close());

  it('is an UnauthorizedAfterReauth, still an Unauthorized with the second answer\'s details, and holds no secret', async () => {
    session = await fakeSession();
    await session.echo.get('/warm');
    const firstToken = session.plugin.getToken!()!;
    session.cloud.failNext(2, { status: 401, body: keystone401, path: /^\/echo\//, headers: { 'x-openstack-request-id': 'req-second-401' } });
    const error = await session.echo.get('/x').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UnauthorizedAfterReauth);
    expect(error).toBeInstanceOf(Unauthorized);
    expect(isHttpError(error)).toBe(true);
    const refused = error as UnauthorizedAfterReauth;
    expect(refused.name).toBe('UnauthorizedAfterReauth');
    expect(refused.code).toBe('ERR_HTTP_401');
    expect(refused.status).toBe(401);
    expect(refused.method).toBe('GET');
    expect(refused.serverMessage).toBe('The request you have made requires authentication.');
    expect(refused.requestId).toBe('req-second-401');
    expect(refused.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/echo\/x failed with HTTP 401/);
    expect(refused.message).toMatch(/a freshly issued token was refused too/);
    expect(session.cloud.authCount()).toBe(2);

    const secondToken = session.plugin.getToken!()!;
    expect(secondToken).not.toBe(firstToken);
    const seen = inspect(refused, { depth: Infinity, showHidden: true });
    for (const secret of [firstToken, secondToken, session.cloud.credentials.password]) expect(seen).not.toContain(secret);
  });
});
