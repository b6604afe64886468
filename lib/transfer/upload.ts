import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { BodyNotReplayable } from '../errors/transfer-errors.js';
import { InvalidArgument } from '../errors/framework-errors.js';
import { redactUrl } from '../log/redact.js';
import { fileBody, streamBody, type BodySource } from '../transport/body-source.js';
import type { HttpResponse } from '../transport/request-options.js';
import { callOptions, type ProgressListener, type TargetRequest, type TransferCallOptions, type TransferTarget } from './target.js';

/** What an upload sends: bytes in memory, a stream (sent once), or a file (streamed from disk, re-sent if need be). */
export type UploadSource = Buffer | Readable | { file: string };

/** Options of {@link HTTPClient.upload}. */
export interface UploadOptions extends TransferCallOptions {
  /** @default 'PUT' */
  method?: 'PUT' | 'POST' | 'PATCH';
  /** @default 'application/octet-stream' */
  contentType?: string;
  /** The length of a stream source, sent as Content-Length (a stream without one goes chunked). */
  length?: number;
  /** Send `Content-MD5` (RFC 1864), which Swift, S3 and COS check: computed first (for a file, one extra read of it). Not for streams. */
  contentMd5?: boolean;
  onProgress?: ProgressListener;
}

/**
 * Sends `source` as the body of one request, streamed (a Buffer is sent as is). A file or Buffer can be sent
 * again (a retry, the replay after a 401); a stream cannot, so a stream upload gets one attempt and a replay
 * ends in BodyNotReplayable.
 */
export async function upload(
  request: TargetRequest, target: TransferTarget, source: UploadSource, options: UploadOptions = {},
): Promise<HttpResponse> {
  const method = options.method ?? 'PUT';
  const headers: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/octet-stream', ...options.headers };
  let body: Buffer | BodySource;
  let total: number | undefined;
  if (Buffer.isBuffer(source)) {
    body = source;
    total = source.length;
  } else if (isFileSource(source)) {
    total = (await stat(source.file)).size;
    body = fileBody(source.file, total);
  } else if (typeof (source as Readable | undefined)?.pipe === 'function') {
    if (options.contentMd5) {
      throw new InvalidArgument('contentMd5', 'contentMd5 needs the whole body before sending: upload a Buffer or { file }, not a stream');
    }
    total = options.length;
    const where = typeof target === 'string' ? target : target.path ?? '';
    body = streamBody(source as Readable, total, () => new BodyNotReplayable({ method, url: redactUrl(where) }));
  } else {
    throw new InvalidArgument('source', 'an upload source must be a Buffer, a Readable stream or { file: path }');
  }
  if (options.contentMd5) headers['Content-MD5'] = Buffer.isBuffer(source) ? md5(source) : await fileMd5((source as { file: string }).file);
  const onProgress = options.onProgress;
  const replayable = Buffer.isBuffer(body) || body.replayable;
  return request(method, target, {
    ...callOptions(options),
    ...(replayable ? {} : { retry: false }),
    headers,
    body,
    ...(onProgress ? { onUploadProgress: (transferred: number) => onProgress({ transferred, ...(total === undefined ? {} : { total }) }) } : {}),
  });
}

function isFileSource(source: unknown): source is { file: string } {
  return typeof source === 'object' && source !== null && typeof (source as { file?: unknown }).file === 'string';
}

function md5(data: Buffer): string {
  return createHash('md5').update(data).digest('base64');
}

async function fileMd5(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('base64');
}
