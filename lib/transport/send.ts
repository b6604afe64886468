// The transport pipeline, one file per step, each called once and in this order:
//   send.ts (this file)  the retry policy (retry.ts) around one attempt
//   redirects.ts         the hop loop: which redirects are followed, auth dropped across origins
//   exchange.ts          one hop: authorize, log, time
//   transport.ts         the only caller of got (errors mapped by transport-error-map.ts)
// On the way back, decode-response.ts turns the attempt's last response into the decoded body or a typed error;
// that decision sits inside the attempt, so the retry policy sees the typed error (a 503, say).
import { RequestAborted } from '../errors/transport-errors.js';
import { isHttpError } from '../errors/http-errors.js';
import { AttemptViews } from '../hooks/exchange-view.js';
import type { HttpEvents } from '../hooks/http-events.js';
import { STOP_RETRYING, type Hooks } from '../hooks/types.js';
import type { AccessLog } from '../log/access-log.js';
import { redactUrl } from '../log/redact.js';
import { decodeResponse } from './decode-response.js';
import { decodeStream } from './decode-stream.js';
import { followRedirects, type RedirectContext, type RedirectingRequest } from './redirects.js';
import type { HttpResponse } from './request-options.js';
import { withRetry, type RetryOptions } from './retry.js';

/** A request built once by the session (headers, body, query in the URL), as the transport pipeline takes it. */
export interface OutgoingRequest extends RedirectingRequest {
  /** The merged retry policy; false: one attempt. */
  retry: RetryOptions | false | undefined;
  /** Safe to repeat after a 5xx or a reset even though the method is not idempotent (a token request). */
  idempotent?: boolean;
  /** The session's hooks, then the client's. */
  hooks?: Hooks | undefined;
  /** The session's listeners and access log. */
  observers?: { events?: HttpEvents | undefined; accessLog?: AccessLog | undefined } | undefined;
}

/** What the pipeline needs from the session: the transport, log, timings and secrets, and the redirect limit. */
export type SendContext = RedirectContext;

/**
 * Sends one request through the pipeline (see the top of this file): beforeRequest hooks (once, before auth signs),
 * then the retry policy around each attempt. Around each attempt: the `request` and `response` listeners and the
 * afterResponse hooks; before each retry, beforeRetry; at the end, beforeError and the access log. The request object
 * travels through whole, so per-request options (signal, timeout, maxResponseBytes) reach the transport.
 */
export async function send(ctx: SendContext, req: OutgoingRequest): Promise<HttpResponse> {
  const { method, url, signal, hooks } = req;
  const events = req.observers?.events;
  if (signal?.aborted) throw new RequestAborted({ method, url: redactUrl(url), cause: signal.reason });
  const started = Date.now();
  const views = new AttemptViews(method, url, req.headers, ctx.knownSecrets);
  const authorize = req.authorize;
  const attemptReq: RedirectingRequest = !authorize ? req : {
    ...req,
    authorize: async (r) => {
      const secretHeaders = await authorize(r);
      views.sentWith(r.headers, secretHeaders);
      return secretHeaders;
    },
  };
  const attempt = async (n: number) => {
    views.begin(n);
    if (events?.has('request')) events.emit('request', { exchange: views.view() });
    let response: HttpResponse;
    try {
      const raw = await followRedirects(ctx, attemptReq);
      response = 'body' in raw ? await decodeStream(method, raw, ctx.knownSecrets) : decodeResponse(method, raw, ctx.knownSecrets);
    } catch (error) {
      if (isHttpError(error)) await afterResponse({ error });
      throw error;
    }
    await afterResponse({ response });
    return response;
  };
  const watched = (hooks?.afterResponse?.length ?? 0) > 0 || events?.has('response') === true;
  const afterResponse = async (outcome: Parameters<AttemptViews['view']>[0]) => {
    if (!watched) return; // no view is built for a request nobody watches
    const exchangeView = views.view(outcome);
    events?.emit('response', { exchange: exchangeView });
    for (const hook of hooks?.afterResponse ?? []) await hook({ exchange: exchangeView });
  };
  try {
    for (const hook of hooks?.beforeRequest ?? []) await hook({ method, url: redactUrl(url), headers: req.headers });
    const response = await withRetry(method, attempt, req.retry, {
      ...(signal ? { signal } : {}),
      ...(req.idempotent === undefined ? {} : { idempotent: req.idempotent }),
      onRetry: async (s) => {
        if (ctx.log.enabled) ctx.log.note(`retrying ${method} ${redactUrl(url)} after ${describe(s.error)} (attempt ${s.attempt + 1})`);
        const state = { exchange: views.view({ error: s.error }), error: s.error, delayMs: s.delayMs };
        events?.emit('retry', state);
        for (const hook of hooks?.beforeRetry ?? []) if ((await hook(state)) === STOP_RETRYING) throw s.error;
      },
    });
    const accessLog = req.observers?.accessLog;
    if (accessLog) accessLog.write(accessEntry(views.view({ response }), started, response.status));
    return response;
  } catch (caught) {
    let error = caught as Error;
    if (signal?.aborted && !(error instanceof RequestAborted)) error = new RequestAborted({ method, url: redactUrl(url), cause: error });
    const view = views.view({ error });
    req.observers?.accessLog?.write(accessEntry(view, started, view.status ?? (error as { code?: string }).code ?? error.name));
    for (const hook of hooks?.beforeError ?? []) error = (await hook({ exchange: view, error })) ?? error;
    events?.emit('error', { exchange: view, error });
    throw error;
  }
}

function accessEntry(view: ReturnType<AttemptViews['view']>, started: number, outcome: number | string) {
  return {
    method: view.method, url: view.url, outcome, bytes: view.bytes, elapsed: Date.now() - started, requestId: view.requestId,
    attempts: view.attempt,
  };
}

function describe(error: Error): string {
  return isHttpError(error) ? `HTTP ${error.status}` : (error as { code?: string }).code ?? error.name;
}
