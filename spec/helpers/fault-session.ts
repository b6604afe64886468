import { inspect } from 'node:util';
import { HTTPClient, type HTTPClientOptions } from '../../lib/session/http-client.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { EchoClient } from './fake-session.js';
import { sendJson, startLoopback } from './loopback-server.js';

/** The secrets every fault spec uses; none may appear in `util.inspect(err, { depth: Infinity })`. */
export const FAULT_PASSWORD = 'fault-Pa55word-never-printed';
export const FAULT_TOKEN = 'gAAAAABfault-token-never-printed-0123456789abcdefghijklmnopqrstuvwxyz';
export const FAULT_SECRETS = [FAULT_PASSWORD, FAULT_TOKEN];

/**
 * A tiny Keystone (node:http on 127.0.0.1) that answers POST /v3/auth/tokens with FAULT_TOKEN and a catalog whose
 * one `echo` endpoint is `serviceUrl`, a V3Password session (password FAULT_PASSWORD) on it, and an EchoClient.
 * The fault itself is the spec's own server at `serviceUrl`.
 */
export async function faultSession(serviceUrl: string, options: Partial<HTTPClientOptions> = {}) {
  const keystone = await startLoopback((req, res) => {
    if (req.method !== 'POST' || !req.url.startsWith('/v3/auth/tokens')) return sendJson(res, 404, { error: { message: 'not found' } });
    const endpoints = [{ interface: 'public', region_id: 'RegionOne', url: serviceUrl }];
    return sendJson(res, 201, {
      token: {
        expires_at: new Date(Date.now() + 3_600_000).toISOString(), methods: ['password'],
        project: { id: 'p1', name: 'demo', domain: { id: 'default', name: 'Default' } },
        catalog: [{ type: 'echo', name: 'echo', endpoints }],
      },
    }, { 'X-Subject-Token': FAULT_TOKEN });
  });
  const plugin = new V3Password({
    authUrl: `${keystone.url}/v3`, username: 'alice', password: FAULT_PASSWORD, projectName: 'demo', userDomainName: 'Default', projectDomainName: 'Default',
  });
  const http = new HTTPClient({ authPlugin: plugin, regionName: 'RegionOne', retry: { retries: 3, minTimeout: 5, maxTimeout: 20 }, ...options });
  const echo = new EchoClient(http);
  return { keystone, http, echo, close: async () => { http.close(); await keystone.close(); } };
}

/** A JSON body that carries the password, as a password change does, so the failing request holds both secrets. */
export const PASSWORD_BODY = { user: { password: FAULT_PASSWORD, original_password: FAULT_PASSWORD } };

/** Throws when any of FAULT_SECRETS appears anywhere util.inspect reaches in `error` (cause chain included). */
export function expectNoSecretInInspect(error: unknown): string {
  const text = inspect(error, { depth: Infinity });
  for (const secret of FAULT_SECRETS) {
    if (text.includes(secret)) throw new Error(`util.inspect(err) holds a secret (${secret.slice(0, 8)}…):\n${text.slice(0, 4000)}`);
  }
  return text;
}
