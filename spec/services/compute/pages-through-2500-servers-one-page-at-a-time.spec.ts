import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { novaSession, type NovaSession } from './helpers.js';

const DETAIL = '/compute/v2.1/servers/detail';

describe('compute servers: paging through 2,500 servers', () => {
  let s: NovaSession;
  let ids: string[];
  beforeEach(async () => {
    s = await novaSession({ pageSize: 1000 });
    ids = s.nova.seedServers(2500);
    await s.http.authenticate();
    s.cloud.resetCounts();
  });
  afterEach(() => s.close());

  it('fetches a page of the server page size only when the previous one is used up', async () => {
    const pagesAtItem: number[] = [];
    const seen: string[] = [];
    for await (const server of s.compute.servers.iterate()) {
      seen.push(server.id);
      pagesAtItem.push(s.cloud.count('GET', DETAIL));
    }
    expect(seen).toEqual(ids);
    // 1000 + 1000 + 500: three requests, and the first one carried no limit (the server's size applies).
    expect(s.cloud.count('GET', DETAIL)).toBe(3);
    const queries = s.cloud.requests.filter((r) => r.path === DETAIL).map((r) => new URLSearchParams(r.query));
    expect(queries[0]!.has('marker')).toBe(false);
    expect(queries[1]!.get('marker')).toBe(ids[999]);
    expect(queries[2]!.get('marker')).toBe(ids[1999]);
    // No page was fetched before it was needed.
    expect(pagesAtItem[0]).toBe(1);
    expect(pagesAtItem[999]).toBe(1);
    expect(pagesAtItem[1000]).toBe(2);
    expect(pagesAtItem[1999]).toBe(2);
    expect(pagesAtItem[2000]).toBe(3);
  });

  it('stops fetching when the caller stops iterating', async () => {
    let n = 0;
    for await (const _ of s.compute.servers.iterate()) {
      if (++n === 1001) break;
    }
    expect(s.cloud.count('GET', DETAIL)).toBe(2);
  });

  it('honours a smaller page size and a start marker', async () => {
    const after = [];
    for await (const server of s.compute.servers.iterate({ limit: 400, marker: ids[1999]! })) after.push(server.id);
    expect(after).toEqual(ids.slice(2000));
    // 500 left in pages of 400: a full page, then a short one that ends the listing.
    expect(s.cloud.count('GET', DETAIL)).toBe(2);
    const limits = s.cloud.requests.filter((r) => r.path === DETAIL).map((r) => new URLSearchParams(r.query).get('limit'));
    expect(limits).toEqual(['400', '400']);
  });
});
