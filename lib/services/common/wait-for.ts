import { ResourceInErrorState, WaitTimeout } from '../../errors/framework-errors.js';
import { RequestAborted } from '../../errors/transport-errors.js';
import { InvalidArgument } from '../../errors/framework-errors.js';
import { isJsonRecord } from './types.js';

/** What `onProgress` hears after each poll. */
export interface WaitProgressState<R> {
  resource: R;
  status: string;
  /** The resource's `progress` field (0–100), when it has one. */
  progress?: number;
  /** Polls so far, 1 for the first. */
  attempt: number;
  /** Milliseconds since the wait began. */
  elapsed: number;
}

/** What `waitFor` waits for, and for how long. */
export interface WaitForOptions<R> {
  /** The status (or any of the statuses) that ends the wait successfully. */
  status: string | string[];
  /** Statuses that end the wait with ResourceInErrorState. @default ['ERROR'] */
  errorStatuses?: string[];
  /** Milliseconds before WaitTimeout. @default 600_000 */
  timeout?: number;
  /** Milliseconds between polls. @default 5_000 (python-novaclient's poll period) */
  interval?: number;
  onProgress?: (state: WaitProgressState<R>) => void;
  signal?: AbortSignal;
  /** Reads the status. @default r.status */
  statusOf?: (resource: R) => string | undefined;
  /** Reads the fault message of a resource in error. @default r.fault.message */
  faultOf?: (resource: R) => string | undefined;
  /** How messages name the resource, e.g. `server 0e44…`. @default 'resource' */
  description?: string;
}

/**
 * What a manager's `waitFor(ref, options)` and a resource's `waitFor(options)` take: `status` defaults to the
 * manager's settled status (ACTIVE for servers and instances, COMPLETED for backups).
 * @example await compute.servers.waitFor(id, { status: 'ACTIVE', timeout: 300_000, onProgress: ({ status }) => log(status) })
 */
export type WaitOptions<R> = Partial<Pick<WaitForOptions<R>, 'status' | 'errorStatuses' | 'timeout' | 'interval' | 'onProgress' | 'signal'>>;

/**
 * Poll `getter` until the resource reaches one of `status` (resolves with it), an error status
 * (ResourceInErrorState with the service's fault message) or the timeout (WaitTimeout).
 * Comparison ignores case, as Nova and Trove statuses are upper case but callers may write `active`.
 * @example
 * const server = await waitFor(() => compute.servers.get(id), { status: 'ACTIVE', onProgress: (s) => console.log(s.status) });
 */
export async function waitFor<R>(getter: (signal?: AbortSignal) => Promise<R>, options: WaitForOptions<R>): Promise<R> {
  const wanted = toUpperList(options.status);
  if (wanted.length === 0) throw new InvalidArgument('status', 'waitFor needs at least one status to wait for');
  const errors = toUpperList(options.errorStatuses ?? ['ERROR']);
  const timeout = options.timeout ?? 600_000;
  const interval = options.interval ?? 5_000;
  if (!(timeout >= 0) || !(interval >= 0)) throw new InvalidArgument('timeout', 'waitFor timeout and interval must be non-negative milliseconds');
  const statusOf = options.statusOf ?? defaultStatus;
  const faultOf = options.faultOf ?? defaultFault;
  const what = options.description ?? 'resource';
  const started = Date.now();
  let last: string | undefined;

  for (let attempt = 1; ; attempt++) {
    checkAborted(options.signal, what);
    const resource = await getter(options.signal);
    const status = (statusOf(resource) ?? '').toUpperCase();
    last = status;
    const elapsed = Date.now() - started;
    const progress = progressOf(resource);
    options.onProgress?.({ resource, status, attempt, elapsed, ...(progress !== undefined ? { progress } : {}) });
    if (wanted.includes(status)) return resource;
    if (errors.includes(status)) {
      const fault = faultOf(resource);
      throw new ResourceInErrorState(
        `${what} went to ${status} while waiting for ${wanted.join(' or ')}${fault ? `: ${fault}` : ''}`,
        fault,
      );
    }
    const left = timeout - (Date.now() - started);
    if (left <= 0) {
      throw new WaitTimeout(
        `Timed out after ${Math.round(timeout / 1000)}s waiting for ${what} to reach ${wanted.join(' or ')}; ` +
        `last status ${last || 'unknown'}${progress !== undefined ? ` (progress ${progress}%)` : ''}; ` +
        'raise the timeout or check the resource',
      );
    }
    await sleep(Math.min(interval, left), options.signal, what);
  }
}

function toUpperList(value: string | string[]): string[] {
  return (Array.isArray(value) ? value : [value]).map((s) => s.toUpperCase());
}

function defaultStatus(resource: unknown): string | undefined {
  const status = typeof resource === 'object' && resource !== null ? (resource as { status?: unknown }).status : undefined;
  return typeof status === 'string' ? status : undefined;
}

function defaultFault(resource: unknown): string | undefined {
  const fault = typeof resource === 'object' && resource !== null ? (resource as { fault?: unknown }).fault : undefined;
  if (typeof fault === 'string') return fault;
  if (isJsonRecord(fault) && typeof fault.message === 'string') return fault.message;
  return undefined;
}

function progressOf(resource: unknown): number | undefined {
  const p = typeof resource === 'object' && resource !== null ? (resource as { progress?: unknown }).progress : undefined;
  return typeof p === 'number' ? p : undefined;
}

function checkAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new RequestAborted({ method: 'WAIT', url: what, cause: signal.reason });
}

function sleep(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RequestAborted({ method: 'WAIT', url: what, cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
