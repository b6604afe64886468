import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { StaticToken } from '../../plugins/static-token.js';
import { patternBytes, startObjectServer } from '../helpers/object-server.js';

let server: Awaited<ReturnType<typeof startObjectServer>> | undefined;
let http: HTTPClient | undefined;
let dir: string | undefined;
afterEach(async () => { http?.close(); await server?.close(); if (dir) await rm(dir, { recursive: true, force: true }); });

describe('a download interrupted half-way', () => {
  it('goes on with Range from the bytes written and If-Range, and the whole file passes the ETag MD5 and a SHA-256 digest', async () => {
    const data = patternBytes(3 * 1024 * 1024 + 17);
    const sha = createHash('sha256').update(data).digest('base64');
    const half = Math.floor(data.length / 2);
    server = await startObjectServer(data, { breakAt: half, headers: () => ({ 'Repr-Digest': `sha-256=:${sha}:` }) });
    http = new HTTPClient({ authPlugin: new StaticToken({ token: 'dl-token', endpoint: { 'object-store': server.url } }) });
    dir = await mkdtemp(join(tmpdir(), 'transfers-'));
    const file = join(dir, 'object.bin');
    const progress: number[] = [];
    const result = await http.download({ serviceType: 'object-store', path: '/bucket/object' }, { file }, {
      onProgress: (p) => { progress.push(p.transferred); expect(p.total).toBe(data.length); },
    });
    expect(result.resumed).toBe(1);
    expect(result.bytes).toBe(data.length);
    expect(result.verified.map((c) => `${c.algorithm} from ${c.source}`).sort()).toEqual(['md5 from ETag', 'sha256 from repr-digest']);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.range).toBeUndefined();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(server.requests[1]!.range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(half);
    expect(server.requests[1]!.ifRange).toBe(server.etag);
    expect(server.requests.map((r) => r.token)).toEqual(['dl-token', 'dl-token']);
    expect((await readFile(file)).equals(data)).toBe(true);
    expect(progress.at(-1)).toBe(data.length);
  });
});
