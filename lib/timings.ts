import { ConfigError } from './errors/framework-errors.js';
import { redactUrl } from './log/redact.js';

/** Milliseconds per phase, as got's `timings.phases` names them. */
export interface TimingPhases {
  wait?: number;
  dns?: number;
  tcp?: number;
  tls?: number;
  request?: number;
  firstByte?: number;
  download?: number;
  total?: number;
}

/**
 * When each event of one request happened (epoch ms), and the phases between them: the shape got reports
 * (`response.timings`), declared here so that got's types never appear in stackclient's public declarations.
 */
export interface RequestTimings {
  start: number;
  socket?: number;
  lookup?: number;
  connect?: number;
  secureConnect?: number;
  upload?: number;
  response?: number;
  end?: number;
  error?: number;
  abort?: number;
  phases: TimingPhases;
}

/** One request, kept by a session with `timings: true`. Failed requests are recorded too. */
export interface TimingRecord {
  method: string;
  /** Redacted URL. */
  url: string;
  status?: number;
  /** Error code or name when the request failed. */
  error?: string;
  /** Epoch ms. */
  start: number;
  /** ms. */
  elapsed: number;
  phases?: TimingPhases;
}

function copy(r: TimingRecord): TimingRecord {
  return r.phases ? { ...r, phases: { ...r.phases } } : { ...r };
}

/**
 * The last `limit` timing records, in a ring buffer: recording is O(1) and memory is bounded.
 *
 * @example
 * const t = new TimingRecorder(100);
 * t.record({ method: 'GET', url, status: 200, start: Date.now(), elapsed: 12 });
 */
export class TimingRecorder {
  readonly limit: number;
  #slots: (TimingRecord | undefined)[];
  #next = 0;
  #size = 0;

  /** @param limit how many records to keep. @default 1000 */
  constructor(limit = 1000) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new ConfigError(`timings limit must be a positive integer, got ${String(limit)}`, { key: 'timings.limit' });
    }
    this.limit = limit;
    this.#slots = new Array<TimingRecord | undefined>(limit);
  }

  get size(): number {
    return this.#size;
  }

  /** Keep a copy of `r` (its URL redacted once more), dropping the oldest record when full. */
  record(r: TimingRecord): void {
    const kept = copy(r);
    kept.url = redactUrl(r.url);
    this.#slots[this.#next] = kept;
    this.#next = (this.#next + 1) % this.limit;
    if (this.#size < this.limit) this.#size++;
  }

  /** Copies of the kept records, oldest first. */
  list(): TimingRecord[] {
    const out: TimingRecord[] = [];
    const first = (this.#next - this.#size + this.limit) % this.limit;
    for (let i = 0; i < this.#size; i++) {
      const r = this.#slots[(first + i) % this.limit];
      if (r) out.push(copy(r));
    }
    return out;
  }

  reset(): void {
    this.#slots = new Array<TimingRecord | undefined>(this.limit);
    this.#next = 0;
    this.#size = 0;
  }
}

const PHASES = ['wait', 'dns', 'tcp', 'tls', 'request', 'firstByte', 'download', 'total'] as const;

/** got's `response.timings.phases` without the undefined entries; undefined when there are none. */
export function phasesFromGot(t: Pick<RequestTimings, 'phases'> | undefined): TimingPhases | undefined {
  if (!t) return undefined;
  const out: TimingPhases = {};
  let any = false;
  for (const name of PHASES) {
    const v = t.phases[name];
    if (typeof v === 'number' && Number.isFinite(v)) {
      out[name] = v;
      any = true;
    }
  }
  return any ? out : undefined;
}
