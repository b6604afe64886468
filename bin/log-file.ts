import { closeSync, openSync, writeSync } from 'node:fs';
import type { Logger } from '../lib/log/user-logger.js';
import { ConfigError } from '../lib/errors/framework-errors.js';

/** A Logger that appends `2026-01-31 12:00:00,123 DEBUG stackclient <line>` lines to a file, as osc's `--log-file` does. */
export interface FileLogger extends Logger {
  close(): void;
}

/**
 * Opens `path` for appending (created 0600: even redacted, a debug log tells what was asked of which cloud). The lines
 * it gets are the session's, redacted before they get here. A file that cannot be opened is a ConfigError, at once.
 */
export function openFileLogger(path: string, alsoTo?: (line: string) => void): FileLogger {
  let fd: number;
  try {
    fd = openSync(path, 'a', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(`Cannot open the --log-file ${path} (${code}); check that its directory exists and is writable`, { key: 'log-file' });
  }
  const write = (level: string, line: string) => {
    const stamp = new Date().toISOString().replace('T', ' ').replace('Z', '').replace('.', ',');
    try {
      writeSync(fd, `${stamp} ${level} stackclient ${line}\n`);
    } catch {
      // A full disk must not fail the command the log describes.
    }
  };
  return {
    debug: (line) => { write('DEBUG', line); alsoTo?.(line); },
    info: (line) => write('INFO', line),
    warn: (line) => write('WARNING', line),
    error: (line) => write('ERROR', line),
    close: () => closeSync(fd),
  };
}
