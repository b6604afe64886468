import { InvalidArgumentError, Option, type Command } from 'commander';
import type { OutputFormat, OutputOptions } from './index.js';

/** cliff's Lister (a table of rows) or ShowOne (one record): they take different formats and options. */
export type ResultKind = 'list' | 'show';

/** The `-f` choices of each kind, sorted as cliff lists its formatter plugins. */
export const FORMATS_OF: Record<ResultKind, OutputFormat[]> = {
  list: ['csv', 'json', 'table', 'value', 'yaml'],
  show: ['json', 'shell', 'table', 'value', 'yaml'],
};

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function integer(value: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(value)) throw new InvalidArgumentError(`invalid int value: '${value}'`);
  return Number(value);
}

/**
 * cliff's output options on a command: `-f` / `-c`, and each formatter's own: json `--noindent`; table `--max-width`,
 * `--fit-width`, `--print-empty`; for a list csv `--quote` and `--sort-column` with `--sort-ascending` /
 * `--sort-descending`; for one record shell `--prefix` (and the hidden `--variable`).
 */
export function addOutputOptions(cmd: Command, kind: ResultKind): Command {
  cmd.addOption(new Option('-f, --format <format>', 'the output format, defaults to table').choices(FORMATS_OF[kind]).default('table'));
  cmd.addOption(new Option('-c, --column <column>', 'specify the column(s) to include, can be repeated to show multiple columns').argParser(collect));
  // In cliff's order (formatter plugins csv, json, shell, table, then the Lister's sort options), which help and
  // `complete` show.
  if (kind === 'list') {
    cmd.addOption(new Option('--quote <quote-mode>', 'when to include quotes, defaults to nonnumeric').choices(['all', 'minimal', 'none', 'nonnumeric']));
  }
  cmd.addOption(new Option('--noindent', 'whether to disable indenting the JSON'));
  if (kind === 'show') {
    cmd.addOption(new Option('--variable <variable>').argParser(collect).hideHelp());
    cmd.addOption(new Option('--prefix <prefix>', 'add a prefix to all variable names'));
  }
  cmd.addOption(new Option('--max-width <integer>', 'Maximum display width, <1 to disable. You can also use the CLIFF_MAX_TERM_WIDTH environment '
    + 'variable, but the parameter takes precedence.').argParser(integer));
  cmd.addOption(new Option('--fit-width', 'Fit the table to the display width. Implied if --max-width greater than 0. '
    + 'Set the environment variable CLIFF_FIT_WIDTH=1 to always enable'));
  cmd.addOption(new Option('--print-empty', 'Print empty table if there is no data to show.'));
  if (kind === 'list') {
    cmd.addOption(new Option('--sort-column <sort-column>', 'specify the column(s) to sort the data (columns specified first have a priority, '
      + 'non-existing columns are ignored), can be repeated').argParser(collect));
    cmd.addOption(new Option('--sort-ascending', 'sort the column(s) in ascending order').conflicts('sortDescending'));
    cmd.addOption(new Option('--sort-descending', 'sort the column(s) in descending order').conflicts('sortAscending'));
  }
  return cmd;
}

/** What commander parsed for the options above. */
export interface ParsedOutputFlags {
  format?: string;
  column?: string[];
  sortColumn?: string[];
  sortAscending?: boolean;
  sortDescending?: boolean;
  quote?: string;
  noindent?: boolean;
  prefix?: string;
  variable?: string[];
  maxWidth?: number;
  fitWidth?: boolean;
  printEmpty?: boolean;
}

/**
 * The parsed flags as OutputOptions, with cliff's environment defaults: CLIFF_MAX_TERM_WIDTH for `--max-width` and
 * CLIFF_FIT_WIDTH=1 for `--fit-width`.
 */
export function outputOptionsOf(opts: ParsedOutputFlags, env: NodeJS.ProcessEnv = process.env): OutputOptions {
  const envMax = Number.parseInt(env.CLIFF_MAX_TERM_WIDTH ?? '', 10);
  const envFit = Number.parseInt(env.CLIFF_FIT_WIDTH ?? '', 10);
  const out: OutputOptions = { format: (opts.format ?? 'table') as OutputFormat };
  if (opts.column) out.columns = opts.column;
  if (opts.sortColumn) out.sortColumns = opts.sortColumn;
  if (opts.sortAscending) out.sortDirection = 'asc';
  if (opts.sortDescending) out.sortDirection = 'desc';
  if (opts.quote) out.quote = opts.quote as NonNullable<OutputOptions['quote']>;
  if (opts.noindent) out.noindent = true;
  if (opts.prefix !== undefined) out.prefix = opts.prefix;
  if (opts.variable) out.variables = opts.variable;
  const maxWidth = opts.maxWidth ?? (Number.isNaN(envMax) ? undefined : envMax);
  if (maxWidth !== undefined) out.maxWidth = maxWidth;
  if (opts.fitWidth || (!Number.isNaN(envFit) && envFit !== 0)) out.fitWidth = true;
  if (opts.printEmpty) out.printEmpty = true;
  return out;
}
