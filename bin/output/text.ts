import type { CommandResult, ListResult } from './model.js';
import { machineValue, valueText } from './python-text.js';

/** `-f value`: the values of each row separated by spaces, no header; one value a line for a single record. */
export function toValue(result: CommandResult): string {
  if (result.kind === 'show') return result.values.map((v) => valueText(v)).join('\n');
  return result.rows.map((row) => row.map((v) => valueText(v)).join(' ')).join('\n');
}

/** `--quote`: Python's csv quoting modes, as cliff names them. */
export const QUOTE_MODES = ['all', 'minimal', 'none', 'nonnumeric'] as const;
export type QuoteMode = (typeof QUOTE_MODES)[number];

/**
 * `-f csv` as cliff writes it: Python's `csv.writer(quoting=…, lineterminator='\n', escapechar='\\')`, quoting
 * nonnumeric by default. A number or boolean is "numeric"; None is an empty field; other values print as str().
 */
export function toCsv(result: ListResult, quote: QuoteMode = 'nonnumeric'): string {
  const lines = [result.columns.map((c) => csvField(c, quote)), ...result.rows.map((row) => row.map((c) => csvField(c, quote)))];
  return lines.map((fields) => (fields.length === 1 && fields[0] === '' && quote !== 'none' ? '""' : fields.join(','))).join('\n');
}

function csvField(cell: unknown, quote: QuoteMode): string {
  const value = machineValue(cell);
  const numeric = typeof value === 'number' || typeof value === 'boolean';
  const text = value === null ? '' : typeof value === 'boolean' ? (value ? 'True' : 'False') : typeof value === 'number' ? String(value) : valueText(value);
  let quoted = quote === 'all' || (quote === 'nonnumeric' && !numeric);
  let out = '';
  // CPython's _csv.c join_append_data: the delimiter, quote, escape and line-end characters need quoting or escaping.
  for (const ch of text) {
    if (ch === ',' || ch === '\\' || ch === '"' || ch === '\n') {
      if (quote === 'none' || ch === '\\') out += '\\';
      else if (ch === '"') out += '"';
      if (quote !== 'none' && ch !== '\\') quoted = true;
    }
    out += ch;
  }
  return quoted ? `"${out}"` : out;
}
