import type { RequestToAuthorize } from '../auth-plugin.js';
import type { HttpLog } from '../log/http-log.js';
import type { KnownSecrets } from '../log/known-secrets.js';
import { redactUrl } from '../log/redact.js';
import { phasesFromGot, type TimingRecorder } from '../timings.js';
import { InvalidArgument } from '../errors/framework-errors.js';
import { isBodySource, type BodySource } from './body-source.js';
import type { HttpTransport, TransportRequest, TransportResponse, TransportStream } from './transport.js';

/** A request as one exchange takes it: what the transport sends, plus what to log and how to authorize it. */
export interface ExchangeRequest extends Omit<TransportRequest, 'body'> {
  /** A streamed body ({@link BodySource}) is opened anew for each hop. */
  body?: string | Buffer | BodySource | undefined;
  /** Leave the response body to the caller as a stream (the transport's `open`); nothing of it is buffered or logged. */
  stream?: boolean | undefined;
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
  response: TransportResponse | TransportStream;
  secretHeaders: string[];
}

/** One hop of a request: authorize, log, send through the transport, time; the response comes back raw. */
export async function exchange(ctx: ExchangeContext, req: ExchangeRequest, hop: Hop): Promise<HopResponse> {
  const { log, timings } = ctx;
  const { method } = req;
  const { url, headers } = hop;
  const source = isBodySource(req.body) ? req.body : undefined;
  // A streamed body is not in the signature (plugins are told, and sign an unsigned payload); its length goes in Content-Length.
  const hasLength = Object.keys(headers).some((h) => h.toLowerCase() === 'content-length');
  if (source?.length !== undefined && !hasLength) headers['Content-Length'] = String(source.length);
  const signable = source ? undefined : req.body as string | Buffer | undefined;
  const toAuthorize = { method, url: new URL(url), headers, body: signable, ...(source ? { streamedBody: true } : {}) };
  const secretHeaders = hop.authorize ? await hop.authorize(toAuthorize) : [];
  if (log.enabled) {
    const proxy = ctx.transport.proxyFor?.(url);
    const streamed = source ? { streamedBody: { kind: source.kind, length: source.length, ...(source.path ? { path: source.path } : {}) } } : {};
    log.request({
      method, url, headers, body: req.logBody ? signable : undefined, insecure: ctx.transport.insecure, secretHeaders, ...(proxy ? { proxy } : {}), ...streamed,
    });
  }
  const start = Date.now();
  let res: TransportResponse | TransportStream;
  try {
    const sent = {
      method, url, headers, body: source ? source.open() : signable, signal: req.signal, timeout: req.timeout,
      ...(req.maxResponseBytes === undefined ? {} : { maxResponseBytes: req.maxResponseBytes }),
      ...(req.onUploadProgress ? { onUploadProgress: req.onUploadProgress } : {}),
    };
    if (!req.stream) res = await ctx.transport.send(sent);
    else if (ctx.transport.open) res = await ctx.transport.open(sent);
    else throw new InvalidArgument('transport', `${method} ${redactUrl(url)}: this transport has no open(); it cannot stream a response body`);
  } catch (error) {
    const e = error as Error & { code?: string; timings?: TransportResponse['timings'] };
    timings?.record({
      method, url: redactUrl(url), error: e.code ?? e.name, start, elapsed: Date.now() - start, phases: phasesFromGot(e.timings),
    });
    if (log.enabled) log.note(`${method} ${redactUrl(url)} failed: ${e.message}`);
    throw error;
  }
  const record = (r: { timings: TransportResponse['timings'] }) => timings?.record({
    method, url: redactUrl(url), status: res.status, start, elapsed: Date.now() - start, phases: phasesFromGot(r.timings),
  });
  if ('body' in res) {
    // Timed to the end of the body, which the caller reads after this returns.
    const streamed = res;
    if (timings) res.body.once('close', () => record({ timings: streamed.timings() }));
  } else record(res);
  if (log.enabled) {
    const body = 'body' in res ? { rawBody: Buffer.alloc(0), streamedBody: true } : { rawBody: res.rawBody };
    log.response({
      status: res.status, statusMessage: res.statusMessage, headers: res.headers, method, url, shortenCatalog: true, secretHeaders, ...body,
    });
  }
  return { response: res, secretHeaders };
}
