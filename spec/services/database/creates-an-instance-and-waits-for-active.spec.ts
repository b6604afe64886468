import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WaitProgressState } from '../../../lib/services/common/index.js';
import type { Instance } from '../../../lib/services/database/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database instances: create, then waitFor ACTIVE', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession({ buildMs: 250 });
  });
  afterEach(() => s.close());

  it('creates with flavor, volume, datastore, databases, users, nics and zone, and reports progress until ACTIVE', async () => {
    const created = await s.db.instances.create({
      name: 'orders-db',
      flavor: { id: 3 },
      volume: { size: 5, type: 'ssd' },
      datastore: { type: 'mysql', version: '8.0' },
      databases: [{ name: 'orders', characterSet: 'utf8mb4', collate: 'utf8mb4_general_ci' }, { name: 'audit' }],
      users: [{ name: 'app', password: 'app-secret', databases: ['orders'] }],
      nics: [{ netId: 'a5330d7d-0e8c-48b4-9f6c-0f2c4ab1b854' }],
      availabilityZone: 'nova',
    });
    expect(created.status).toBe('BUILD');
    // Trove answers a create with the detail view, the version number included (as the real Trove 18 does)
    expect(created.datastore).toEqual({ type: 'mysql', version: '8.0', version_number: '8.0.21' });
    expect(String(created.flavor.id)).toBe('3');

    const seen: WaitProgressState<Instance>[] = [];
    const done = await s.db.instances.waitFor(created, { interval: 40, timeout: 5_000, onProgress: (p) => seen.push(p) });
    expect(done.status).toBe('ACTIVE');
    expect(seen[0]?.status).toBe('BUILD');
    expect(seen.at(-1)?.status).toBe('ACTIVE');
    expect(seen.map((p) => p.attempt)).toEqual(seen.map((_, i) => i + 1));
    expect(done.volume).toMatchObject({ size: 5, type: 'ssd' });
    expect(done.ip?.length).toBeGreaterThan(0);

    const dbs = await s.db.databases.list(done);
    expect(dbs.map((d) => d.name)).toEqual(['audit', 'orders']);
    expect(dbs.find((d) => d.name === 'orders')?.character_set).toBe('utf8mb4');
    expect(await s.db.users.listAccess(done, 'app')).toEqual(['orders']);
  });

  it('resource waitFor updates the instance object in place', async () => {
    const inst = await s.db.instances.create({ name: 'inplace', flavor: '1', volume: { size: 1 } });
    expect(inst.status).toBe('BUILD');
    const same = await inst.waitFor({ interval: 40, timeout: 5_000 });
    expect(same).toBe(inst);
    expect(inst.status).toBe('ACTIVE');
    expect(inst.isLoaded).toBe(true);
  });

  it('defaults to the cloud default datastore and version', async () => {
    const inst = await s.db.instances.create({ name: 'defaults', flavor: '2', volume: { size: 1 } });
    const ds = await s.db.datastores.get(inst.datastore.type);
    const version = ds.versions.find((v) => v.id === ds.default_version);
    expect(inst.datastore.version).toBe(version?.name);
  });
});
