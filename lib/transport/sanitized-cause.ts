import { redactUrl } from '../log/redact.js';

/**
 * What a transport error keeps of the error that caused it: the system error's code, syscall, errno and message.
 * got's RequestError holds `options` (headers with X-Auth-Token, the body with the password), `request`, `response`
 * and `timings`; none of them is copied here, so `util.inspect(err, { depth: Infinity })` cannot reach them.
 */
export class SanitizedCause extends Error {
  override name: string;
  readonly code?: string;
  readonly syscall?: string;
  readonly errno?: number | string;

  constructor(source: { name?: string; message: string; code?: string; syscall?: string; errno?: number | string; stack?: string }) {
    super(redactText(source.message));
    this.name = source.name ?? 'Error';
    if (source.code !== undefined) this.code = source.code;
    if (source.syscall !== undefined) this.syscall = source.syscall;
    if (source.errno !== undefined) this.errno = source.errno;
    // Keep where it came from (frames hold no request data), under our own redacted first line.
    const frames = source.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
    this.stack = [`${this.name}: ${this.message}`, ...frames.map(redactText)].join('\n');
  }
}

const URL_IN_TEXT = /\b[a-z][a-z\d+.-]*:\/\/[^\s'"<>]+/gi;

/** Messages from got and node may quote the URL; a URL with user:password@ or token query values is redacted. */
export function redactText(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => redactUrl(url));
}

/**
 * A sanitized copy of `error` and of the system error inside it (got keeps the original as `cause`):
 * code, syscall and errno come from the innermost error that has them.
 */
export function sanitizeCause(error: unknown): SanitizedCause | undefined {
  if (!(error instanceof Error)) return error === undefined ? undefined : new SanitizedCause({ message: String(error) });
  const inner = error.cause instanceof Error ? error.cause as NodeJS.ErrnoException : undefined;
  const outer = error as NodeJS.ErrnoException;
  const source = inner && (inner.code !== undefined || inner.syscall !== undefined) ? inner : outer;
  return new SanitizedCause({
    name: source.name,
    message: source.message,
    code: typeof source.code === 'string' ? source.code : outer.code,
    ...(source.syscall === undefined ? {} : { syscall: source.syscall }),
    ...(source.errno === undefined ? {} : { errno: source.errno }),
    ...(source.stack === undefined ? {} : { stack: source.stack }),
  });
}
