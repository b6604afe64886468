import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { V3Password } from '../../plugins/keystone/index.js';
import { sendJson } from '../helpers/loopback-server.js';
import { startMinimalKeystone } from '../helpers/minimal-keystone.js';

const TOKEN = 'gAAAAA-generic-payload-token-0123456789';
const PAYLOAD = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));

/** Keystone with an unversioned `image` catalog URL, its version document, and an image file store under /v2. */
async function startCloud() {
  let base = '';
  let stored = Buffer.alloc(0);
  const server = await startMinimalKeystone(TOKEN, (req, res) => {
    if (req.url === '/image' || req.url === '/image/') {
      return sendJson(res, 300, { versions: [{ id: 'v2.15', status: 'CURRENT', links: [{ rel: 'self', href: `${base}/image/v2/` }] }] });
    }
    if (req.headers['x-auth-token'] !== TOKEN) return sendJson(res, 401, { error: { code: 401, message: 'no token' } });
    if (req.url === '/image/v2/images/abc/file' && req.method === 'PUT') {
      stored = Buffer.from(req.body, 'latin1');
      res.writeHead(204).end();
      return;
    }
    if (req.url === '/image/v2/images/abc/file' && req.method === 'GET') {
      const md5 = createHash('md5').update(stored).digest('hex');
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': stored.length, ETag: `"${md5}"` }).end(stored);
      return;
    }
    return sendJson(res, 404, { message: 'not here' });
  }, { type: 'image', name: 'glance', path: '/image', encoding: 'latin1' });
  base = server.url;
  return server;
}

describe('GenericClient payloads', () => {
  let cloud: Awaited<ReturnType<typeof startCloud>>;
  let http: HTTPClient;
  afterEach(async () => { http.close(); await cloud.close(); });

  it('uploads and downloads under the discovered version URL, with the token and the checksum checked', async () => {
    cloud = await startCloud();
    const plugin = new V3Password({
      authUrl: `${cloud.url}/v3`, username: 'demo', password: 'secret-pw', projectName: 'demo', userDomainName: 'Default', projectDomainName: 'Default',
    });
    http = new HTTPClient({ authPlugin: plugin, retry: false });
    const image = http.service('image', '2');

    const uploaded: number[] = [];
    const put = await image.upload('images/abc/file', PAYLOAD, { onProgress: ({ transferred }) => uploaded.push(transferred) });
    expect(put.status).toBe(204);
    expect(uploaded.at(-1)).toBe(PAYLOAD.length);

    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const result = await image.download('images/abc/file', sink);
    expect(Buffer.concat(chunks).equals(PAYLOAD)).toBe(true);
    expect(result).toMatchObject({ bytes: PAYLOAD.length });
    expect(cloud.seen.filter((r) => r.url.startsWith('/image/v2/images/abc/file')).map((r) => r.method)).toEqual(['PUT', 'GET']);
  });
});
