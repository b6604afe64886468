import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EndpointFilter } from '../../lib/auth-plugin.js';
import { fillProjectTemplate, findEndpoint, parseV2Catalog, parseV3Catalog, type ServiceCatalog } from '../../lib/catalog/index.js';
import { AmbiguousEndpoints, EndpointNotFound } from '../../lib/errors/framework-errors.js';
import { fixture } from './fixtures.js';

const PYTHON = '/usr/bin/python3';
const ORACLE = fileURLToPath(new URL('./keystoneauth-oracle.py', import.meta.url));

/** Whether Debian's python3-keystoneauth1 (with python3-os-service-types) can be imported. */
function hasKeystoneauth(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import keystoneauth1, os_service_types'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const available = hasKeystoneauth();
if (!available) console.warn(`skipped: ${PYTHON} cannot import keystoneauth1 (apt-get install python3-keystoneauth1 python3-os-service-types)`);

const TYPES = [
  'identity', 'compute', 'block-storage', 'volume', 'volumev2', 'volumev3', 'block-store', 'shared-file-system', 'share', 'sharev2',
  'image', 'network', 'object-store', 'load-balancer', 'placement', 'dns', 'meter', 'metering', 'telemetry',
];
const INTERFACES = ['public', 'internal', 'admin'] as const;
const REGIONS = [undefined, 'RegionOne', 'RegionTwo', 'RegionThree'];
const NAMES = [undefined, 'glance', 'cinderv3'];

const lookups: EndpointFilter[] = TYPES.flatMap((serviceType) => INTERFACES.flatMap((iface) => REGIONS.flatMap((regionName) => NAMES.map(
  (serviceName) => ({ serviceType, interface: iface, ...(regionName ? { regionName } : {}), ...(serviceName ? { serviceName } : {}) }),
))));

type Answer = { url: string } | { error: string };

function ours(catalog: ServiceCatalog, filter: EndpointFilter, projectId: string): Answer | { ambiguous: string[] } {
  try {
    return { url: findEndpoint(catalog, filter, { projectId }) };
  } catch (error) {
    if (error instanceof AmbiguousEndpoints) return { ambiguous: error.endpoints };
    if (error instanceof EndpointNotFound) return { error: 'EndpointNotFound' };
    throw error;
  }
}

const fixtures = [
  { name: 'keystone-v3-token.json (Keystone 22)', body: fixture('keystone-v3-token.json'), parse: (b: any) => parseV3Catalog(b.token.catalog), project: (b: any) => b.token.project.id },
  { name: 'keystone-v3-aliases.json', body: fixture('keystone-v3-aliases.json'), parse: (b: any) => parseV3Catalog(b.token.catalog), project: (b: any) => b.token.project.id },
  { name: 'keystone-v2-access.json', body: fixture('keystone-v2-access.json'), parse: (b: any) => parseV2Catalog(b.access.serviceCatalog), project: (b: any) => b.access.token.tenant.id },
];

/**
 * Our catalog lookup against keystoneauth1's `ServiceCatalog.url_for` on the same catalogs, for every
 * (service type x interface x region x service name). They must agree, except where several URLs match:
 * keystoneauth1 takes the first, we throw AmbiguousEndpoints (by design), which must then list its URL.
 */
describe.skipIf(!available)('the catalog lookup agrees with keystoneauth1', () => {
  for (const f of fixtures) {
    it(`${f.name}: ${lookups.length} look-ups`, () => {
      const projectId = f.project(f.body) as string;
      const oracle = JSON.parse(execFileSync(PYTHON, [ORACLE], { input: JSON.stringify({ body: f.body, lookups }), encoding: 'utf8' })) as Answer[];
      expect(oracle).toHaveLength(lookups.length);
      const catalog = f.parse(f.body);
      let agreements = 0;
      let ambiguous = 0;
      let valueErrors = 0;
      const disagreements: string[] = [];
      lookups.forEach((filter, i) => {
        const theirs = oracle[i]!;
        const mine = ours(catalog, filter, projectId);
        if ('error' in theirs && theirs.error === 'ValueError') valueErrors++;
        const theirUrl = 'url' in theirs ? fillProjectTemplate(theirs.url, filter.serviceType, projectId) : undefined;
        if ('ambiguous' in mine && 'url' in theirs && mine.ambiguous.includes(theirs.url)) ambiguous++;
        else if ('url' in mine ? mine.url === theirUrl : 'error' in mine && 'error' in theirs) agreements++;
        else disagreements.push(`${JSON.stringify(filter)}: ours ${JSON.stringify(mine)}, keystoneauth1 ${JSON.stringify(theirs)}`);
      });
      console.log(`${f.name}: ${lookups.length} look-ups, ${agreements} agree, ${ambiguous} AmbiguousEndpoints where keystoneauth1 takes the first, `
        + `${disagreements.length} disagree (keystoneauth1 raised ValueError for ${valueErrors} of its not-found answers)`);
      expect(disagreements).toEqual([]);
    });
  }
});
