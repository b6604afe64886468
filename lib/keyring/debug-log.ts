import createDebug from 'debug';

/** Debug lines of the keyring: backend names and hashed keys only, never a state or a token. */
export const keyringLog = createDebug('stackclient:keyring');

/**
 * A short, secret-free description of a failure: class name, code and the library's message.
 * Callers never pass errors whose message may quote stored text (JSON.parse quotes its input).
 */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return typeof err === 'string' ? err.slice(0, 200) : 'unknown error';
  const code = (err as { code?: unknown }).code;
  const prefix = typeof code === 'string' && code !== '' ? `${err.name} ${code}` : err.name;
  return `${prefix}: ${err.message.slice(0, 200)}`;
}
