import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { troveSession, type TroveSession } from './helpers.js';

// Trove writes next links with the scheme forced to https (trove/common/pagination.py); the fake does
// the same, so a client that followed the link literally would fail here with a TLS error.
describe('database instances: pagination', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession({ pageSize: 4 });
  });
  afterEach(() => s.close());

  async function createMany(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await s.db.instances.create({ name: `pg-${i}`, flavor: '1', volume: { size: 1 } })).id);
    return ids;
  }

  it('iterates every instance in the server page size, one page at a time', async () => {
    const ids = await createMany(10);
    s.cloud.resetCounts();
    const seen: string[] = [];
    const pagesWhenFirstSeen: number[] = [];
    for await (const inst of s.db.instances.iterate({ detailed: false })) {
      seen.push(inst.id);
      pagesWhenFirstSeen.push(s.cloud.count('GET', /\/instances$/));
    }
    expect(seen.sort()).toEqual([...ids].sort());
    expect(s.cloud.count('GET', /\/instances$/)).toBe(3);
    // The second page is only fetched once the first is used up.
    expect(pagesWhenFirstSeen.slice(0, 4)).toEqual([1, 1, 1, 1]);
    expect(pagesWhenFirstSeen[4]).toBe(2);
  });

  it('list() collects all pages; a smaller limit makes smaller pages; lists are detailed (with timestamps) unless asked not to be', async () => {
    await createMany(6);
    s.cloud.resetCounts();
    const all = await s.db.instances.list({ limit: 2, detailed: false });
    expect(all).toHaveLength(6);
    expect(s.cloud.count('GET', /\/instances$/)).toBe(3);
    const detailed = await s.db.instances.list();
    expect(detailed).toHaveLength(6);
    expect(detailed.every((i) => typeof i.created === 'string')).toBe(true);
    expect(all.every((i) => i.created === undefined)).toBe(true);
  });

  it('starts after a marker', async () => {
    const all = await s.db.instances.list();
    await createMany(5);
    const full = await s.db.instances.list();
    expect(all).toHaveLength(0);
    const after = await s.db.instances.list({ marker: full[1]!.id });
    expect(after.map((i) => i.id)).toEqual(full.slice(2).map((i) => i.id));
  });
});
