import { describe, expect, it } from 'vitest';
import type { AuthState } from '../../lib/auth-plugin.js';
import { MemoryStore, forgetAuth, loadCachedAuth, saveAuth, type AuthStateStore } from '../../lib/keyring/index.js';
import { CachingTestPlugin } from './helpers/test-plugin.js';
import { uniqueToken } from './helpers/states.js';

const AUTH_URL = 'http://127.0.0.1:5000/v3';
const plugin = (user = 'alice', project = 'demo', token = uniqueToken()) => new CachingTestPlugin({ authUrl: AUTH_URL, user, project, nextToken: token });

describe('loadCachedAuth / saveAuth / forgetAuth', () => {
  it('a second plugin for the same identity adopts the saved token without authenticating', async () => {
    const store = new MemoryStore();
    const first = plugin();
    await first.authenticate();
    await saveAuth(store, first);

    const second = plugin('alice', 'demo', 'never-used');
    expect(await loadCachedAuth(store, second)).toBe(true);
    expect(second.getToken()).toBe(first.getToken());
    expect(second.authCount).toBe(0);
  });

  it('another user or project never gets the entry', async () => {
    const store = new MemoryStore();
    const alice = plugin();
    await alice.authenticate();
    await saveAuth(store, alice);
    for (const other of [plugin('bob'), plugin('alice', 'other-project')]) {
      expect(await loadCachedAuth(store, other)).toBe(false);
      expect(other.getToken()).toBeUndefined();
    }
  });

  it('a state the plugin refuses (same key, other identity inside) is not used', async () => {
    const store = new MemoryStore();
    const alice = plugin();
    const forged: AuthState = { version: 1, plugin: 'testtoken', authUrl: AUTH_URL, token: uniqueToken(), expiresAt: new Date(Date.now() + 3_600_000).toISOString(), scope: { user: 'mallory', project: 'demo' } };
    await store.set(alice.cacheKey(), forged);
    expect(await loadCachedAuth(store, alice)).toBe(false);
    expect(alice.getToken()).toBeUndefined();
  });

  it('an expired or about-to-expire entry is refused and deleted', async () => {
    const store = new MemoryStore();
    const alice = plugin();
    await alice.authenticate();
    await saveAuth(store, alice);
    const in59min = Date.now() + 59.5 * 60_000; // token lives 60 min, plugin margin is 1 min
    const later = plugin();
    expect(await loadCachedAuth(store, later, in59min)).toBe(false);
    expect(later.hasValidAuth(Date.now())).toBe(false);
    expect(await store.get(alice.cacheKey())).toBeUndefined();
  });

  it('forgetAuth deletes the entry; a plugin without a token saves nothing', async () => {
    const store = new MemoryStore();
    const alice = plugin();
    await saveAuth(store, alice);
    expect(await store.get(alice.cacheKey())).toBeUndefined();
    await alice.authenticate();
    await saveAuth(store, alice);
    await forgetAuth(store, alice);
    expect(await store.get(alice.cacheKey())).toBeUndefined();
  });

  it('a failing store never fails the caller', async () => {
    const broken: AuthStateStore = {
      name: 'broken',
      get: () => Promise.reject(new Error('keyring exploded')),
      set: () => Promise.reject(new Error('keyring exploded')),
      delete: () => Promise.reject(new Error('keyring exploded')),
    };
    const alice = plugin();
    await alice.authenticate();
    await expect(saveAuth(broken, alice)).resolves.toBeUndefined();
    await expect(loadCachedAuth(broken, alice)).resolves.toBe(false);
    await expect(forgetAuth(broken, alice)).resolves.toBeUndefined();
  });
});
