import { describe, expect, it } from 'vitest';
import { parseV3Catalog } from '../../lib/catalog/index.js';
import { fixture } from './fixtures.js';

describe('parseV3Catalog', () => {
  it('normalizes a real Keystone token catalog into services with interface, region and url', () => {
    const raw = fixture('keystone-v3-token.json').token.catalog;
    const catalog = parseV3Catalog(raw);
    expect(catalog.map((s) => s.type)).toEqual(raw.map((s: { type: string }) => s.type));
    const compute = catalog.find((s) => s.type === 'compute')!;
    expect(compute.name).toBe('nova');
    expect(compute.endpoints).toContainEqual(expect.objectContaining({
      interface: 'public', region: 'RegionTwo', url: 'http://127.0.0.1:18774/v2.1',
    }));
    expect(compute.endpoints).toHaveLength(4);
  });

  it('falls back to `region` when `region_id` is absent and skips endpoints it cannot use', () => {
    const catalog = parseV3Catalog([{
      type: 'image', name: 'glance', endpoints: [
        { interface: 'public', region: 'R1', url: 'http://glance/' },
        { interface: 'bogus', region_id: 'R1', url: 'http://x/' },
        { interface: 'internal', region_id: 'R1' },
      ],
    }]);
    expect(catalog[0]!.endpoints).toEqual([{ interface: 'public', region: 'R1', url: 'http://glance/' }]);
  });

  it('reads a missing catalog (unscoped token) as empty', () => {
    expect(parseV3Catalog(undefined)).toEqual([]);
  });
});
