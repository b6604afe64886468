import type { Command } from 'commander';
import type { OutputOptions } from '../output/index.js';
import type { CommandResult } from '../output/model.js';
import { addOutputOptions, outputOptionsOf, type ParsedOutputFlags, type ResultKind } from '../output/options.js';
import type { CliRuntime } from '../runtime.js';

/**
 * cliff's output options (`-f`, `-c`, `--sort-column`, `--max-width`, …). `kind`: a Lister ('list') or a ShowOne
 * ('show'); by default a command named `list` is a list and any other a show, as in python-openstackclient.
 */
export function withOutput(cmd: Command, kind: ResultKind = cmd.name() === 'list' ? 'list' : 'show'): Command {
  return addOutputOptions(cmd, kind);
}

export function outputOptions(opts: ParsedOutputFlags, env: NodeJS.ProcessEnv = process.env): OutputOptions {
  return outputOptionsOf(opts, env);
}

/**
 * The action of a command: runs `fn` and prints its result (if any) with the command's `-f` / `-c`.
 * Errors propagate to the entry, which prints one line and sets the exit code.
 */
export function action<A extends unknown[]>(cli: CliRuntime, fn: (...args: A) => Promise<CommandResult | void>) {
  return async (...args: unknown[]): Promise<void> => {
    const cmd = args[args.length - 1] as Command;
    const positional = args.slice(0, -2) as unknown[];
    if (cmd.getOptionValue('format') !== undefined) cli.prefetchOutput(cmd.getOptionValue('format') as string);
    const result = await fn(...([...positional, cmd.opts()] as unknown as A));
    if (result) await cli.print(result, outputOptions(cmd.opts(), cli.env));
  };
}
