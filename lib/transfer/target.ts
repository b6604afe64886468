import type { EndpointInterfaceInput } from '../auth-plugin.js';
import type { BaseClient } from '../base-client.js';
import type { HttpResponse, QueryValue, RequestOptions } from '../transport/request-options.js';
import type { RetryOptions } from '../transport/retry.js';
import type { TimeoutSetting } from '../transport/transport.js';

/** A service endpoint from the catalog, as a service client finds its own: authenticated requests, token to the catalog's hosts only. */
export interface ServiceTarget {
  /** The catalog service type (aliases such as `volumev3` → `block-storage` match). */
  serviceType: string;
  /** @default the session's endpointType */
  interface?: EndpointInterfaceInput;
  /** @default the session's regionName */
  region?: string;
  /** Appended to the endpoint URL (one slash between), e.g. `/v2/images/abc/file`. */
  path?: string;
}

/** A path under a service client's own endpoint (its overrides and discovered version included), as `client.get(path)` would send. */
export interface ClientTarget {
  client: BaseClient;
  path?: string;
}

/**
 * Where a transfer goes: a {@link ServiceTarget} of the catalog, a {@link ClientTarget}, or an absolute URL (sent
 * unauthenticated, as `http.request`).
 */
export type TransferTarget = ServiceTarget | ClientTarget | string;

/** The call options every transfer method takes, as every service call does. */
export interface TransferCallOptions {
  headers?: Record<string, string>;
  query?: Record<string, QueryValue> | URLSearchParams;
  /** Aborts the transfer; a stream being read or written fails with RequestAborted and its connection is closed. */
  signal?: AbortSignal;
  timeout?: TimeoutSetting;
  /** The retry policy for the request(s) that are safe to send again; false: one attempt. */
  retry?: RetryOptions | false;
}

/** Bytes moved so far, and the total when it is known (a Content-Length, a file's size). */
export interface TransferProgress {
  transferred: number;
  total?: number;
}

/** Called as bytes move; keep it cheap (it runs once per chunk). */
export type ProgressListener = (progress: TransferProgress) => void;

/** How the transfer functions send one request through the session (the session binds it to its own pipeline). */
export type TargetRequest = (method: string, target: TransferTarget, options: RequestOptions) => Promise<HttpResponse>;

/** The call options of `options`, without the transfer's own. */
export function callOptions(options: TransferCallOptions): RequestOptions {
  const { headers, query, signal, timeout, retry } = options;
  return {
    ...(headers ? { headers } : {}), ...(query ? { query } : {}), ...(signal ? { signal } : {}), ...(timeout === undefined ? {} : { timeout }),
    ...(retry === undefined ? {} : { retry }),
  };
}

/** A transient endpoint consumer for the session's resolver: it never caches, so a new catalog after re-authentication is seen. */
export function serviceConsumer(target: ServiceTarget) {
  return {
    serviceType: target.serviceType,
    endpointType: target.interface,
    regionName: target.region,
    serviceName: undefined,
    endpointOverride: undefined,
    hooks: undefined,
    get cachedEndpoint(): string | undefined { return undefined; },
    set cachedEndpoint(_url: string | undefined) { /* not cached: see above */ },
    defaultHeaders: () => ({}),
  };
}
