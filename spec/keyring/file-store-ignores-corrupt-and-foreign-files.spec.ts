import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore, keyringAccount } from '../../lib/keyring/index.js';
import { captureDebug } from './helpers/capture-debug.js';
import { makeState, tempDir, uniqueToken } from './helpers/states.js';

describe('file store ignores a corrupt or foreign entry with a debug line', () => {
  let base: Awaited<ReturnType<typeof tempDir>>;
  let store: FileStore;
  beforeEach(async () => {
    base = await tempDir();
    store = new FileStore({ dir: base.dir });
    await mkdir(base.dir, { recursive: true });
  });
  afterEach(async () => { await base.cleanup(); });

  const goodEntry = (cacheKey: string, token: string) => JSON.stringify({
    format: 'stackclient-auth-state', version: 1, cacheKey, savedAt: new Date().toISOString(), state: makeState(token),
  });

  const cases: Array<[string, (key: string) => string, RegExp]> = [
    ['truncated JSON', (key) => goodEntry(key, uniqueToken()).slice(0, 40), /not valid JSON/],
    ['an empty file', () => '', /not valid JSON/],
    ['JSON that is not our entry', () => '{"hello":"world"}', /not a stackclient auth-state entry/],
    ['an entry of a future version', (key) => goodEntry(key, uniqueToken()).replace('"version":1,', '"version":2,'), /unsupported version/],
    ['an entry for another cache key', () => goodEntry('someone-else', uniqueToken()), /another cache key/],
    ['an entry without a valid state', (key) => JSON.stringify({ format: 'stackclient-auth-state', version: 1, cacheKey: key, state: 'x' }), /no valid auth state/],
  ];

  for (const [label, content, reason] of cases) {
    it(`survives ${label}: get gives undefined, debug says why, a later set replaces it`, async () => {
      await writeFile(store.pathFor('mine'), content('mine'), { mode: 0o600 });
      const lines = await captureDebug(async () => {
        expect(await store.get('mine')).toBeUndefined();
      });
      expect(lines.some((l) => l.includes('stackclient:keyring') && l.includes(keyringAccount('mine')) && reason.test(l))).toBe(true);

      const fresh = makeState(uniqueToken());
      await store.set('mine', fresh);
      expect(await store.get('mine')).toEqual(fresh);
    });
  }

  it('never returns an entry copied under another key\'s file name', async () => {
    await store.set('alice', makeState(uniqueToken('alice')));
    await writeFile(store.pathFor('bob'), await readFile(store.pathFor('alice')));
    expect(await store.get('bob')).toBeUndefined();
    expect(await store.get('alice')).toBeDefined();
  });
});
