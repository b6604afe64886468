/**
 * Hooks (got/ky style: arrays of functions run in order, each taking ONE state object) and the listener events.
 * Hooks may act: `beforeRequest` changes headers, `beforeRetry` may stop the retries, `beforeError` may replace
 * the error; a hook that throws ends that request with its error. Listeners only watch.
 */

/** The redacted view of one attempt that hooks and listeners see: no token, password or signature in it. */
export interface ExchangeView {
  method: string;
  /** The URL with secret query values, userinfo passwords and path tokens redacted. */
  url: string;
  /**
   * Request headers as sent, token and signature headers shown as `{SHA256}<hex>`; in the `request` event (before the
   * auth plugin has run) they are the headers the session built.
   */
  requestHeaders: Record<string, string>;
  /** The HTTP status, when a response came. */
  status?: number;
  /** Response headers, token headers hashed. */
  headers?: Record<string, string>;
  /** x-openstack-request-id (or x-compute-request-id) of the response. */
  requestId?: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
  /** ms since this attempt started. */
  elapsed: number;
  /** Response body bytes (after decompression), when a response came. */
  bytes?: number;
}

/** What a `beforeRequest` hook receives: it may add, change or delete entries of `headers` (real values, not redacted). */
export interface BeforeRequestState {
  method: string;
  /** Redacted URL. */
  url: string;
  /** The request's headers; the auth plugin signs (or adds its token) after every beforeRequest hook has run. */
  headers: Record<string, string>;
}

/** What an `afterResponse` hook and a `response` listener receive, after each attempt that got an HTTP response. */
export interface AfterResponseState {
  exchange: ExchangeView;
}

/** What a `beforeRetry` hook and a `retry` listener receive, before each retry. */
export interface BeforeRetryState {
  /** The attempt that failed. */
  exchange: ExchangeView;
  error: Error;
  /** The wait before the retry, in ms. */
  delayMs: number;
}

/** What a `beforeError` hook and an `error` listener receive, once, when the request fails for good. */
export interface BeforeErrorState {
  /** The last attempt. */
  exchange: ExchangeView;
  error: Error;
}

/** What a `request` listener receives before each attempt. */
export interface RequestEventState {
  exchange: ExchangeView;
}

/** Returned by a `beforeRetry` hook: no more retries; the request fails with the error of the failed attempt. */
export const STOP_RETRYING: unique symbol = Symbol('stackclient.stopRetrying');

/** Runs before the first attempt; may change `state.headers`. */
export type BeforeRequestHook = (state: BeforeRequestState) => void | Promise<void>;
/** Runs after each attempt that got an HTTP response (any status). */
export type AfterResponseHook = (state: AfterResponseState) => void | Promise<void>;
/** Runs before each retry; return {@link STOP_RETRYING} to end the retries. */
export type BeforeRetryHook = (state: BeforeRetryState) => void | typeof STOP_RETRYING | Promise<void | typeof STOP_RETRYING>;
/** Runs once when the request fails; return an Error to fail with it instead. */
export type BeforeErrorHook = (state: BeforeErrorState) => void | Error | Promise<void | Error>;

/** The hooks of a session or a client: each an array, run in order (the session's, then the client's). */
export interface Hooks {
  beforeRequest?: readonly BeforeRequestHook[];
  afterResponse?: readonly AfterResponseHook[];
  beforeRetry?: readonly BeforeRetryHook[];
  beforeError?: readonly BeforeErrorHook[];
}

/** The session's hooks, then the client's. */
export function mergeHooks(session: Hooks | undefined, client: Hooks | undefined): Hooks | undefined {
  if (!client) return session;
  if (!session) return client;
  return {
    beforeRequest: [...(session.beforeRequest ?? []), ...(client.beforeRequest ?? [])],
    afterResponse: [...(session.afterResponse ?? []), ...(client.afterResponse ?? [])],
    beforeRetry: [...(session.beforeRetry ?? []), ...(client.beforeRetry ?? [])],
    beforeError: [...(session.beforeError ?? []), ...(client.beforeError ?? [])],
  };
}
