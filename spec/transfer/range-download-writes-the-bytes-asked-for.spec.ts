import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { patternBytes, startObjectServer } from '../helpers/object-server.js';

let server: Awaited<ReturnType<typeof startObjectServer>> | undefined;
let http: HTTPClient | undefined;
afterEach(async () => { http?.close(); await server?.close(); });

function collector() {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  return { sink, bytes: () => Buffer.concat(chunks) };
}

describe('range downloads', () => {
  it('sends Range: bytes=a-b and writes exactly those bytes to a Writable, which it leaves open', async () => {
    const data = patternBytes(1_000_000);
    server = await startObjectServer(data);
    http = new HTTPClient();
    const { sink, bytes } = collector();
    const result = await http.download(`${server.url}/o`, sink, { range: { start: 1000, end: 250_999 } });
    expect(server.requests[0]!.range).toBe('bytes=1000-250999');
    expect(result.status).toBe(206);
    expect(result.bytes).toBe(250_000);
    expect(bytes().equals(data.subarray(1000, 251_000))).toBe(true);
    expect(sink.writableEnded).toBe(false);
    // The object's ETag MD5 is of the whole object: it is not checked against a range.
    expect(result.verified).toEqual([]);
  });

  it('an open range runs to the end of the object', async () => {
    const data = patternBytes(100_000);
    server = await startObjectServer(data);
    http = new HTTPClient();
    const { sink, bytes } = collector();
    const result = await http.download(`${server.url}/o`, sink, { range: { start: 99_000 } });
    expect(server.requests[0]!.range).toBe('bytes=99000-');
    expect(result.bytes).toBe(1000);
    expect(bytes().equals(data.subarray(99_000))).toBe(true);
  });
});
