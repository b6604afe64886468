import { ConfigError } from '../errors/framework-errors.js';

/** Which requests a knob applies to: all fields optional; `path` is exact (without the query) or a RegExp. */
export interface KnobMatch {
  method?: string;
  path?: string | RegExp;
}

/** What `failNext` answers instead of the real route. Without `body`, a Keystone-shaped error body for the status. */
export interface FailSpec extends KnobMatch {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type KnobAction = { kind: 'reset' } | { kind: 'malformed' } | { kind: 'fail'; spec: FailSpec };

interface Countdown<T> { remaining: number; match: KnobMatch; value: T }

/** Matches a request's method and path (query stripped) against a knob or a count. */
export function matches(match: KnobMatch, method: string, path: string): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.path === undefined) return true;
  if (typeof match.path === 'string') return trimSlash(match.path) === trimSlash(path);
  match.path.lastIndex = 0;
  return match.path.test(path);
}

function trimSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/**
 * The fault injection of the fake cloud. Count-down knobs (reset, fail, malformed) are consumed one
 * request at a time, first registered first, in that order of precedence; delays stay until replaced.
 */
export class Knobs {
  #resets: Countdown<KnobAction>[] = [];
  #fails: Countdown<KnobAction>[] = [];
  #malformed: Countdown<KnobAction>[] = [];
  #delays: { ms: number; match: KnobMatch }[] = [];

  failNext(n: number, spec: FailSpec): void {
    if (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599) {
      throw new ConfigError(`failNext needs an HTTP status between 100 and 599, got ${spec.status}`);
    }
    this.#push(this.#fails, n, spec, { kind: 'fail', spec });
  }

  malformedNext(n: number, match: KnobMatch = {}): void {
    this.#push(this.#malformed, n, match, { kind: 'malformed' });
  }

  resetNext(n: number, match: KnobMatch = {}): void {
    this.#push(this.#resets, n, match, { kind: 'reset' });
  }

  /** Delay matching requests by `ms` from now on; `ms = 0` removes the delay for that match (no match: all delays). */
  setDelay(ms: number, match: KnobMatch = {}): void {
    if (!Number.isFinite(ms) || ms < 0) throw new ConfigError(`setDelay needs a finite ms >= 0, got ${ms}`);
    const key = matchKey(match);
    if (ms === 0 && match.method === undefined && match.path === undefined) {
      this.#delays = [];
      return;
    }
    this.#delays = this.#delays.filter((d) => matchKey(d.match) !== key);
    if (ms > 0) this.#delays.push({ ms, match });
  }

  delayFor(method: string, path: string): number {
    return this.#delays.find((d) => matches(d.match, method, path))?.ms ?? 0;
  }

  /** The count-down knob this request consumes, if any. */
  take(method: string, path: string): KnobAction | undefined {
    for (const list of [this.#resets, this.#fails, this.#malformed]) {
      const index = list.findIndex((k) => matches(k.match, method, path));
      const knob = list[index];
      if (!knob) continue;
      if (--knob.remaining <= 0) list.splice(index, 1);
      return knob.value;
    }
    return undefined;
  }

  clear(): void {
    this.#resets = [];
    this.#fails = [];
    this.#malformed = [];
    this.#delays = [];
  }

  #push(list: Countdown<KnobAction>[], n: number, match: KnobMatch, value: KnobAction): void {
    if (!Number.isInteger(n) || n < 0) throw new ConfigError(`a fake cloud knob needs a whole count >= 0, got ${n}`);
    if (n > 0) {
      const only = { ...(match.method !== undefined ? { method: match.method } : {}), ...(match.path !== undefined ? { path: match.path } : {}) };
      list.push({ remaining: n, match: only, value });
    }
  }
}

function matchKey(match: KnobMatch): string {
  return `${match.method?.toUpperCase() ?? '*'} ${match.path === undefined ? '*' : String(match.path)}`;
}
