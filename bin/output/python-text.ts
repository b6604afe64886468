import { FormattedCell } from './model.js';

/**
 * Cells as python-openstackclient prints them in tables and `-f value`: Python's str() of the value
 * (None, True, False, `{'k': 'v'}`), or a FormattedCell's human text.
 */
export function humanText(value: unknown): string {
  if (value instanceof FormattedCell) return value.human;
  if (typeof value === 'string') return value;
  return pythonRepr(value);
}

/**
 * Cells as `-f value` and `-f csv` print them: cliff takes a FormattableColumn's machine-readable value
 * and then str() of it, so a list of dicts shows as Python's repr.
 */
export function valueText(value: unknown): string {
  const v = value instanceof FormattedCell ? value.machine : value;
  return typeof v === 'string' ? v : pythonRepr(v);
}

/** The JSON / YAML value of a cell. */
export function machineValue(value: unknown): unknown {
  if (value instanceof FormattedCell) return value.machine;
  return value === undefined ? null : value;
}

/** Python's repr() of a JSON value: `{'id': 'x', 'n': 1, 'ok': True, 'v': None}`. */
export function pythonRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (value instanceof FormattedCell) return value.human;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${quote(k)}: ${pythonRepr(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}

function quote(s: string): string {
  if (s.includes("'") && !s.includes('"')) return `"${s.replace(/\\/g, '\\\\')}"`;
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** osc's format_dict: `a='1', b='2'` sorted by key, nested keys dotted. */
export function formatDict(data: Record<string, unknown> | null | undefined, prefix?: string): string {
  if (!data) return '';
  const parts: string[] = [];
  for (const key of Object.keys(data).sort()) {
    const name = prefix ? `${prefix}.${key}` : key;
    const v = data[key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) parts.push(formatDict(v as Record<string, unknown>, name));
    else if (v === null || v === undefined) parts.push(`${name}=`);
    else parts.push(`${name}='${humanText(v)}'`);
  }
  return parts.join(', ');
}

/** osc's format_list: sorted, joined with ', '. */
export function formatList(data: readonly unknown[] | null | undefined, separator = ', '): string {
  if (!data) return '';
  return data.map((v) => humanText(v)).sort().join(separator);
}

/** osc's format_dict_of_list: `net1=10.0.0.1, fd00::1; net2=…`. */
export function formatDictOfList(data: Record<string, readonly unknown[] | null> | null | undefined): string {
  if (!data) return '';
  return Object.keys(data).sort()
    .filter((k) => data[k] !== null && data[k] !== undefined)
    .map((k) => `${k}=${formatList(data[k])}`)
    .join('; ');
}
