import { isHttpError } from '../../lib/errors/http-errors.js';
import { Option, type Command } from 'commander';

/** `--enable | --disable`, mutually exclusive as in osc (argparse exits 2 when both are given). */
export function enableDisable(cmd: Command, noun: string, enableDefault = false): Command {
  return cmd
    .addOption(new Option('--enable', `Enable ${noun}${enableDefault ? ' (default)' : ''}`).conflicts('disable'))
    .addOption(new Option('--disable', `Disable ${noun}`));
}

/** The `enabled` change of `--enable` / `--disable`, if any. */
export function enabledChange(opts: { enable?: boolean; disable?: boolean }): { enabled?: boolean } {
  if (opts.enable) return { enabled: true };
  if (opts.disable) return { enabled: false };
  return {};
}

/** osc's `get_item_properties`: a field the record lacks shows as ''. */
export function field(record: object, key: string): unknown {
  const value = (record as Record<string, unknown>)[key];
  return value === undefined ? '' : value;
}

/** `--or-show`: when the create answers 409 (the name is taken), show the existing record instead, as osc does. */
export async function createOrShow<R>(orShow: boolean | undefined, create: () => Promise<R>, existing: () => Promise<R>): Promise<R> {
  try {
    return await create();
  } catch (error) {
    if (orShow && isHttpError(error) && error.status === 409) return existing();
    throw error;
  }
}
