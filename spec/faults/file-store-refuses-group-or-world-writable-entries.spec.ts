import { chmod, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { captureDebug } from '../helpers/capture-debug.js';
import { makeState, uniqueToken } from '../keyring/helpers/states.js';
import { freshFileStoreEachTest } from './helpers/fresh-file-store.js';
import { entryText } from './helpers/planted-entry.js';

describe.skipIf(process.platform === 'win32')('the file store refuses entries others could have written (mode bits)', () => {
  const store = freshFileStoreEachTest();

  for (const mode of [0o620, 0o602, 0o666]) {
    it(`a file of mode ${mode.toString(8)} is refused with a debug line; 600 is used`, async () => {
      const planted = await entryText('alice');
      await writeFile(store().pathFor('alice'), planted.text);
      await chmod(store().pathFor('alice'), mode);
      const lines = await captureDebug(async () => { expect(await store().get('alice')).toBeUndefined(); });
      expect(lines).toContain(`the file is writable by group or others (mode ${mode.toString(8)})`);
      await chmod(store().pathFor('alice'), 0o600);
      expect((await store().get('alice'))?.token).toBe(planted.token);
    });
  }

  for (const mode of [0o770, 0o777]) {
    it(`a directory of mode ${mode.toString(8)} is refused with a debug line; the next write tightens it to 700`, async () => {
      const planted = await entryText('alice');
      await writeFile(store().pathFor('alice'), planted.text, { mode: 0o600 });
      await chmod(store().dir, mode);
      const lines = await captureDebug(async () => { expect(await store().get('alice')).toBeUndefined(); });
      expect(lines).toContain(`the directory is writable by group or others (mode ${mode.toString(8)})`);
      await store().set('bob', makeState(uniqueToken('mine')));
      expect((await stat(store().dir)).mode & 0o777).toBe(0o700);
      expect((await store().get('alice'))?.token).toBe(planted.token);
    });
  }
});
