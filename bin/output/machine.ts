import type { CommandResult } from './model.js';
import { machineValue } from './python-text.js';

/** The records of a result as `-f json` / `-f yaml` see them: a list of objects, or one object. */
export function records(result: CommandResult): Record<string, unknown>[] | Record<string, unknown> {
  if (result.kind === 'list') {
    return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, machineValue(row[i])])));
  }
  return Object.fromEntries(result.fields.map((f, i) => [f, machineValue(result.values[i])]));
}

/**
 * `json.dump(data, indent=2)` as cliff's JSON formatter writes it, or `indent=None` with `--noindent` (Python's
 * `, ` and `: ` separators). Python's default `ensure_ascii` writes every non-ASCII character as `\uXXXX`.
 */
export function toJson(result: CommandResult, opts: { noindent?: boolean } = {}): string {
  const data = records(result);
  const text = opts.noindent ? compact(data) : JSON.stringify(data, null, 2);
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * cliff's YAML formatter: a list is one `yaml.safe_dump(rows, default_flow_style=False)` (block style, keys sorted);
 * a record is one dump per field, in the record's order. PyYAML quotes with single quotes where it must quote.
 */
export async function toYaml(result: CommandResult): Promise<string> {
  const { stringify } = await import('./yaml-text.js');
  const dump = (data: unknown) => stringify(data, { sortMapEntries: true, indentSeq: false, lineWidth: 0, singleQuote: true }).replace(/\n$/, '');
  const data = records(result);
  if (Array.isArray(data)) return data.length === 0 ? '[]' : dump(data);
  return Object.entries(data).map(([key, value]) => dump({ [key]: value })).join('\n');
}
