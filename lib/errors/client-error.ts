import { escapeControls } from '../log/body-preview.js';

/** The root of every error stackclient raises. `code` is stable; `name` is the class name. */
export interface ClientErrorOptions {
  cause?: unknown;
}

/** The root of every error stackclient throws: `name`, a stable `code`, and the cause kept. Test with {@link isClientError}. */
export class ClientError extends Error {
  override name: string = 'ClientError';
  readonly code: string = 'ERR_STACKCLIENT';
  /** Marks instances across two loaded copies of the package (a CLI and a library). */
  readonly isStackClientError = true;

  /** Control characters in `message` (server text quoted in it) show as `\xHH`: printing an error cannot drive a terminal. */
  constructor(message: string, options: ClientErrorOptions = {}) {
    super(escapeControls(message, { keepCarriageReturn: false }), options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** True for any stackclient error, even one thrown by another copy of the package. */
export function isClientError(value: unknown): value is ClientError {
  return value instanceof ClientError
    || (typeof value === 'object' && value !== null && (value as { isStackClientError?: unknown }).isStackClientError === true);
}

/** Attach a value that should not show in `console.log(err)` or JSON.stringify(err). */
export function defineHidden<T extends object>(target: T, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: true, configurable: true });
}
