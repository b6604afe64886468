/**
 * A logger of the user's (console, pino, winston): the session sends its debug lines (the curl log, auth, retries)
 * to `debug`, circuit breaker openings to `warn`, closings to `info`. Every line is redacted before it gets here.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Calls `logger[level](line)`, swallowing what a broken logger throws: logging never fails a request. */
export function logTo(logger: Logger | undefined, level: keyof Logger, line: string): void {
  if (!logger) return;
  try {
    logger[level](line);
  } catch {
    // A logger that throws (a closed stream) must not end the request it was describing.
  }
}
