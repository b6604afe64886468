import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseV3Catalog } from '../../lib/catalog/index.js';
import { compareWithKeystoneauth, describeComparison, hasKeystoneauth, lookupGrid } from '../catalog/helpers/keystoneauth-oracle.js';
import { adminPassword, describeReal, realKeystone, realSession } from './helpers/real-keystone.js';

/** Cinder- and Manila-style entries registered for this spec, so the alias rules meet a real catalog. */
const EXTRA = [
  { type: 'volumev3', name: 'cinderv3', endpoints: [['public', 'RegionOne', 'http://127.0.0.1:8776/v3/$(project_id)s'], ['public', 'RegionTwo', 'http://127.0.0.1:18776/v3/$(project_id)s']] },
  { type: 'volumev2', name: 'cinderv2', endpoints: [['public', 'RegionOne', 'http://127.0.0.1:8776/v2/$(project_id)s']] },
  { type: 'sharev2', name: 'manilav2', endpoints: [['internal', 'RegionOne', 'http://127.0.0.1:8786/v2']] },
] as const;
const TYPES = ['identity', 'compute', 'database', 'block-storage', 'volume', 'volumev2', 'volumev3', 'shared-file-system', 'share', 'sharev2', 'image'];

/** Issue 12: compared on the real Keystone, our lookup and keystoneauth1's agree (216 look-ups gave 8 mismatches before). */
describeReal('real Keystone: the catalog lookup agrees with keystoneauth1', () => {
  const available = hasKeystoneauth();
  let session: ReturnType<typeof realSession>;
  const created: string[] = [];

  beforeAll(async () => {
    session = realSession(adminPassword());
    if (!available) return;
    for (const s of EXTRA) {
      const service = await session.keystone.post('/services', { json: { service: { type: s.type, name: s.name } } });
      const serviceId = service.body.service.id as string;
      created.push(serviceId);
      for (const [iface, region, url] of s.endpoints) {
        await session.keystone.post('/endpoints', { json: { endpoint: { service_id: serviceId, interface: iface, region_id: region, url } } });
      }
    }
  });
  afterAll(async () => {
    for (const id of created) await session.keystone.delete(`/services/${id}`).catch(() => undefined);
    session.http.close();
  });

  it.skipIf(!available)('every (service type x interface x region x service name) look-up on a real token\'s catalog', async () => {
    const k = realKeystone()!;
    const auth = {
      identity: { methods: ['password'], password: { user: { name: k.admin.username, domain: { name: k.admin.userDomainName }, password: k.admin.password } } },
      scope: { project: { name: k.admin.projectName, domain: { name: k.admin.projectDomainName } } },
    };
    const res = await session.http.request('POST', `${k.authUrl}/auth/tokens`, { json: { auth }, logBody: false });
    const body = res.body as { token: { catalog: unknown; project: { id: string } } };
    const lookups = lookupGrid(TYPES, [undefined, 'RegionOne', 'RegionTwo', 'RegionThree'], [undefined, 'cinderv3']);
    const result = compareWithKeystoneauth(body, parseV3Catalog(body.token.catalog), body.token.project.id, lookups);
    console.log(describeComparison('real Keystone 22 catalog', result));
    expect(result.disagreements).toEqual([]);
    expect(result.agreements + result.ambiguous).toBe(lookups.length);
  });
});
