import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../lib/keyring/index.js';
import { makeState, uniqueToken } from './helpers/states.js';

describe('memory store keeps states by key within the process', () => {
  it('returns what was set, nothing for other keys, and nothing after delete', async () => {
    const store = new MemoryStore();
    const state = makeState(uniqueToken());
    await store.set('key-a', state);
    expect(await store.get('key-a')).toEqual(state);
    expect(await store.get('key-b')).toBeUndefined();
    await store.delete('key-a');
    expect(await store.get('key-a')).toBeUndefined();
    await store.delete('key-a');
  });

  it('hands out copies, so mutating a returned state does not change the stored one', async () => {
    const store = new MemoryStore();
    const token = uniqueToken();
    await store.set('k', makeState(token));
    const first = await store.get('k');
    if (first) first.token = 'changed';
    expect((await store.get('k'))?.token).toBe(token);
  });

  it('drops the oldest entries past maxEntries', async () => {
    const store = new MemoryStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.set(key, makeState(uniqueToken(key)));
    expect(await store.get('a')).toBeUndefined();
    for (const key of ['b', 'c', 'd']) expect((await store.get(key))?.token).toMatch(new RegExp(`^${key}-`));
  });
});
