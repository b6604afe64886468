import { ClientError } from '../lib/errors/client-error.js';
import { escapeControls } from '../lib/log/body-preview.js';

/** A usage mistake on the command line (exit 2): a bad flag value, a missing argument. */
export class CliUsageError extends ClientError {
  override name = 'CliUsageError' as const;
  override readonly code = 'ERR_CLI_USAGE' as const;
}

/** A command that cannot do what was asked (exit 1), e.g. no server with that name. */
export class CommandFailed extends ClientError {
  override name = 'CommandFailed' as const;
  override readonly code = 'ERR_COMMAND_FAILED' as const;
}

/** The exit code and the one line `stackclient` prints for an error. */
export function describeFailure(error: unknown): { exitCode: number; line: string } {
  const exitCode = error instanceof CliUsageError ? 2 : 1;
  const err = error instanceof Error ? error : new Error(String(error));
  let line = err.message || err.name;
  const requestId = findRequestId(err);
  if (requestId && !line.includes(requestId)) line += ` (Request-ID: ${requestId})`;
  // One line, and no control character of a server's can reach the terminal (ESC sequences, OSC titles, a bare CR).
  return { exitCode, line: escapeControls(line.replace(/\s*[\r\n]+\s*/g, ' ').trim()) };
}

/** The request id of the error or of a cause down its chain (an auth failure wraps Keystone's HttpError). */
function findRequestId(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const id = (e as { requestId?: unknown }).requestId;
    if (typeof id === 'string' && id) return id;
  }
  return undefined;
}
