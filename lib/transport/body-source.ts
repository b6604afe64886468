import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/**
 * A request body that is streamed, not held in memory: opened once per attempt. A file or an encoded form can be
 * opened again (a retry, the replay after a 401 re-authentication); a caller's one-shot stream cannot.
 */
export interface BodySource {
  readonly kind: 'file' | 'stream' | 'form';
  /** Bytes, when known before sending (a file's size, a form's encoded length): sent as Content-Length. */
  readonly length: number | undefined;
  /** Whether `open()` may be called more than once. */
  readonly replayable: boolean;
  /** What the curl log shows instead of the bytes: `--data-binary @'path'` for a file, a placeholder otherwise. */
  readonly path?: string;
  /** A new stream of the whole body. */
  open(): Readable;
}

/** True for a {@link BodySource} (as opposed to a string or Buffer body). */
export function isBodySource(body: unknown): body is BodySource {
  return typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && typeof (body as BodySource).open === 'function';
}

/** A file, read in chunks each time the request is sent. */
export function fileBody(path: string, length: number): BodySource {
  return { kind: 'file', length, replayable: true, path, open: () => createReadStream(path, { highWaterMark: 256 * 1024 }) };
}

/** A caller's stream: sent once; a second `open()` (a retry, a 401 replay) throws `onReplay()`'s error. */
export function streamBody(stream: Readable, length: number | undefined, onReplay: () => Error): BodySource {
  let used = false;
  return {
    kind: 'stream', length, replayable: false,
    open() {
      if (used) throw onReplay();
      used = true;
      return stream;
    },
  };
}
