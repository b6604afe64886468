import { FormattedCell, type ListResult } from './model.js';

/** `--sort-column` (repeatable, the first has priority) and `--sort-ascending` / `--sort-descending`. */
export interface SortOptions {
  sortColumns?: string[];
  sortDirection?: 'asc' | 'desc';
}

class Unsortable extends Error {}

/** Python 3's `<` on the values cliff sorts: numbers (booleans count as 0 / 1), strings by code point, lists item by item. */
function compare(a: unknown, b: unknown): number {
  if (a instanceof FormattedCell && b instanceof FormattedCell) return compare(a.machine, b.machine);
  const num = (v: unknown) => (typeof v === 'boolean' ? Number(v) : v);
  const x = num(a);
  const y = num(b);
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : x > y ? 1 : 0;
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compare(x[i], y[i]);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  }
  throw new Unsortable();
}

/**
 * cliff's `Lister.produce_output` sorting, before `-c` picks columns: one stable sort per named column, the last named
 * first, each keyed on `(value is None, value)` so that None goes last ascending and first descending. Unknown column
 * names are ignored; a column whose values Python could not compare is left unsorted with a warning, as cliff logs.
 */
export function sortRows(result: ListResult, opts: SortOptions, warn: (line: string) => void): ListResult {
  const indexes = (opts.sortColumns ?? []).map((c) => result.columns.indexOf(c)).filter((i) => i >= 0);
  if (indexes.length === 0) return result;
  const sign = opts.sortDirection === 'desc' ? -1 : 1;
  let rows = result.rows;
  for (const index of [...indexes].reverse()) {
    const isNone = (v: unknown) => v === null || v === undefined;
    try {
      rows = [...rows].sort((r, s) => {
        const a = r[index];
        const b = s[index];
        if (isNone(a) || isNone(b)) return sign * (Number(isNone(a)) - Number(isNone(b)));
        return sign * compare(a, b);
      });
    } catch (error) {
      if (!(error instanceof Unsortable)) throw error;
      warn(`Could not sort on field '${result.columns[index]}'; unsortable types`);
    }
  }
  return { ...result, rows };
}
