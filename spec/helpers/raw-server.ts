import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A node:http server on 127.0.0.1 whose handler reads the request body itself (streamed), with its sockets' closes counted. */
export async function startRawServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => unknown) {
  const sockets = new Set<Socket>();
  let closedSockets = 0;
  const closeWaiters: Array<() => void> = [];
  const server = http.createServer((req, res) => { void handler(req, res); });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      closedSockets++;
      for (const wake of closeWaiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get openSockets() { return sockets.size; },
    get closedSockets() { return closedSockets; },
    /** Resolves when the server has seen a socket close (after this call). */
    socketClosed(): Promise<void> {
      return new Promise((resolve) => closeWaiters.push(resolve));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The request body, read whole (for small bodies in specs). */
export async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
