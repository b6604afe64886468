import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { FileStore } from '../../../lib/keyring/file-store.js';
import { tempDir } from '../../keyring/helpers/states.js';

/**
 * Call inside a describe block: each test gets a FileStore in a fresh directory of mode 700, removed after the test.
 * Returns the current test's store.
 */
export function freshFileStoreEachTest(): () => FileStore {
  let base: Awaited<ReturnType<typeof tempDir>> | undefined;
  let store: FileStore | undefined;
  beforeEach(async () => {
    base = await tempDir();
    store = new FileStore({ dir: join(base.dir, 'store') });
    await mkdir(store.dir, { mode: 0o700 });
  });
  afterEach(async () => { await base?.cleanup(); });
  return () => {
    if (!store) throw new Error('freshFileStoreEachTest(): the store exists only while a test runs');
    return store;
  };
}
