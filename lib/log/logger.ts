import createDebug, { type Debugger } from 'debug';

/**
 * A `debug` logger on `stackclient:<namespace>`, so every area shares one convention
 * (`DEBUG=stackclient:*` turns them all on).
 *
 * @example
 * const log = createLogger('keyring');
 * log('loaded auth state for %s', cloudName);
 */
export function createLogger(namespace: string): Debugger {
  return createDebug(`stackclient:${namespace}`);
}
