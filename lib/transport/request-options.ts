import type { BodySource } from './body-source.js';
import type { RetryOptions } from './retry.js';
import type { TimeoutSetting } from './transport.js';

/** A query parameter value; arrays repeat the key, undefined and null drop it. */
export type QueryValue = string | number | boolean | undefined | null | ReadonlyArray<string | number>;

/** Options of one request; session options are the defaults, these win. */
export interface RequestOptions {
  /** Serialized as JSON with Content-Type: application/json. */
  json?: unknown;
  /** A raw body, sent as is; a {@link BodySource} is streamed (the transfer methods build them). */
  body?: string | Buffer | BodySource;
  headers?: Record<string, string>;
  query?: Record<string, QueryValue> | URLSearchParams;
  signal?: AbortSignal;
  timeout?: TimeoutSetting;
  /** Per-request retry policy; false: one attempt. */
  retry?: RetryOptions | false;
  /** Treat this request as safe to repeat after a 5xx or a reset (as GET, PUT, DELETE are); e.g. a token request. */
  idempotent?: boolean;
  /** The largest response body accepted, in bytes after decompression; the session's maxResponseBytes otherwise. */
  maxResponseBytes?: number;
  /** Log the request body (default true; the log redacts secrets either way). */
  logBody?: boolean;
  /**
   * Leave the response body unread: `body` is then a Readable of it (`rawBody` empty), and the response resolves at
   * the headers. An error status still ends in its typed error. The session's maxResponseBytes does not apply.
   * @default false
   */
  stream?: boolean;
  /** Called as the request body is written, with the bytes written so far. */
  onUploadProgress?: (transferred: number) => void;
}

/** The low-level result: status, headers, decoded body (JSON, else text) and the raw bytes. */
export interface HttpResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: T;
  rawBody: Buffer;
  url: string;
  requestId?: string;
}

export function appendQuery(url: string, query: RequestOptions['query']): string {
  if (!query) return url;
  const params = query instanceof URLSearchParams ? query : new URLSearchParams();
  if (!(query instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
      else params.append(key, String(value));
    }
  }
  const text = params.toString();
  if (!text) return url;
  return url + (url.includes('?') ? '&' : '?') + text;
}

export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

export function requestIdOf(headers: Record<string, string | string[] | undefined>): string | undefined {
  return headerValue(headers, 'x-openstack-request-id') ?? headerValue(headers, 'x-compute-request-id');
}
