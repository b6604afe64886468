import { afterAll, describe, expect, it } from 'vitest';
import {
  FallbackStore, KEYRING_SERVICE, createKeytarStore, createNapiKeyringStore, keyringAccount, resolveStore,
  type OsKeyringStore,
} from '../../lib/keyring/index.js';
import { REAL_KEYRING_HOWTO, secretServiceAnswers } from './helpers/secret-service.js';
import { makeState, tempDir, uniqueToken } from './helpers/states.js';

const available = await secretServiceAnswers();
if (!available) console.log(`[spec/keyring] real Secret Service tests skipped: no Secret Service on the session bus; run: ${REAL_KEYRING_HOWTO}`);

/** Reads an item straight through the library, bypassing our store: proof the entry is in the keyring. */
type RawRead = (account: string) => Promise<string | null>;
const rawKeytar: RawRead = async (account) => {
  const mod = (await import('keytar')) as unknown as { default: { getPassword(s: string, a: string): Promise<string | null> } };
  return mod.default.getPassword(KEYRING_SERVICE, account);
};
const rawNapi: RawRead = async (account) => {
  const { AsyncEntry } = await import('@napi-rs/keyring');
  return new AsyncEntry(KEYRING_SERVICE, account, { linux: { store: 'secret-service' } }).getPassword();
};

const backends: Array<[string, () => Promise<OsKeyringStore | undefined>, RawRead]> = [
  ['keytar', createKeytarStore, rawKeytar],
  ['napi', createNapiKeyringStore, rawNapi],
];

(available ? describe : describe.skip)('round trip through the real gnome-keyring Secret Service', () => {
  const keys: string[] = [];
  afterAll(async () => {
    for (const [, create] of backends) for (const key of keys) await (await create())?.delete(key);
  });

  for (const [name, create, raw] of backends) {
    it(`${name}: set, get, delete; the item really sits in the keyring under the hashed key`, async () => {
      const store = await create();
      expect(store?.name).toBe(name);
      if (!store) return;
      const key = `real|${name}|${uniqueToken('key')}`;
      keys.push(key);
      const state = makeState(uniqueToken());

      await store.set(key, state);
      expect(await store.get(key)).toEqual(state);
      const stored = await raw(keyringAccount(key));
      expect(JSON.parse(stored ?? 'null')).toMatchObject({ cacheKey: key, state });

      const newer = makeState(uniqueToken());
      await store.set(key, newer);
      expect(await store.get(key)).toEqual(newer);

      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
      expect(await raw(keyringAccount(key))).toBeNull();
      await store.delete(key);
    });
  }

  it("'auto' picks the OS keyring when the Secret Service answers", async () => {
    const base = await tempDir();
    try {
      const store = await resolveStore('auto', { dir: base.dir });
      expect(store).toBeInstanceOf(FallbackStore);
      expect(store?.name).toBe('keytar');
    } finally {
      await base.cleanup();
    }
  });
});
