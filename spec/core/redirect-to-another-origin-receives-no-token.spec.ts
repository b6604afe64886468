import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { BaseClient } from '../../lib/base-client.js';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';
import { UnexpectedRedirect } from '../../lib/errors/response-errors.js';
import { StaticToken } from '../../plugins/static-token.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

class EchoClient extends BaseClient {
  static override readonly serviceType = 'echo';
  static override readonly attributeName = 'echo';
}

const TOKEN = 'secret-token-for-redirect-tests';

describe('redirects', () => {
  const servers: Array<Awaited<ReturnType<typeof startLoopback>>> = [];
  afterEach(async () => { await Promise.all(servers.splice(0).map((s) => s.close())); });

  async function pair() {
    const other = await startLoopback((_req, res) => sendJson(res, 200, { landed: 'other' }));
    const origin = await startLoopback((req, res) => {
      if (req.url === '/cross') { res.writeHead(302, { Location: `${other.url}/landing` }); res.end(); return; }
      if (req.url === '/same') { res.writeHead(301, { Location: '/landing' }); res.end(); return; }
      if (req.url === '/loop') { res.writeHead(302, { Location: '/loop' }); res.end(); return; }
      if (req.url === '/post') { res.writeHead(303, { Location: `${other.url}/landing` }); res.end(); return; }
      sendJson(res, 200, { landed: 'origin' });
    });
    servers.push(other, origin);
    const http = new HTTPClient({ authPlugin: new StaticToken({ token: TOKEN, endpoint: { echo: origin.url } }), retry: false });
    return { other, origin, client: new EchoClient(http) };
  }

  it('a redirect to another port receives no token', async () => {
    const { other, client } = await pair();
    const res = await client.get('/cross', { headers: { Authorization: 'Bearer also-secret' } });
    expect(res.body).toEqual({ landed: 'other' });
    expect(other.seen).toHaveLength(1);
    expect(other.seen[0]!.headers['x-auth-token']).toBeUndefined();
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('a redirect within the origin keeps the token', async () => {
    const { origin, client } = await pair();
    await client.get('/same');
    expect(origin.seen.map((r) => [r.url, r.headers['x-auth-token']])).toEqual([['/same', TOKEN], ['/landing', TOKEN]]);
  });

  it('a POST is not followed: the 3xx is an UnexpectedRedirect', async () => {
    const { other, client } = await pair();
    const error = await client.post('/post', { json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedRedirect);
    expect((error as UnexpectedRedirect).status).toBe(303);
    expect(other.seen).toHaveLength(0);
  });

  it('more than 5 redirects end in InvalidResponse', async () => {
    const { origin, client } = await pair();
    await expect(client.get('/loop')).rejects.toBeInstanceOf(InvalidResponse);
    expect(origin.seen).toHaveLength(6);
  });
});
