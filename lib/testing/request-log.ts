import type { IncomingHttpHeaders } from 'node:http';
import { ConfigError } from '../errors/framework-errors.js';
import { hashSecret } from '../log/redact.js';
import { matches } from './knobs.js';

/** One request the fake cloud handled. Token headers are kept as `{SHA256}<hex>`, never in clear. */
export interface RequestRecord {
  method: string;
  /** Without the query string. */
  path: string;
  /** The raw query string, without '?' ('' when none). */
  query: string;
  /** 0 when the connection was reset without an answer. */
  status: number;
  headers: Record<string, string | string[] | undefined>;
  requestId: string;
  /** Fake-clock ms at arrival. */
  at: number;
}

const SECRET_HEADERS = new Set(['x-auth-token', 'x-subject-token', 'x-service-token', 'authorization']);
const AUTH_PATHS = new Set(['/identity/v3/auth/tokens', '/identity/v2.0/tokens']);
const MAX_COUNTERS = 10_000;

export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SECRET_HEADERS.has(name) && typeof value === 'string' ? hashSecret(value) : value;
  }
  return out;
}

/**
 * Counts per method and path (exact while fewer than 10,000 distinct paths were seen) and a ring of the
 * last `limit` requests.
 */
export class RequestLog {
  #limit: number;
  #ring: RequestRecord[] = [];
  #next = 0;
  #counters = new Map<string, { method: string; path: string; n: number }>();
  #auth = 0;

  constructor(limit = 1000) {
    if (!Number.isInteger(limit) || limit < 1) throw new ConfigError(`requestLogLimit must be a whole number >= 1, got ${limit}`);
    this.#limit = limit;
  }

  /** Count a request when it arrives, whatever happens to it next. */
  arrive(method: string, path: string): void {
    const norm = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    const key = `${method} ${norm}`;
    const counter = this.#counters.get(key);
    if (counter) counter.n++;
    else {
      this.#counters.set(key, { method, path: norm, n: 1 });
      if (this.#counters.size > MAX_COUNTERS) this.#counters.delete(this.#counters.keys().next().value as string);
    }
    if (method === 'POST' && AUTH_PATHS.has(norm)) this.#auth++;
  }

  record(entry: RequestRecord): void {
    if (this.#ring.length < this.#limit) this.#ring.push(entry);
    else this.#ring[this.#next] = entry;
    this.#next = (this.#next + 1) % this.#limit;
  }

  count(method: string, path: string | RegExp): number {
    let n = 0;
    for (const c of this.#counters.values()) if (matches({ method, path }, c.method, c.path)) n += c.n;
    return n;
  }

  authCount(): number {
    return this.#auth;
  }

  /** Oldest first. */
  entries(): RequestRecord[] {
    return this.#ring.length < this.#limit ? [...this.#ring] : [...this.#ring.slice(this.#next), ...this.#ring.slice(0, this.#next)];
  }

  reset(): void {
    this.#ring = [];
    this.#next = 0;
    this.#counters.clear();
    this.#auth = 0;
  }
}
