import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecksumMismatch } from '../../lib/errors/transfer-errors.js';
import { isClientError } from '../../lib/errors/client-error.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { patternBytes, startObjectServer } from '../helpers/object-server.js';

let server: Awaited<ReturnType<typeof startObjectServer>> | undefined;
let http: HTTPClient | undefined;
afterEach(async () => { http?.close(); await server?.close(); });

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

/** The Glacier / CAS tree hash written the plain recursive way, independently of lib/transfer/tree-hash.ts. */
function referenceTreeHash(data: Buffer): string {
  const MiB = 1024 * 1024;
  let level: Buffer[] = [];
  for (let at = 0; at < data.length || at === 0; at += MiB) level.push(sha256(data.subarray(at, at + MiB)));
  while (level.length > 1) {
    const up: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) up.push(level[i + 1] ? sha256(Buffer.concat([level[i]!, level[i + 1]!])) : level[i]!);
    level = up;
  }
  return level[0]!.toString('hex');
}

const drain = () => new PassThrough().resume();

describe('checksums of downloads', () => {
  it('a Content-MD5 that does not match the bytes is a ChecksumMismatch naming the header and both values', async () => {
    const data = patternBytes(200_000);
    const wrong = createHash('md5').update('something else').digest('base64');
    server = await startObjectServer(data, { headers: () => ({ ETag: '"opaque-etag-1"', 'Content-MD5': wrong }) });
    http = new HTTPClient();
    const error = await http.download(`${server.url}/o?temp_url_sig=s3cr3t`, drain()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumMismatch);
    expect(isClientError(error)).toBe(true);
    const e = error as ChecksumMismatch;
    expect(e.code).toBe('ERR_CHECKSUM_MISMATCH');
    expect(e.algorithm).toBe('md5');
    expect(e.source).toBe('Content-MD5');
    expect(e.expected).toBe(Buffer.from(wrong, 'base64').toString('hex'));
    expect(e.actual).toBe(createHash('md5').update(data).digest('hex'));
    expect(e.message).not.toContain('s3cr3t');
  });

  it('an x-cas-sha256-tree-hash (Tencent archive storage) is checked: the right one passes, a wrong one is a mismatch', async () => {
    const data = patternBytes(5 * 1024 * 1024 + 3);
    server = await startObjectServer(data, { headers: (d) => ({ ETag: '"opaque"', 'x-cas-sha256-tree-hash': referenceTreeHash(d) }) });
    http = new HTTPClient();
    const ok = await http.download(`${server.url}/o`, drain());
    expect(ok.verified).toEqual([{ algorithm: 'sha256-tree', value: referenceTreeHash(data), source: 'x-cas-sha256-tree-hash' }]);
    await server.close();

    server = await startObjectServer(data, { headers: (d) => ({ ETag: '"opaque"', 'x-amz-sha256-tree-hash': referenceTreeHash(d.subarray(1)) }) });
    const error = await http.download(`${server.url}/o`, drain()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChecksumMismatch);
    expect((error as ChecksumMismatch).algorithm).toBe('sha256-tree');
  });

  it('a checksum the caller gives is checked too', async () => {
    const data = patternBytes(10_000);
    server = await startObjectServer(data, { headers: () => ({ ETag: '"opaque"' }) });
    http = new HTTPClient();
    const error = await http.download(`${server.url}/o`, drain(), { checksums: { sha256: sha256(Buffer.from('other')).toString('hex') } })
      .catch((e: unknown) => e);
    expect((error as ChecksumMismatch).source).toBe('option');
  });
});
