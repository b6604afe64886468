import { describe, expect, it } from 'vitest';
import { V2Password, V2Token } from '../../plugins/keystone/index.js';
import { fixture } from '../catalog/fixtures.js';
import { startMiniServer } from './helpers/mini-server.js';
import { onFakeCloud, session } from './helpers/session.js';

describe('identity v2.0 plugins on the fake cloud', () => {
  it('V2Password gets a tenant-scoped token and a v2 catalog the session can use', () => onFakeCloud(async (cloud) => {
    const c = cloud.credentials;
    const plugin = new V2Password({ authUrl: `${cloud.identityUrl}/v2.0`, username: c.username, password: c.password, projectName: c.projectName });
    const { http, echo } = session(plugin);
    const res = await echo.get('/hello');
    expect(res.status).toBe(200);
    expect(plugin.identityVersion).toBe('v2.0');
    expect(plugin.scope).toMatchObject({ kind: 'project', project: { id: c.projectId, name: c.projectName } });
    expect(plugin.getEndpoint({ serviceType: 'echo', regionName: 'RegionOne', interface: 'publicURL' })).toMatch(/\/echo$/);
    expect(cloud.count('POST', '/identity/v2.0/tokens')).toBe(1);
    http.close();
  }));

  it('V2Token takes the root as auth URL (appending /v2.0) and tenantId', () => onFakeCloud(async (cloud) => {
    const plugin = new V2Token({ authUrl: cloud.identityUrl, token: cloud.issueToken('demo'), tenantId: cloud.credentials.projectId });
    const { http } = session(plugin);
    await http.authenticate();
    expect(plugin.scope?.project?.id).toBe(cloud.credentials.projectId);
    expect(cloud.count('POST', '/identity/v2.0/tokens')).toBe(1);
    http.close();
  }));

  it('revokes with DELETE /v2.0/tokens/{id}', async () => {
    // The fake cloud's v2.0 API has no token deletion; this server answers as Keystone 2.0 did.
    const access = fixture('keystone-v2-access.json');
    access.access.token.expires = new Date(Date.now() + 3600_000).toISOString();
    const server = await startMiniServer((req) => (req.method === 'POST' ? { status: 200, body: access } : { status: 204 }));
    try {
      const plugin = new V2Password({ authUrl: `${server.url}/v2.0`, username: 'demo', password: 'pw', tenantName: 'demo' });
      const { http } = session(plugin);
      await http.authenticate();
      const token = plugin.getToken()!;
      await http.revoke();
      expect(server.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v2.0/tokens', `DELETE /v2.0/tokens/${token}`]);
      expect(server.seen[1]!.headers['x-auth-token']).toBe(token);
      expect(JSON.parse(server.seen[0]!.body)).toEqual({ auth: { passwordCredentials: { username: 'demo', password: 'pw' }, tenantName: 'demo' } });
      expect(plugin.hasValidAuth()).toBe(false);
      http.close();
    } finally {
      await server.close();
    }
  });
});
