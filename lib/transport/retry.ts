import pRetry from 'p-retry';
import { isHttpError } from '../errors/http-errors.js';
import { ConnectionError, ConnectionReset, ConnectTimeout, ReadTimeout, RequestAborted, TlsError } from '../errors/transport-errors.js';

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
  if (error instanceof ConnectionError && error.beforeSend) return true;
  if (!idempotent) return false;
  if (isHttpError(error)) return RETRY_STATUSES.has(error.status);
  return error instanceof ConnectionReset || error instanceof ReadTimeout || error instanceof ConnectTimeout;
}

/** The retry owner: p-retry with exponential backoff and jitter, bounded attempts and time, Retry-After under a cap. */
export async function withRetry<T>(
  method: string,
  run: (attempt: number) => Promise<T>,
  options: RetryOptions | false | undefined,
  hooks: { signal?: AbortSignal; idempotent?: boolean; onRetry?: (state: RetryState) => void } = {},
): Promise<T> {
  if (options === false) return run(1);
  const o = { ...DEFAULT_RETRY, ...options };
  const retryable = (error: unknown) => isRetryable(error, method, hooks.idempotent);
  let attempts = 0;
  try {
    return await pRetry(async (attempt) => {
      attempts = attempt;
      return run(attempt);
    }, {
      retries: o.retries,
      minTimeout: o.minTimeout,
      maxTimeout: o.maxTimeout,
      factor: 2,
      randomize: true,
      maxRetryTime: o.maxRetryTime,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      shouldRetry: ({ error }) => retryable(error) && retryAfterMs(error) <= o.retryAfterCap,
      onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
        if (retriesLeft === 0 || !retryable(error)) return;
        const wait = retryAfterMs(error);
        if (wait > o.retryAfterCap) return;
        hooks.onRetry?.({ method, attempt: attemptNumber, error, delayMs: wait });
        if (wait > 0) await sleep(wait, hooks.signal);
      },
    });
  } catch (error) {
    if (attempts > 1 && error instanceof Error) annotateAttempts(error, attempts);
    throw error;
  }
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
