import { chown, writeFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KeyringError } from '../../lib/keyring/keyring-error.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { makeState, uniqueToken } from '../keyring/helpers/states.js';
import { freshFileStoreEachTest } from './helpers/fresh-file-store.js';
import { entryText } from './helpers/planted-entry.js';

const NOBODY = 65534;
// Only root can give a file away (chown); elsewhere this behaviour cannot be set up.
const asRoot = process.platform !== 'win32' && process.geteuid?.() === 0;

describe.skipIf(!asRoot)('the file store refuses entries owned by another user', () => {
  const store = freshFileStoreEachTest();

  it('a file owned by another uid is refused with a debug line', async () => {
    const planted = await entryText('alice');
    await writeFile(store().pathFor('alice'), planted.text, { mode: 0o600 });
    await chown(store().pathFor('alice'), NOBODY, NOBODY);
    const lines = await captureDebug(async () => { expect(await store().get('alice')).toBeUndefined(); });
    expect(lines).toContain(`the file is owned by uid ${NOBODY}, not by the current user (uid 0)`);
    expect(lines).not.toContain(planted.token);
  });

  it('a directory owned by another uid: its entries are refused, and nothing is written into it', async () => {
    const planted = await entryText('alice');
    await writeFile(store().pathFor('alice'), planted.text, { mode: 0o600 });
    await chown(store().dir, NOBODY, NOBODY);
    const lines = await captureDebug(async () => { expect(await store().get('alice')).toBeUndefined(); });
    expect(lines).toContain(`the directory is owned by uid ${NOBODY}, not by the current user (uid 0)`);
    const token = uniqueToken('mine');
    const error = await store().set('bob', makeState(token)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyringError);
    expect(inspect(error, { depth: Infinity })).not.toContain(token);
  });
});
