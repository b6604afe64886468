import pRetry from 'p-retry';
import { isHttpError } from '../errors/http-errors.js';
import { ConnectionError, ConnectionReset, ConnectTimeout, DnsLookupFailed, ReadTimeout, RequestAborted, TlsError } from '../errors/transport-errors.js';

/** The retry policy: how many retries, the backoff, which methods and statuses. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 3 */
  retries?: number;
  /** @default 250 */
  minTimeout?: number;
  /** @default 5_000 */
  maxTimeout?: number;
  /** No retry starts after this many ms since the first attempt. @default 30_000 */
  maxRetryTime?: number;
  /** The longest Retry-After honoured, in ms; a longer one ends the retries. @default 30_000 */
  retryAfterCap?: number;
}

/** What the `retry` listener and hook receive before each retry. */
export interface RetryState {
  method: string;
  attempt: number;
  error: Error;
  delayMs: number;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

export const DEFAULT_RETRY: Required<RetryOptions> = {
  retries: 3, minTimeout: 250, maxTimeout: 5_000, maxRetryTime: 30_000, retryAfterCap: 30_000,
};

/**
 * Whether `error` may be retried for `method`. Nothing was sent: any method. Something may have been
 * processed (a 5xx, a reset or read timeout after sending): only idempotent methods, so a POST is never sent twice.
 */
export function isRetryable(error: unknown, method: string, idempotent = IDEMPOTENT.has(method.toUpperCase())): boolean {
  if (error instanceof RequestAborted) return false;
  if (error instanceof TlsError) return false;
  if (error instanceof DnsLookupFailed && error.errno === 'ENOTFOUND') return false; // a host that does not exist stays so
  if (error instanceof ConnectionError && error.beforeSend) return true;
  if (!idempotent) return false;
  if (isHttpError(error)) return RETRY_STATUSES.has(error.status);
  return error instanceof ConnectionReset || error instanceof ReadTimeout || error instanceof ConnectTimeout;
}

/**
 * The retry owner. p-retry runs the attempts (count, budget, abort, which errors retry); the wait before each
 * retry is ours: exactly the server's Retry-After when it names one, else exponential backoff with jitter.
 * A wait that would end past the budget (`maxRetryTime`) is never slept: the last error is thrown at once.
 */
export async function withRetry<T>(
  method: string,
  run: (attempt: number) => Promise<T>,
  options: RetryOptions | false | undefined,
  hooks: { signal?: AbortSignal; idempotent?: boolean; onRetry?: (state: RetryState) => void | Promise<void> } = {},
): Promise<T> {
  if (options === false) return run(1);
  const o = { ...DEFAULT_RETRY, ...options };
  const retryable = (error: unknown) => isRetryable(error, method, hooks.idempotent);
  const start = Date.now();
  let attempts = 0;
  try {
    return await pRetry(async (attempt) => {
      attempts = attempt;
      return run(attempt);
    }, {
      retries: o.retries,
      // p-retry's own delay is switched off (0): onFailedAttempt below waits, so Retry-After gets no backoff on top.
      minTimeout: 0,
      maxTimeout: 0,
      maxRetryTime: o.maxRetryTime,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      shouldRetry: ({ error }) => retryable(error) && retryAfterMs(error) <= o.retryAfterCap,
      onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
        if (retriesLeft === 0 || !retryable(error)) return;
        const retryAfter = retryAfterMs(error);
        if (retryAfter > o.retryAfterCap) return;
        const wait = isHttpError(error) && error.retryAfter !== undefined ? retryAfter : backoffMs(attemptNumber, o);
        const left = o.maxRetryTime - (Date.now() - start);
        if (wait >= left) throw overBudget(error, wait, left);
        // A beforeRetry hook that throws (or stops the retries) ends the request here, before the wait.
        await hooks.onRetry?.({ method, attempt: attemptNumber, error, delayMs: wait });
        if (wait > 0) await sleep(wait, hooks.signal);
      },
    });
  } catch (error) {
    if (attempts > 1 && error instanceof Error) annotateAttempts(error, attempts);
    throw error;
  }
}

/** p-retry's formula (factor 2, randomized 1–2×), capped at maxTimeout. */
function backoffMs(attemptNumber: number, o: Required<RetryOptions>): number {
  return Math.min(Math.round((Math.random() + 1) * o.minTimeout * 2 ** (attemptNumber - 1)), o.maxTimeout);
}

/** The error that ended the retries, saying why no retry followed. */
function overBudget(error: Error, wait: number, left: number): Error {
  const what = isHttpError(error) && error.retryAfter !== undefined ? `Retry-After asks for ${wait} ms` : `the next retry is due in ${wait} ms`;
  error.message = `${error.message}; not retried: ${what}, past the retry budget (${Math.max(0, left)} ms left of maxRetryTime)`;
  return error;
}

function retryAfterMs(error: unknown): number {
  const seconds = isHttpError(error) ? error.retryAfter : undefined;
  return seconds === undefined ? 0 : Math.max(0, seconds * 1000);
}

/** The error that ends the retries keeps its class and says how many attempts were made. */
function annotateAttempts(error: Error, attempts: number): void {
  Object.defineProperty(error, 'attempts', { value: attempts, enumerable: true, configurable: true });
  error.message = `${error.message} (gave up after ${attempts} attempts)`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
