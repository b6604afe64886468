import type { RequestToAuthorize } from '../auth-plugin.js';
import type { HttpLog } from '../log/http-log.js';
import type { KnownSecrets } from '../log/known-secrets.js';
import { redactUrl } from '../log/redact.js';
import { phasesFromGot, type TimingRecorder } from '../timings.js';
import type { HttpTransport, TransportRequest, TransportResponse } from './transport.js';

/** A request as one exchange takes it: what the transport sends, plus what to log and how to authorize it. */
export interface ExchangeRequest extends TransportRequest {
  logBody: boolean;
  /** Adds auth to the request (token header or signature); returns the names of the headers it set. */
  authorize?: (req: RequestToAuthorize) => string[] | Promise<string[]>;
}

/** What an exchange needs from the session: the transport, the log, the timings, the secrets to hide. */
export interface ExchangeContext {
  transport: HttpTransport;
  log: HttpLog;
  timings: TimingRecorder | undefined;
  /** The session's secrets, hidden by exact value in the messages of errors built from responses. */
  knownSecrets?: KnownSecrets;
}

/** Where one hop goes: its URL, its headers (the plugin adds its own to them), and the plugin, unless dropped. */
export interface Hop {
  url: string;
  headers: Record<string, string>;
  authorize: ExchangeRequest['authorize'];
}

/** One hop's raw response, and the names of the headers the plugin set on it (secrets in the log, dropped across origins). */
export interface HopResponse {
  response: TransportResponse;
  secretHeaders: string[];
}

/** One hop of a request: authorize, log, send through the transport, time; the response comes back raw. */
export async function exchange(ctx: ExchangeContext, req: ExchangeRequest, hop: Hop): Promise<HopResponse> {
  const { log, timings } = ctx;
  const { method } = req;
  const { url, headers } = hop;
  const secretHeaders = hop.authorize ? await hop.authorize({ method, url: new URL(url), headers, body: req.body }) : [];
  if (log.enabled) {
    const proxy = ctx.transport.proxyFor?.(url);
    log.request({
      method, url, headers, body: req.logBody ? req.body : undefined, insecure: ctx.transport.insecure, secretHeaders, ...(proxy ? { proxy } : {}),
    });
  }
  const start = Date.now();
  let res: TransportResponse;
  try {
    res = await ctx.transport.send({
      method, url, headers, body: req.body, signal: req.signal, timeout: req.timeout,
      ...(req.maxResponseBytes === undefined ? {} : { maxResponseBytes: req.maxResponseBytes }),
    });
  } catch (error) {
    const e = error as Error & { code?: string; timings?: TransportResponse['timings'] };
    timings?.record({
      method, url: redactUrl(url), error: e.code ?? e.name, start, elapsed: Date.now() - start, phases: phasesFromGot(e.timings),
    });
    if (log.enabled) log.note(`${method} ${redactUrl(url)} failed: ${e.message}`);
    throw error;
  }
  timings?.record({ method, url: redactUrl(url), status: res.status, start, elapsed: Date.now() - start, phases: phasesFromGot(res.timings) });
  if (log.enabled) {
    log.response({
      status: res.status, statusMessage: res.statusMessage, headers: res.headers, rawBody: res.rawBody, method, url, shortenCatalog: true, secretHeaders,
    });
  }
  return { response: res, secretHeaders };
}
