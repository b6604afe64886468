import { Command, CommanderError } from 'commander';
import { VERSION } from '../lib/version.js';
import { GROUPS } from './command-table.js';
import { describeFailure } from './errors.js';
import { addGlobalOptions, valueFlags } from './global-options.js';
import { CliRuntime, type CliIO } from './runtime.js';

const processIO: CliIO = {
  out: (text) => { process.stdout.write(text); },
  err: (text) => { process.stderr.write(text); },
  outColumns: () => (process.stdout.isTTY ? process.stdout.columns : undefined),
  errIsTTY: () => process.stderr.isTTY === true,
};

/** The first word that is not an option (or an option's value): the command group to load. */
export function commandWord(argv: string[]): { word?: string; next?: string } {
  const takesValue = valueFlags();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return { ...(argv[i + 1] !== undefined ? { word: argv[i + 1] } : {}) };
    if (a.startsWith('-')) {
      if (!a.includes('=') && takesValue.has(a)) i++;
      continue;
    }
    return { word: a, ...(argv[i + 1] !== undefined ? { next: argv[i + 1] } : {}) };
  }
  return {};
}

/**
 * Runs `stackclient` with `argv` (without node and the script) and returns the exit code:
 * 0 success, 1 an API, connection or configuration error (one line on stderr), 2 a usage error.
 */
export async function main(argv: string[], io: CliIO = processIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const program = new Command('stackclient');
  program
    .description('Command-line client for OpenStack-style clouds, speaking python-openstackclient\'s language')
    .version(VERSION, '--version', 'Show the version and exit')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .addHelpText('after', '\n--os-cloud local runs a command on an embedded fake cloud; with nothing configured, commands exit 1.\nTry: stackclient tour');
  addGlobalOptions(program);
  const cli = new CliRuntime(program, io, env);

  const { word, next } = commandWord(argv);
  const wanted = word === 'help' ? next : word;
  for (const group of GROUPS) {
    if (group.name === wanted) (await group.load()).register(program, cli);
    else program.command(group.name).description(group.summary);
  }

  let ok = false;
  try {
    await program.parseAsync(argv, { from: 'user' });
    ok = true;
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error, io);
    const { exitCode, line } = describeFailure(error);
    io.err(`${line}\n`);
    if (cli.globals.debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return exitCode;
  } finally {
    await cli.finish(ok).catch(() => undefined);
  }
}

function commanderExit(error: CommanderError, io: CliIO): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
  // commander has printed its message; usage errors exit 2, as argparse (and so osc) does.
  if (error.code !== 'commander.help') io.err('See \'stackclient --help\'.\n');
  return 2;
}
