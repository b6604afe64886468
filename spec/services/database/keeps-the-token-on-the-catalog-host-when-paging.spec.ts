import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { troveSession, type TroveSession } from './helpers.js';

// A Trove behind a proxy advertises the proxy's host in its links. The client keeps only the path
// and query of a next link and sends them to the catalog's endpoint, so the token never leaves it.
describe('database pagination behind a proxy', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession({ pageSize: 3, linkBaseUrl: 'http://trove-proxy.invalid:8779' });
  });
  afterEach(() => s.close());

  it('applies the marker of a foreign next link to the catalog endpoint', async () => {
    for (let i = 0; i < 7; i++) await s.db.instances.create({ name: `px-${i}`, flavor: '1', volume: { size: 1 } });
    s.cloud.resetCounts();
    const all = await s.db.instances.list({ detailed: false });
    expect(new Set(all.map((i) => i.id)).size).toBe(7);
    const pages = s.cloud.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/instances'));
    expect(pages).toHaveLength(3);
    expect(pages.map((r) => new URLSearchParams(r.query).has('marker'))).toEqual([false, true, true]);
    expect(pages.every((r) => r.status === 200)).toBe(true);
  });
});
