import { describe, expect, it } from 'vitest';
import { V3ApplicationCredential } from '../../plugins/keystone/index.js';
import { onFakeCloud, session } from './helpers/session.js';

describe('V3ApplicationCredential on the fake cloud', () => {
  it('authenticates by id + secret and by name + user + secret, to the credential\'s project', () => onFakeCloud(async (cloud) => {
    const ac = cloud.applicationCredential;
    const c = cloud.credentials;
    for (const plugin of [
      new V3ApplicationCredential({ authUrl: cloud.authUrl, applicationCredentialId: ac.id, applicationCredentialSecret: ac.secret }),
      new V3ApplicationCredential({ authUrl: cloud.authUrl, applicationCredentialName: ac.name, applicationCredentialSecret: ac.secret, username: c.username, userDomainName: 'Default' }),
    ]) {
      const { http, echo } = session(plugin);
      await echo.get('/x');
      expect(plugin.scope).toMatchObject({ kind: 'project', project: { id: c.projectId } });
      expect(plugin.exportState()?.method).toBe('application_credential');
      expect(plugin.cacheKey()).not.toContain(ac.secret);
      http.close();
    }
  }));
});
