/**
 * Milliseconds since the epoch for a Keystone timestamp: `2026-11-22T18:53:12.000000Z` (v3, microseconds),
 * `2014-01-31T15:30:58Z` (v2.0), or without a zone (`2014-01-30T15:30:58.819584`, which Keystone means as UTC).
 * undefined when the value is not such a timestamp.
 */
export function parseKeystoneTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  const fraction = m[3] ? `.${m[3].slice(0, 3).padEnd(3, '0')}` : '';
  const zone = m[4] ?? 'Z';
  const ms = Date.parse(`${m[1]}T${m[2]}${fraction}${zone}`);
  return Number.isNaN(ms) ? undefined : ms;
}
