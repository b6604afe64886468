import { afterEach, describe, expect, it } from 'vitest';
import { ServiceUnavailable } from '../../lib/errors/http-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';
import { expectNoSecrets } from './helpers/mini-keystone.js';

const SECRET = 'budget-secret-token-93a1';

/** Issue 10 item 10: a Retry-After that would end past maxRetryTime ends the retries at once. */
describe('Retry-After never sleeps past the retry budget', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  let http: HTTPClient;
  afterEach(async () => { http.close(); await server.close(); });

  it('503 Retry-After: 2 under a 3 s budget: waits 2 s once, then fails at once instead of sleeping to 4 s', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 503, { message: 'busy' }, { 'Retry-After': '2' }));
    http = new HTTPClient({ retry: { maxRetryTime: 3_000 } });
    const start = Date.now();
    const err = await http.request('GET', `${server.url}/busy`, { headers: { 'X-Auth-Token': SECRET } }).catch((e: unknown) => e);
    const elapsed = Date.now() - start;
    console.log(`503 Retry-After: 2, budget 3 s: failed after ${elapsed} ms, ${server.seen.length} attempts`);
    expect(err).toBeInstanceOf(ServiceUnavailable);
    expect(server.seen).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(1_900);
    expect(elapsed).toBeLessThan(2_900);
    expect((err as Error).message).toContain('Retry-After');
    expectNoSecrets(err, [SECRET]);
  });
});
