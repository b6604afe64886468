import { renderPrettyTable, type PrettyTableSpec } from './pretty-table.js';

/** How wide a table may be: `--max-width` (or CLIFF_MAX_TERM_WIDTH), else the terminal's with `--fit-width`. */
export interface WidthSettings {
  /** `--max-width N`: above 0, the table is fitted to N columns whatever the output is. */
  maxWidth?: number;
  /** `--fit-width` (or CLIFF_FIT_WIDTH=1): fit to the terminal, when stdout is one. */
  fitWidth?: boolean;
  /** The terminal's width when stdout is a terminal (cliff asks `os.get_terminal_size()`); else undefined. */
  terminalWidth?: number;
}

/**
 * cliff's `TableFormatter._assign_max_widths`: when the table's first line is wider than the target, the columns wider
 * than an equal share are given max widths (the last of them takes what remains), never below `minWidth` (8 for a list,
 * 16 for a Field / Value table). Returns the spec with `maxWidths` set, or unchanged.
 */
export function fitTable(spec: PrettyTableSpec, settings: WidthSettings, minWidth: number): PrettyTableSpec {
  let target: number;
  if (settings.maxWidth !== undefined && settings.maxWidth > 0) target = settings.maxWidth;
  else if (!settings.fitWidth || !settings.terminalWidth) return spec;
  else target = settings.terminalWidth;

  const firstLine = renderPrettyTable(spec).split('\n')[0];
  if (firstLine === undefined || firstLine === '' || firstLine.length <= target) return spec;

  const fields = spec.head.length;
  const usable = Math.max(0, target - 1 - 3 * fields);
  const optimal = fields === 0 ? 0 : Math.max(0, Math.floor(usable / fields));
  // The first line `+----+-------+` gives each column's width, padding included.
  const widths = firstLine.split('+').slice(1, -1).map((s) => Math.max(0, s.length - 2));
  const shrink: number[] = [];
  let remaining = usable;
  widths.forEach((w, i) => {
    if (w <= optimal) remaining -= w;
    else shrink.push(i);
  });
  const maxWidths = [...(spec.maxWidths ?? spec.head.map(() => undefined))];
  // Python's floor division, as cliff's `shrink_remaining // len(shrink_fields)`.
  const shrinkTo = Math.floor(remaining / shrink.length);
  for (const i of shrink.slice(0, -1)) {
    maxWidths[i] = Math.max(minWidth, shrinkTo);
    remaining -= shrinkTo;
  }
  maxWidths[shrink[shrink.length - 1]!] = Math.max(minWidth, remaining);
  return { ...spec, maxWidths };
}
