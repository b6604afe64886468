import { fitTable, type WidthSettings } from './fit-width.js';
import type { ListResult, ShowResult } from './model.js';
import { renderPrettyTable } from './pretty-table.js';
import { humanText } from './python-text.js';

/** The table formatter's options: `--max-width`, `--fit-width`, `--print-empty`. */
export interface TableOptions extends WidthSettings {
  printEmpty?: boolean;
  /** The display width of a line (display-width.ts); by default its length, right for printable ASCII. */
  width?: (line: string) => number;
}

/**
 * A list as cliff's table formatter prints it (prettytable): numbers right-aligned (judged on the first row), the rest
 * left; fitted with a minimum column width of 8. Without rows: an empty string, or the bare header with `--print-empty`.
 */
export function listTable(result: ListResult, opts: TableOptions = {}): string {
  const first = result.rows[0];
  const align = result.columns.map((_, i) => (first && typeof first[i] === 'number' ? 'r' : 'l') as 'l' | 'r');
  const spec = {
    head: result.columns, rows: result.rows.map((row) => row.map(cellText)), align, printEmpty: opts.printEmpty === true, ...widthOf(opts),
  };
  return renderPrettyTable(fitTable(spec, opts, 8));
}

/** One record as a Field / Value table, both left-aligned, fitted with a minimum column width of 16. */
export function showTable(result: ShowResult, opts: TableOptions = {}): string {
  const rows = result.fields.map((f, i) => [f, cellText(result.values[i])]);
  return renderPrettyTable(fitTable({ head: ['Field', 'Value'], rows, align: ['l', 'l'], ...widthOf(opts) }, opts, 16));
}

function widthOf(opts: TableOptions): { width?: (line: string) => number } {
  return opts.width ? { width: opts.width } : {};
}

function cellText(value: unknown): string {
  // cliff turns \r\n into \n and a lone \r into a space.
  return humanText(value).replace(/\r\n/g, '\n').replace(/\r/g, ' ');
}
