import type { Command } from 'commander';
import { CliUsageError } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { findOrFail } from './find-or-fail.js';
import { action } from './shared.js';

/** `console log show <server> [--lines N]`: the server's console output, as python-openstackclient 6 prints it. */
export function register(program: Command, cli: CliRuntime): void {
  const log = program.command('console').description('Server consoles').command('log').description('Server console logs');
  log.command('show').description("Show server's console output").argument('<server>', 'Server to show console log (name or ID)')
    .option('--lines <num-lines>', 'Number of lines to display from the end of the log (default=all)')
    .action(action(cli, async (name: string, opts: { lines?: string }) => {
      let lines: number | undefined;
      if (opts.lines !== undefined) {
        lines = Number(opts.lines);
        if (!Number.isInteger(lines)) throw new CliUsageError(`argument --lines: invalid int value: '${opts.lines}'`);
        if (lines < 0) throw new CliUsageError(`"--lines" should be greater or equal to 0 (found ${lines})`);
      }
      const compute = await cli.compute();
      const server = await findOrFail(compute.servers, 'server', name);
      const output = await compute.servers.getConsoleOutput(server.id, lines);
      // osc ends the output with a newline when the console's does not.
      cli.io.out(output && !output.endsWith('\n') ? `${output}\n` : output);
    }));
}
