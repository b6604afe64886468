import { RequestError, type RequestDetails } from './request-error.js';

/** The bytes received (or sent) do not hash to the checksum the server gave; the data is corrupt or incomplete. */
export class ChecksumMismatch extends RequestError {
  override name = 'ChecksumMismatch' as const;
  override readonly code = 'ERR_CHECKSUM_MISMATCH' as const;
  /** `md5`, `sha256` or `sha256-tree`. */
  readonly algorithm: string;
  /** Where the expected value came from: a header name, or `option` when the caller gave it. */
  readonly source: string;
  readonly expected: string;
  readonly actual: string;
  constructor(details: RequestDetails & { algorithm: string; source: string; expected: string; actual: string; bytes: number }) {
    super(`${details.method} ${details.url}: the ${details.bytes} bytes received hash to ${details.algorithm} ${details.actual}, `
      + `but ${details.source} says ${details.expected}; the data was corrupted or cut in transit, or the object changed: download it again`, details);
    this.algorithm = details.algorithm;
    this.source = details.source;
    this.expected = details.expected;
    this.actual = details.actual;
  }
}

/** The request must be sent again (a retry, the replay after a 401) but its body was a one-shot stream, already consumed. */
export class BodyNotReplayable extends RequestError {
  override name = 'BodyNotReplayable' as const;
  override readonly code = 'ERR_BODY_NOT_REPLAYABLE' as const;
  constructor(details: RequestDetails) {
    super(`${details.method} ${details.url}: the request had to be sent again (a retry or a re-authentication), but its body is a stream `
      + 'that was already consumed; upload from a Buffer or a { file } path so it can be re-sent', details);
  }
}

/** A download broke off and could not be resumed where it stopped: the server ignored the Range, or the object changed. */
export class DownloadResumeFailed extends RequestError {
  override name = 'DownloadResumeFailed' as const;
  override readonly code = 'ERR_DOWNLOAD_RESUME_FAILED' as const;
  /** Bytes written before the break. */
  readonly written: number;
  constructor(reason: string, details: RequestDetails & { written: number }) {
    super(`${details.method} ${details.url}: the download broke off after ${details.written} bytes and cannot be resumed: ${reason}; `
      + 'download it again from the start', details);
    this.written = details.written;
  }
}

/** A multipart upload failed: a step (initiate, a part after its retries, complete) failed; the upload was aborted. */
export class MultipartUploadFailed extends RequestError {
  override name = 'MultipartUploadFailed' as const;
  override readonly code = 'ERR_MULTIPART_UPLOAD_FAILED' as const;
  readonly step: 'initiate' | 'part' | 'complete' | 'read';
  readonly uploadId?: string;
  readonly partNumber?: number;
  /** Whether the abort step ran and succeeded (the server dropped the parts it had). */
  readonly aborted: boolean;
  constructor(details: RequestDetails & { step: MultipartUploadFailed['step']; uploadId?: string; partNumber?: number; aborted: boolean }) {
    const cause = details.cause instanceof Error ? details.cause.message : String(details.cause);
    const step = details.partNumber === undefined ? details.step : `part ${details.partNumber}`;
    super(`${details.method} ${details.url}: the multipart upload failed at ${step}: ${cause}; `
      + `${details.uploadId === undefined ? 'no upload was started'
        : details.aborted ? 'the upload was aborted' : 'the upload could not be aborted, and its parts may still be stored'}`, details);
    this.step = details.step;
    if (details.uploadId !== undefined) this.uploadId = details.uploadId;
    if (details.partNumber !== undefined) this.partNumber = details.partNumber;
    this.aborted = details.aborted;
  }
}
