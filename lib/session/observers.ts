import type { CircuitTransition } from '../breaker/circuit-breaker.js';
import type { CircuitOpen } from '../errors/circuit-open.js';
import { HttpEvents } from '../hooks/http-events.js';
import { createAccessLog, type AccessLog, type AccessLogOption } from '../log/access-log.js';
import { createHttpLog, type HttpLog } from '../log/http-log.js';
import type { KnownSecrets } from '../log/known-secrets.js';
import { createLogger } from '../log/logger.js';
import { logTo, type Logger } from '../log/user-logger.js';

/** Where a session reports what it does: the curl log, auth lines, listeners, the access log, breaker changes. */
export interface SessionObservers {
  readonly log: HttpLog;
  readonly events: HttpEvents;
  readonly accessLog: AccessLog | undefined;
  authLog(message: string): void;
  /** A circuit changed state: logged (warn when it opens, info otherwise) and emitted as `circuit`. */
  circuitChanged(t: CircuitTransition): void;
  /** A request refused by an open circuit (nothing sent) still gets its access-log line. */
  circuitRefused(error: CircuitOpen, elapsed: number): void;
}

/**
 * The session's observers. With a `logger`, the debug lines go to `logger.debug` (and still to stderr when
 * DEBUG turns `stackclient:*` on); every line is redacted (shapes and the session's known secrets) before.
 */
export function createSessionObservers(
  options: { debug?: boolean | undefined; logger?: Logger | undefined; accessLog?: AccessLogOption | undefined },
  knownSecrets: KnownSecrets,
): SessionObservers {
  const { logger } = options;
  const httpDebug = createLogger('http');
  const write = logger ? (line: string) => { logTo(logger, 'debug', line); if (httpDebug.enabled) httpDebug('%s', line); } : undefined;
  const log = createHttpLog({ debug: options.debug || logger !== undefined, knownSecrets, ...(write ? { write } : {}) });
  const authDebug = createLogger('auth');
  const note = (line: string) => log.note(line);
  const events = new HttpEvents(note);
  const accessLog = options.accessLog ? createAccessLog(options.accessLog, (line) => knownSecrets.redact(line), note) : undefined;
  return {
    log,
    events,
    accessLog,
    authLog(message) {
      authDebug(message);
      logTo(logger, 'debug', knownSecrets.redact(`auth: ${message}`));
    },
    circuitChanged(t) {
      const until = t.retryAt === undefined ? '' : ` until ${new Date(t.retryAt).toISOString()}`;
      const line = `circuit for ${t.host}: ${t.from} -> ${t.to}${until} (${t.reason})`;
      if (!logger) log.note(line);
      else logTo(logger, t.to === 'open' ? 'warn' : 'info', line);
      events.emit('circuit', t);
    },
    circuitRefused(error, elapsed) {
      accessLog?.write({ method: error.method, url: error.url, outcome: error.code, bytes: undefined, elapsed, requestId: undefined, attempts: 0 });
    },
  };
}
