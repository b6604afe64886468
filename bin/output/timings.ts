import type { TimingRecord } from '../../index.js';
import { listTable } from './table.js';

/**
 * The table `openstack --timing` prints after the output: one `METHOD url` row per request with its
 * seconds, then the Total; preceded by an empty line as osc does.
 */
export function timingsTable(records: TimingRecord[]): string {
  let total = 0;
  const rows = records.map((r) => {
    total += r.elapsed;
    const failed = r.error ? ` (${r.error})` : r.status !== undefined && r.status >= 400 ? ` (HTTP ${r.status})` : '';
    return [`${r.method} ${r.url}${failed}`, round(r.elapsed / 1000)];
  });
  rows.push(['Total', round(total / 1000)]);
  return `\n${listTable({ kind: 'list', columns: ['URL', 'Seconds'], rows })}`;
}

function round(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e6;
}
