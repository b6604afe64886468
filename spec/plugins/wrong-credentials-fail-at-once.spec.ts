import { describe, expect, it } from 'vitest';
import { AuthorizationFailure } from '../../lib/errors/framework-errors.js';
import { V3ApplicationCredential, V3Password } from '../../plugins/keystone/index.js';
import { onFakeCloud, rejection, session } from './helpers/session.js';

describe('wrong credentials', () => {
  it('are an AuthorizationFailure with Keystone\'s message, after one attempt', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const secret = 'not-the-password-1234';
    const plugin = new V3Password({ authUrl: cloud.authUrl, username: c.username, password: secret, userDomainName: 'Default', projectId: c.projectId });
    const { http, echo } = session(plugin);
    const err = await rejection(() => echo.get('/ping'));
    expect(err).toBeInstanceOf(AuthorizationFailure);
    const failure = err as AuthorizationFailure;
    expect(failure.status).toBe(401);
    expect(failure.serverMessage).toBe('The request you have made requires authentication.');
    expect(failure.message).toContain(`user "${c.username}" (domain Default)`);
    expect(failure.message).toContain(cloud.authUrl);
    expect(failure.message).not.toContain(secret);
    expect(cloud.authCount()).toBe(1);
    expect(plugin.hasValidAuth()).toBe(false);
    http.close();
  }));

  it('of an application credential (sent without a scope, as Keystone demands) are an AuthorizationFailure too', () => onFakeCloud(async (cloud) => {
    const ac = cloud.applicationCredential;
    const good = new V3ApplicationCredential({ authUrl: cloud.authUrl, applicationCredentialId: ac.id, applicationCredentialSecret: ac.secret });
    const bad = new V3ApplicationCredential({ authUrl: cloud.authUrl, applicationCredentialId: ac.id, applicationCredentialSecret: 'wrong' });
    const ok = session(good);
    await ok.http.authenticate();
    expect(good.scope?.kind).toBe('project');
    const ko = session(bad);
    expect(await rejection(() => ko.http.authenticate())).toBeInstanceOf(AuthorizationFailure);
    ok.http.close();
    ko.http.close();
  }));
});
