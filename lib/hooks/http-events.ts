import type { CircuitTransition } from '../breaker/circuit-breaker.js';
import type { AfterResponseState, BeforeErrorState, BeforeRetryState, RequestEventState } from './types.js';

/** The listener events of a session, and what each listener receives. */
export interface HttpEventMap {
  /** Before each attempt. */
  request: RequestEventState;
  /** After each attempt that got an HTTP response (any status). */
  response: AfterResponseState;
  /** Before each retry. */
  retry: BeforeRetryState;
  /** Once, when a request fails for good. */
  error: BeforeErrorState;
  /** A circuit breaker changed state (closed, open, half-open). */
  circuit: CircuitTransition;
}

/** The name of a listener event. */
export type HttpEventName = keyof HttpEventMap;
/** A listener: it watches and must not change anything; what it throws is logged at debug level and dropped. */
export type HttpListener<E extends HttpEventName> = (state: HttpEventMap[E]) => void;

/** The session's listeners. `emit` never throws and never waits: a listener cannot break or slow a request. */
export class HttpEvents {
  readonly #listeners = new Map<HttpEventName, Set<(state: never) => void>>();
  readonly #log: (line: string) => void;

  constructor(log: (line: string) => void) {
    this.#log = log;
  }

  on<E extends HttpEventName>(event: E, listener: HttpListener<E>): void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener as (state: never) => void);
  }

  off<E extends HttpEventName>(event: E, listener: HttpListener<E>): void {
    this.#listeners.get(event)?.delete(listener as (state: never) => void);
  }

  /** True when `event` has listeners (so callers skip building the state). */
  has(event: HttpEventName): boolean {
    return (this.#listeners.get(event)?.size ?? 0) > 0;
  }

  emit<E extends HttpEventName>(event: E, state: HttpEventMap[E]): void {
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        const result = (listener as HttpListener<E>)(state) as unknown;
        if (result instanceof Promise) result.catch((error: unknown) => this.#dropped(event, error));
      } catch (error) {
        this.#dropped(event, error);
      }
    }
  }

  #dropped(event: string, error: unknown): void {
    this.#log(`a "${event}" listener threw (ignored): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}
