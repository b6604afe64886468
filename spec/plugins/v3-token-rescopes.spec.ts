import { describe, expect, it } from 'vitest';
import { V3Password, V3Token } from '../../plugins/keystone/index.js';
import { onFakeCloud, session } from './helpers/session.js';

describe('V3Token', () => {
  it('re-scopes an unscoped token to a project, sending the token method', () => onFakeCloud(async (cloud) => {
    const a = cloud.admin;
    const unscoped = new V3Password({ authUrl: cloud.authUrl, userId: a.userId, password: a.password, unscoped: true });
    const s1 = session(unscoped);
    await s1.http.authenticate();
    const rescoped = new V3Token({ authUrl: cloud.authUrl, token: unscoped.getToken()!, projectId: a.projectId });
    const s2 = session(rescoped);
    await s2.echo.get('/x');
    expect(rescoped.scope).toMatchObject({ kind: 'project', project: { id: a.projectId } });
    expect(rescoped.getToken()).not.toBe(unscoped.getToken());
    expect(rescoped.cacheKey()).not.toContain(unscoped.getToken()!);
    s1.http.close();
    s2.http.close();
  }));
});
