import { Command, CommanderError } from 'commander';
import { VERSION } from '../lib/version.js';
import { GROUPS } from './command-table.js';
import { addGlobalOptions, valueFlags } from './global-options.js';
import { CliRuntime, type CliIO } from './runtime.js';

const processIO: CliIO = {
  out: (text) => { process.stdout.write(text); },
  err: (text) => { process.stderr.write(text); },
  outColumns: () => (process.stdout.isTTY ? process.stdout.columns : undefined),
  errIsTTY: () => process.stderr.isTTY === true,
};

/** The first word that is not an option (or an option's value): the command group to load. */
export function commandWord(argv: string[]): { word?: string; next?: string; index?: number } {
  const takesValue = valueFlags();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return { ...(argv[i + 1] !== undefined ? { word: argv[i + 1], index: i + 1 } : {}) };
    if (a.startsWith('-')) {
      if (!a.includes('=') && takesValue.has(a)) i++;
      continue;
    }
    return { word: a, index: i, ...(argv[i + 1] !== undefined ? { next: argv[i + 1] } : {}) };
  }
  return {};
}

/**
 * Runs `stackclient` with `argv` (without node and the script) and returns the exit code:
 * 0 success, 1 an API, connection or configuration error (one line on stderr), 2 a usage error.
 */
export async function main(argvIn: string[], io: CliIO = processIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const argv = helpAsFlag(argvIn);
  const program = new Command('stackclient');
  program
    .description('Command-line client for OpenStack-style clouds, speaking python-openstackclient\'s language')
    .version(`stackclient ${VERSION}`, '--version', 'Show program\'s version number and exit')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .addHelpText('after', '\n--os-cloud local runs a command on an embedded fake cloud; with nothing configured, commands exit 1.\nTry: stackclient tour');
  addGlobalOptions(program);
  const cli = new CliRuntime(program, io, env);

  const { word } = commandWord(argv);
  // `complete` writes every command and its options: it is the one command that loads every group.
  const everything = word === 'complete';
  for (const group of GROUPS) {
    if (everything || group.name === word) (await group.load()).register(program, cli);
    else program.command(group.name).description(group.summary);
  }

  let ok = false;
  let code = 0;
  try {
    program.hook('preAction', async (_, command) => {
      await cli.openLogFile();
      cli.info(`START with options: ${argvIn.join(' ')}`);
      cli.info(`command: ${commandPath(command)}`);
    });
    await program.parseAsync(argv, { from: 'user' });
    ok = true;
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return (code = commanderExit(error, io));
    // Loaded only on failure: the error classes and the redaction they use are not needed by a successful run.
    const { describeFailure } = await import('./errors.js');
    const { exitCode, line } = describeFailure(error);
    cli.note(line);
    if (cli.globals.debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    return (code = exitCode);
  } finally {
    if (cli.verbosity >= 2 && !argv.includes('--help')) cli.info(`END return value: ${code}`);
    await cli.finish(ok).catch(() => undefined);
  }
}

/** `help server list` is `server list --help`, as `openstack help server list` shows that command's help. */
function helpAsFlag(argv: string[]): string[] {
  const { word, index: at } = commandWord(argv);
  if (word !== 'help' || at === undefined) return argv;
  return [...argv.slice(0, at), ...argv.slice(at + 1), '--help'];
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function commanderExit(error: CommanderError, io: CliIO): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
  // commander has printed its message; usage errors exit 2, as argparse (and so osc) does.
  if (error.code !== 'commander.help') io.err('See \'stackclient --help\'.\n');
  return 2;
}
