import { afterEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../lib/session/http-client.js';
import { archiveMultipartSteps } from '../../lib/transfer/archive-multipart-steps.js';
import { StaticToken } from '../../plugins/static-token.js';
import { startArchiveVault } from '../helpers/archive-vault-server.js';
import { patternBytes } from '../helpers/object-server.js';
import { Readable } from 'node:stream';

let server: Awaited<ReturnType<typeof startArchiveVault>> | undefined;
let http: HTTPClient | undefined;
afterEach(async () => { http?.close(); await server?.close(); });

describe('initiate / upload-part / complete uploads', () => {
  it('sends each part with its SHA-256 and tree hash, at most `concurrency` at once, retries a failed part alone, and completes', async () => {
    // Part 3 is refused once with a 503: it alone is sent again.
    server = await startArchiveVault({ failPart: (n, attempt) => (n === 3 && attempt === 1 ? 503 : undefined) });
    http = new HTTPClient({ authPlugin: new StaticToken({ token: 'cas-token', endpoint: { archive: server.url } }) });
    const data = patternBytes(5 * 1024 * 1024 + 512 * 1024);
    const progress: number[] = [];
    const result = await http.multipartUpload(Readable.from([data.subarray(0, 777_777), data.subarray(777_777)]), {
      steps: archiveMultipartSteps({ vault: { serviceType: 'archive', path: '/1250000000/vaults/v' } }),
      partSize: 1024 * 1024, concurrency: 2, onProgress: (p) => progress.push(p.transferred),
    });
    expect(result.result).toEqual({ archiveId: 'archive-1', location: '/1250000000/vaults/v/archives/archive-1' });
    expect(result.parts.map((p) => [p.number, p.offset, p.size])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i + 1, i * 1024 * 1024, i < 5 ? 1024 * 1024 : 512 * 1024]));
    expect(server.archive?.equals(data)).toBe(true);
    expect(server.attempts.get(3)).toBe(2);
    expect([...server.attempts.entries()].filter(([n]) => n !== 3).every(([, a]) => a === 1)).toBe(true);
    expect(server.maxInFlight).toBe(2);
    expect(server.log[0]).toBe('initiate');
    expect(server.log.at(-1)).toBe('complete');
    expect(progress.at(-1)).toBe(data.length);
  });
});
