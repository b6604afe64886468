import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { StaticToken } from '../../plugins/static-token.js';
import { ComputeLikeClient } from '../helpers/compute-like-client.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('hooks of a session and of a client', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('run in order: the session\'s, then the client\'s; a client\'s hooks do not run for other clients', async () => {
    server = await startLoopback((req, res) => sendJson(res, 200, { trail: req.headers['x-trail'] }));
    const order: string[] = [];
    const trail = (name: string) => (s: { headers: Record<string, string> }) => {
      order.push(name);
      s.headers['X-Trail'] = `${s.headers['X-Trail'] ?? ''}${name};`;
    };
    const http = new HTTPClient({
      authPlugin: new StaticToken({ token: 'tok-order-spec', endpoint: server.url }),
      retry: false,
      hooks: { beforeRequest: [trail('session-1'), trail('session-2')], afterResponse: [() => { order.push('session-after'); }] },
    });
    const compute = new ComputeLikeClient(http, { hooks: { beforeRequest: [trail('client')], afterResponse: [() => { order.push('client-after'); }] } });
    const res = await compute.get('servers');
    expect(res.body).toEqual({ trail: 'session-1;session-2;client;' });
    expect(order).toEqual(['session-1', 'session-2', 'client', 'session-after', 'client-after']);

    order.length = 0;
    await http.request('GET', `${server.url}/plain`);
    http.close();
    expect(order).toEqual(['session-1', 'session-2', 'session-after']);
  });
});
