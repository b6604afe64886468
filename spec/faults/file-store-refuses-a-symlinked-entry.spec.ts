import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../lib/keyring/file-store.js';
import { keyringAccount } from '../../lib/keyring/store.js';
import { captureDebug } from '../helpers/capture-debug.js';
import { makeState, tempDir, uniqueToken } from '../keyring/helpers/states.js';
import { entryText } from './helpers/planted-entry.js';

describe('the file store does not follow a symlink at an entry path', () => {
  let base: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => { base = await tempDir(); });
  afterEach(async () => { await base.cleanup(); });

  it('get refuses it with a debug line; set replaces the link and leaves its target alone', async () => {
    const store = new FileStore({ dir: join(base.dir, 'store') });
    await mkdir(store.dir, { mode: 0o700 });
    const planted = await entryText('alice');
    const target = join(base.dir, 'elsewhere.json');
    await writeFile(target, planted.text, { mode: 0o600 });
    await symlink(target, store.pathFor('alice'));

    const lines = await captureDebug(async () => { expect(await store.get('alice')).toBeUndefined(); });
    expect(lines).toMatch(new RegExp(`file: entry ${keyringAccount('alice')} refused: the file is a symlink`));
    expect(lines).not.toContain(planted.token);

    const mine = makeState(uniqueToken('mine'));
    await store.set('alice', mine);
    expect(await store.get('alice')).toEqual(mine);
    expect(await readFile(target, 'utf8')).toBe(planted.text);
  });
});
