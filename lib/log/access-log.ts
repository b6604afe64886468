import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * Where the access log goes: a writable stream (`process.stderr`, a file stream of yours), or `{ file }`, a path the
 * session appends to (created when missing; closed by `http.close()`).
 */
export type AccessLogOption = { write(line: string): unknown } | { file: string };

/** One finished request, as the access log records it. */
export interface AccessLogEntry {
  method: string;
  /** Redacted URL. */
  url: string;
  /** The HTTP status, or the error code (`ERR_CONNECTION_REFUSED`, `ERR_CIRCUIT_OPEN`, …) when no response came. */
  outcome: number | string;
  /** Response body bytes; undefined when no body was read. */
  bytes: number | undefined;
  /** ms from the first attempt to the end. */
  elapsed: number;
  requestId: string | undefined;
  /** How many attempts were made (1 without retries). */
  attempts: number;
}

/**
 * One line per request, space-separated, `-` for a missing value:
 * `2026-11-30T14:02:03.123Z GET https://nova.example/v2.1/servers 200 1234 35ms req-6f1c… attempt=1`
 */
export function formatAccessLine(entry: AccessLogEntry, at = new Date()): string {
  const { method, url, outcome, bytes, elapsed, requestId, attempts } = entry;
  return `${at.toISOString()} ${method} ${url} ${outcome} ${bytes ?? '-'} ${elapsed}ms ${requestId ?? '-'} attempt=${attempts}`;
}

/** An access log writer; `close()` ends a file the session opened (never a stream the caller passed). */
export interface AccessLog {
  write(entry: AccessLogEntry): void;
  close(): void;
}

/** The access log for `option`; `redact` is applied to every line (the session's known secrets). */
export function createAccessLog(option: AccessLogOption, redact: (line: string) => string, onError: (message: string) => void): AccessLog {
  let file: WriteStream | undefined;
  let sink: { write(line: string): unknown };
  if ('file' in option) {
    file = createWriteStream(option.file, { flags: 'a', mode: 0o600 });
    // A full disk or a removed directory must not crash the process: the error is reported once on the debug log.
    file.once('error', (error) => onError(`access log ${option.file} cannot be written: ${error.message}`));
    sink = file;
  } else {
    sink = option;
  }
  return {
    write(entry) {
      try {
        if (!file?.destroyed) sink.write(`${redact(formatAccessLine(entry))}\n`);
      } catch (error) {
        onError(`access log write failed: ${(error as Error).message}`);
      }
    },
    close() {
      file?.end();
    },
  };
}
