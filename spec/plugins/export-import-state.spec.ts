import { describe, expect, it } from 'vitest';
import { V3ApplicationCredential, V3Password } from '../../plugins/keystone/index.js';
import { onFakeCloud, session } from './helpers/session.js';

describe('auth state export and import', () => {
  it('round-trips through JSON: a second plugin uses the token with zero authentications', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const opts = { authUrl: cloud.authUrl, username: c.username, password: c.password, userDomainName: 'Default', projectName: c.projectName, projectDomainName: 'Default' };
    const first = new V3Password(opts);
    const a = session(first);
    await a.echo.get('/one');
    const json = JSON.stringify(first.exportState());
    const state = JSON.parse(json);
    expect(state).toMatchObject({
      version: 1, plugin: 'v3password', authUrl: cloud.authUrl, method: 'password', identityVersion: 'v3',
      token: first.getToken(), expiresAt: first.expiresAt!.toISOString(), scope: { kind: 'project', project: { id: c.projectId } },
    });
    expect(json).not.toContain(c.password);

    const second = new V3Password(opts);
    expect(second.cacheKey()).toBe(first.cacheKey());
    expect(second.importState(state)).toBe(true);
    expect(second.generation).toBe(1);
    const b = session(second);
    const before = cloud.authCount();
    await b.echo.get('/two');
    expect(cloud.authCount()).toBe(before);
    expect(second.getEndpoint({ serviceType: 'echo', regionName: 'RegionTwo' })).toBe(first.getEndpoint({ serviceType: 'echo', regionName: 'RegionTwo' }));
    a.http.close();
    b.http.close();
  }));

  it('refuses state of another user, scope, auth URL or plugin, and malformed or expired state', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const base = { authUrl: cloud.authUrl, userId: c.userId, password: c.password, projectId: c.projectId };
    const plugin = new V3Password(base);
    const { http } = session(plugin);
    await http.authenticate();
    const state = plugin.exportState()!;
    expect(new V3Password({ ...base, userId: cloud.admin.userId }).importState(state)).toBe(false);
    expect(new V3Password({ ...base, projectId: cloud.admin.projectId }).importState(state)).toBe(false);
    expect(new V3Password({ ...base, authUrl: `${cloud.url}/other/v3` }).importState(state)).toBe(false);
    const ac = cloud.applicationCredential;
    expect(new V3ApplicationCredential({ authUrl: cloud.authUrl, applicationCredentialId: ac.id, applicationCredentialSecret: ac.secret }).importState(state)).toBe(false);
    expect(new V3Password(base).importState({ ...state, catalog: 'nope' })).toBe(false);
    expect(new V3Password(base).importState({ ...state, expiresAt: new Date(Date.now() - 1000).toISOString() })).toBe(false);
    expect(new V3Password(base).importState({ ...state, token: undefined } as never)).toBe(false);
    http.close();
  }));

  it('keys the cache on identity and scope, never on the password', () => {
    const base = { authUrl: 'http://127.0.0.1:5000/v3', username: 'admin', userDomainName: 'Default', projectName: 'admin', projectDomainName: 'Default' };
    const one = new V3Password({ ...base, password: 'secret-one' });
    const two = new V3Password({ ...base, password: 'secret-two' });
    expect(one.cacheKey()).toBe(two.cacheKey());
    expect(one.cacheKey()).not.toContain('secret');
    expect(one.cacheKey()).not.toBe(new V3Password({ ...base, password: 'x', projectName: 'demo' }).cacheKey());
    expect(one.cacheKey()).not.toBe(new V3Password({ ...base, password: 'x', userDomainName: 'Other' }).cacheKey());
  });
});
