import { expect, it } from 'vitest';
import { Password, Token } from '../../plugins/keystone/index.js';
import { adminPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: generic plugins discover v3', () => {
  it('Password works with the root URL (300 list) and the /v3 URL (200 document)', async () => {
    const k = realKeystone()!;
    for (const authUrl of [k.rootUrl, k.authUrl, `${k.authUrl}/`]) {
      const plugin = new Password({ authUrl, ...k.admin });
      const { http, keystone } = realSession(plugin);
      expect((await keystone.get('/auth/projects')).status).toBe(200);
      expect(plugin.identityVersion).toBe('v3');
      const gets = http.getTimings().filter((t) => t.method === 'GET' && t.url.replace(/\/+$/, '') === authUrl.replace(/\/+$/, ''));
      expect(gets.map((t) => t.status)).toEqual([authUrl === k.rootUrl ? 300 : 200]);
      http.close();
    }
  });

  it('Token re-scopes an admin project token to the Default domain', async () => {
    const k = realKeystone()!;
    const source = adminPassword();
    const a = realSession(source);
    await a.http.authenticate();
    const plugin = new Token({ authUrl: k.rootUrl, token: source.getToken()!, domainId: 'default' });
    const b = realSession(plugin);
    await b.http.authenticate();
    expect(plugin.scope).toMatchObject({ kind: 'domain', domain: { id: 'default' } });
    expect([...plugin.exportState()!.extra!['methods'] as string[]].sort()).toEqual(['password', 'token']);
    a.http.close();
    b.http.close();
  });
});
