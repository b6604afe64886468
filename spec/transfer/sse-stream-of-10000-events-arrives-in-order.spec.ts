import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { StaticToken } from '../../plugins/static-token.js';
import { startRawServer } from '../helpers/raw-server.js';

const COUNT = 10_000;
let server: Awaited<ReturnType<typeof startRawServer>> | undefined;
let http: HTTPClient | undefined;
afterEach(async () => { http?.close(); await server?.close(); });

describe('server-sent events', () => {
  it('yields 10,000 events of a text/event-stream response in order, with id, event, data and retry', async () => {
    let seenToken: string | undefined;
    server = await startRawServer(async (req, res) => {
      seenToken = req.headers['x-auth-token'] as string;
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('retry: 1500\n\n');
      for (let i = 0; i < COUNT; i++) {
        // Multi-line data and a multi-byte character, written in pieces so events straddle chunk boundaries.
        const event = `id: ${i}\nevent: ${i % 2 ? 'odd' : 'even'}\ndata: n=${i}\ndata: é${i}\n\n`;
        if (!res.write(event.slice(0, 7)) || !res.write(event.slice(7))) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    });
    http = new HTTPClient({ authPlugin: new StaticToken({ token: 'sse-token', endpoint: { stream: server.url } }) });
    const seen: Array<{ id: string | undefined; event: string; data: string; retry: number | undefined }> = [];
    for await (const e of http.events({ serviceType: 'stream', path: '/v1/feed' })) seen.push(e);
    expect(seenToken).toBe('sse-token');
    expect(seen).toHaveLength(COUNT);
    seen.forEach((e, i) => {
      expect(e).toEqual({ id: String(i), event: i % 2 ? 'odd' : 'even', data: `n=${i}\né${i}`, retry: 1500 });
    });
  });
});
