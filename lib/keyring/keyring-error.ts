import { ClientError, type ClientErrorOptions } from '../errors/client-error.js';

/** An OS keyring could not be loaded, did not answer in time, or refused an operation. */
export class KeyringError extends ClientError {
  override name = 'KeyringError' as const;
  override readonly code = 'ERR_KEYRING' as const;
  /** The backend that failed: `keytar`, `napi`, `file`. */
  readonly backend: string;
  constructor(message: string, options: ClientErrorOptions & { backend: string }) {
    super(message, options);
    this.backend = options.backend;
  }
}
