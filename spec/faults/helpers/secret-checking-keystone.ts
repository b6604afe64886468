import { randomBytes } from 'node:crypto';
import { sendJson, startLoopback } from '../../helpers/loopback-server.js';

/** The secret a v3 auth body presents: the password or the application-credential secret. */
function presentedSecret(body: string): string | undefined {
  try {
    const identity = (JSON.parse(body) as { auth?: { identity?: Record<string, { user?: { password?: string }; secret?: string }> } }).auth?.identity;
    return identity?.['password']?.user?.password ?? identity?.['application_credential']?.secret;
  } catch {
    return undefined;
  }
}

/**
 * A loopback Keystone v3 of a few lines: `POST /v3/auth/tokens` issues a fresh token when the password or
 * application-credential secret equals `secret` (401 otherwise); `GET /svc/ping` answers 200 to a token it
 * issued. Its catalog has one `compute` service at `/svc`.
 */
export async function startMiniKeystone(secret: string) {
  const issued = new Set<string>();
  const server = await startLoopback((req, res) => {
    if (req.method === 'POST' && req.url === '/v3/auth/tokens') {
      if (presentedSecret(req.body) !== secret) {
        return sendJson(res, 401, { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } });
      }
      const token = `gAAAAA${randomBytes(24).toString('hex')}`;
      issued.add(token);
      return sendJson(res, 201, {
        token: {
          methods: ['password'], expires_at: new Date(Date.now() + 3_600_000).toISOString(), issued_at: new Date().toISOString(),
          user: { id: 'u1', name: 'alice', domain: { id: 'default' } }, project: { id: 'p1', name: 'demo', domain: { id: 'default' } },
          catalog: [{ type: 'compute', name: 'nova', endpoints: [{ interface: 'public', region: 'RegionOne', url: `${server.url}/svc` }] }],
        },
      }, { 'X-Subject-Token': token });
    }
    if (req.method === 'GET' && req.url === '/svc/ping') {
      const token = req.headers['x-auth-token'];
      return typeof token === 'string' && issued.has(token) ? sendJson(res, 200, { pong: true }) : sendJson(res, 401, { error: { code: 401 } });
    }
    return sendJson(res, 404, { error: { code: 404, message: 'not here' } });
  });
  return {
    ...server,
    authUrl: `${server.url}/v3`,
    issued,
    /** Token requests received so far. */
    authPosts: () => server.seen.filter((r) => r.method === 'POST' && r.url === '/v3/auth/tokens').length,
  };
}
