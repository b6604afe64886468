/**
 * Python's `textwrap.fill(text, width)` with its defaults, which prettytable applies to a cell line wider than its
 * column's max width (cliff's `--max-width` / `--fit-width`). A port of CPython 3.11 Lib/textwrap.py: the same
 * chunking regex (words, whitespace, hyphenated words, em-dashes), greedy lines, long words broken (after a hyphen
 * when one fits), whitespace dropped at line ends. Widths count code points, as `len()` does.
 */
const WS = '[\\t\\n\\v\\f\\r ]';
const NWS = '[^\\t\\n\\v\\f\\r ]';
const W = '[\\p{L}\\p{N}_]';
const WORD_PUNCT = `(?:${W}|[!"'&.,?])`;
const LETTER = '[\\p{L}\\p{Nl}\\p{No}_]';
const WORDSEP = new RegExp(
  `(${WS}+`
  + `|(?<=${WORD_PUNCT})-{2,}(?=${W})`
  + `|${NWS}+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})|(?=${WS}|$)|(?<=${WORD_PUNCT})(?=-{2,}${W})))`,
  'u',
);

const len = (s: string): number => [...s].length;
const slice = (s: string, start: number, end?: number): string => [...s].slice(start, end).join('');

function expandTabs(text: string, size = 8): string {
  let col = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '\t') {
      const n = size - (col % size);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

function chunksOf(text: string): string[] {
  const munged = expandTabs(text).replace(/[\t\n\v\f\r]/g, ' ');
  return munged.split(WORDSEP).filter((c) => c !== undefined && c !== '');
}

/** `textwrap.wrap(text, width)`: the lines, without trailing whitespace. */
export function pythonWrap(text: string, width: number): string[] {
  const chunks = chunksOf(text).reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const line: string[] = [];
    let used = 0;
    if (chunks[chunks.length - 1]!.trim() === '' && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const l = len(chunks[chunks.length - 1]!);
      if (used + l > width) break;
      line.push(chunks.pop()!);
      used += l;
    }
    if (chunks.length > 0 && len(chunks[chunks.length - 1]!) > width) {
      breakLongWord(chunks, line, used, width);
      used = line.reduce((n, c) => n + len(c), 0);
    }
    if (line.length > 0 && line[line.length - 1]!.trim() === '') line.pop();
    if (line.length > 0) lines.push(line.join(''));
  }
  return lines;
}

function breakLongWord(reversed: string[], line: string[], used: number, width: number): void {
  const spaceLeft = width < 1 ? 1 : width - used;
  const chunk = reversed[reversed.length - 1]!;
  let end = spaceLeft;
  const points = [...chunk];
  if (points.length > spaceLeft) {
    // Break after the last hyphen that fits, when something other than hyphens comes before it.
    const hyphen = points.slice(0, spaceLeft).lastIndexOf('-');
    if (hyphen > 0 && points.slice(0, hyphen).some((c) => c !== '-')) end = hyphen + 1;
  }
  line.push(slice(chunk, 0, end));
  reversed[reversed.length - 1] = slice(chunk, end);
}

/** `textwrap.fill(text, width)`. */
export function pythonFill(text: string, width: number): string {
  return pythonWrap(text, width).join('\n');
}
