import { createHash } from 'node:crypto';
import type http from 'node:http';
import { startRawServer } from './raw-server.js';

export interface ObjectServerOptions {
  /** Checksum headers sent with the object (computed from `data` unless given). @default { etag: true } */
  headers?: (data: Buffer) => Record<string, string>;
  /** The first response breaks off (socket destroyed) after this many body bytes. */
  breakAt?: number;
  /** After the break, the object is replaced by this one (a new ETag). */
  replacedBy?: Buffer;
}

/**
 * Serves one object at any path, as object stores do: ETag, Accept-Ranges, `Range: bytes=a-b` (206 with Content-Range),
 * `If-Range` (a different validator gets the whole object, 200). Records each request's Range and If-Range.
 */
export async function startObjectServer(first: Buffer, options: ObjectServerOptions = {}) {
  let data = first;
  let etag = `"${createHash('md5').update(data).digest('hex')}"`;
  const requests: Array<{ range: string | undefined; ifRange: string | undefined; token: string | undefined }> = [];
  let broken = false;
  const server = await startRawServer((req: http.IncomingMessage, res: http.ServerResponse) => {
    const range = req.headers.range;
    const ifRange = req.headers['if-range'] as string | undefined;
    requests.push({ range, ifRange, token: req.headers['x-auth-token'] as string | undefined });
    const extra = options.headers ? options.headers(data) : { ETag: etag };
    const m = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
    const honoured = m !== null && (ifRange === undefined || ifRange === etag);
    const start = honoured ? Number(m![1]) : 0;
    const end = honoured && m![2] ? Number(m![2]) : data.length - 1;
    const body = data.subarray(start, end + 1);
    res.writeHead(honoured ? 206 : 200, {
      'Content-Type': 'application/octet-stream', 'Content-Length': body.length, 'Accept-Ranges': 'bytes', ETag: etag, ...extra,
      ...(honoured ? { 'Content-Range': `bytes ${start}-${end}/${data.length}` } : {}),
    });
    if (options.breakAt !== undefined && !broken) {
      broken = true;
      res.write(body.subarray(0, options.breakAt), () => setTimeout(() => res.socket?.destroy(), 10));
      if (options.replacedBy) {
        data = options.replacedBy;
        etag = `"${createHash('md5').update(data).digest('hex')}"`;
      }
      return;
    }
    res.end(body);
  });
  return { ...server, requests, get etag() { return etag; }, url: server.url };
}

/** Deterministic bytes that are not all alike (so a shifted or repeated range changes the hash). */
export function patternBytes(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
