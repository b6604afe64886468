import type { CommandResult } from './model.js';
import { machineValue, valueText } from './python-text.js';

/** `-f value`: the values of each row separated by spaces, no header. */
export function toValue(result: CommandResult): string {
  if (result.kind === 'show') return result.values.map((v) => valueText(v)).join('\n');
  return result.rows.map((row) => row.map((v) => valueText(v)).join(' ')).join('\n');
}

/** `-f csv`: Python's csv module with QUOTE_NONNUMERIC: strings quoted, numbers and booleans bare. */
export function toCsv(result: CommandResult): string {
  const [head, rows] = result.kind === 'list' ? [result.columns, result.rows] : [result.fields, [result.values]];
  const lines = [head.map(csvString), ...rows.map((row) => row.map(csvCell))];
  return lines.map((l) => l.join(',')).join('\n');
}

function csvCell(cell: unknown): string {
  const value = machineValue(cell);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || value === undefined) return '""';
  return csvString(valueText(value));
}

function csvString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
