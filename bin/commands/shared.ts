import { Option, type Command } from 'commander';
import type { OutputOptions } from '../output/index.js';
import type { CommandResult } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';

const FORMATS = ['table', 'json', 'yaml', 'value', 'csv'];

/** `-f FORMAT` and `-c COLUMN` (repeatable), as cliff's formatters take them. */
export function withOutput(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'the output format').choices(FORMATS).default('table'))
    .addOption(new Option('-c, --column <column>', 'specify the column(s) to include, can be repeated').argParser(collect));
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function outputOptions(opts: { format?: string; column?: string[] }): OutputOptions {
  return { format: (opts.format ?? 'table') as OutputOptions['format'], ...(opts.column ? { columns: opts.column } : {}) };
}

/**
 * The action of a command: runs `fn` and prints its result (if any) with the command's `-f` / `-c`.
 * Errors propagate to the entry, which prints one line and sets the exit code.
 */
export function action<A extends unknown[]>(cli: CliRuntime, fn: (...args: A) => Promise<CommandResult | void>) {
  return async (...args: unknown[]): Promise<void> => {
    const cmd = args[args.length - 1] as Command;
    const positional = args.slice(0, -2) as unknown[];
    const result = await fn(...([...positional, cmd.opts()] as unknown as A));
    if (result) await cli.print(result, outputOptions(cmd.opts()));
  };
}
