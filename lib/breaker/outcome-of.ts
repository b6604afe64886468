import { isHttpError } from '../errors/http-errors.js';
import { ConnectionError, RequestAborted } from '../errors/transport-errors.js';
import type { Outcome } from './circuit-breaker.js';

/**
 * How a request's end counts for the breaker: connection errors (refused, reset, DNS, TLS), timeouts and 5xx are
 * failures of the host; any other HTTP answer (4xx included) shows the host is up; an abort or an error of ours
 * (a hook that threw, a body that does not parse) says nothing about the host.
 */
export function outcomeOf(error: unknown): Outcome {
  if (error === undefined) return 'success';
  if (error instanceof RequestAborted) return 'neutral';
  if (error instanceof ConnectionError) return 'failure'; // TimeoutError is a ConnectionError
  if (isHttpError(error)) return error.status >= 500 ? 'failure' : 'success';
  return 'neutral';
}
