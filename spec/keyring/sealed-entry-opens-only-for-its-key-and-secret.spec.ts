import { describe, expect, it } from 'vitest';
import type { AuthState } from '../../lib/auth-plugin.js';
import { openEntry, sealEntry, tokenHash } from '../../lib/keyring/redis/sealed-entry.js';

const state: AuthState = {
  version: 1, plugin: 'v3password', token: 'gAAAAA-sealed-token-0123456789', expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  catalog: [{ type: 'identity' }], extra: { user: 'alice' },
};

describe('a sealed Redis entry (AES-256-GCM under a scrypt key of the secret and a per-entry salt)', () => {
  it('opens with its secret under its key only; wrong secret, other key or a flipped byte do not open it', async () => {
    const text = await sealEntry('key-a', 'right-password', state);
    const entry = JSON.parse(text) as Record<string, string>;
    expect(Object.keys(entry).sort()).toEqual(['ct', 'iv', 'salt', 'tag', 'th', 'v']);
    expect(entry.th).toBe(tokenHash(state.token));
    for (const secret of [state.token!, 'right-password', 'alice', Buffer.from(state.token!).toString('base64')]) expect(text).not.toContain(secret);

    const opened = await openEntry('key-a', 'right-password', text);
    expect(opened).toEqual({ ok: true, state });
    expect(await openEntry('key-a', 'wrong-password', text)).toEqual({ ok: false, problem: 'cannot be decrypted with the secret presented' });
    expect(await openEntry('key-b', 'right-password', text)).toEqual({ ok: false, problem: 'cannot be decrypted with the secret presented' });
    const ct = Buffer.from(entry.ct!, 'base64');
    ct[0] = ct[0]! ^ 1;
    const tampered = JSON.stringify({ ...entry, ct: ct.toString('base64') });
    expect((await openEntry('key-a', 'right-password', tampered)).ok).toBe(false);
    expect(await openEntry('key-a', 'right-password', 'not json')).toEqual({ ok: false, problem: 'not a sealed stackclient entry' });
  });

  it('uses a new salt and nonce for every entry', async () => {
    const [a, b] = await Promise.all([sealEntry('key-a', 'pw', state), sealEntry('key-a', 'pw', state)]);
    const [ea, eb] = [JSON.parse(a), JSON.parse(b)] as Record<string, string>[];
    expect(ea!.salt).not.toBe(eb!.salt);
    expect(ea!.iv).not.toBe(eb!.iv);
    expect(ea!.ct).not.toBe(eb!.ct);
  });
});
