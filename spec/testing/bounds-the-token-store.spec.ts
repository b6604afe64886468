import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../lib/testing/clock.js';
import { TokenStore, type NewToken } from '../../lib/testing/token-store.js';

const fields: NewToken = { userId: 'u', userName: 'user', methods: ['password'], scope: { kind: 'unscoped' }, roles: [], roleIds: [] };

describe('fake cloud: the token store stays bounded', () => {
  it('forgets long-expired tokens first, then the oldest, past maxTokens', () => {
    const clock = new FakeClock();
    const store = new TokenStore(clock, { lifetimeSeconds: 10, maxTokens: 50, allowExpiredWindowSeconds: 60 });
    const old = Array.from({ length: 40 }, () => store.issue(fields).token);
    clock.advance(120_000);
    const fresh = Array.from({ length: 30 }, () => store.issue(fields).token);
    expect(store.size).toBeLessThanOrEqual(50);
    expect(old.some((t) => store.validate(t, true))).toBe(false);
    expect(fresh.every((t) => store.validate(t))).toBe(true);
    for (let i = 0; i < 200; i++) store.issue(fields);
    expect(store.size).toBe(50);
    expect(store.validate(fresh[0])).toBeUndefined();
  });

  it('keeps an expired token for allow_expired within the window only', () => {
    const clock = new FakeClock();
    const store = new TokenStore(clock, { lifetimeSeconds: 1, maxTokens: 1, allowExpiredWindowSeconds: 5 });
    const token = store.issue(fields).token;
    clock.advance(2_000);
    expect(store.validate(token)).toBeUndefined();
    expect(store.validate(token, true)?.userId).toBe('u');
  });
});
