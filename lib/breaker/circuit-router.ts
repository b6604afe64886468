import { CircuitOpen } from '../errors/circuit-open.js';
import { InvalidArgument } from '../errors/framework-errors.js';
import { serviceTypeCandidates } from '../catalog/service-types.js';
import { redactUrl } from '../log/redact.js';
import { HostCircuit, type CircuitBreakerOptions, type CircuitTransition } from './circuit-breaker.js';
import { outcomeOf } from './outcome-of.js';

/** A service's backup: a URL, or a catalog region whose endpoint for the same service takes the traffic. */
export type BackupEndpoint = string | { region: string };
/** Backups by service type (`compute`, `database`, …; catalog aliases match as endpoint overrides do). */
export type BackupEndpoints = Readonly<Record<string, BackupEndpoint>>;

/** What the router needs of a service client. */
export interface RoutedClient {
  readonly serviceType: string;
}

/** The most hosts tracked; past it, closed circuits are forgotten first. */
const HOSTS_KEPT = 256;

/**
 * The session's circuit breakers, one per endpoint host, and the failover to backups. It decides where a request goes
 * before it starts, and the request is sent once, there: a request that fails is never replayed to the backup (so no
 * POST is sent twice); the requests after it go to the backup while the circuit is open.
 */
export class CircuitRouter<C extends RoutedClient = RoutedClient> {
  readonly #options: CircuitBreakerOptions;
  readonly #backups: BackupEndpoints;
  readonly #resolveRegion: (client: C, region: string) => string;
  readonly #onTransition: (t: CircuitTransition) => void;
  readonly #circuits = new Map<string, HostCircuit>();

  constructor(options: CircuitBreakerOptions, backups: BackupEndpoints | undefined, resolveRegion: (client: C, region: string) => string,
    onTransition: (t: CircuitTransition) => void) {
    checkOptions(options);
    checkBackups(backups ?? {});
    this.#options = options;
    this.#backups = backups ?? {};
    this.#resolveRegion = resolveRegion;
    this.#onTransition = onTransition;
  }

  /** Sends through `send(endpoint, url)` to the primary endpoint, or to the backup while the primary's circuit is open. */
  async run<T>(client: C, primary: string, method: string, url: string, send: (endpoint: string, url: string) => Promise<T>): Promise<T> {
    const primaryCircuit = this.#circuit(hostOf(primary, url));
    let circuit = primaryCircuit;
    let endpoint = primary;
    let admission = circuit.admit();
    if (admission === 'reject') {
      const backup = this.#backupFor(client);
      if (backup !== undefined) {
        endpoint = backup;
        circuit = this.#circuit(hostOf(backup, url));
        admission = circuit.admit();
      }
    }
    if (admission === 'reject') {
      throw new CircuitOpen({
        method, url: redactUrl(joined(primary, url)), host: primaryCircuit.host, retryAt: new Date(primaryCircuit.retryAt), serviceType: client.serviceType,
      });
    }
    const probe = admission === 'probe';
    try {
      const result = await send(endpoint, rebase(url, primary, endpoint));
      circuit.record('success', probe);
      return result;
    } catch (error) {
      circuit.record(outcomeOf(error), probe);
      throw error;
    }
  }

  #backupFor(client: C): string | undefined {
    const backup = serviceTypeCandidates(client.serviceType).map((type) => this.#backups[type]).find((b) => b !== undefined);
    if (backup === undefined) return undefined;
    return typeof backup === 'string' ? backup.replace(/\/+$/, '') : this.#resolveRegion(client, backup.region);
  }

  #circuit(host: string): HostCircuit {
    let circuit = this.#circuits.get(host);
    if (circuit) return circuit;
    if (this.#circuits.size >= HOSTS_KEPT) {
      const closed = [...this.#circuits.values()].find((c) => c.state === 'closed');
      this.#circuits.delete((closed ?? this.#circuits.values().next().value!).host);
    }
    circuit = new HostCircuit(host, this.#options, this.#onTransition);
    this.#circuits.set(host, circuit);
    return circuit;
  }
}

/** An absolute URL on the primary (a next link) moved to the backup; relative URLs are joined by the caller. */
function rebase(url: string, primary: string, endpoint: string): string {
  return endpoint !== primary && url.startsWith(primary) ? endpoint + url.slice(primary.length) : url;
}

/** The request's full URL, for the message of a request that was not sent. */
function joined(endpoint: string, url: string): string {
  return /^https?:\/\//i.test(url) ? url : `${endpoint.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

/** The host (`host:port`) a request for `url` on `endpoint` goes to; an absolute `url` (a next link) names its own. */
function hostOf(endpoint: string, url: string): string {
  return new URL(/^https?:\/\//i.test(url) ? url : endpoint).host;
}

function checkOptions(o: CircuitBreakerOptions): void {
  const positive = ['maxFailures', 'windowMs', 'minRequests', 'openMs', 'halfOpenRequests'] as const;
  for (const name of positive) {
    const v = o[name];
    if (v !== undefined && !(Number.isFinite(v) && v > 0)) {
      throw new InvalidArgument(`circuitBreaker.${name}`, `circuitBreaker.${name} must be a positive number; got ${String(v)}`);
    }
  }
  if (o.failureRatio !== undefined && !(o.failureRatio > 0 && o.failureRatio <= 1)) {
    throw new InvalidArgument('circuitBreaker.failureRatio', `circuitBreaker.failureRatio must be in (0, 1]; got ${String(o.failureRatio)}`);
  }
}

function checkBackups(backups: BackupEndpoints): void {
  for (const [type, backup] of Object.entries(backups)) {
    const ok = typeof backup === 'string'
      ? /^https?:\/\/[^/]/i.test(backup) && URL.canParse(backup)
      : typeof backup === 'object' && backup !== null && typeof backup.region === 'string' && backup.region.length > 0;
    if (!ok) {
      throw new InvalidArgument(`backupEndpoints.${type}`, `backupEndpoints.${type} must be an http(s) URL or { region: 'RegionTwo' }; `
        + `got ${typeof backup === 'string' ? JSON.stringify(redactUrl(backup)) : JSON.stringify(backup)}`);
    }
  }
}
