import { describe, expect, it } from 'vitest';
import type { AuthState } from '../../lib/auth-plugin.js';
import { MemoryStore } from '../../lib/keyring/memory-store.js';
import { loadCachedAuth, saveAuth } from '../../lib/keyring/session-cache.js';
import { V3Token } from '../../plugins/keystone/v3-token.js';

const INPUT = 'gAAAAAinput-token-9f8e7d6c5b4a';
const AUTH_URL = 'http://127.0.0.1:5000/v3';

describe('a token plugin binds its cached auth to its input token', () => {
  const plugin = (token: string) => new V3Token({ authUrl: AUTH_URL, token, projectId: 'p1' });
  const state = (p: V3Token, token: string): AuthState => ({
    version: 1, plugin: 'v3token', authUrl: AUTH_URL, method: 'token', identityVersion: 'v3', token,
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(), scope: { kind: 'project', project: { id: 'p1' } },
    catalog: [], extra: { cacheKey: p.cacheKey(), identityUrl: AUTH_URL, methods: ['token'] },
  });

  it('the entry carries a verifier of the input token, not the token; a state moved under the key of another input token is refused', async () => {
    const store = new MemoryStore();
    const owner = plugin(INPUT);
    expect(owner.importState(state(owner, 'gAAAAAissued-1'))).toBe(true);
    await saveAuth(store, owner);
    const saved = await store.get(owner.cacheKey());
    expect(saved?.binding?.alg).toBe('scrypt');
    expect(JSON.stringify(saved)).not.toContain(INPUT);
    expect(await loadCachedAuth(store, plugin(INPUT))).toBe(true);

    // Someone copies the bound state under the key of another input token (the cache key only hashes the token).
    const other = plugin('gAAAAAanother-input-token');
    await store.set(other.cacheKey(), { ...saved!, extra: { ...saved!.extra, cacheKey: other.cacheKey() } });
    expect(await loadCachedAuth(store, other)).toBe(false);
    expect(other.getToken()).toBeUndefined();
  });
});
