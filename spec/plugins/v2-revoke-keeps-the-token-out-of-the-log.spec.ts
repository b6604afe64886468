import { describe, expect, it } from 'vitest';
import { V2Password } from '../../plugins/keystone/index.js';
import { fixture } from '../catalog/fixtures.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { startMiniServer } from './helpers/mini-server.js';
import { session } from './helpers/session.js';

describe('v2.0 revocation', () => {
  it('puts the token in the URL path (DELETE /v2.0/tokens/{id}), but the debug log shows only its hash', async () => {
    const access = fixture('keystone-v2-access.json');
    access.access.token.id = 'v2-token-that-must-not-be-logged-0123456789';
    access.access.token.expires = new Date(Date.now() + 3600_000).toISOString();
    const server = await startMiniServer((req) => (req.method === 'POST' ? { status: 200, body: access } : { status: 204 }));
    try {
      const plugin = new V2Password({ authUrl: `${server.url}/v2.0`, username: 'demo', password: 'v2-password-not-logged' });
      const output = await captureDebug(async () => {
        const { http } = session(plugin, { debug: true });
        await http.authenticate();
        await http.revoke();
        http.close();
      });
      expect(server.seen[1]!.path).toBe(`/v2.0/tokens/${access.access.token.id}`);
      expect(output).toContain('DELETE');
      expectNoSecrets(output, [access.access.token.id, 'v2-password-not-logged']);
    } finally {
      await server.close();
    }
  });
});
