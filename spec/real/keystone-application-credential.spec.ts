import { expect, it } from 'vitest';
import { V3ApplicationCredential } from '../../plugins/keystone/index.js';
import { describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: application credential', () => {
  it('authenticates by id and by name + user, to the credential\'s project, without sending a scope', async () => {
    const k = realKeystone()!;
    const plugins = [new V3ApplicationCredential({ authUrl: k.authUrl, applicationCredentialId: k.appCred.id, applicationCredentialSecret: k.appCred.secret })];
    if (k.appCred.name) {
      plugins.push(new V3ApplicationCredential({
        authUrl: k.authUrl, applicationCredentialName: k.appCred.name, applicationCredentialSecret: k.appCred.secret, userId: k.demo.userId,
      }));
    }
    for (const plugin of plugins) {
      const { http, keystone } = realSession(plugin);
      const res = await keystone.get(`/users/${k.demo.userId}/application_credentials`);
      expect(res.body.application_credentials.map((c: { id: string }) => c.id)).toContain(k.appCred.id);
      expect(plugin.scope).toMatchObject({ kind: 'project', project: { id: k.demo.projectId } });
      expect(plugin.exportState()?.extra?.['methods']).toEqual(['application_credential']);
      http.close();
    }
  });
});
