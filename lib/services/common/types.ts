/**
 * The slice of a service client (BaseClient) that managers, pagination and waits use.
 * Structural on purpose: a manager only needs the HTTP verbs, not the whole session.
 */

/** One query value; arrays repeat the key (`?status=ACTIVE&status=ERROR`). */
export type QueryValue = string | number | boolean | undefined | (string | number)[];
export type QueryInput = Record<string, QueryValue> | URLSearchParams;

/** Per-request options a manager passes down to the client's verbs. */
export interface ManagerRequestOptions {
  json?: unknown;
  headers?: Record<string, string>;
  query?: QueryInput;
  signal?: AbortSignal;
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
