import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyNotReplayable, ChecksumMismatch, DownloadResumeFailed, MultipartUploadFailed } from '../../lib/errors/transfer-errors.js';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';
import { archiveMultipartSteps } from '../../lib/transfer/archive-multipart-steps.js';
import { fakeSession } from '../helpers/fake-session.js';
import { patternBytes } from '../helpers/object-server.js';
import { readBody, startRawServer } from '../helpers/raw-server.js';

let session: Awaited<ReturnType<typeof fakeSession>> | undefined;
let server: Awaited<ReturnType<typeof startRawServer>> | undefined;
afterEach(async () => { await session?.close(); await server?.close(); });

const SIG = 'temp-url-signature-4f1e9b';

describe('transfer errors', () => {
  it('ChecksumMismatch, DownloadResumeFailed, BodyNotReplayable, MultipartUploadFailed and a non-SSE answer hold no token, password or signed URL', async () => {
    const data = patternBytes(300_000);
    let uploads = 0;
    let downloads = 0;
    server = await startRawServer(async (req, res) => {
      const token = req.headers['x-auth-token'] as string;
      const path = req.url!.split('?')[0];
      if (path === '/bad-md5') {
        return void res.writeHead(200, { 'Content-MD5': createHash('md5').update('x').digest('base64'), 'Content-Length': data.length }).end(data);
      }
      if (path === '/changing') {
        if (downloads++ === 0) {
          res.writeHead(200, { ETag: `"${token}"`, 'Content-Length': data.length });
          return void res.write(data.subarray(0, 1000), () => setTimeout(() => res.socket?.destroy(), 10));
        }
        return void res.writeHead(200, { ETag: '"other"', 'Content-Length': data.length }).end(data);
      }
      if (path === '/stream-upload') {
        await readBody(req);
        if (uploads++ === 0) return void res.writeHead(401, { 'Content-Type': 'application/json' }).end(`{"error":{"message":"token ${token} expired"}}`);
        return void res.writeHead(201).end();
      }
      if (path === '/not-sse') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<p>${token}</p>`);
      if (req.method === 'POST') return void res.writeHead(201, { 'x-cas-multipart-upload-id': 'upload-1' }).end();
      if (req.method === 'PUT') {
        await readBody(req);
        return void res.writeHead(400, { 'Content-Type': 'application/json' }).end(`{"message":"bad part from ${token}"}`);
      }
      res.writeHead(204).end();
    });
    session = await fakeSession({ plugin: { endpointOverride: { 'object-store': server.url } }, http: { debug: false } });
    const { http, plugin, cloud } = session;
    const target = (path: string) => ({ serviceType: 'object-store', path: `${path}?temp_url_sig=${SIG}` });
    const sink = () => new PassThrough().resume();
    const errors = [
      await http.download(target('/bad-md5'), sink()).catch((e: unknown) => e),
      await http.download(target('/changing'), sink()).catch((e: unknown) => e),
      await http.upload(target('/stream-upload'), Readable.from([data])).catch((e: unknown) => e),
      await (async () => { for await (const _ of http.events(target('/not-sse'))) { /* none */ } })().catch((e: unknown) => e),
      await http.multipartUpload(data, { steps: archiveMultipartSteps({ vault: target('/vault') }), partSize: 1024 * 1024 }).catch((e: unknown) => e),
    ];
    expect(errors.map((e) => (e as Error).constructor)).toEqual([ChecksumMismatch, DownloadResumeFailed, BodyNotReplayable, InvalidResponse, MultipartUploadFailed]);
    const token = plugin.getToken()!;
    const secrets = [token, cloud.passwordAuth().password, SIG];
    for (const error of errors) {
      const text = inspect(error, { depth: Infinity }) + JSON.stringify(error) + String((error as Error).message);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });
});
