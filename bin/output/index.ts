import { CliUsageError, CommandFailed } from '../errors.js';
import type { WidthSettings } from './fit-width.js';
import type { CommandResult } from './model.js';
import type { ShellOptions } from './shell.js';
import type { SortOptions } from './sort-rows.js';
import type { QuoteMode } from './text.js';

export const FORMATS = ['table', 'json', 'yaml', 'value', 'csv', 'shell'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** What `-f`, `-c` and each formatter's options ask for (see options.ts, which parses them as cliff does). */
export interface OutputOptions extends SortOptions, ShellOptions, WidthSettings {
  format?: OutputFormat;
  /** `-c COLUMN`, repeatable: keep only these columns, in the result's own order (as cliff does). */
  columns?: string[];
  /** `--quote` for csv. @default 'nonnumeric' */
  quote?: QuoteMode;
  /** `--noindent` for json. */
  noindent?: boolean;
  /** `--print-empty` for a table. */
  printEmpty?: boolean;
}

const VALID: Record<CommandResult['kind'], readonly OutputFormat[]> = {
  list: ['csv', 'json', 'table', 'value', 'yaml'],
  show: ['json', 'shell', 'table', 'value', 'yaml'],
};

/**
 * Renders a command result as `-f` asks; the text has no trailing newline. `warn` takes cliff's warnings (a column
 * that cannot be sorted). Each formatter is loaded only when asked for (yaml weighs on start-up).
 */
export async function formatResult(result: CommandResult, opts: OutputOptions = {}, warn: (line: string) => void = () => undefined): Promise<string> {
  const format = opts.format ?? 'table';
  if (!VALID[result.kind].includes(format)) {
    // argparse's words: a show command has no csv formatter, a list no shell one.
    const choices = VALID[result.kind].map((f) => `'${f}'`).join(', ');
    throw new CliUsageError(`argument -f/--format: invalid choice: '${format}' (choose from ${choices})`);
  }
  let sorted = result;
  if (result.kind === 'list' && opts.sortColumns?.length) sorted = (await import('./sort-rows.js')).sortRows(result, opts, warn);
  const selected = selectColumns(sorted, opts.columns);
  switch (format) {
    case 'json': return (await import('./machine.js')).toJson(selected, opts);
    case 'yaml': return (await import('./machine.js')).toYaml(selected);
    case 'value': return (await import('./text.js')).toValue(selected);
    case 'csv': return (await import('./text.js')).toCsv(selected as Extract<CommandResult, { kind: 'list' }>, opts.quote);
    case 'shell': return (await import('./shell.js')).toShell(selected as Extract<CommandResult, { kind: 'show' }>, opts);
    case 'table': {
      const [{ listTable, showTable }, { widthFunctionFor }] = await Promise.all([import('./table.js'), import('./display-width.js')]);
      const table = { ...opts, width: await widthFunctionFor(selected) };
      return selected.kind === 'list' ? listTable(selected, table) : showTable(selected, table);
    }
  }
}

function selectColumns(result: CommandResult, wanted: string[] | undefined): CommandResult {
  if (!wanted || wanted.length === 0) return result;
  const names = result.kind === 'list' ? result.columns : result.fields;
  const keep = names.map((n, i) => [n, i] as const).filter(([n]) => wanted.includes(n));
  if (keep.length === 0) {
    const asPy = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');
    throw new CommandFailed(`No recognized column names in [${asPy(wanted)}]. Recognized columns are (${asPy(names)}).`);
  }
  if (result.kind === 'list') {
    return { kind: 'list', columns: keep.map(([n]) => n), rows: result.rows.map((r) => keep.map(([, i]) => r[i])) };
  }
  return { kind: 'show', fields: keep.map(([n]) => n), values: keep.map(([, i]) => result.values[i]) };
}

export { FormattedCell, listResult, showSorted, showOrdered } from './model.js';
export type { CommandResult, ListResult, ShowResult } from './model.js';
