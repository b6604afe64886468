import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/errors/framework-errors.js';
import { TimingRecorder, type TimingRecord } from '../../lib/timings.js';

const rec = (i: number): TimingRecord => ({ method: 'GET', url: `http://127.0.0.1/${i}`, status: 200, start: 1_700_000_000_000 + i, elapsed: i, phases: { total: i } });

describe('TimingRecorder', () => {
  it('keeps the last `limit` records, oldest first', () => {
    const t = new TimingRecorder(3);
    for (let i = 1; i <= 2; i++) t.record(rec(i));
    expect(t.size).toBe(2);
    expect(t.list().map((r) => r.elapsed)).toEqual([1, 2]);
    for (let i = 3; i <= 10; i++) t.record(rec(i));
    expect(t.size).toBe(3);
    expect(t.limit).toBe(3);
    expect(t.list().map((r) => r.elapsed)).toEqual([8, 9, 10]);
  });

  it('stays bounded after many records, with the default limit of 1000', () => {
    const t = new TimingRecorder();
    expect(t.limit).toBe(1000);
    for (let i = 0; i < 5000; i++) t.record(rec(i));
    const list = t.list();
    expect(list).toHaveLength(1000);
    expect(list[0]!.elapsed).toBe(4000);
    expect(list.at(-1)!.elapsed).toBe(4999);
  });

  it('hands out copies that cannot change what it holds', () => {
    const t = new TimingRecorder(2);
    const original = rec(1);
    t.record(original);
    original.phases!.total = 999;
    const first = t.list()[0]!;
    first.status = 500;
    first.phases!.total = 555;
    expect(t.list()[0]).toEqual(rec(1));
  });

  it('reset empties it', () => {
    const t = new TimingRecorder(2);
    t.record(rec(1));
    t.reset();
    expect(t.size).toBe(0);
    expect(t.list()).toEqual([]);
    t.record(rec(2));
    expect(t.list().map((r) => r.elapsed)).toEqual([2]);
  });

  it('keeps no secret from a URL, and refuses a limit that cannot work', () => {
    const t = new TimingRecorder(1);
    t.record({ ...rec(1), url: 'http://u:pw@127.0.0.1/v1?temp_url_sig=deadbeef&x=1' });
    expect(t.list()[0]!.url).toBe('http://u@127.0.0.1/v1?temp_url_sig=***&x=1');
    expect(() => new TimingRecorder(0)).toThrow(ConfigError);
    expect(() => new TimingRecorder(1.5)).toThrow(/positive integer/);
  });
});
