import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ProxyAuthenticationRequired } from '../../lib/errors/http-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { startLoopback, sendJson } from '../helpers/loopback-server.js';
import { NO_REAL_PROXY, realProxy } from '../helpers/real-proxy.js';

const proxy = realProxy();

describe.skipIf(!proxy)(`a proxy that refuses the credentials${proxy ? '' : ` — skipped: ${NO_REAL_PROXY}`}`, () => {
  it('ends in ProxyAuthenticationRequired (407) that names the proxy with the password as *** and holds no password', async () => {
    const server = await startLoopback((_req, res) => sendJson(res, 200, { ok: true }));
    const wrong = new URL(proxy!.url);
    wrong.password = 'not-the-proxy-password-7731';
    const http = new HTTPClient({ proxy: wrong.href, retry: false });
    let error: unknown;
    try {
      const output = await captureDebug(async () => {
        error = await http.request('POST', `${server.url}/v2/servers`, { json: { server: { name: 'x' } } }).catch((e: unknown) => e);
      });
      expect(error).toBeInstanceOf(ProxyAuthenticationRequired);
      const e = error as ProxyAuthenticationRequired;
      expect(e.status).toBe(407);
      expect(e.code).toBe('ERR_HTTP_407');
      expect(e.message).toBe(`POST ${server.url}/v2/servers (via proxy http://${proxy!.user}:***@${proxy!.hostPort}/) failed with HTTP 407 `
        + 'from the proxy: it refused the credentials (HTTP 401 to CONNECT); check the user and password in the proxy URL '
        + '(proxy option, clouds.yaml proxy, or HTTPS_PROXY / HTTP_PROXY)');
      expect(server.seen).toHaveLength(0);
      const inspected = inspect(error, { depth: Infinity });
      const basic = (pw: string) => Buffer.from(`${proxy!.user}:${pw}`).toString('base64');
      expectNoSecrets(inspected, [wrong.password, proxy!.password, basic(wrong.password), basic(proxy!.password)]);
      expectNoSecrets(output, [wrong.password, proxy!.password, basic(wrong.password)]);
      expect(output).toContain(`-x 'http://${proxy!.user}:***@${proxy!.hostPort}/'`);
    } finally {
      http.close();
      await server.close();
    }
  });

  it('without credentials, the proxy\'s own 407 is ProxyAuthenticationRequired', async () => {
    const server = await startLoopback((_req, res) => sendJson(res, 200, { ok: true }));
    const http = new HTTPClient({ proxy: `http://${proxy!.hostPort}`, retry: false });
    try {
      const error = await http.request('GET', `${server.url}/v2/servers`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProxyAuthenticationRequired);
      expect((error as Error).message).toContain('from the proxy: it asked for credentials or refused them; check the user and password');
      expect(server.seen).toHaveLength(0);
    } finally {
      http.close();
      await server.close();
    }
  });
});
