import { createHash } from 'node:crypto';
import pRetry from 'p-retry';
import { MultipartUploadFailed } from '../errors/transfer-errors.js';
import { InvalidArgument } from '../errors/framework-errors.js';
import { isRetryable } from '../transport/retry.js';
import { readParts } from './read-parts.js';
import type { ProgressListener, TargetRequest } from './target.js';
import { TreeHash } from './tree-hash.js';
import type { UploadSource } from './upload.js';

/** One part as it is sent: its bytes and their checksums. */
export interface MultipartPart {
  /** 1-based. */
  number: number;
  /** Where the part starts in the whole upload. */
  offset: number;
  body: Buffer;
  /** Base64, as Content-MD5 takes it. */
  md5: string;
  /** Hex. */
  sha256: string;
  /** The part's SHA-256 tree hash (Glacier, Tencent CAS), hex. */
  treeHash: string;
}

/** A part the server accepted, as `complete` gets it (in part order). */
export interface UploadedPart extends Omit<MultipartPart, 'body'> {
  size: number;
  /** What `uploadPart` returned (an ETag, say). */
  receipt: string | undefined;
}

/**
 * The API-specific steps of a multipart upload; the driver calls them. Each step sends its own request with
 * `state.request(method, target, options)` (the session's: auth, logs, typed errors); `signal` aborts when another
 * part has failed. {@link archiveMultipartSteps} are those of Glacier and Tencent Cloud Archive Storage.
 */
export interface MultipartSteps<T> {
  /** Starts the upload; returns its id. */
  initiate(state: { request: TargetRequest; partSize: number; signal: AbortSignal }): Promise<string>;
  /** Sends one part with its checksums; returns a receipt (an ETag) or undefined. Called again on a retryable failure. */
  uploadPart(state: { request: TargetRequest; uploadId: string; part: MultipartPart; signal: AbortSignal }): Promise<string | undefined>;
  /** Assembles the parts; `treeHash` and `sha256` are of the whole upload. */
  complete(state: {
    request: TargetRequest; uploadId: string; parts: UploadedPart[]; size: number; sha256: string; treeHash: string; signal: AbortSignal;
  }): Promise<T>;
  /** Drops the parts sent so far; called once when a part fails for good. */
  abort(state: { request: TargetRequest; uploadId: string }): Promise<void>;
}

/** Options of {@link HTTPClient.multipartUpload}. */
export interface MultipartUploadOptions<T> {
  steps: MultipartSteps<T>;
  /** Bytes per part; a power-of-two number of MiB for tree-hash APIs. @default 8_388_608 (8 MiB) */
  partSize?: number;
  /** Parts in flight at once; memory used is about (concurrency + 1) × partSize. @default 4 */
  concurrency?: number;
  /** Retries of each part, one part at a time (p-retry, exponential backoff). @default 3 */
  partRetries?: number;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** How the upload is named in errors: a method and a redacted URL. @default { method: 'PUT', url: 'multipart upload' } */
  describe?: { method: string; url: string };
}

/** What a finished multipart upload returns. */
export interface MultipartUploadResult<T> {
  uploadId: string;
  parts: UploadedPart[];
  size: number;
  sha256: string;
  treeHash: string;
  /** What `complete` returned. */
  result: T;
}

/**
 * Reads `source` part by part, hashes each part (MD5, SHA-256, tree hash) and the whole, and sends at most
 * `concurrency` parts at once, each retried on its own. The first part that fails for good aborts the others and
 * the upload (the `abort` step), and ends in MultipartUploadFailed.
 */
export async function multipartUpload<T>(
  request: TargetRequest, source: UploadSource, options: MultipartUploadOptions<T>,
): Promise<MultipartUploadResult<T>> {
  const { steps } = options;
  const partSize = options.partSize ?? 8 * 1024 * 1024;
  const concurrency = options.concurrency ?? 4;
  if (!Number.isSafeInteger(partSize) || partSize <= 0) throw new InvalidArgument('partSize', `partSize must be a positive whole number, not ${partSize}`);
  if (!Number.isSafeInteger(concurrency) || concurrency <= 0) {
    throw new InvalidArgument('concurrency', `concurrency must be a positive whole number, not ${concurrency}`);
  }
  const describe = options.describe ?? { method: 'PUT', url: 'multipart upload' };
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const signal = controller.signal;
  let uploadId: string | undefined;
  let failure: { step: MultipartUploadFailed['step']; partNumber?: number; cause: unknown } | undefined;
  const fail = (f: NonNullable<typeof failure>) => {
    failure ??= f;
    controller.abort(f.cause);
    return f.cause;
  };
  try {
    uploadId = await steps.initiate({ request, partSize, signal }).catch((cause: unknown) => { throw fail({ step: 'initiate', cause }); });
    const id = uploadId;
    const whole = { sha256: createHash('sha256'), tree: new TreeHash(), size: 0 };
    const parts: UploadedPart[] = [];
    const inFlight = new Set<Promise<void>>();
    let number = 0;
    let sent = 0;
    try {
      for await (const body of readParts(source, partSize)) {
        if (signal.aborted) break;
        whole.sha256.update(body);
        whole.tree.update(body);
        const part: MultipartPart = {
          number: ++number, offset: whole.size, body, md5: createHash('md5').update(body).digest('base64'),
          sha256: createHash('sha256').update(body).digest('hex'), treeHash: new TreeHash().update(body).digest(),
        };
        whole.size += body.length;
        const task: Promise<void> = sendPart(steps, request, id, part, options.partRetries ?? 3, signal)
          .then((receipt) => {
            const { body: bytes, ...rest } = part;
            parts.push({ ...rest, size: bytes.length, receipt });
            sent += bytes.length;
            options.onProgress?.({ transferred: sent });
          }, (cause: unknown) => { fail({ step: 'part', partNumber: part.number, cause }); })
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
        if (inFlight.size >= concurrency) await Promise.race(inFlight);
      }
    } catch (cause) {
      fail({ step: 'read', cause });
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    parts.sort((a, b) => a.number - b.number);
    const done = { uploadId: id, parts, size: whole.size, sha256: whole.sha256.digest('hex'), treeHash: whole.tree.digest() };
    const result = await steps.complete({ ...done, request, signal }).catch((cause: unknown) => { throw fail({ step: 'complete', cause }); });
    return { ...done, result };
  } catch (error) {
    const f = failure ?? { step: 'part' as const, cause: error };
    const aborted = uploadId === undefined ? false : await steps.abort({ request, uploadId }).then(() => true, () => false);
    throw new MultipartUploadFailed({
      ...describe, step: f.step, aborted, cause: f.cause, ...(uploadId === undefined ? {} : { uploadId }),
      ...(f.partNumber === undefined ? {} : { partNumber: f.partNumber }),
    });
  } finally {
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/** One part, retried alone on what the session would retry for an idempotent request (a part sent twice overwrites itself). */
function sendPart<T>(
  steps: MultipartSteps<T>, request: TargetRequest, uploadId: string, part: MultipartPart, retries: number, signal: AbortSignal,
): Promise<string | undefined> {
  return pRetry(() => steps.uploadPart({ request, uploadId, part, signal }), {
    retries, signal, minTimeout: 200, maxTimeout: 5_000, shouldRetry: ({ error }) => !signal.aborted && isRetryable(error, 'PUT', true),
  });
}
