import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/errors/index.js';
import { FileStore, MemoryStore, resolveStore, type KeyringOption } from '../../lib/keyring/index.js';

describe('resolveStore turns the keyring option into a store', () => {
  it('false and undefined mean no caching', async () => {
    expect(await resolveStore(false)).toBeUndefined();
    expect(await resolveStore(undefined)).toBeUndefined();
  });

  it('a store object is used as it is', async () => {
    const mine = new MemoryStore();
    expect(await resolveStore(mine)).toBe(mine);
  });

  it("'memory' and 'file' give those stores; 'file' honours dir", async () => {
    expect((await resolveStore('memory'))?.name).toBe('memory');
    const file = await resolveStore('file', { dir: join('/tmp', 'somewhere') });
    expect(file).toBeInstanceOf(FileStore);
    expect((file as FileStore).dir).toBe('/tmp/somewhere');
  });

  it("'keytar' and 'napi' load their libraries (both installed here)", async () => {
    expect((await resolveStore('keytar'))?.name).toBe('keytar');
    expect((await resolveStore('napi'))?.name).toBe('napi');
  });

  it('an unknown name is a ConfigError that lists the valid ones', async () => {
    const err = await resolveStore('vault' as KeyringOption).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/Unknown keyring option "vault"; use 'auto', 'keytar', 'napi', 'file', 'memory'/);
  });
});
