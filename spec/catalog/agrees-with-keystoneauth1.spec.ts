import { describe, expect, it } from 'vitest';
import { parseV2Catalog, parseV3Catalog } from '../../lib/catalog/index.js';
import { fixture } from './fixtures.js';
import { compareWithKeystoneauth, describeComparison, hasKeystoneauth, lookupGrid } from './helpers/keystoneauth-oracle.js';

const TYPES = [
  'identity', 'compute', 'block-storage', 'volume', 'volumev2', 'volumev3', 'block-store', 'shared-file-system', 'share', 'sharev2',
  'image', 'network', 'object-store', 'load-balancer', 'placement', 'dns', 'meter', 'metering', 'telemetry',
];
const lookups = lookupGrid(TYPES, [undefined, 'RegionOne', 'RegionTwo', 'RegionThree'], [undefined, 'glance', 'cinderv3']);

const fixtures = [
  { name: 'keystone-v3-token.json (Keystone 22)', body: fixture('keystone-v3-token.json'), v3: true },
  { name: 'keystone-v3-aliases.json', body: fixture('keystone-v3-aliases.json'), v3: true },
  { name: 'keystone-v2-access.json', body: fixture('keystone-v2-access.json'), v3: false },
];

/**
 * Our catalog lookup against keystoneauth1's `ServiceCatalog.url_for` (python3-keystoneauth1 as the oracle) on the
 * same catalogs. They must agree, except where several URLs match: keystoneauth1 takes the first, we throw
 * AmbiguousEndpoints (by design), which must then list that URL.
 */
describe.skipIf(!hasKeystoneauth())('the catalog lookup agrees with keystoneauth1', () => {
  for (const f of fixtures) {
    it(`${f.name}: ${lookups.length} look-ups`, () => {
      const catalog = f.v3 ? parseV3Catalog(f.body.token.catalog) : parseV2Catalog(f.body.access.serviceCatalog);
      const projectId: string = f.v3 ? f.body.token.project.id : f.body.access.token.tenant.id;
      const result = compareWithKeystoneauth(f.body, catalog, projectId, lookups);
      console.log(describeComparison(f.name, result));
      expect(result.disagreements).toEqual([]);
      expect(result.agreements + result.ambiguous).toBe(lookups.length);
    });
  }
});
