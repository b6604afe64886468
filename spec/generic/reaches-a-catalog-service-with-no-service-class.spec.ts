import { afterEach, describe, expect, it } from 'vitest';
import { GenericClient } from '../../lib/generic/generic-client.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { sendJson } from '../helpers/loopback-server.js';
import { startMinimalKeystone } from '../helpers/minimal-keystone.js';

const TOKEN = 'gAAAAA-generic-client-token-0123456789';

/** Keystone with an `image` service whose catalog URL names no version, and a Glance-shaped image API behind it. */
async function startCloud() {
  let base = '';
  const server = await startMinimalKeystone(TOKEN, (req, res) => {
    if (req.url === '/image' || req.url === '/image/') {
      const v = (id: string, status: string, path: string) => ({ id, status, links: [{ rel: 'self', href: `${base}/image/${path}/` }] });
      return sendJson(res, 300, { versions: [v('v1.0', 'DEPRECATED', 'v1'), v('v2.15', 'CURRENT', 'v2'), v('v2.0', 'SUPPORTED', 'v2')] });
    }
    if (req.headers['x-auth-token'] !== TOKEN) return sendJson(res, 401, { error: { code: 401, message: 'no token' } });
    if (req.url.startsWith('/image/v2/images')) {
      return sendJson(res, req.method === 'POST' ? 201 : 200, { method: req.method, url: req.url, trace: req.headers['x-trace'] ?? null, body: req.body });
    }
    return sendJson(res, 404, { message: 'not here' });
  }, { type: 'image', name: 'glance', path: '/image' });
  base = server.url;
  return server;
}

describe('GenericClient', () => {
  let cloud: Awaited<ReturnType<typeof startCloud>>;
  let http: HTTPClient;
  afterEach(async () => { http.close(); await cloud.close(); });

  function session() {
    const plugin = new V3Password({ authUrl: `${cloud.url}/v3`, username: 'demo', password: 'secret-pw', projectName: 'demo', userDomainName: 'Default', projectDomainName: 'Default' });
    return new HTTPClient({ authPlugin: plugin, retry: false });
  }

  it('reaches the image service through the catalog and its version document, every verb', async () => {
    cloud = await startCloud();
    http = session();
    const image = http.service('image', '2');
    expect(http.service('image', 'v2.0')).toBe(image);
    const listed = await image.get('images', { query: { limit: 2 }, headers: { 'X-Trace': 't-1' }, timeout: 5_000 });
    expect(listed.body).toMatchObject({ method: 'GET', url: '/image/v2/images?limit=2', trace: 't-1' });
    expect(image.discovered).toMatchObject({ id: 'v2.15', version: '2.15', status: 'CURRENT' });
    expect(await image.endpoint()).toBe(`${cloud.url}/image/v2`);
    expect((await image.post('images', { json: { name: 'x' } })).status).toBe(201);
    for (const verb of ['put', 'patch', 'delete'] as const) expect((await image[verb]('images/abc')).body.method).toBe(verb.toUpperCase());
    expect((await image.head('images/abc')).status).toBe(200);
    expect(cloud.seen.filter((r) => r.url === '/image').length).toBe(1);
  });

  it('is a class of its own, shares one discovery among concurrent requests, and names unknown versions', async () => {
    cloud = await startCloud();
    http = session();
    const image = new GenericClient(http, { serviceType: 'image', version: 2 });
    expect(image.serviceType).toBe('image');
    expect((http as unknown as Record<string, unknown>)['service:image@2.0']).toBe(image);
    await Promise.all(Array.from({ length: 8 }, () => image.get('images')));
    expect(cloud.seen.filter((r) => r.url === '/image').length).toBe(1);

    const v3 = new GenericClient(http, { serviceType: 'image', version: '3' });
    await expect(v3.get('images')).rejects.toMatchObject({ name: 'UnsupportedVersion', known: ['v1.0', 'v2.15', 'v2.0'] });
    const unversioned = http.service('image');
    expect((await unversioned.get('v2/images')).body.url).toBe('/image/v2/images');
  });

  it('fails with DiscoveryFailure when no version document answers', async () => {
    cloud = await startCloud();
    http = session();
    const missing = new GenericClient(http, { serviceType: 'image', version: '2', endpointOverride: `${cloud.url}/nothing-here` });
    const error = await missing.get('images').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DiscoveryFailure', code: 'ERR_DISCOVERY_FAILURE', serviceType: 'image' });
    expect((error as Error).message).toMatch(/\/nothing-here and http:\/\/127\.0\.0\.1:\d+\/ answered no version document/);
  });
});
