import { afterEach, describe, expect, it } from 'vitest';
import { fakeSession } from '../helpers/fake-session.js';

describe('single-flight authentication', () => {
  let session: Awaited<ReturnType<typeof fakeSession>>;
  afterEach(() => session.close());

  it('200 concurrent first requests cause one authentication', async () => {
    session = await fakeSession();
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => session.echo.get(`/item/${i}`)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(session.cloud.authCount()).toBe(1);
  });

  it('200 concurrent requests with a token the server considers expired: one re-authentication, 200 successes', async () => {
    session = await fakeSession({ cloud: { tokenLifetimeSeconds: 3600 } });
    await session.http.authenticate();
    const before = session.plugin.generation;
    session.cloud.advanceClock(3601 * 1000);
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => session.echo.get(`/item/${i}`)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(200);
    expect(session.cloud.authCount()).toBe(2);
    expect(session.plugin.generation).toBe(before + 1);
  });

  it('200 concurrent requests after the token was revoked: one re-authentication', async () => {
    session = await fakeSession();
    await session.echo.get('/warm');
    session.cloud.revokeAllTokens();
    const results = await Promise.all(Array.from({ length: 200 }, () => session.echo.get('/x')));
    expect(results).toHaveLength(200);
    expect(session.cloud.authCount()).toBe(2);
  });

  it('a request whose 401 came from an already replaced token retries without authenticating again', async () => {
    session = await fakeSession();
    await session.echo.get('/warm');
    session.cloud.setDelay(400, { path: /^\/echo\/slow/ });
    const slow = session.echo.get('/slow');          // carries the first token, checked after the delay
    await new Promise((r) => setTimeout(r, 50));
    session.cloud.revokeAllTokens();
    await session.echo.get('/fast');                   // 401 → the one re-authentication
    session.cloud.setDelay(0);
    const res = await slow;                            // 401 with the stale token → retried with the new one
    expect(res.status).toBe(200);
    expect(session.cloud.authCount()).toBe(2);
  });
});
