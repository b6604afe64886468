import { createHash, createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { BeforeRequestState } from '../../lib/hooks/types.js';
import { AkSk } from '../../plugins/signing/aksk.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { sendJson, startLoopback, type SeenRequest } from '../helpers/loopback-server.js';

const AK = 'AKHOOKS0123456789';
const SK = 'sk-hooks-secret-for-tests-only';

function q(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The gateway's check, from the request as it arrived: the signature must cover the signed headers' values as received. */
function verify(req: SeenRequest): boolean {
  const m = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(String(req.headers.authorization));
  if (!m || m[1] !== AK) return false;
  const url = new URL(req.url, 'http://x');
  let path = decodeURIComponent(url.pathname).split('/').map(q).join('/');
  if (!path.endsWith('/')) path += '/';
  const query = [...url.searchParams].map(([k, v]) => `${q(k)}=${q(v)}`).sort().join('&');
  const headers = m[2]!.split(';').map((n) => `${n}:${String(req.headers[n]).trim()}\n`).join('');
  const canonical = [req.method, path, query, headers, m[2], createHash('sha256').update(req.body).digest('hex')].join('\n');
  const toSign = `SDK-HMAC-SHA256\n${String(req.headers['x-sdk-date'])}\n${createHash('sha256').update(canonical).digest('hex')}`;
  return createHmac('sha256', SK).update(toSign).digest('hex') === m[3];
}

describe('a beforeRequest hook', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('adds and changes headers before the AK/SK plugin signs, so the signature covers them', async () => {
    server = await startLoopback((req, res) => (verify(req) ? sendJson(res, 201, { ok: true }) : sendJson(res, 401, { error: 'bad signature' })));
    const seenByHook: Omit<BeforeRequestState, 'headers'>[] = [];
    const http = new HTTPClient({
      authPlugin: new AkSk({ accessKey: AK, secretKey: SK, endpoints: { compute: server.url } }),
      retry: false,
      hooks: {
        beforeRequest: [(state) => {
          seenByHook.push({ method: state.method, url: state.url });
          expect(Object.keys(state.headers).map((h) => h.toLowerCase())).not.toContain('authorization');
          state.headers['Content-Type'] = 'application/json; charset=utf-8';
          state.headers['X-Trace-Id'] = 'trace-42';
        }],
      },
    });
    const compute = new ComputeLikeClient(http);
    const res = await compute.post('servers', { json: { server: { name: 'web' } } });
    http.close();

    expect(res.status).toBe(201);
    const [arrived] = server.seen;
    expect(arrived!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(arrived!.headers['x-trace-id']).toBe('trace-42');
    expect(String(arrived!.headers.authorization)).toMatch(/SignedHeaders=accept;content-type;host;user-agent;x-sdk-date;x-trace-id,/);
    expect(seenByHook).toEqual([{ method: 'POST', url: `${server.url}/servers` }]);
  });
});
