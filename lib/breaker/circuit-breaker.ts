/** The circuit breaker's settings, kept per endpoint host. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. @default 5 */
  maxFailures?: number;
  /** Share of failed requests within `windowMs` that opens the circuit (once `minRequests` were seen). @default 0.5 */
  failureRatio?: number;
  /** The window the failure ratio is measured over, in ms. @default 60_000 */
  windowMs?: number;
  /** Requests within the window before the failure ratio counts. @default 10 */
  minRequests?: number;
  /** How long the circuit stays open before probes go through, in ms. @default 30_000 */
  openMs?: number;
  /** Probes let through when half-open; all must succeed to close the circuit. @default 1 */
  halfOpenRequests?: number;
}

/** A circuit's state: closed (traffic flows), open (traffic goes to a backup, or fails fast), half-open (probing). */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** A change of state of one host's circuit, as logged and emitted to `circuit` listeners. */
export interface CircuitTransition {
  host: string;
  from: CircuitState;
  to: CircuitState;
  /** When it happened (ms since the epoch). */
  at: number;
  /** Why, e.g. `5 consecutive failures`, `probe succeeded`. */
  reason: string;
  /** While open: when probes will be let through (ms since the epoch). */
  retryAt?: number;
}

/** What the breaker says about a request before it starts. */
export type Admission = 'pass' | 'probe' | 'reject';
/** How a request ended, for the breaker: 4xx answers are successes (the host is up); an abort is neutral. */
export type Outcome = 'success' | 'failure' | 'neutral';

const DEFAULTS: Required<CircuitBreakerOptions> = {
  maxFailures: 5, failureRatio: 0.5, windowMs: 60_000, minRequests: 10, openMs: 30_000, halfOpenRequests: 1,
};
/** The window keeps at most this many outcomes, so a busy host's window stays bounded. */
const WINDOW_CAP = 1_000;

/** One host's circuit. Requests ask `admit()` before they start and report their outcome with `record()`. */
export class HostCircuit {
  readonly host: string;
  readonly #o: Required<CircuitBreakerOptions>;
  readonly #onTransition: (t: CircuitTransition) => void;
  #state: CircuitState = 'closed';
  #consecutive = 0;
  #window: { at: number; failed: boolean }[] = [];
  #openedAt = 0;
  #probes = 0;
  #probeSuccesses = 0;

  constructor(host: string, options: CircuitBreakerOptions, onTransition: (t: CircuitTransition) => void) {
    this.host = host;
    this.#o = { ...DEFAULTS, ...options };
    this.#onTransition = onTransition;
  }

  get state(): CircuitState {
    return this.#state;
  }

  /** When an open circuit lets probes through (ms since the epoch). */
  get retryAt(): number {
    return this.#openedAt + this.#o.openMs;
  }

  admit(now = Date.now()): Admission {
    if (this.#state === 'open' && now >= this.retryAt) {
      this.#move('half-open', now, `open for ${this.#o.openMs} ms`);
      this.#probes = 0;
      this.#probeSuccesses = 0;
    }
    if (this.#state === 'closed') return 'pass';
    if (this.#state === 'half-open' && this.#probes < this.#o.halfOpenRequests) {
      this.#probes++;
      return 'probe';
    }
    return 'reject';
  }

  /** The outcome of a request that `admit()` let through; `probe` when it was one of the half-open probes. */
  record(outcome: Outcome, probe: boolean, now = Date.now()): void {
    if (probe) return this.#recordProbe(outcome, now);
    // A request let through while closed that ends after the circuit opened says nothing new.
    if (this.#state !== 'closed' || outcome === 'neutral') return;
    const failed = outcome === 'failure';
    this.#consecutive = failed ? this.#consecutive + 1 : 0;
    this.#window.push({ at: now, failed });
    const since = now - this.#o.windowMs;
    while (this.#window.length > WINDOW_CAP || (this.#window[0] && this.#window[0].at < since)) this.#window.shift();
    if (this.#consecutive >= this.#o.maxFailures) return this.#open(now, `${this.#consecutive} consecutive failures`);
    const failures = this.#window.filter((w) => w.failed).length;
    const ratio = failures / this.#window.length;
    if (failed && this.#window.length >= this.#o.minRequests && ratio >= this.#o.failureRatio) {
      this.#open(now, `${failures} of ${this.#window.length} requests failed within ${this.#o.windowMs} ms`);
    }
  }

  #recordProbe(outcome: Outcome, now: number): void {
    if (this.#state !== 'half-open') return;
    if (outcome === 'failure') return this.#open(now, 'a probe failed');
    if (outcome === 'neutral') {
      this.#probes--; // an aborted probe proved nothing: its slot goes to the next request
      return;
    }
    this.#probeSuccesses++;
    if (this.#probeSuccesses >= this.#o.halfOpenRequests) {
      this.#consecutive = 0;
      this.#window = [];
      this.#move('closed', now, `${this.#probeSuccesses} probe${this.#probeSuccesses > 1 ? 's' : ''} succeeded`);
    }
  }

  #open(now: number, reason: string): void {
    this.#openedAt = now;
    this.#move('open', now, reason);
  }

  #move(to: CircuitState, at: number, reason: string): void {
    const from = this.#state;
    this.#state = to;
    this.#onTransition({ host: this.host, from, to, at, reason, ...(to === 'open' ? { retryAt: this.retryAt } : {}) });
  }
}
