import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { DownloadResumeFailed } from '../errors/transfer-errors.js';
import { ConnectionError, ReadTimeout } from '../errors/transport-errors.js';
import { redactUrl } from '../log/redact.js';
import { headerValue, type HttpResponse } from '../transport/request-options.js';
import { declaredChecksums, Digests, knownChecksums, verifyChecksums, type ExpectedChecksum, type KnownChecksums } from './checksums.js';
import { callOptions, type ProgressListener, type TargetRequest, type TransferCallOptions, type TransferTarget } from './target.js';

/** Where a download goes: a Writable (left open for you to end) or `{ file }` (created or truncated, closed at the end; left as it is on failure). */
export type DownloadDestination = Writable | { file: string };

/** Options of {@link HTTPClient.download}. */
export interface DownloadOptions extends TransferCallOptions {
  /** Bytes `start` to `end` (inclusive; open-ended without `end`), sent as `Range: bytes=start-end`. */
  range?: { start: number; end?: number };
  onProgress?: ProgressListener;
  /** How many times a download that broke off (reset, read timeout) is resumed from the bytes written. @default 3 */
  resumeAttempts?: number;
  /** Checksums you know; checked with those the response declares. false: check none. @default {} */
  checksums?: KnownChecksums | false;
}

/** What a finished download did. */
export interface DownloadResult {
  /** The first response's status (200, or 206 for a range) and headers. */
  status: number;
  headers: HttpResponse['headers'];
  /** Bytes written to the destination. */
  bytes: number;
  /** Times the download broke off and went on from where it stopped with a Range request. */
  resumed: number;
  /** The checksums that were computed and matched. */
  verified: ExpectedChecksum[];
}

const BREAKS = (error: unknown) => error instanceof ConnectionError || error instanceof ReadTimeout;

/**
 * Streams a GET response to `to`, never holding the body: hashed and counted chunk by chunk. A break mid-body is
 * resumed with `Range: bytes=<start+written>-` and `If-Range: <ETag>` (or Last-Modified); a server that answers
 * anything but the 206 of the same object ends it with DownloadResumeFailed. Checksums are checked at the end
 * (whole-object ones only when no `range` was asked): a mismatch is a ChecksumMismatch.
 */
export async function download(
  request: TargetRequest, target: TransferTarget, to: DownloadDestination, options: DownloadOptions = {},
): Promise<DownloadResult> {
  const sink = 'file' in to ? createWriteStream(to.file) : to;
  try {
    const result = await transfer(request, target, sink, options);
    if ('file' in to) {
      sink.end();
      await once(sink, 'finish');
    }
    return result;
  } catch (error) {
    if ('file' in to) sink.destroy();
    throw error;
  }
}

async function transfer(request: TargetRequest, target: TransferTarget, sink: Writable, options: DownloadOptions): Promise<DownloadResult> {
  const start = options.range?.start ?? 0;
  const end = options.range?.end;
  const known = options.checksums === false ? [] : knownChecksums(options.checksums);
  let expected: ExpectedChecksum[] = [];
  let digests: Digests | undefined;
  let validator: string | undefined;
  let total: number | undefined;
  let written = 0;
  let resumed = 0;
  let status = 0;
  let firstHeaders: HttpResponse['headers'] = {};
  for (;;) {
    const headers: Record<string, string> = { Accept: '*/*', 'Accept-Encoding': 'identity', ...options.headers };
    if (start + written > 0 || end !== undefined) headers.Range = `bytes=${start + written}-${end ?? ''}`;
    if (written > 0 && validator) headers['If-Range'] = validator;
    const res = await request('GET', target, { ...callOptions(options), headers, stream: true });
    const body = res.body as Readable;
    const where = { method: 'GET', url: redactUrl(res.url) };
    if (written === 0) {
      const declared = options.checksums === false ? [] : declaredChecksums(res.headers);
      // A whole-object checksum says nothing of a range; a tree hash sent with a range is the range's own (Glacier, CAS).
      expected = [...known, ...declared.filter((c) => options.range === undefined || c.algorithm === 'sha256-tree')];
      digests = new Digests(expected.map((c) => c.algorithm));
      const etag = headerValue(res.headers, 'etag');
      validator = etag && !etag.startsWith('W/') ? etag : headerValue(res.headers, 'last-modified');
      total = lengthOf(res, start);
      status = res.status;
      firstHeaders = res.headers;
    } else if (res.status !== 206 || !continuesAt(res, start + written)) {
      body.destroy();
      const reason = res.status === 206 ? 'the server sent another range than the one asked for'
        : `the server answered HTTP ${res.status} instead of 206 (it ignores Range, or the object changed: If-Range ${validator ?? 'not possible'})`;
      throw new DownloadResumeFailed(reason, { ...where, written });
    }
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        digests!.update(chunk);
        written += chunk.length;
        if (!sink.write(chunk)) await once(sink, 'drain', options.signal ? { signal: options.signal } : {});
        options.onProgress?.({ transferred: written, ...(total === undefined ? {} : { total }) });
      }
      verifyChecksums(expected, digests!.digest(), { ...where, bytes: written });
      return { status, headers: firstHeaders, bytes: written, resumed, verified: expected };
    } catch (error) {
      body.destroy();
      if (!BREAKS(error) || resumed >= (options.resumeAttempts ?? 3) || options.signal?.aborted || !validator) throw error;
      resumed++;
    }
  }
}

/** The body's length: Content-Range's total less the start for a 206 of an open range, else Content-Length. */
function lengthOf(res: HttpResponse, start: number): number | undefined {
  const length = Number(headerValue(res.headers, 'content-length'));
  if (Number.isSafeInteger(length)) return length;
  const range = /\/(\d+)$/.exec(headerValue(res.headers, 'content-range') ?? '');
  return range ? Number(range[1]) - start : undefined;
}

function continuesAt(res: HttpResponse, offset: number): boolean {
  const m = /^bytes (\d+)-/.exec(headerValue(res.headers, 'content-range') ?? '');
  return m !== null && Number(m[1]) === offset;
}
