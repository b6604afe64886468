import type { AuthPlugin } from '../auth-plugin.js';
import { describeError, keyringLog } from './debug-log.js';
import { bindState, checkSecret } from './entry-binding.js';
import { keyringAccount, type AuthStateStore } from './store.js';

/**
 * What HTTPClient calls around authentication. Keyring failures never fail a request: they end in
 * a debug line naming the backend and the hashed key, never the state.
 */

/**
 * Loads the plugin's cached state. True only when it was obtained with the secret the plugin presents now
 * (see entry-binding.ts), the plugin imported it, and it is valid at `now` (not expired, not within the
 * plugin's expiry margin); the caller then skips authentication. An expired entry is deleted; an entry of
 * another secret is left alone, so a mistyped password does not cost the right one its cached token.
 */
export async function loadCachedAuth(store: AuthStateStore, plugin: AuthPlugin, now: number = Date.now()): Promise<boolean> {
  const key = plugin.cacheKey?.();
  if (key === undefined || key === '' || !plugin.importState) return false;
  const account = keyringAccount(key);
  let state;
  try {
    state = await store.get(key);
  } catch (err) {
    keyringLog('%s: get %s failed: %s', store.name, account, describeError(err));
    return false;
  }
  if (state === undefined) {
    keyringLog('%s: no cached auth for %s', store.name, account);
    return false;
  }
  if (state.plugin !== plugin.name) {
    keyringLog('%s: cached auth %s does not fit plugin %s; ignored', store.name, account, plugin.name);
    return false;
  }
  const secret = await checkSecret(plugin, state).catch((err: unknown) => {
    keyringLog('%s: cannot check the secret of entry %s: %s', store.name, account, describeError(err));
    return 'mismatch' as const;
  });
  if (secret === 'mismatch') {
    keyringLog('%s: cached auth %s was not obtained with the secret presented now (or holds no verifier of it); not used, entry kept', store.name, account);
    return false;
  }
  let imported = false;
  try {
    imported = plugin.importState(state);
  } catch (err) {
    keyringLog('%s: %s could not import the entry %s: %s', store.name, plugin.name, account, err instanceof Error ? err.name : 'error');
  }
  if (!imported) {
    keyringLog('%s: cached auth %s does not fit plugin %s; ignored', store.name, account, plugin.name);
    return false;
  }
  if (!plugin.hasValidAuth(now)) {
    keyringLog('%s: cached auth %s is expired or about to expire; deleted', store.name, account);
    plugin.invalidate();
    await forgetAuth(store, plugin);
    return false;
  }
  keyringLog('%s: using cached auth %s', store.name, account);
  return true;
}

/** Saves the plugin's current state under its cache key. Never throws. */
export async function saveAuth(store: AuthStateStore, plugin: AuthPlugin): Promise<void> {
  const key = plugin.cacheKey?.();
  if (key === undefined || key === '') return;
  const account = keyringAccount(key);
  try {
    const state = plugin.exportState?.();
    if (state === undefined) return;
    await store.set(key, await bindState(plugin, state));
    keyringLog('%s: saved auth %s', store.name, account);
  } catch (err) {
    keyringLog('%s: set %s failed: %s', store.name, account, describeError(err));
  }
}

/** Deletes the plugin's entry (after a 401, or a revoke). Never throws. */
export async function forgetAuth(store: AuthStateStore, plugin: AuthPlugin): Promise<void> {
  const key = plugin.cacheKey?.();
  if (key === undefined || key === '') return;
  const account = keyringAccount(key);
  try {
    await store.delete(key);
    keyringLog('%s: deleted auth %s', store.name, account);
  } catch (err) {
    keyringLog('%s: delete %s failed: %s', store.name, account, describeError(err));
  }
}
