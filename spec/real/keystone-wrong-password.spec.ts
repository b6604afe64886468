import { expect, it } from 'vitest';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { adminPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: wrong password', () => {
  it('is an AuthorizationFailure carrying Keystone\'s message, after exactly one token request', async () => {
    const k = realKeystone()!;
    const wrong = 'definitely-not-the-admin-password';
    const plugin = adminPassword({ password: wrong });
    const { http, authCount } = realSession(plugin);
    let err: unknown;
    try { await http.authenticate(); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(AuthorizationFailure);
    const f = err as AuthorizationFailure;
    expect(f.status).toBe(401);
    expect(f.serverMessage).toBe('The request you have made requires authentication.');
    expect(f.message).toContain(`at ${k.authUrl} (v3password) failed with HTTP 401: The request you have made requires authentication.`);
    expect(f.message).not.toContain(wrong);
    expect(authCount()).toBe(1);
    http.close();
  });
});
