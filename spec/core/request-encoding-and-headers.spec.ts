import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';
import { VERSION } from '../../lib/version.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('request encoding and headers', () => {
  let server: Awaited<ReturnType<typeof startLoopback>>;
  afterEach(() => server.close());

  it('serializes json with Content-Type, asks for JSON, names itself, forwards the original IP', async () => {
    server = await startLoopback((req, res) => sendJson(res, 201, { got: JSON.parse(req.body) }, { 'x-openstack-request-id': 'req-1' }));
    const http = new HTTPClient({ userAgent: 'my-tool/1.0', originalIp: '10.1.2.3' });
    const res = await http.request('post', `${server.url}/things`, { json: { a: 'it\'s "quoted"' }, query: { limit: 2, tag: ['x', 'y'], skip: undefined } });
    const seen = server.seen[0]!;
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/things?limit=2&tag=x&tag=y');
    expect(seen.headers['content-type']).toBe('application/json');
    expect(seen.headers.accept).toBe('application/json');
    expect(seen.headers['user-agent']).toBe(`my-tool/1.0 stackclient/${VERSION}`);
    expect(seen.headers.forwarded).toBe(`for=10.1.2.3;by=my-tool/1.0 stackclient/${VERSION}`);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ got: { a: 'it\'s "quoted"' } });
    expect(res.requestId).toBe('req-1');
  });

  it('returns non-JSON bodies raw, with the bytes', async () => {
    server = await startLoopback((_req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('console output\n'); });
    const res = await new HTTPClient().request('GET', `${server.url}/log`);
    expect(res.body).toBe('console output\n');
    expect(res.rawBody.toString()).toBe('console output\n');
  });

  it('a 2xx body that claims JSON but does not parse is an InvalidResponse', async () => {
    server = await startLoopback((_req, res) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end('{"servers": [{"id": '); });
    const error = await new HTTPClient().request('GET', `${server.url}/servers`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponse);
    expect((error as InvalidResponse).status).toBe(200);
    expect((error as Error).message).toMatch(/not valid JSON/);
  });
});
