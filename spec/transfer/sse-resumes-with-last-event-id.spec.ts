import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { startRawServer } from '../helpers/raw-server.js';

let server: Awaited<ReturnType<typeof startRawServer>> | undefined;
let http: HTTPClient | undefined;
afterEach(async () => { http?.close(); await server?.close(); });

describe('server-sent events resume', () => {
  it('reconnects after the server drops the stream, after its retry: delay, sending Last-Event-ID, until a 204', async () => {
    const asked: Array<string | undefined> = [];
    const connectedAt: number[] = [];
    server = await startRawServer((req, res) => {
      const last = req.headers['last-event-id'] as string | undefined;
      asked.push(last);
      connectedAt.push(Date.now());
      const from = last === undefined ? 0 : Number(last) + 1;
      if (from >= 9) return void res.writeHead(204).end(); // nothing more: the client must stop
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('retry: 50\n\n');
      for (let i = from; i < from + 3; i++) res.write(`id: ${i}\ndata: ${i}\n\n`);
      setTimeout(() => res.socket?.destroy(), 20); // dropped mid-stream (the events flushed first), as a proxy or a restart does
    });
    http = new HTTPClient();
    const data: string[] = [];
    for await (const e of http.events(`${server.url}/feed`, { reconnect: true })) data.push(e.data);
    expect(data).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(asked).toEqual([undefined, '2', '5', '8']);
    for (let i = 1; i < connectedAt.length; i++) expect(connectedAt[i]! - connectedAt[i - 1]!).toBeGreaterThanOrEqual(45);
  });

  it('starts from the lastEventId option', async () => {
    const asked: Array<string | undefined> = [];
    server = await startRawServer((req, res) => {
      asked.push(req.headers['last-event-id'] as string | undefined);
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.end('id: 42\ndata: next\n\n');
    });
    http = new HTTPClient();
    const events = [];
    for await (const e of http.events(`${server.url}/feed`, { lastEventId: '41' })) events.push(e);
    expect(asked).toEqual(['41']);
    expect(events).toEqual([{ id: '42', event: 'message', data: 'next', retry: undefined }]);
  });
});
