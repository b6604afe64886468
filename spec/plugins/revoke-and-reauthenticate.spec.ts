import { describe, expect, it } from 'vitest';
import { V3Password } from '../../plugins/keystone/index.js';
import { onFakeCloud, session } from './helpers/session.js';

describe('revocation', () => {
  it('http.revoke() deletes the token at Keystone; the next request authenticates again', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const plugin = new V3Password({ authUrl: cloud.authUrl, userId: c.userId, password: c.password, projectId: c.projectId });
    const { http, echo } = session(plugin);
    await echo.get('/a');
    const old = plugin.getToken();
    await http.revoke();
    expect(cloud.count('DELETE', '/identity/v3/auth/tokens')).toBe(1);
    expect(plugin.hasValidAuth()).toBe(false);
    await echo.get('/b');
    expect(plugin.getToken()).not.toBe(old);
    expect(cloud.authCount()).toBe(2);
    // Revoking twice is harmless: the second call has no token to revoke.
    await http.revoke();
    await http.revoke();
    expect(cloud.count('DELETE', '/identity/v3/auth/tokens')).toBe(2);
    http.close();
  }));

  it('a token revoked behind the session\'s back costs one 401 and one re-authentication', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const plugin = new V3Password({ authUrl: cloud.authUrl, userId: c.userId, password: c.password, projectId: c.projectId });
    const { http, echo } = session(plugin);
    await echo.get('/a');
    cloud.revokeAllTokens();
    expect((await echo.get('/b')).status).toBe(200);
    expect(cloud.authCount()).toBe(2);
    expect(plugin.generation).toBe(2);
    http.close();
  }));
});
