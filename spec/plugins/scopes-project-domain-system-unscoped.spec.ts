import { describe, expect, it } from 'vitest';
import { V3Password } from '../../plugins/keystone/index.js';
import { onFakeCloud, session } from './helpers/session.js';

describe('V3Password scopes on the fake cloud', () => {
  it('gets domain, system and explicitly unscoped tokens; no scope gives the default project', () => onFakeCloud(async (cloud) => {
    const a = cloud.admin;
    const base = { authUrl: cloud.authUrl, username: a.username, password: a.password, userDomainName: a.userDomainName };
    const cases = [
      [{ domainName: 'Default' }, { kind: 'domain', domain: { id: 'default' } }],
      [{ systemScope: 'all' }, { kind: 'system', system: 'all' }],
      [{ unscoped: true }, { kind: 'unscoped' }],
    ] as const;
    for (const [scope, expected] of cases) {
      const plugin = new V3Password({ ...base, ...scope });
      const { http } = session(plugin);
      await http.authenticate();
      expect(plugin.scope).toMatchObject(expected);
      http.close();
    }
    const d = cloud.credentials;
    const demo = new V3Password({ authUrl: cloud.authUrl, username: d.username, password: d.password, userDomainName: 'Default' });
    const { http } = session(demo);
    await http.authenticate();
    expect(demo.scope).toMatchObject({ kind: 'project', project: { id: d.projectId } });
    http.close();
  }));

  it('has an empty catalog when unscoped, so endpoint lookups say to scope the authentication', () => onFakeCloud(async (cloud) => {
    const d = cloud.credentials;
    const plugin = new V3Password({ authUrl: cloud.authUrl, userId: d.userId, password: d.password, unscoped: true });
    const { http } = session(plugin);
    await http.authenticate();
    expect(plugin.catalog).toEqual([]);
    expect(() => plugin.getEndpoint({ serviceType: 'echo' })).toThrow(/catalog is empty .*scope the authentication/);
    // The identity service stays reachable through the auth URL, as with keystoneauth1.
    expect(plugin.getEndpoint({ serviceType: 'identity' })).toBe(cloud.authUrl);
    http.close();
  }));
});
