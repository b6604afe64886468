/**
 * What a command returns for printing: a list (cliff's Lister) or one record (cliff's ShowOne).
 * A cell is a plain JSON value, or a FormattedCell when its table text differs from its JSON value
 * (python-openstackclient's FormattableColumn, e.g. a server's Networks).
 */
export class FormattedCell {
  constructor(readonly human: string, readonly machine: unknown) {}
}

export type Cell = unknown;

export interface ListResult {
  kind: 'list';
  columns: string[];
  rows: Cell[][];
}

export interface ShowResult {
  kind: 'show';
  fields: string[];
  values: Cell[];
}

export type CommandResult = ListResult | ShowResult;

export function listResult(columns: string[], rows: Cell[][]): ListResult {
  return { kind: 'list', columns, rows };
}

/** A ShowOne from a record: fields sorted by name, as osc's `zip(*sorted(info.items()))`. */
export function showSorted(record: Record<string, Cell>): ShowResult {
  const fields = Object.keys(record).sort();
  return { kind: 'show', fields, values: fields.map((f) => record[f]) };
}

/** A ShowOne whose fields keep the given order. */
export function showOrdered(record: Record<string, Cell>): ShowResult {
  const fields = Object.keys(record);
  return { kind: 'show', fields, values: fields.map((f) => record[f]) };
}
