import { createHash } from 'node:crypto';
import { readBody, startRawServer } from './raw-server.js';
import { TreeHash } from '../../lib/transfer/tree-hash.js';

/**
 * A vault of Tencent Cloud Archive Storage's multipart API on loopback: initiate, upload part (checking
 * Content-Range and both checksums against the bytes received), complete (checking size and whole tree hash), abort.
 * `failPart(n, attempt)` may answer a part with an error status instead.
 */
export async function startArchiveVault(options: { failPart?: (part: number, attempt: number) => number | undefined } = {}) {
  const parts = new Map<number, Buffer>();
  const attempts = new Map<number, number>();
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let archive: Buffer | undefined;
  let partSize = 0;
  const server = await startRawServer(async (req, res) => {
    const url = req.url!;
    if (req.method === 'POST' && url.endsWith('/multipart-uploads')) {
      partSize = Number(req.headers['x-cas-part-size']);
      log.push('initiate');
      return void res.writeHead(201, { 'x-cas-multipart-upload-id': 'up-1' }).end();
    }
    if (req.method === 'PUT') {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const body = await readBody(req);
      await new Promise((r) => setTimeout(r, 15)); // parts overlap, so concurrency is visible
      inFlight--;
      const [, start, end] = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] as string) ?? [];
      const number = Number(start) / partSize + 1;
      const attempt = (attempts.get(number) ?? 0) + 1;
      attempts.set(number, attempt);
      const failure = options.failPart?.(number, attempt);
      if (failure) return void res.writeHead(failure, { 'Content-Type': 'application/json' }).end('{"message":"part refused"}');
      const sha = createHash('sha256').update(body).digest('hex');
      const tree = new TreeHash().update(body).digest();
      if (Number(end) - Number(start) + 1 !== body.length || sha !== req.headers['x-cas-content-sha256'] || tree !== req.headers['x-cas-sha256-tree-hash']) {
        return void res.writeHead(400).end('{"message":"checksum or range mismatch"}');
      }
      parts.set(number, body);
      log.push(`part ${number}`);
      return void res.writeHead(204, { 'x-cas-sha256-tree-hash': tree }).end();
    }
    if (req.method === 'POST') {
      const whole = Buffer.concat([...parts.entries()].sort(([a], [b]) => a - b).map(([, b]) => b));
      const ok = whole.length === Number(req.headers['x-cas-archive-size'])
        && new TreeHash().update(whole).digest() === req.headers['x-cas-sha256-tree-hash'];
      log.push(ok ? 'complete' : 'complete refused');
      if (!ok) return void res.writeHead(400).end('{"message":"tree hash mismatch"}');
      archive = whole;
      return void res.writeHead(201, { 'x-cas-archive-id': 'archive-1', Location: '/1250000000/vaults/v/archives/archive-1' }).end();
    }
    if (req.method === 'DELETE') {
      log.push('abort');
      parts.clear();
      return void res.writeHead(204).end();
    }
    res.writeHead(404).end();
  });
  return { ...server, log, attempts, get maxInFlight() { return maxInFlight; }, get archive() { return archive; } };
}
