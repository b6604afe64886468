import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTPClient } from '../../../lib/session/http-client.js';
import { DatabaseV1Client } from '../../../lib/services/database/index.js';
import { StaticToken } from '../../../plugins/static-token.js';
import { sendJson, startLoopback } from '../../helpers/loopback-server.js';

type Loopback = Awaited<ReturnType<typeof startLoopback>>;

// Trove 18's schemas (trove/common/apischema.py): nics take network_id / subnet_id / ip_address; a datastore may name
// its version_number; the admin list is /mgmt/instances; reset_status is an action; backups filter by instance_id.
describe('the database client sends the request fields of Trove 18', () => {
  let server: Loopback;
  let http: HTTPClient;
  let db: DatabaseV1Client;
  beforeEach(async () => {
    server = await startLoopback((req, res) => {
      if (req.method === 'POST' && req.url === '/instances') return sendJson(res, 200, { instance: { id: 'i-1', name: 'a', status: 'BUILD' } });
      if (req.method === 'POST' && req.url === '/configurations') return sendJson(res, 200, { configuration: { id: 'c-1', name: 'c' } });
      if (req.method === 'POST') return sendJson(res, 202, {});
      if (req.url.includes('/flavors')) return sendJson(res, 200, { flavors: [{ id: null, str_id: 'f-1', name: 'tiny', ram: 256 }] });
      const key = req.url.startsWith('/backups') ? 'backups' : 'instances';
      return sendJson(res, 200, { [key]: [] });
    });
    http = new HTTPClient({ authPlugin: new StaticToken({ token: 'tok-trove-18', endpoint: server.url }), retry: false });
    db = new DatabaseV1Client(http);
  });
  afterEach(async () => {
    http.close();
    await server.close();
  });
  const body = (i: number) => JSON.parse(server.seen[i]!.body) as Record<string, Record<string, unknown>>;

  it('instance create: Zed nic keys, datastore version_number, locality', async () => {
    await db.instances.create({
      name: 'a', flavor: 'f-1', volume: { size: 1 }, datastore: { type: 'mysql', version: '5.7', versionNumber: '5.7.29' },
      nics: [{ networkId: 'net-1', subnetId: 'sub-1', ipAddress: '10.0.0.5' }], replicaCount: 2, locality: 'anti-affinity',
    });
    expect(body(0).instance).toMatchObject({
      datastore: { type: 'mysql', version: '5.7', version_number: '5.7.29' },
      nics: [{ network_id: 'net-1', subnet_id: 'sub-1', ip_address: '10.0.0.5' }],
      locality: 'anti-affinity', replica_count: 2,
    });
    await db.configurations.create({ name: 'c', values: { max_connections: 9 }, datastore: { type: 'mysql', versionNumber: '5.7.29' } });
    expect(body(1).configuration!.datastore).toEqual({ type: 'mysql', version_number: '5.7.29' });
  });

  it('admin list, reset_status, backups by instance_id and flavors of a datastore version', async () => {
    await db.instances.list({ allProjects: true });
    await db.instances.list({ projectId: 'p-2' });
    await db.instances.resetStatus('i-1');
    await db.backups.list({ instanceId: 'i-1' });
    const flavors = await db.flavors.listForDatastoreVersion('mysql', 'v-57');
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /mgmt/instances?deleted=false',
      'GET /mgmt/instances?deleted=false&project_id=p-2',
      'POST /instances/i-1/action',
      'GET /backups?instance_id=i-1',
      'GET /datastores/mysql/versions/v-57/flavors',
    ]);
    expect(body(2)).toEqual({ reset_status: {} });
    expect(flavors.map((f) => f.getId())).toEqual(['f-1']);
  });
});
