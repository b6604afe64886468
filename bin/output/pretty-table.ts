import { pythonFill } from './text-wrap.js';

/** A table as cliff hands it to prettytable: header, cell texts, per-column alignment and optional max widths. */
export interface PrettyTableSpec {
  head: string[];
  rows: string[][];
  align: ('l' | 'r')[];
  /** Per-column `max_width` (cliff sets them for `--max-width` / `--fit-width`); missing: unbounded. */
  maxWidths?: (number | undefined)[];
  /** prettytable's `print_empty`: the header and frame of a table without rows; else an empty string. */
  printEmpty?: boolean;
  /**
   * The display width of one line, as prettytable's wcwidth-based `_str_block_width`. @default the length, right for
   * printable ASCII (see display-width.ts for the rest)
   */
  width?: (line: string) => number;
}

/**
 * prettytable 3's `get_string()` with cliff's settings (padding 1, frame rules, a rule under the header): column
 * widths from header and cells (a cell counted at most at its column's max width), lines wider than that wrapped as
 * Python's textwrap.fill does, and a row as tall as its tallest cell. No trailing newline.
 */
export function renderPrettyTable(spec: PrettyTableSpec): string {
  const { head, align } = spec;
  const blockWidth = spec.width ?? ((line: string) => line.length);
  const cellWidth = (text: string) => Math.max(...text.split('\n').map(blockWidth));
  const justify = (text: string, width: number, side: 'l' | 'r') => {
    const pad = ' '.repeat(Math.max(0, width - blockWidth(text)));
    return side === 'r' ? pad + text : text + pad;
  };
  if (spec.rows.length === 0 && !spec.printEmpty) return '';
  const max = spec.maxWidths ?? [];
  const widths = head.map((h) => blockWidth(h));
  for (const row of spec.rows) {
    row.forEach((cell, i) => {
      const m = max[i];
      widths[i] = Math.max(widths[i]!, m === undefined ? cellWidth(cell) : Math.min(cellWidth(cell), m));
    });
  }
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const header = `|${head.map((h, i) => ` ${justify(h, widths[i]!, align[i] ?? 'l')} `).join('|')}|`;
  const lines = [rule, header, rule];
  for (const row of spec.rows) {
    const cells = row.map((cell, i) => cell.split('\n').map((l) => (blockWidth(l) > widths[i]! ? pythonFill(l, widths[i]!) : l)).join('\n').split('\n'));
    const height = Math.max(...cells.map((c) => c.length));
    for (let y = 0; y < height; y++) {
      lines.push(`|${cells.map((c, i) => ` ${justify(c[y] ?? '', widths[i]!, align[i] ?? 'l')} `).join('|')}|`);
    }
  }
  lines.push(rule);
  return lines.join('\n');
}
