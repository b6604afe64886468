import { afterEach, describe, expect, it } from 'vitest';
import { NotAcceptable, UnsupportedVersion } from '../../../lib/errors/index.js';
import { InvalidArgument } from '../../../lib/services/common/index.js';
import { ComputeV2Client } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute microversions', () => {
  let s: NovaSession;
  afterEach(() => s.close());

  const sentVersions = () => s.cloud.requests
    .filter((r) => r.path.includes('/servers'))
    .map((r) => [r.headers['openstack-api-version'], r.headers['x-openstack-nova-api-version']]);

  it('sends both headers on every request and reads the answer in that microversion', async () => {
    s = await novaSession({}, { microversion: '2.47' });
    const res = await s.compute.get('/servers/detail');
    expect(res.headers['openstack-api-version']).toBe('compute 2.47');
    expect(res.headers.vary).toContain('OpenStack-API-Version');
    await s.compute.servers.list();
    expect(sentVersions()).toEqual([['compute 2.47', '2.47'], ['compute 2.47', '2.47']]);

    const created = await s.compute.servers.create({ name: 'v', flavorRef: '1', imageRef: 'i', networks: 'auto' });
    const modern = await s.compute.servers.get(created.id);
    expect(modern.flavor).toMatchObject({ original_name: 'm1.tiny', vcpus: 1 });
    const legacy = await new ComputeV2Client(s.http, { microversion: '2.1' }).servers.get(created.id);
    expect(legacy.flavor).toMatchObject({ id: '1', links: [expect.objectContaining({ rel: 'bookmark' })] });
  });

  it("resolves 'latest' from the version document before the first request", async () => {
    s = await novaSession({ maxVersion: '2.60' }, { microversion: 'latest' });
    expect(s.compute.microversion).toBe('latest');
    await s.compute.servers.list();
    expect(s.compute.microversion).toBe('2.60');
    expect(sentVersions()).toEqual([['compute 2.60', '2.60']]);
    expect(s.cloud.count('GET', '/compute/v2.1/')).toBe(1);
  });

  it('negotiates: keeps a supported microversion, refuses one the server cannot do with its range', async () => {
    s = await novaSession({ maxVersion: '2.60' }, { microversion: '2.53' });
    expect(await s.compute.negotiateMicroversion()).toBe('2.53');
    expect(await s.compute.microversionRange()).toEqual({ min: '2.1', max: '2.60' });

    const tooNew = new ComputeV2Client(s.http, { microversion: '2.90' });
    const err = await rejection(tooNew.negotiateMicroversion());
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect(err.message).toBe("The server does not support compute microversion 2.90: it supports 2.1 to 2.60; pick one in that range or 'latest'");
    expect((err as UnsupportedVersion).known).toEqual(['2.1', '2.60']);
  });

  it('falls back to the version root when the endpoint has no version document', async () => {
    s = await novaSession({ maxVersion: '2.70' }, { microversion: 'latest' });
    s.cloud.failNext(1, { status: 404, method: 'GET', path: '/compute/v2.1/' });
    expect(await s.compute.resolveMicroversion()).toBe('2.70');
    expect(s.cloud.count('GET', '/compute/')).toBe(1);
  });

  it('turns the server refusing a microversion into UnsupportedVersion with the announced range, the 406 as its cause', async () => {
    s = await novaSession({ maxVersion: '2.60' }, { microversion: '2.90' });
    const err = await rejection(s.compute.servers.list());
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect(err.message).toBe("The server does not support compute microversion 2.90: it supports 2.1 to 2.60; pick one in that range or 'latest'");
    expect((err as UnsupportedVersion).known).toEqual(['2.1', '2.60']);
    expect(err.cause).toBeInstanceOf(NotAcceptable);
    expect((err.cause as NotAcceptable).serverMessage).toBe('Version 2.90 is not supported by the API. Minimum is 2.1 and maximum is 2.60.');
    // one refused request, then the version document: nothing is sent again
    expect(s.cloud.count('GET', '/compute/v2.1/servers/detail')).toBe(1);
    expect(s.cloud.count('GET', '/compute/v2.1/')).toBe(1);
  });

  it('checks the microversion option when the client is built', async () => {
    s = await novaSession();
    expect(() => new ComputeV2Client(s.http, { microversion: 'two' })).toThrow(InvalidArgument);
    expect(() => new ComputeV2Client(s.http, { microversion: '2.97' })).toThrow(UnsupportedVersion);
    expect(() => new ComputeV2Client(s.http, { microversion: '3.0' })).toThrow(/outside what this client knows \(2\.1 to 2\.96\)/);
    expect(new ComputeV2Client(s.http, { microversion: '2.96' }).microversion).toBe('2.96');
    expect(new ComputeV2Client(s.http).microversion).toBe('2.1');
  });
});
