import type { RequestOptions } from '../../transport/request-options.js';

/**
 * The slice of a service client (BaseClient) that managers, pagination and waits use.
 * Structural on purpose: a manager only needs the HTTP verbs, not the whole session.
 */

/** One query value; arrays repeat the key (`?status=ACTIVE&status=ERROR`). */
export type QueryValue = string | number | boolean | undefined | (string | number)[];
/** A query string as a record of values (arrays repeat the key) or ready-made URLSearchParams. */
export type QueryInput = Record<string, QueryValue> | URLSearchParams;

/** A per-call timeout in milliseconds (or `{ connect, read }`); it wins over the session's `timeout`. */
export type CallTimeout = RequestOptions['timeout'];

/**
 * What every service call takes, last: `signal`, `timeout` and `headers` travel to the transport as they are.
 * @example await compute.servers.get(id, { timeout: 5_000, signal: AbortSignal.timeout(30_000) })
 */
export interface CallOptions {
  signal?: AbortSignal;
  /** Milliseconds for this call's requests (each page of a listing), instead of the session's timeout. */
  timeout?: CallTimeout;
  /** Extra headers for this call's requests. */
  headers?: Record<string, string>;
}

/** Per-request options a manager passes down to the client's verbs. */
export interface ManagerRequestOptions extends CallOptions {
  json?: unknown;
  query?: QueryInput;
}

/** The call options of one request, without undefined keys. */
export function callOptionsOf(opts: CallOptions): CallOptions {
  const out: CallOptions = {};
  if (opts.signal !== undefined) out.signal = opts.signal;
  if (opts.timeout !== undefined) out.timeout = opts.timeout;
  if (opts.headers !== undefined) out.headers = opts.headers;
  return out;
}

/** What the client's verbs resolve with (the HTTPClient's HttpResponse satisfies it). */
export interface ResponseLike<T = any> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
  url: string;
}

type Verb = (url: string, opts?: ManagerRequestOptions) => Promise<ResponseLike>;

/** A service client: BaseClient satisfies this. */
export interface RequestClient {
  readonly serviceType: string;
  /** The catalog endpoint once the client has used it. */
  readonly cachedEndpoint?: string | undefined;
  get: Verb;
  head: Verb;
  post: Verb;
  put: Verb;
  patch: Verb;
  delete: Verb;
}

/** A JSON object as services send it. */
export type JsonRecord = Record<string, unknown>;

export function isJsonRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
