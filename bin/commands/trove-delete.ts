import { CommandFailed } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { troveErrorText } from './trove-find.js';

/**
 * python-troveclient's TroveDeleter (troveclient/osc/v1/base.py): each accepted delete prints
 * "Request to delete <noun> <id> has been accepted." on stdout; a failed one prints its error and the
 * command ends with "Unable to delete the specified <noun>(s)." (exit 1).
 */
export async function troveDeleteEach(cli: CliRuntime, ids: string[], noun: string, remove: (id: string) => Promise<void>): Promise<void> {
  let failed = false;
  for (const id of ids) {
    try {
      await remove(id);
      cli.io.out(`Request to delete ${noun} ${id} has been accepted.\n`);
    } catch (error) {
      failed = true;
      cli.io.out(`${troveErrorText(error)}\n`);
    }
  }
  if (failed) throw new CommandFailed(`Unable to delete the specified ${noun}(s).`);
}
