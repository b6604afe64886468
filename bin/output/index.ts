import { CommandFailed } from '../errors.js';
import type { CommandResult } from './model.js';

export const FORMATS = ['table', 'json', 'yaml', 'value', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface OutputOptions {
  format?: OutputFormat;
  /** `-c COLUMN`, repeatable: keep only these columns, in the result's own order (as cliff does). */
  columns?: string[];
}

/**
 * Renders a command result as `-f` asks; the text has no trailing newline. Each formatter is loaded
 * only when asked for (cli-table3 and yaml weigh on start-up).
 */
export async function formatResult(result: CommandResult, opts: OutputOptions = {}): Promise<string> {
  const selected = selectColumns(result, opts.columns);
  switch (opts.format ?? 'table') {
    case 'json': return (await import('./machine.js')).toJson(selected);
    case 'yaml': return (await import('./machine.js')).toYaml(selected);
    case 'value': return (await import('./text.js')).toValue(selected);
    case 'csv': return (await import('./text.js')).toCsv(selected);
    case 'table': {
      const { listTable, showTable } = await import('./table.js');
      return selected.kind === 'list' ? listTable(selected) : showTable(selected);
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
