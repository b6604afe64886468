import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../lib/keyring/file-store.js';
import { KeyringError } from '../../lib/keyring/keyring-error.js';
import { keyringAccount } from '../../lib/keyring/store.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { makeState, tempDir, uniqueToken } from '../keyring/helpers/states.js';
import { entryText } from './helpers/planted-entry.js';

describe('the file store does not use a directory that is a symlink', () => {
  let base: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => { base = await tempDir(); });
  afterEach(async () => { await base.cleanup(); });

  it('get refuses its entries with a debug line, and set refuses to write there with a KeyringError holding no token', async () => {
    const real = join(base.dir, 'someone-elses');
    await mkdir(real, { mode: 0o700 });
    const store = new FileStore({ dir: join(base.dir, 'store') });
    await symlink(real, store.dir);
    const planted = await entryText('alice');
    await writeFile(store.pathFor('alice'), planted.text, { mode: 0o600 });

    const lines = await captureDebug(async () => { expect(await store.get('alice')).toBeUndefined(); });
    expect(lines).toMatch(new RegExp(`file: entry ${keyringAccount('alice')} refused: the directory is a symlink`));

    const token = uniqueToken('mine');
    const error = await store.set('bob', makeState(token)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyringError);
    expect((error as Error).message).toContain('the directory is a symlink');
    expect(inspect(error, { depth: Infinity })).not.toContain(token);
    expect(await readdir(real)).toEqual([`${keyringAccount('alice')}.json`]);
  });
});
