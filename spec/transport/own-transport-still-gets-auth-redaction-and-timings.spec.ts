import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { InvalidArgument } from '../../lib/errors/framework-errors.js';
import { ServiceUnavailable } from '../../lib/errors/http-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { HttpTransport, TransportRequest, TransportResponse } from '../../lib/transport/transport.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { fakeSession } from '../helpers/fake-session.js';

/** A user's own transport: plain node:http, no got, its own timing of the whole exchange. */
class NodeHttpTransport implements HttpTransport {
  readonly insecure = false;
  readonly sent: { method: string; url: string; headers: Record<string, string> }[] = [];
  readonly #agent = new http.Agent({ keepAlive: true });

  send(req: TransportRequest): Promise<TransportResponse> {
    this.sent.push({ method: req.method, url: req.url, headers: { ...req.headers } });
    const start = Date.now();
    return new Promise((resolve, reject) => {
      const r = http.request(req.url, { method: req.method, headers: req.headers, agent: this.#agent, signal: req.signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({
          status: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', headers: res.headers, rawBody: Buffer.concat(chunks), url: req.url,
          timings: { phases: { total: Date.now() - start } },
        }));
        res.on('error', reject);
      });
      r.on('error', reject);
      r.end(req.body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}

describe('a transport of your own', () => {
  it('carries every request, still authenticated, redacted in the log, timed and retried by the session', async () => {
    const transport = new NodeHttpTransport();
    const s = await fakeSession({ http: { transport, timings: true } });
    try {
      const output = await captureDebug(async () => {
        expect((await s.echo.get('/things')).status).toBe(200);
      });
      // Keystone's token request, then the echo call, both through our transport.
      const token = s.plugin.getToken();
      expect(transport.sent.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toContain('POST /identity/v3/auth/tokens');
      const echoCall = transport.sent.find((r) => r.url.includes('/echo/things'))!;
      expect(echoCall.headers['X-Auth-Token']).toMatch(/^gAAAAA/);
      expect(output).toContain('-X GET');
      expect(output).toMatch(/X-Auth-Token: \{SHA256\}[0-9a-f]{64}/);
      expectNoSecrets(output, [echoCall.headers['X-Auth-Token']!, s.cloud.passwordAuth().password, String(token ?? '')]);
      const timings = s.http.getTimings();
      expect(timings.map((t) => `${t.method} ${t.status}`)).toEqual(expect.arrayContaining(['POST 201', 'GET 200']));
      expect(timings.every((t) => typeof t.phases?.total === 'number')).toBe(true);

      // The session's retry policy (2 retries for a GET) and its typed errors still apply.
      const before = transport.sent.length;
      await expect(s.echo.get('/status/503')).rejects.toBeInstanceOf(ServiceUnavailable);
      expect(transport.sent.length - before).toBe(3);
    } finally {
      await s.close();
    }
  });

  it('refuses an object that is not a transport, saying what it lacks', () => {
    expect(() => new HTTPClient({ transport: { send: async () => { throw new Error('x'); } } as unknown as HttpTransport }))
      .toThrow(new InvalidArgument('transport', 'transport must have send(req), close() and insecure (boolean); it lacks close, insecure'));
  });
});
