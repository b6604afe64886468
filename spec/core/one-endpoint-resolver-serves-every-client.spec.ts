import { afterEach, describe, expect, it } from 'vitest';
import { IdentityV3Client } from '../../lib/services/identity/index.js';
import { EndpointResolver } from '../../lib/session/endpoint-resolver.js';
import { StaticToken } from '../../plugins/static-token.js';
import { EchoClient, fakeSession } from '../helpers/fake-session.js';

/** Issue 12: one resolver (lib/session/endpoint-resolver.ts) for every client; no client finds or authenticates on its own. */
describe('one endpoint resolver serves every client', () => {
  let session: Awaited<ReturnType<typeof fakeSession>>;
  afterEach(() => session.close());

  it('an identity client gets its endpoint from the session\'s resolver, version segment set, with one shared authentication', async () => {
    session = await fakeSession();
    const identity = new IdentityV3Client(session.http);
    const [projects] = await Promise.all([identity.get('/auth/projects'), session.echo.get('/x'), identity.get('/auth/projects')]);
    expect(projects.body.projects.length).toBeGreaterThan(0);
    expect(identity.cachedEndpoint).toBe(`${session.cloud.url}/identity/v3`);
    expect(session.cloud.authCount()).toBe(1);
  });

  it('an identity client\'s override goes through the same resolver, and gets the version segment too', async () => {
    session = await fakeSession();
    const identity = new IdentityV3Client(session.http, { endpointOverride: `${session.cloud.url}/identity/` });
    expect((await identity.get('/auth/projects')).body.projects.length).toBeGreaterThan(0);
    expect(identity.cachedEndpoint).toBe(`${session.cloud.url}/identity/v3`);
  });

  it('merges the session\'s region and interface with the client\'s, the client\'s winning', () => {
    const plugin = new StaticToken({ token: 't', endpoint: { echo: 'http://echo.example/' } });
    const resolver = new EndpointResolver({ regionName: 'RegionOne', endpointType: 'internalURL' }, () => plugin);
    const consumer = { serviceType: 'echo', regionName: 'RegionTwo', serviceName: 'echo-svc', cachedEndpoint: undefined as string | undefined };
    expect(resolver.filterFor(consumer)).toEqual({ serviceType: 'echo', interface: 'internalURL', regionName: 'RegionTwo', serviceName: 'echo-svc' });
    expect(resolver.filterFor({ serviceType: 'echo', endpointType: 'admin', cachedEndpoint: undefined }))
      .toEqual({ serviceType: 'echo', interface: 'admin', regionName: 'RegionOne' });
    expect(resolver.endpointFor(consumer)).toBe('http://echo.example');
    expect(consumer.cachedEndpoint).toBe('http://echo.example');
    resolver.forget([consumer]);
    expect(consumer.cachedEndpoint).toBeUndefined();
  });

  it('a re-authentication makes every registered client resolve again', async () => {
    session = await fakeSession();
    await session.echo.get('/a');
    session.echo.cachedEndpoint = 'http://127.0.0.1:9/stale';
    const other = new (class extends EchoClient { static override readonly attributeName = 'other'; })(session.http);
    await other.get('/b');
    session.cloud.revokeAllTokens();
    expect((await other.get('/c')).status).toBe(200);
    expect(session.echo.cachedEndpoint).toBeUndefined();
    expect((await session.echo.get('/d')).body.path).toBe('/echo/d');
  });
});
