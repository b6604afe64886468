import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { DownloadResumeFailed } from '../../lib/errors/transfer-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { patternBytes, startObjectServer } from '../helpers/object-server.js';

let server: Awaited<ReturnType<typeof startObjectServer>> | undefined;
let http: HTTPClient | undefined;
afterEach(async () => { http?.close(); await server?.close(); });

describe('resuming a download of an object that changed', () => {
  it('If-Range carries the first ETag; the server sends the new object whole (200) and the download ends in DownloadResumeFailed', async () => {
    const before = patternBytes(400_000);
    const after = Buffer.from(before).reverse();
    server = await startObjectServer(before, { breakAt: 100_000, replacedBy: after });
    const firstEtag = `"${createHash('md5').update(before).digest('hex')}"`;
    http = new HTTPClient();
    const sink = new PassThrough().resume();
    const error = await http.download(`${server.url}/o`, sink).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadResumeFailed);
    const e = error as DownloadResumeFailed;
    expect(e.code).toBe('ERR_DOWNLOAD_RESUME_FAILED');
    expect(e.written).toBeGreaterThan(0);
    expect(e.message).toMatch(/HTTP 200 instead of 206/);
    expect(server.requests[1]!.ifRange).toBe(firstEtag);
  });
});
