import { expect, it } from 'vitest';
import { describeWithRedis, useFleetSuite } from './helpers/fleet.js';

const FLEET = 10;

describeWithRedis('a fleet that starts with a wrong password', () => {
  const suite = useFleetSuite();

  it('asks Keystone once: the refusal is shared, sealed under those credentials, and the right ones are unaffected', async () => {
    const auth = suite.cloud.passwordAuth();
    const wrong = { ...auth, password: `${auth.password}-wrong` };
    const store = { connectTimeoutMs: 15_000, commandTimeoutMs: 5_000 };
    const refused = await Promise.all(Array.from({ length: FLEET }, () => suite.spawn({ auth: wrong, store }).next(60_000)));

    expect(refused.every((r) => r.status === 0 && r.error?.startsWith('AuthorizationFailure: '))).toBe(true);
    expect(suite.cloud.authCount()).toBe(1);
    const shared = refused.filter((r) => r.error!.includes('to another process sharing this token store'));
    expect(shared).toHaveLength(FLEET - 1);
    for (const r of refused) expect(r.error).not.toContain(wrong.password);

    // The right password cannot read the refusal: it authenticates, once.
    const right = await suite.spawn({ store }).next(60_000);
    expect(right).toMatchObject({ status: 200, authPosts: 1 });
    expect(suite.cloud.authCount()).toBe(2);
  }, 90_000);
});
