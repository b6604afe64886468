import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { InvalidArgument } from '../errors/framework-errors.js';

/**
 * How long a pooled socket may stay idle, in ms: shorter than the keep-alive timeouts servers commonly use
 * (Apache 5 s, Node 5 s, nginx 75 s), as undici's 4 s. Node lowers it further to a server's
 * `Keep-Alive: timeout=N` hint, less one second (lib/_http_agent.js keepSocketAlive).
 */
export const FREE_SOCKET_TIMEOUT_MS = 4_000;

/** Requests that failed on a reused socket before any of their bytes left this process. */
const unsent = new WeakSet<http.ClientRequest>();

/** True when `req` went to a reused keep-alive socket that closed before a byte of `req` was written to it. */
export function failedBeforeWriting(req: http.ClientRequest | undefined): boolean {
  return req !== undefined && unsent.has(req);
}

/**
 * Holds a reused socket's writes back (cork) for two turns of the event loop, so that a close the server sent while
 * the socket was idle, and that is already queued, is seen before the request is written. A request whose socket
 * ends or fails in that window is marked: it provably sent nothing, and the transport may send it again once.
 */
function holdWritesUntilClosesAreSeen(socket: Socket, req: http.ClientRequest): void {
  socket.cork();
  const gone = () => { unsent.add(req); };
  socket.once('end', gone);
  socket.once('close', gone);
  socket.once('error', gone);
  // The first setImmediate may run before the poll phase of this turn; the second runs after one.
  setImmediate(() => setImmediate(() => {
    socket.off('end', gone);
    socket.off('close', gone);
    socket.off('error', gone);
    if (!socket.destroyed) socket.uncork();
  }));
}

// The agent's `timeout` is meant for idle sockets here; node would also apply it to a socket still connecting
// (net.createConnection({ timeout })), where got's own connect timeout governs. So a new socket starts without it.
type CreateConnection = (options: object, callback?: (error: Error | null, socket: Duplex) => void) => Duplex;
export type AgentClass<T extends http.Agent> = new (...args: any[]) => T;

/** `Base` with the reuse probe above and without the idle timeout on sockets still connecting (any agent: ours, hpagent's). */
export function withReuseProbe<T extends http.Agent>(Base: AgentClass<T>): AgentClass<T> {
  // @ts-expect-error a mixin over a class type parameter; TS wants the (...args: any[]) signature on Base, which it has.
  return class extends Base {
    override createConnection(options: object, callback?: (error: Error | null, socket: Duplex) => void): Duplex {
      return (super.createConnection as CreateConnection)({ ...options, timeout: undefined }, callback);
    }

    override reuseSocket(socket: Duplex, req: http.ClientRequest): void {
      super.reuseSocket(socket, req);
      holdWritesUntilClosesAreSeen(socket as Socket, req);
    }
  };
}

const ProbingHttpAgent = withReuseProbe(http.Agent);
const ProbingHttpsAgent = withReuseProbe(https.Agent);

/** Pool settings of a session (HTTPClient options of the same names). */
export interface PoolOptions {
  /** Sockets open at once per host (and per proxy tunnel target). @default Infinity (node's default) */
  maxSockets?: number;
  /** How long an idle keep-alive socket is kept, in ms. @default 4_000 */
  freeSocketTimeout?: number;
}

/** node's agent options for `pool`, checked: a bad value is an InvalidArgument naming the option. */
export function agentOptions(pool: PoolOptions = {}): http.AgentOptions {
  const maxSockets = checkCount(pool.maxSockets, 'maxSockets', true) ?? Infinity;
  const timeout = checkCount(pool.freeSocketTimeout, 'freeSocketTimeout', false) ?? FREE_SOCKET_TIMEOUT_MS;
  return { keepAlive: true, timeout, maxSockets };
}

/** One keep-alive agent per scheme for a session, with the pool settings and the reuse probe above. */
export function createKeepAliveAgents(pool: PoolOptions = {}): { http: http.Agent; https: https.Agent } {
  const options = agentOptions(pool);
  return { http: new ProbingHttpAgent(options), https: new ProbingHttpsAgent(options) as https.Agent };
}

function checkCount(value: unknown, option: string, allowInfinity: boolean): number | undefined {
  if (value === undefined) return undefined;
  if (allowInfinity && value === Infinity) return value;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    const unit = option === 'maxSockets' ? 'sockets (or Infinity)' : 'milliseconds';
    throw new InvalidArgument(option, `${option} must be a positive whole number of ${unit}, not ${JSON.stringify(value)}`);
  }
  return value;
}
