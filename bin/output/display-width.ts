import type { CommandResult } from './model.js';
import { humanText } from './python-text.js';

const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;

/**
 * The width function a table of `result` needs: a line's length when every cell is printable ASCII (the common case,
 * and string-width's Unicode tables cost start-up time), else string-width (East Asian wide characters count 2,
 * combining marks and ANSI colours 0), which is close to prettytable's wcwidth.
 */
export async function widthFunctionFor(result: CommandResult): Promise<(line: string) => number> {
  const cells = result.kind === 'list' ? [result.columns, ...result.rows].flat() : [...result.fields, ...result.values];
  if (cells.every((c) => PRINTABLE_ASCII.test(typeof c === 'string' ? c : humanText(c)))) return (line) => line.length;
  const { default: stringWidth } = await import('./string-width.js');
  return (line) => stringWidth(line);
}
