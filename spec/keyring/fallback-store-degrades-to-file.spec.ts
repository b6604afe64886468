import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FallbackStore, FileStore, KeyringError, OsKeyringStore, keyringAccount } from '../../lib/keyring/index.js';
import { captureDebug } from './helpers/capture-debug.js';
import { ScriptedBackend } from './helpers/scripted-backend.js';
import { makeState, tempDir, uniqueToken } from './helpers/states.js';

describe('an OS keyring that fails at get/set time degrades to the file store', () => {
  let base: Awaited<ReturnType<typeof tempDir>>;
  let backend: ScriptedBackend;
  let file: FileStore;
  let store: FallbackStore;
  beforeEach(async () => {
    base = await tempDir();
    backend = new ScriptedBackend();
    file = new FileStore({ dir: base.dir });
    store = new FallbackStore(new OsKeyringStore('scripted', backend, { timeoutMs: 200 }), file);
  });
  afterEach(async () => { await base.cleanup(); });

  it('uses the keyring while it works, and nothing goes to the file', async () => {
    const state = makeState(uniqueToken());
    await store.set('k', state);
    expect(await store.get('k')).toEqual(state);
    expect(backend.secrets.has(keyringAccount('k'))).toBe(true);
    expect(await file.get('k')).toBeUndefined();
    expect(store.name).toBe('scripted');
  });

  it('a locked collection found at the first write: the state lands in the file, with one debug line', async () => {
    backend.mode = 'locked';
    const state = makeState(uniqueToken());
    const lines = await captureDebug(async () => { await store.set('k', state); });
    expect(store.degraded).toBe(true);
    expect(store.name).toBe('file');
    expect(await file.get('k')).toEqual(state);
    expect(await store.get('k')).toEqual(state);
    expect(lines.filter((l) => /scripted: set \w+ failed .*locked collection.*using file from now on/.test(l))).toHaveLength(1);
    const callsAfterDegrade = backend.calls;
    await store.set('k', makeState(uniqueToken()));
    expect(backend.calls).toBe(callsAfterDegrade);
  });

  it('a hung keyring is given up after its timeout, not waited on', async () => {
    backend.mode = 'hung';
    const state = makeState(uniqueToken());
    await file.set('k', state);
    const started = Date.now();
    expect(await store.get('k')).toEqual(state);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(store.degraded).toBe(true);
  });

  it('the bare OS store rejects with KeyringError when hung', async () => {
    backend.mode = 'hung';
    const os = new OsKeyringStore('scripted', backend, { timeoutMs: 100 });
    await expect(os.set('k', makeState(uniqueToken()))).rejects.toBeInstanceOf(KeyringError);
  });

  it('a keyring miss looks in the file, where an earlier degraded process saved the entry', async () => {
    const state = makeState(uniqueToken());
    await file.set('k', state);
    expect(await store.get('k')).toEqual(state);
    expect(store.degraded).toBe(false);
  });

  it('delete removes the entry from both', async () => {
    await store.set('k', makeState(uniqueToken()));
    await file.set('k', makeState(uniqueToken()));
    await store.delete('k');
    expect(backend.secrets.size).toBe(0);
    expect(await file.get('k')).toBeUndefined();
  });
});
