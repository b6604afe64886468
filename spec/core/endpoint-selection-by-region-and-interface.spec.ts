import { afterEach, describe, expect, it } from 'vitest';
import { EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { EchoClient, fakeSession } from '../helpers/fake-session.js';

describe('endpoint selection through the session', () => {
  let session: Awaited<ReturnType<typeof fakeSession>>;
  afterEach(() => session.close());

  it('uses the session region, a client region override, and caches the endpoint until re-authentication', async () => {
    session = await fakeSession({ http: { regionName: 'RegionOne' } });
    const res = await session.echo.get('/where');
    expect(res.body.path).toBe('/echo/where');
    expect(session.echo.cachedEndpoint).toBe(`${session.cloud.url}/echo`);

    const r2 = new (class extends EchoClient { static override readonly attributeName = 'echoTwo'; })(session.http, { regionName: 'RegionTwo' });
    expect((await r2.get('/where')).body.path).toBe('/echo-r2/where');

    session.cloud.revokeAllTokens();
    await session.echo.get('/again');
    expect(session.cloud.authCount()).toBe(2);
    expect(session.echo.cachedEndpoint).toBe(`${session.cloud.url}/echo`);
  });

  it('a service the catalog lacks is EndpointNotFound naming what the catalog has', async () => {
    session = await fakeSession();
    const image = new (class extends EchoClient {
      static override readonly serviceType = 'image';
      static override readonly attributeName = 'image';
    })(session.http);
    const error = await image.get('/images').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointNotFound);
    expect((error as Error).message).toMatch(/"image".*catalog has: .*identity/);
  });

  it('an endpoint override skips the catalog', async () => {
    session = await fakeSession();
    const pinned = new (class extends EchoClient { static override readonly attributeName = 'pinned'; })(session.http, { endpointOverride: `${session.cloud.url}/echo-r2/` });
    expect((await pinned.get('/x')).body.path).toBe('/echo-r2/x');
  });
});
