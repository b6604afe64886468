import type http from 'node:http';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { sendJson, startLoopback, type SeenRequest } from '../../helpers/loopback-server.js';

export const PASSWORD = 'storm-password-5d1e0c';

export interface MiniKeystoneOptions {
  /** What POST /v3/auth/tokens answers: a token (201), or a failure status. */
  auth: (count: number) => { status: 201; expiresAt: Date; issuedAt: Date; date?: Date } | { status: 401 | 500 };
  /** What the `echo` service answers (any path under /svc). */
  service: (req: SeenRequest) => number;
}

/**
 * One node:http server that is both a tiny Keystone v3 (password auth, a catalog with one `echo` service)
 * and that service. Counts auth POSTs; the token strings are `tok-<n>` so a spec can find them in errors.
 */
export async function startMiniKeystone(options: MiniKeystoneOptions) {
  let auths = 0;
  const tokens: string[] = [];
  const server = await startLoopback((req, res) => {
    if (req.method === 'POST' && req.url === '/v3/auth/tokens') return answerAuth(res, ++auths);
    if (req.url.startsWith('/svc')) return sendJson(res, options.service(req), { seen: req.url });
    return sendJson(res, 404, { error: { message: 'not found' } });
  });
  function answerAuth(res: http.ServerResponse, n: number) {
    const a = options.auth(n);
    if (a.status !== 201) {
      const message = a.status === 401 ? 'The request you have made requires authentication.' : 'An unexpected error occurred.';
      return sendJson(res, a.status, { error: { code: a.status, message } });
    }
    const token = `tok-${n}-6a1f93c0b2`;
    tokens.push(token);
    const body = {
      token: {
        methods: ['password'], user: { id: 'u1', name: 'demo', domain: { id: 'default', name: 'Default' } },
        expires_at: a.expiresAt.toISOString(), issued_at: a.issuedAt.toISOString(),
        project: { id: 'p1', name: 'demo', domain: { id: 'default', name: 'Default' } },
        catalog: [{ type: 'echo', name: 'echo', id: 's1', endpoints: [{ interface: 'public', region_id: 'RegionOne', region: 'RegionOne', url: `${server.url}/svc` }] }],
      },
    };
    return sendJson(res, 201, body, { 'X-Subject-Token': token, ...(a.date ? { Date: a.date.toUTCString() } : {}) });
  }
  return {
    ...server,
    authUrl: `${server.url}/v3`,
    authCount: () => auths,
    tokens,
    passwordAuth: () => ({ authUrl: `${server.url}/v3`, username: 'demo', password: PASSWORD, userDomainName: 'Default', projectName: 'demo', projectDomainName: 'Default' }),
  };
}

/** Asserts that `util.inspect(err, { depth: Infinity })` holds none of `secrets`. */
export function expectNoSecrets(err: unknown, secrets: readonly string[]): void {
  const text = inspect(err, { depth: Infinity });
  for (const s of secrets) expect(text, `inspect(err) holds the secret ${s}`).not.toContain(s);
}
