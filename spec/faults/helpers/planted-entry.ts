import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileStore } from '../../../lib/keyring/file-store.js';
import { makeState, tempDir, uniqueToken } from '../../keyring/helpers/states.js';

/** The text of a well-formed file-store entry for `key`, holding a fresh token, as an attacker could write it. */
export async function entryText(key: string): Promise<{ text: string; token: string }> {
  const scratch = await tempDir('stackclient-planted-');
  try {
    const token = uniqueToken('planted');
    const store = new FileStore({ dir: join(scratch.dir, 'store') });
    await store.set(key, makeState(token));
    return { text: await readFile(store.pathFor(key), 'utf8'), token };
  } finally {
    await scratch.cleanup();
  }
}
