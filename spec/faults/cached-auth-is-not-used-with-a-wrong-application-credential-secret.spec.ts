import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { MemoryStore } from '../../lib/keyring/memory-store.js';
import { V3ApplicationCredential } from '../../plugins/keystone/v3-application-credential.js';
import { boundSession } from './helpers/bound-session.js';
import { startMiniKeystone } from './helpers/secret-checking-keystone.js';

const SECRET = 'appcred-secret-5d0b6f2e9a41c8';
const WRONG = 'appcred-secret-000000000000';

describe('cached auth is bound to the application-credential secret that obtained it', () => {
  let ks: Awaited<ReturnType<typeof startMiniKeystone>>;
  beforeAll(async () => { ks = await startMiniKeystone(SECRET); });
  afterAll(async () => { await ks.close(); });

  const plugin = (secret: string) => new V3ApplicationCredential({ authUrl: ks.authUrl, applicationCredentialId: 'ac-1', applicationCredentialSecret: secret });

  it('a wrong secret is refused by Keystone instead of using the cached token; the right one still uses it', async () => {
    const store = new MemoryStore();
    const first = boundSession(plugin(SECRET), store);
    await first.ping.get('/ping');
    const cachedToken = first.http.authPlugin!.getToken!()!;
    const key = first.http.authPlugin!.cacheKey!()!;
    const entry = await store.get(key);
    expect(entry?.binding?.alg).toBe('scrypt');
    expect(JSON.stringify(entry)).not.toContain(SECRET);

    const wrong = boundSession(plugin(WRONG), store);
    const error = await wrong.ping.get('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationFailure);
    expect(ks.authPosts()).toBe(2);
    const dump = inspect(error, { depth: Infinity });
    for (const secret of [SECRET, WRONG, cachedToken]) expect(dump).not.toContain(secret);
    expect((await store.get(key))?.token).toBe(cachedToken);

    const again = boundSession(plugin(SECRET), store);
    await again.ping.get('/ping');
    expect(again.http.authPlugin!.getToken!()).toBe(cachedToken);
    expect(ks.authPosts()).toBe(2);
    for (const s of [first, wrong, again]) s.http.close();
  });
});
