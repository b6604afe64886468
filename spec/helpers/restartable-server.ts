import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson, type SeenRequest } from './loopback-server.js';

/**
 * A node:http server on 127.0.0.1 that can be killed (`stop()`: listening socket and open connections closed) and
 * brought back on the same port (`start()`), keeping one record of every request it received across its lives.
 */
export async function startRestartable(name: string, answer: (req: SeenRequest) => { status: number; body: unknown } = () => ({ status: 200, body: {} })) {
  const seen: (SeenRequest & { at: number })[] = [];
  let server: http.Server | undefined;
  let port = 0;
  const start = async () => {
    server = http.createServer((raw, res) => {
      const chunks: Buffer[] = [];
      raw.on('data', (c: Buffer) => chunks.push(c));
      raw.on('end', () => {
        const req = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks).toString('utf8') };
        seen.push({ ...req, at: Date.now() });
        const { status, body } = answer(req);
        sendJson(res, status, body, { 'X-Openstack-Request-Id': `req-${name}-${seen.length}` });
      });
    });
    const s = server;
    await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', resolve));
    port = (s.address() as AddressInfo).port;
  };
  const stop = async () => {
    const s = server;
    if (!s) return;
    server = undefined;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await start();
  return { name, seen, get url() { return `http://127.0.0.1:${port}`; }, get port() { return port; }, start, stop };
}
