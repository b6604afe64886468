import { sendJson, startLoopback, type LoopbackHandler } from './loopback-server.js';

/** The one catalog service of a minimal Keystone, at this server's `path`; `encoding` as startLoopback takes it. */
export interface MinimalCatalog {
  type?: string;
  name?: string;
  path?: string;
  encoding?: BufferEncoding;
}

/**
 * A loopback server that answers `POST /v3/auth/tokens` as Keystone does (X-Subject-Token, a token body with a
 * catalog whose one service, compute by default, is this server's `/compute`), and passes every other request to `service`.
 */
export async function startMinimalKeystone(token: string, service: LoopbackHandler, catalog: MinimalCatalog = {}) {
  const { type = 'compute', name = 'nova', path = '/compute' } = catalog;
  let base = '';
  const server = await startLoopback((req, res, raw) => {
    if (req.method === 'POST' && req.url === '/v3/auth/tokens') {
      const endpoint = (iface: string) => ({ id: `e-${iface}`, interface: iface, region: 'RegionOne', region_id: 'RegionOne', url: `${base}${path}` });
      return sendJson(res, 201, {
        token: {
          methods: ['password'], expires_at: new Date(Date.now() + 3_600_000).toISOString(), issued_at: new Date().toISOString(),
          user: { id: 'u1', name: 'demo', domain: { id: 'default' } }, project: { id: 'p1', name: 'demo', domain: { id: 'default' } },
          catalog: [{ id: 's1', type, name, endpoints: [endpoint('public'), endpoint('internal')] }],
        },
      }, { 'X-Subject-Token': token });
    }
    return service(req, res, raw);
  }, catalog.encoding);
  base = server.url;
  return server;
}
