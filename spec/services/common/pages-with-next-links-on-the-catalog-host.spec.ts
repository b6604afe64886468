import { afterEach, describe, expect, it } from 'vitest';
import { InvalidResponse } from '../../../lib/errors/index.js';
import { relativeNextPage } from '../../../lib/services/common/index.js';
import { novaSession, type NovaSession } from '../compute/helpers.js';

const DETAIL = '/compute/v2.1/servers/detail';

describe('pagination: next links are applied to the catalog endpoint', () => {
  let s: NovaSession;
  afterEach(() => s.close());

  // The advertised host does not resolve: following a link as sent would fail, and would have sent the token there.
  for (const linkBaseUrl of ['https://nova-proxy.invalid:8774', 'https://gateway.invalid/public']) {
    it(`pages through a cloud whose links point at ${linkBaseUrl}`, async () => {
      s = await novaSession({ pageSize: 4, linkBaseUrl });
      const ids = s.nova.seedServers(10);
      const firstPage = await s.compute.get('/servers/detail');
      expect(firstPage.body.servers_links[0].href).toMatch(new RegExp(`^${linkBaseUrl}/compute/v2.1/servers/detail\\?`));
      s.cloud.resetCounts();

      const seen: string[] = [];
      for await (const server of s.compute.servers.iterate({ filters: { status: 'ACTIVE' } })) seen.push(server.id);
      expect(seen).toEqual(ids);
      expect(s.cloud.count('GET', DETAIL)).toBe(3);
      const pages = s.cloud.requests.filter((r) => r.path === DETAIL).map((r) => new URLSearchParams(r.query));
      expect(pages.map((q) => q.get('marker'))).toEqual([null, ids[3], ids[7]]);
      // The filter rides along in the link's query.
      expect(pages.every((q) => q.get('status') === 'ACTIVE')).toBe(true);
    });
  }

  it('keeps only the path below the endpoint and the query of a link', () => {
    const page = relativeNextPage(
      'https://proxy.invalid:9999/compute/v2.1/servers/detail?limit=2&marker=abc',
      'http://127.0.0.1:5000/compute/v2.1/servers/detail', '/compute/v2.1', '/servers/detail',
    );
    expect(page.path).toBe('/servers/detail');
    expect(page.query.toString()).toBe('limit=2&marker=abc');
    const relative = relativeNextPage('/compute/v2.1/flavors?marker=3', 'http://127.0.0.1:5000/compute/v2.1/flavors', '/compute/v2.1', '/flavors');
    expect(relative.path).toBe('/flavors');
  });

  it('refuses a link it cannot place under the endpoint', () => {
    expect(() => relativeNextPage('https://elsewhere.invalid/other/thing?marker=1', 'http://127.0.0.1:5000/compute/v2.1/servers', '/compute/v2.1', '/servers'))
      .toThrow(InvalidResponse);
    expect(() => relativeNextPage('http://[bad', 'http://127.0.0.1:5000/compute/v2.1/servers', '/compute/v2.1', '/servers'))
      .toThrow(/cannot be paged further/);
  });
});
