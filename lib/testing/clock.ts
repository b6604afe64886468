import { ConfigError } from '../errors/framework-errors.js';

/**
 * The fake cloud's clock: wall time plus an offset that tests move forward.
 * Token expiry and service status transitions (BUILD → ACTIVE) read it, so a test can
 * travel in time instead of sleeping.
 */
export class FakeClock {
  #offsetMs = 0;

  /** Milliseconds since the epoch, as the fake cloud sees it. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** Move the clock forward (never back: expired tokens stay expired). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new ConfigError(`advanceClock(ms) needs a finite ms >= 0, got ${ms}`);
    this.#offsetMs += ms;
  }
}
