import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoUniqueMatch, NotFound } from '../../../lib/errors/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database flavors, datastores and versions', () => {
  let s: TroveSession;
  beforeAll(async () => {
    s = await troveSession();
  });
  afterAll(() => s.close());

  it('lists and gets flavors, and finds one by name', async () => {
    const flavors = await s.db.flavors.list();
    expect(flavors.length).toBeGreaterThan(2);
    const small = flavors.find((f) => f.name === 'm1.small')!;
    expect((await s.db.flavors.get(small)).ram).toBe(small.ram);
    expect((await s.db.flavors.findByNameOrId('m1.small')).getId()).toBe(small.getId());
    await expect(s.db.flavors.get('999')).rejects.toBeInstanceOf(NotFound);
  });

  it('lists datastores and gets one by name or id', async () => {
    const stores = await s.db.datastores.list();
    expect(stores.map((d) => d.name)).toEqual(expect.arrayContaining(['mysql', 'mariadb', 'postgresql']));
    const mysql = await s.db.datastores.get('mysql');
    expect((await s.db.datastores.get(mysql.id)).name).toBe('mysql');
    expect(mysql.versions.map((v) => v.name)).toEqual(expect.arrayContaining(['5.7', '8.0']));
    const err = await s.db.datastores.get('oracle').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe("Datastore 'oracle' cannot be found.");
  });

  it('lists and gets datastore versions, also by id alone', async () => {
    const versions = await s.db.datastoreVersions.list('mysql');
    const v57 = versions.find((v) => v.name === '5.7')!;
    expect(v57.version).toMatch(/^5\.7\./);
    expect((await s.db.datastoreVersions.get('mysql', '5.7')).id).toBe(v57.id);
    const byUuid = await s.db.datastoreVersions.getByUuid(v57.id);
    expect(byUuid.name).toBe('5.7');
    await byUuid.refresh();
    expect(byUuid.datastore).toBe((await s.db.datastores.get('mysql')).id);
  });

  it('find reports several matches as NoUniqueMatch', async () => {
    await expect(s.db.flavors.find({ vcpus: 1 })).rejects.toBeInstanceOf(NoUniqueMatch);
  });
});
