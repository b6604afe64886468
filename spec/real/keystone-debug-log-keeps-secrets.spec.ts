import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { V3ApplicationCredential } from '../../plugins/keystone/index.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { adminPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: the debug log of authentication', () => {
  it('shows the auth requests but never a password, secret or token in clear', async () => {
    const k = realKeystone()!;
    const tokens: string[] = [];
    const output = await captureDebug(async () => {
      const admin = adminPassword();
      const a = realSession(admin, { debug: true });
      await a.keystone.get('/projects');
      tokens.push(admin.getToken()!);
      await a.http.revoke();
      const ac = new V3ApplicationCredential({ authUrl: k.authUrl, applicationCredentialId: k.appCred.id, applicationCredentialSecret: k.appCred.secret });
      const b = realSession(ac, { debug: true });
      await b.http.authenticate();
      tokens.push(ac.getToken()!);
      a.http.close();
      b.http.close();
    });
    expect(output).toContain(`${k.authUrl}/auth/tokens`);
    expect(output).toContain(`{SHA256}${createHash('sha256').update(tokens[0]!).digest('hex')}`);
    expectNoSecrets(output, [k.admin.password, k.appCred.secret, ...tokens]);
  });
});
