import { describe, expect, it } from 'vitest';
import { UnsupportedVersion } from '../../lib/errors/framework-errors.js';
import { Password, Token, parseVersionDocument } from '../../plugins/keystone/index.js';
import { onFakeCloud, rejection, session } from './helpers/session.js';

describe('generic Password and Token discover the identity version', () => {
  it('use v3 from the root (300 list), from /v3 (200 single), and v2.0 from /v2.0', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const creds = { username: c.username, password: c.password, userDomainName: 'Default', projectName: c.projectName, projectDomainName: 'Default' };
    for (const [authUrl, version] of [[cloud.identityUrl, 'v3'], [cloud.authUrl, 'v3'], [`${cloud.identityUrl}/v2.0`, 'v2.0']] as const) {
      cloud.resetCounts();
      const plugin = new Password({ authUrl, ...creds });
      const { http, echo } = session(plugin);
      await echo.get('/ping');
      expect(plugin.identityVersion).toBe(version);
      expect(plugin.scope?.project?.id).toBe(c.projectId);
      expect(cloud.count('GET', new URL(authUrl).pathname)).toBe(1);
      expect(cloud.count('POST', version === 'v3' ? '/identity/v3/auth/tokens' : '/identity/v2.0/tokens')).toBe(1);
      // Discovery is done once: a re-authentication goes straight to the token call.
      plugin.invalidate();
      await http.authenticate();
      expect(cloud.count('GET', new URL(authUrl).pathname)).toBe(1);
      http.close();
    }
  }));

  it('Token exchanges a token on the version it found', () => onFakeCloud(async (cloud) => {
    const token = cloud.issueToken('demo');
    for (const authUrl of [cloud.identityUrl, `${cloud.identityUrl}/v2.0`]) {
      const plugin = new Token({ authUrl, token, projectId: cloud.credentials.projectId });
      const { http } = session(plugin);
      await http.authenticate();
      expect(plugin.getToken()).toBeTruthy();
      expect(plugin.getToken()).not.toBe(token);
      expect(plugin.scope?.project?.id).toBe(cloud.credentials.projectId);
      http.close();
    }
  }));

  it('refuses v2.0 for a domain scope, naming what the server offers', () => onFakeCloud(async (cloud) => {
    const a = cloud.admin;
    const plugin = new Password({ authUrl: `${cloud.identityUrl}/v2.0`, username: a.username, password: a.password, domainName: 'Default' });
    const { http } = session(plugin);
    const err = await rejection(() => http.authenticate());
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect(err.message).toMatch(/offers v2\.0; password needs v3; identity v2\.0 cannot express a domain/);
    expect(cloud.authCount()).toBe(0);
    http.close();
  }));

  it('reads both version-document shapes and prefers links from the document', () => {
    expect(parseVersionDocument({ versions: { values: [
      { id: 'v2.0', links: [{ rel: 'self', href: 'http://k/v2.0/' }] },
      { id: 'v3.14', links: [{ rel: 'self', href: 'http://proxy/identity/v3/' }] },
    ] } }, 'http://k')).toEqual({ v2: 'http://k/v2.0', v3: 'http://proxy/identity/v3', offered: ['v2.0', 'v3.14'] });
    expect(parseVersionDocument({ version: { id: 'v3.14' } }, 'http://k/v3')).toEqual({ v3: 'http://k/v3', offered: ['v3.14'] });
    expect(() => parseVersionDocument('<html>', 'http://k')).toThrow(/did not answer with an identity version document/);
  });
});
