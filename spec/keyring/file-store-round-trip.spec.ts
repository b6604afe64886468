import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore, defaultStoreDir, keyringAccount } from '../../lib/keyring/index.js';
import { makeState, tempDir, uniqueToken } from './helpers/states.js';

describe('file store round trip with private permissions', () => {
  let base: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => { base = await tempDir(); });
  afterEach(async () => { await base.cleanup(); });

  it('sets, gets and deletes one file per key, named by the hashed key', async () => {
    const store = new FileStore({ dir: join(base.dir, 'stackclient') });
    const a = makeState(uniqueToken('a'));
    const b = makeState(uniqueToken('b'));
    await store.set('key-a', a);
    await store.set('key-b', b);
    expect(await store.get('key-a')).toEqual(a);
    expect(await store.get('key-b')).toEqual(b);
    expect((await readdir(store.dir)).sort()).toEqual([`${keyringAccount('key-a')}.json`, `${keyringAccount('key-b')}.json`].sort());
    await store.delete('key-a');
    expect(await store.get('key-a')).toBeUndefined();
    expect(await store.get('key-b')).toEqual(b);
    await store.delete('key-a');
  });

  it('creates the directory 0700 and the files 0600, and tightens a looser existing directory', async () => {
    const dir = join(base.dir, 'nested', 'stackclient');
    const store = new FileStore({ dir });
    await store.set('k', makeState(uniqueToken()));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(store.pathFor('k'))).mode & 0o777).toBe(0o600);

    const { chmod } = await import('node:fs/promises');
    await chmod(dir, 0o755);
    await store.set('k', makeState(uniqueToken()));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(store.pathFor('k'))).mode & 0o777).toBe(0o600);
  });

  it('defaults to $XDG_CONFIG_HOME/stackclient, else ~/.config/stackclient', () => {
    expect(defaultStoreDir({ XDG_CONFIG_HOME: '/srv/cfg' })).toBe('/srv/cfg/stackclient');
    expect(defaultStoreDir({})).toBe(join(homedir(), '.config', 'stackclient'));
    expect(defaultStoreDir({ XDG_CONFIG_HOME: 'relative/cfg' })).toBe(join(homedir(), '.config', 'stackclient'));
  });
});
