import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { NotFound } from '../../lib/errors/http-errors.js';
import type { BeforeErrorState } from '../../lib/hooks/types.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

class ServerGone extends Error {
  override name = 'ServerGone';
}

describe('a beforeError hook', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('sees the final error with the last attempt, once, and may return another error to fail with', async () => {
    server = await startLoopback((_req, res) => sendJson(res, 404, { itemNotFound: { code: 404, message: 'Instance x could not be found.' } },
      { 'X-Openstack-Request-Id': 'req-404' }));
    const states: BeforeErrorState[] = [];
    const http = new HTTPClient({
      retry: false,
      hooks: {
        beforeError: [
          (state) => { states.push(state); },
          ({ error }) => (error instanceof NotFound ? new ServerGone(`server is gone (${error.requestId})`, { cause: error }) : undefined),
        ],
      },
    });
    const error = await http.request('GET', `${server.url}/servers/x`).catch((e: unknown) => e) as ServerGone;
    http.close();
    expect(error).toBeInstanceOf(ServerGone);
    expect(error.message).toBe('server is gone (req-404)');
    expect(error.cause).toBeInstanceOf(NotFound);
    expect(states).toHaveLength(1);
    expect(states[0]!.exchange).toMatchObject({ method: 'GET', url: `${server.url}/servers/x`, status: 404, requestId: 'req-404', attempt: 1 });
  });
});
