import Table from 'cli-table3';
import type { ListResult, ShowResult } from './model.js';
import { humanText } from './python-text.js';

// prettytable's look, as python-openstackclient prints it: ASCII borders, one rule under the header, none between rows.
const CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '', mid: '', 'mid-mid': '', right: '|', 'right-mid': '', middle: '|',
};

function render(head: string[], rows: string[][], align: ('left' | 'right')[]): string {
  const table = new Table({ chars: CHARS, style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 }, colAligns: align, wordWrap: false });
  table.push(head, ...rows);
  const lines = table.toString().split('\n');
  // cli-table3 has no header rule without row rules: copy the top border under the header line.
  lines.splice(2, 0, lines[0]!);
  return lines.join('\n');
}

/** A list as osc's table formatter prints it: numbers right-aligned (judged on the first row), the rest left. */
export function listTable(result: ListResult): string {
  if (result.rows.length === 0) return '';
  const first = result.rows[0]!;
  const align = result.columns.map((_, i) => (typeof first[i] === 'number' ? 'right' : 'left') as 'left' | 'right');
  return render(result.columns, result.rows.map((row) => row.map(cellText)), align);
}

/** One record as a Field / Value table. */
export function showTable(result: ShowResult): string {
  if (result.fields.length === 0) return '';
  const rows = result.fields.map((f, i) => [f, cellText(result.values[i])]);
  return render(['Field', 'Value'], rows, ['left', 'left']);
}

function cellText(value: unknown): string {
  // cliff turns \r\n into \n and a lone \r into a space.
  return humanText(value).replace(/\r\n/g, '\n').replace(/\r/g, ' ');
}
