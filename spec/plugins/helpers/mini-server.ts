import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MiniRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface MiniResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A node:http server on 127.0.0.1 answering from `handler`, recording every request (for what the fake cloud lacks). */
export async function startMiniServer(handler: (req: MiniRequest) => MiniResponse) {
  const seen: MiniRequest[] = [];
  const server = http.createServer((raw, res) => {
    const chunks: Buffer[] = [];
    raw.on('data', (c: Buffer) => chunks.push(c));
    raw.on('end', () => {
      const req = { method: raw.method ?? '', path: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(req);
      const out = handler(req);
      const body = out.body === undefined ? '' : typeof out.body === 'string' ? out.body : JSON.stringify(out.body);
      const type = typeof out.body === 'object' ? { 'Content-Type': 'application/json' } : {};
      res.writeHead(out.status, { ...type, ...out.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
