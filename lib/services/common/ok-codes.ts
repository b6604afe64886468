import { InvalidResponse } from '../../errors/transport-errors.js';
import { redactUrl } from '../../log/redact.js';
import type { ResponseLike } from './types.js';

/** Expected status codes by kind of call, as gophercloud's OkCodes; call sites may pass their own. */
export const DEFAULT_OK_CODES = {
  get: [200, 203],
  list: [200, 203],
  create: [200, 201, 202],
  update: [200, 201, 202, 204],
  delete: [200, 202, 204],
  action: [200, 202, 204],
} as const satisfies Record<string, readonly number[]>;

/**
 * Throw InvalidResponse when a successful-looking status is not one the call expects
 * (statuses >= 400 already rejected in the session with a typed HttpError).
 */
export function expectStatus(response: ResponseLike, okCodes: readonly number[], method: string): void {
  if (okCodes.includes(response.status)) return;
  const url = redactUrl(response.url);
  throw new InvalidResponse(
    `${method} ${url} answered HTTP ${response.status}, expected ${okCodes.join(' or ')}; the service may speak another API version`,
    { method, url, status: response.status },
  );
}
