import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpError } from '../../../lib/errors/index.js';
import { troveSession, type TroveSession } from './helpers.js';

// Raw answers of the fake Trove, checked against the shapes of Trove's api-ref samples and fault wrapper.
describe('the fake Trove answers in Trove’s own shapes', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession({ pageSize: 1 });
  });
  afterEach(() => s.close());

  const bodyOf = async (p: Promise<unknown>) => ((await p.then(() => undefined, (e: unknown) => e)) as HttpError).body;

  it('faults: itemNotFound, unprocessableEntity, conflict, badRequest with code and message', async () => {
    expect(await bodyOf(s.db.get('/instances/nope'))).toEqual({ itemNotFound: { code: 404, message: 'Resource nope cannot be found.' } });
    const building = await s.db.instances.create({ name: 'b', flavor: '1', volume: { size: 1 } });
    expect(await bodyOf(s.db.post(`/instances/${building.id}/action`, { json: { restart: {} } }))).toEqual({
      unprocessableEntity: { code: 422, message: `Instance ${building.id} is not ready.` },
    });
    s.finish();
    const backup = await s.db.backups.create({ name: 'bk', instance: building });
    const conflict = await bodyOf(s.db.post('/instances', { json: { instance: { name: 'r', flavorRef: '1', volume: { size: 1 }, restorePoint: { backupRef: backup.id } } } }));
    expect(Object.keys(conflict as object)).toEqual(['conflict']);
    expect(await bodyOf(s.db.post('/instances', { json: { instance: { flavorRef: '1', volume: { size: 1 } } } }))).toEqual({
      badRequest: { code: 400, message: "Validation error: instance 'name' is a required property" },
    });
  });

  it('instance create answers 200 with BUILD and links; lists carry links rel=next over https', async () => {
    const res = await s.db.post('/instances', { json: { instance: { name: 'a', flavorRef: 2, volume: { size: 3 }, datastore: { type: 'mysql', version: '5.7' } } } });
    expect(res.status).toBe(200);
    const inst = res.body.instance;
    expect(inst).toMatchObject({ name: 'a', status: 'BUILD', flavor: { id: '2' }, datastore: { type: 'mysql', version: '5.7' }, volume: { size: 3 } });
    expect(inst.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(inst.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'bookmark']);
    await s.db.post('/instances', { json: { instance: { name: 'b', flavorRef: 2, volume: { size: 3 } } } });
    const page = await s.db.get('/instances');
    expect(page.body.instances).toHaveLength(1);
    const next = new URL(page.body.links[0].href);
    expect(page.body.links[0].rel).toBe('next');
    expect(next.protocol).toBe('https:');
    expect(next.searchParams.get('marker')).toBe(page.body.instances[0].id);
    const last = await s.db.get('/instances', { query: { marker: page.body.instances[0].id } });
    expect(last.body.links).toEqual([]);
  });
});
