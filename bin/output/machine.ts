import type { CommandResult } from './model.js';
import { machineValue } from './python-text.js';

/** The records of a result as `-f json` / `-f yaml` see them: a list of objects, or one object. */
export function records(result: CommandResult): Record<string, unknown>[] | Record<string, unknown> {
  if (result.kind === 'list') {
    return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, machineValue(row[i])])));
  }
  return Object.fromEntries(result.fields.map((f, i) => [f, machineValue(result.values[i])]));
}

/** `json.dumps(data, indent=2)`, as cliff's JSON formatter writes it. */
export function toJson(result: CommandResult): string {
  return JSON.stringify(records(result), null, 2);
}

/** `yaml.safe_dump(data, default_flow_style=False)`: block style, keys sorted. */
export async function toYaml(result: CommandResult): Promise<string> {
  const { stringify } = await import('yaml');
  const data = records(result);
  if (Array.isArray(data) && data.length === 0) return '[]';
  return stringify(data, { sortMapEntries: true, indentSeq: false, lineWidth: 0 }).replace(/\n$/, '');
}
