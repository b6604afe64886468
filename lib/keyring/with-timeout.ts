import { KeyringError } from './keyring-error.js';

/**
 * Settles like `work`, or rejects with KeyringError after `ms`: a hung D-Bus call must not hang a CLI.
 * The native call itself cannot be cancelled; it is left to finish on its own.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, backend: string, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new KeyringError(
        `The OS keyring (${backend}) did not answer ${operation} within ${ms} ms; check that a Secret Service is running and unlocked, or use keyring: 'file'`,
        { backend },
      ));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
