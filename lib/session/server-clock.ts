import { headerValue } from '../transport/request-options.js';

/**
 * The identity server's clock, as its `Date` headers show it. Token expiry (`expires_at`) is the server's
 * time, so a session whose clock runs ahead would think every new token expired. `Date` has one-second
 * resolution, so offsets under a second count as none.
 */
export class ServerClock {
  #offset = 0;

  /** Learn the offset from a response's `Date` header (ignored when absent or malformed). */
  observe(headers: Record<string, string | string[] | undefined>, receivedAt = Date.now()): void {
    const date = Date.parse(headerValue(headers, 'date') ?? '');
    if (Number.isNaN(date)) return;
    const offset = date - receivedAt;
    this.#offset = Math.abs(offset) < 1_000 ? 0 : offset;
  }

  /** Now, on the server's clock. */
  now(): number {
    return Date.now() + this.#offset;
  }
}
