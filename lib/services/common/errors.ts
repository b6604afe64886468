import { ClientError } from '../../errors/client-error.js';

/** A caller passed a value a service call cannot use (an empty name, a page size of 0, a bad microversion form). */
export class InvalidArgument extends ClientError {
  override name = 'InvalidArgument' as const;
  override readonly code = 'ERR_INVALID_ARGUMENT' as const;
  /** The option or parameter at fault. */
  readonly argument: string;
  constructor(argument: string, message: string) {
    super(message);
    this.argument = argument;
  }
}
