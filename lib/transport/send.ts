// The transport pipeline, one file per step, each called once and in this order:
//   send.ts (this file)  the retry policy (retry.ts) around one attempt
//   redirects.ts         the hop loop: which redirects are followed, auth dropped across origins
//   exchange.ts          one hop: authorize, log, time
//   transport.ts         the only caller of got (errors mapped by transport-error-map.ts)
// On the way back, decode-response.ts turns the attempt's last response into the decoded body or a typed error;
// that decision sits inside the attempt, so the retry policy sees the typed error (a 503, say).
import { RequestAborted } from '../errors/transport-errors.js';
import { isHttpError } from '../errors/http-errors.js';
import { redactUrl } from '../log/redact.js';
import { decodeResponse } from './decode-response.js';
import { followRedirects, type RedirectContext, type RedirectingRequest } from './redirects.js';
import type { HttpResponse } from './request-options.js';
import { withRetry, type RetryOptions } from './retry.js';

/** A request built once by the session (headers, body, query in the URL), as the transport pipeline takes it. */
export interface OutgoingRequest extends RedirectingRequest {
  /** The merged retry policy; false: one attempt. */
  retry: RetryOptions | false | undefined;
  /** Safe to repeat after a 5xx or a reset even though the method is not idempotent (a token request). */
  idempotent?: boolean;
}

/** What the pipeline needs from the session: the transport, log, timings and secrets, and the redirect limit. */
export type SendContext = RedirectContext;

/**
 * Sends one request through the pipeline (see the top of this file). The request object travels through whole, so
 * per-request options (signal, timeout, maxResponseBytes) reach the transport.
 */
export async function send(ctx: SendContext, req: OutgoingRequest): Promise<HttpResponse> {
  const { method, url, signal } = req;
  if (signal?.aborted) throw new RequestAborted({ method, url: redactUrl(url), cause: signal.reason });
  try {
    return await withRetry(method, async () => decodeResponse(method, await followRedirects(ctx, req), ctx.knownSecrets), req.retry, {
      ...(signal ? { signal } : {}),
      ...(req.idempotent === undefined ? {} : { idempotent: req.idempotent }),
      onRetry: (s) => {
        if (ctx.log.enabled) ctx.log.note(`retrying ${method} ${redactUrl(url)} after ${describe(s.error)} (attempt ${s.attempt + 1})`);
      },
    });
  } catch (error) {
    if (signal?.aborted && !(error instanceof RequestAborted)) throw new RequestAborted({ method, url: redactUrl(url), cause: error });
    throw error;
  }
}

function describe(error: Error): string {
  return isHttpError(error) ? `HTTP ${error.status}` : (error as { code?: string }).code ?? error.name;
}
