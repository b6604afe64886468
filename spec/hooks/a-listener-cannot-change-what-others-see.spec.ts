import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { ExchangeView } from '../../lib/hooks/types.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('the view a listener receives', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('is frozen: a listener that writes to it is refused, and the next listener and the afterResponse hook see it unchanged', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 200, { ok: true }));
    const seen: ExchangeView[] = [];
    const http = new HTTPClient({ retry: false, hooks: { afterResponse: [({ exchange }) => { seen.push(exchange); }] } });
    let refused: unknown;
    http.on('response', ({ exchange }) => {
      try {
        (exchange as { status?: number }).status = 500;
        (exchange.headers as Record<string, string>)['x-injected'] = 'yes';
      } catch (error) {
        refused = error;
      }
    });
    http.on('response', ({ exchange }) => { seen.push(exchange); });
    const res = await http.request('GET', `${server.url}/x`);
    http.close();
    expect(res.status).toBe(200);
    expect(refused).toBeInstanceOf(TypeError);
    expect(seen.map((v) => [v.status, v.headers?.['x-injected']])).toEqual([[200, undefined], [200, undefined]]);
  });
});
