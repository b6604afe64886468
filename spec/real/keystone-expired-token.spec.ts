import { expect, it } from 'vitest';
import { demoPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

const k = realKeystone();
// One wait of the token lifetime; with Keystone's default 60 s that is long, so npm test starts it with 20 s.
const lifetime = k?.expiration ?? 0;

describeReal('real Keystone: an expired token', () => {
  it.skipIf(lifetime > 90)('is renewed before use by the margin, and after a 401 when the clock disagreed', async () => {
    // Session A: the default margin (a quarter of the lifetime) renews the token before sending.
    const a = demoPassword();
    const sa = realSession(a);
    await sa.keystone.get('/auth/projects');
    const first = a.getToken();

    // Session B: adopts A's state, but with an expiry an hour later, as a client whose clock runs behind
    // Keystone's (or a keyring entry written by one) would: only Keystone's 401 tells it the token is dead.
    const b = demoPassword();
    const state = a.exportState()!;
    expect(b.importState({ ...state, expiresAt: new Date(Date.now() + 3600_000).toISOString() })).toBe(true);
    const sb = realSession(b);

    const wait = a.expiresAt!.getTime() - Date.now() + 1_100;
    await new Promise((r) => setTimeout(r, wait));

    expect(a.hasValidAuth()).toBe(false);
    expect((await sa.keystone.get('/auth/projects')).status).toBe(200);
    expect(a.getToken()).not.toBe(first);
    expect(sa.authCount()).toBe(2);
    expect(sa.http.getTimings().some((t) => t.status === 401)).toBe(false);

    expect(b.hasValidAuth()).toBe(true);
    expect((await sb.keystone.get('/auth/projects')).status).toBe(200);
    expect(sb.authCount()).toBe(1);
    expect(sb.http.getTimings().filter((t) => t.url.endsWith('/auth/projects')).map((t) => t.status)).toEqual([401, 200]);
    sa.http.close();
    sb.http.close();
  }, (lifetime + 30) * 1000);
});
