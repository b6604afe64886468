import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BaseClient } from '../../lib/base-client.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { AkSk } from '../../plugins/signing/aksk.js';
import { startMiniServer, type MiniRequest } from './helpers/mini-server.js';

class Compute extends BaseClient {
  static override readonly serviceType = 'compute';
  static override readonly attributeName = 'compute';
}

const AK = 'AKTEST0123456789';
const SK = 'sk-secret-for-tests-only';

// The gateway's side, written from the request as it arrived (raw path, query and headers):
// unquote the path, split on '/', quote(segment, safe='~'), always a trailing '/', sorted query, the signed headers only, sha256 of the body.
function q(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function verify(req: MiniRequest): boolean {
  const m = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(String(req.headers.authorization));
  if (!m || m[1] !== AK) return false;
  const url = new URL(req.path, 'http://x');
  let path = decodeURIComponent(url.pathname).split('/').map(q).join('/');
  if (!path.endsWith('/')) path += '/';
  const query = [...url.searchParams].map(([k, v]) => `${q(k)}=${q(v)}`).sort().join('&');
  const names = m[2]!.split(';');
  const headers = names.map((n) => `${n}:${String(req.headers[n]).trim()}\n`).join('');
  const canonical = [req.method, path, query, headers, m[2], createHash('sha256').update(req.body).digest('hex')].join('\n');
  const date = String(req.headers['x-sdk-date']);
  const toSign = `SDK-HMAC-SHA256\n${date}\n${createHash('sha256').update(canonical).digest('hex')}`;
  return createHmac('sha256', SK).update(toSign).digest('hex') === m[3];
}

describe('AK/SK request signing', () => {
  it('signs every request so that the gateway\'s own check accepts it', async () => {
    const server = await startMiniServer((req) => (verify(req) ? { status: 200, body: { ok: true } } : { status: 401, body: { error: 'bad signature' } }));
    try {
      const plugin = new AkSk({ accessKey: AK, secretKey: SK, projectId: 'p-123', endpoints: { compute: `${server.url}/v2.1/$(project_id)s` } });
      const http = new HTTPClient({ authPlugin: plugin, retry: false });
      const compute = new Compute(http);
      await compute.get('/servers/detail', { query: { name: 'web server*', limit: 5, 'a~b': "it's" } });
      await compute.post('/servers', { json: { server: { name: 'ünïcode', flavorRef: '1' } } });
      await compute.delete('/servers/a%2Fb');
      expect(server.seen.map((r) => r.method)).toEqual(['GET', 'POST', 'DELETE']);
      expect(server.seen[0]!.path).toMatch(/^\/v2\.1\/p-123\/servers\/detail\?/);
      expect(server.seen[0]!.headers['x-project-id']).toBe('p-123');
      expect(server.seen[1]!.headers.authorization).toMatch(/SignedHeaders=accept;content-type;host;user-agent;x-project-id;x-sdk-date,/);
      expect(server.seen[0]!.headers['x-sdk-date']).toMatch(/^\d{8}T\d{6}Z$/);
      expect(plugin.generation).toBe(0);
      http.close();
    } finally {
      await server.close();
    }
  });

  it('the gateway check fails for a different secret (the test check is not vacuous)', async () => {
    const server = await startMiniServer((req) => (verify(req) ? { status: 200, body: {} } : { status: 401, body: { error: { code: 401, message: 'bad signature' } } }));
    try {
      const plugin = new AkSk({ accessKey: AK, secretKey: 'another-secret', endpoints: { compute: server.url } });
      const http = new HTTPClient({ authPlugin: plugin, retry: false });
      const compute = new Compute(http);
      await expect(compute.get('/x')).rejects.toMatchObject({ status: 401 });
      http.close();
    } finally {
      await server.close();
    }
  });

  it('uses the clock it is given, returns the headers it set, and finds endpoints by alias', async () => {
    const plugin = new AkSk({ accessKey: AK, secretKey: SK, endpoints: { volumev3: 'http://127.0.0.1:1/v3' }, clock: () => new Date('2026-11-23T08:09:10.123Z') });
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const set = await plugin.authorize({ method: 'PUT', url: new URL('http://127.0.0.1:1/v3/volumes/x'), headers, body: '{}' });
    expect(set).toEqual(['Host', 'X-Sdk-Date', 'Authorization']);
    expect(headers['X-Sdk-Date']).toBe('20261123T080910Z');
    expect(plugin.getEndpoint({ serviceType: 'block-storage' })).toBe('http://127.0.0.1:1/v3');
    expect(() => plugin.getEndpoint({ serviceType: 'compute' })).toThrow(/aksk plugin has endpoints for volumev3/);
    expect(plugin.hasValidAuth()).toBe(true);
  });
});
