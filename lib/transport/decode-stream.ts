import type { KnownSecrets } from '../log/known-secrets.js';
import { decodeResponse } from './decode-response.js';
import { requestIdOf, type HttpResponse } from './request-options.js';
import type { TransportStream } from './transport.js';

/** An error answer's body is read up to this much for its message; the rest is dropped with the connection. */
const ERROR_BODY_BYTES = 64 * 1024;
const EMPTY = Buffer.alloc(0);

/**
 * A streamed response as the caller gets it: for status < 400, the body stream itself as `body` (`rawBody` empty);
 * for >= 400, the start of the body read and the typed error of {@link decodeResponse} thrown, the stream closed.
 */
export async function decodeStream(method: string, res: TransportStream, knownSecrets?: KnownSecrets): Promise<HttpResponse> {
  if (res.status < 400) {
    const requestId = requestIdOf(res.headers);
    return { status: res.status, headers: res.headers, body: res.body, rawBody: EMPTY, url: res.url, ...(requestId ? { requestId } : {}) };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= ERROR_BODY_BYTES) break;
    }
  } catch {
    // The status says what went wrong; a body cut short only loses the server's message.
  } finally {
    res.body.destroy();
  }
  const rawBody = Buffer.concat(chunks).subarray(0, ERROR_BODY_BYTES);
  return decodeResponse(method, { ...res, rawBody, timings: res.timings() }, knownSecrets);
}
