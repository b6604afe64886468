import { RequestAborted } from '../errors/transport-errors.js';
import { isHttpError } from '../errors/http-errors.js';
import { redactUrl } from '../log/redact.js';
import { exchange, type ExchangeContext, type ExchangeRequest } from './exchange.js';
import type { HttpResponse } from './request-options.js';
import { withRetry, type RetryOptions } from './retry.js';

/** A request built once by the session (headers, body, query in the URL), as the transport pipeline takes it. */
export interface OutgoingRequest extends ExchangeRequest {
  /** The merged retry policy; false: one attempt. */
  retry: RetryOptions | false | undefined;
  /** Safe to repeat after a 5xx or a reset even though the method is not idempotent (a token request). */
  idempotent?: boolean;
}

/**
 * The transport pipeline, in order: retry (lib/transport/retry.ts) → exchange (authorize, log, time, redirects)
 * → transport (got). The request object travels through whole, so per-request options reach the transport.
 */
export async function send(ctx: ExchangeContext, req: OutgoingRequest): Promise<HttpResponse> {
  const { method, url, signal } = req;
  if (signal?.aborted) throw new RequestAborted({ method, url: redactUrl(url), cause: signal.reason });
  try {
    return await withRetry(method, () => exchange(ctx, req), req.retry, {
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
