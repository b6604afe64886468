import { afterEach, describe, expect, it } from 'vitest';
import { MultipartUploadFailed } from '../../lib/errors/transfer-errors.js';
import { BadRequest } from '../../lib/errors/http-errors.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { archiveMultipartSteps } from '../../lib/transfer/archive-multipart-steps.js';
import { startArchiveVault } from '../helpers/archive-vault-server.js';
import { patternBytes } from '../helpers/object-server.js';

let server: Awaited<ReturnType<typeof startArchiveVault>> | undefined;
let http: HTTPClient | undefined;
afterEach(async () => { http?.close(); await server?.close(); });

describe('a part that fails for good', () => {
  it('is not retried when the error is not retryable, stops the other parts, aborts the upload, and is a MultipartUploadFailed', async () => {
    server = await startArchiveVault({ failPart: (n) => (n === 2 ? 400 : undefined) });
    http = new HTTPClient();
    const error = await http.multipartUpload(patternBytes(8 * 1024 * 1024), {
      steps: archiveMultipartSteps({ vault: `${server.url}/1250000000/vaults/v` }), partSize: 1024 * 1024, concurrency: 2,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MultipartUploadFailed);
    const e = error as MultipartUploadFailed;
    expect([e.code, e.step, e.partNumber, e.uploadId, e.aborted]).toEqual(['ERR_MULTIPART_UPLOAD_FAILED', 'part', 2, 'up-1', true]);
    expect(e.cause).toBeInstanceOf(BadRequest);
    expect(server.attempts.get(2)).toBe(1);
    expect(server.log.at(-1)).toBe('abort');
    expect(server.log).not.toContain('complete');
    // Reading stopped at the failure: with 2 in flight, no more than a few of the 8 parts were sent.
    expect(server.attempts.size).toBeLessThan(8);
  });
});
