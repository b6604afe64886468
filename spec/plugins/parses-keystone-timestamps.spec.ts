import { describe, expect, it } from 'vitest';
import { parseKeystoneTime } from '../../plugins/keystone/keystone-time.js';

describe('Keystone timestamps', () => {
  it('reads v3 microseconds, v2.0 seconds, offsets, and zone-less UTC', () => {
    const t = Date.UTC(2026, 10, 22, 18, 53, 12);
    expect(parseKeystoneTime('2026-11-22T18:53:12.000000Z')).toBe(t);
    expect(parseKeystoneTime('2026-11-22T18:53:12.123456Z')).toBe(t + 123);
    expect(parseKeystoneTime('2026-11-22T18:53:12Z')).toBe(t);
    expect(parseKeystoneTime('2026-11-22T18:53:12.5')).toBe(t + 500);
    expect(parseKeystoneTime('2026-11-22T20:53:12+02:00')).toBe(t);
  });

  it('returns undefined for anything else', () => {
    for (const v of ['tomorrow', '', 12, null, '2026-11-22', '2026-13-45T99:99:99Z']) expect(parseKeystoneTime(v)).toBeUndefined();
  });
});
