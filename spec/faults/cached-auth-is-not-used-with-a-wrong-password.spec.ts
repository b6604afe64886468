import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { FileStore } from '../../lib/keyring/file-store.js';
import { V3Password } from '../../plugins/keystone/v3-password.js';
import { tempDir } from '../keyring/helpers/states.js';
import { boundSession } from './helpers/bound-session.js';
import { startMiniKeystone } from './helpers/secret-checking-keystone.js';

const RIGHT = 'right-horse-battery-staple-7c1e';
const WRONG = 'wrong-horse-battery-staple-93ab';

describe('cached auth is bound to the password that obtained it', () => {
  let ks: Awaited<ReturnType<typeof startMiniKeystone>>;
  let base: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    ks = await startMiniKeystone(RIGHT);
    base = await tempDir();
  });
  afterAll(async () => {
    await ks.close();
    await base.cleanup();
  });

  const plugin = (password: string) => new V3Password({
    authUrl: ks.authUrl, username: 'alice', password, userDomainName: 'Default', projectName: 'demo', projectDomainName: 'Default',
  });

  it('a wrong password authenticates (and fails) instead of riding on the cached token; the entry stays for the right one', async () => {
    const store = new FileStore({ dir: base.dir });
    const first = boundSession(plugin(RIGHT), store);
    expect((await first.ping.get('/ping')).body).toEqual({ pong: true });
    expect(ks.authPosts()).toBe(1);
    const cachedToken = first.http.authPlugin!.getToken!()!;
    const [file] = await readdir(base.dir);
    const stored = await readFile(join(base.dir, file!), 'utf8');
    expect(stored).toContain('"binding"');
    expect(stored).not.toContain(RIGHT);

    const wrong = boundSession(plugin(WRONG), store);
    const error = await wrong.ping.get('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationFailure);
    expect((error as AuthorizationFailure).status).toBe(401);
    expect(ks.authPosts()).toBe(2);
    expect(wrong.http.authPlugin!.getToken!()).toBeUndefined();
    const dump = inspect(error, { depth: Infinity });
    for (const secret of [RIGHT, WRONG, cachedToken]) expect(dump).not.toContain(secret);
    expect(await readFile(join(base.dir, file!), 'utf8')).toBe(stored);

    const again = boundSession(plugin(RIGHT), store);
    expect((await again.ping.get('/ping')).body).toEqual({ pong: true });
    expect(again.http.authPlugin!.getToken!()).toBe(cachedToken);
    expect(ks.authPosts()).toBe(2);
    for (const s of [first, wrong, again]) s.http.close();
  });
});
