import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { hashSecret } from '../../lib/log/redact.js';
import type { AfterResponseState } from '../../lib/hooks/types.js';
import { StaticToken } from '../../plugins/static-token.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

const TOKEN = 'gAAAAABhooks-after-response-token-0123456789abcdefghijklmnop';

describe('an afterResponse hook', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('sees method, redacted url, status, hashed token headers, request id, attempt and elapsed, after each attempt', async () => {
    let n = 0;
    server = await startLoopback((_req, res) => {
      n++;
      sendJson(res, n === 1 ? 503 : 200, { n }, { 'X-Openstack-Request-Id': `req-${n}`, 'X-Subject-Token': TOKEN, 'Retry-After': '0' });
    });
    const states: AfterResponseState[] = [];
    const http = new HTTPClient({
      authPlugin: new StaticToken({ token: TOKEN, endpoint: { compute: server.url } }),
      retry: { retries: 2, minTimeout: 5, maxTimeout: 10 },
      hooks: { afterResponse: [(state) => { states.push(state); }] },
    });
    const compute = new ComputeLikeClient(http);
    await compute.get('servers', { query: { password: 'hunter2-in-query' } });
    http.close();

    expect(states.map((s) => [s.exchange.status, s.exchange.attempt, s.exchange.requestId])).toEqual([[503, 1, 'req-1'], [200, 2, 'req-2']]);
    const last = states[1]!.exchange;
    expect(last.method).toBe('GET');
    expect(last.url).toBe(`${server.url}/servers?password=***`);
    expect(last.requestHeaders['X-Auth-Token']).toBe(hashSecret(TOKEN));
    expect(last.headers?.['x-subject-token']).toBe(hashSecret(TOKEN));
    expect(last.bytes).toBe(Buffer.byteLength(JSON.stringify({ n: 2 })));
    expect(last.elapsed).toBeGreaterThanOrEqual(0);
    const everything = JSON.stringify(states);
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain('hunter2-in-query');
  });
});
