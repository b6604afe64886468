import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadRequest, NotFound, UnprocessableEntity } from '../../../lib/errors/index.js';
import type { Instance } from '../../../lib/services/database/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('databases, users and access on an instance', () => {
  let s: TroveSession;
  let inst: Instance;
  beforeEach(async () => {
    s = await troveSession({ pageSize: 2 });
    inst = await s.activeInstance('data');
  });
  afterEach(() => s.close());

  it('creates, lists (across pages) and deletes databases', async () => {
    await s.db.databases.create(inst, [{ name: 'alpha' }, { name: 'beta', characterSet: 'utf8mb4' }, { name: 'gamma' }]);
    const names = (await s.db.databases.list(inst)).map((d) => d.name);
    expect(names).toEqual(['alpha', 'beta', 'gamma']);
    await s.db.databases.delete(inst, 'beta');
    expect((await s.db.databases.list(inst.id)).map((d) => d.getId())).toEqual(['alpha', 'gamma']);
    await expect(s.db.databases.delete(inst, 'beta')).rejects.toBeInstanceOf(NotFound);
    await expect(s.db.databases.create(inst, [{ name: 'alpha' }])).rejects.toBeInstanceOf(BadRequest);
  });

  it('creates, gets, updates, lists and deletes users', async () => {
    await s.db.databases.create(inst, [{ name: 'shop' }]);
    await s.db.users.create(inst, [
      { name: 'reader', password: 'r-secret', databases: ['shop'] },
      { name: 'writer', password: 'w-secret', host: '10.0.0.%' },
      { name: 'zed', password: 'z-secret' },
    ]);
    const users = await s.db.users.list(inst);
    expect(users.map((u) => [u.name, u.host])).toEqual([['reader', '%'], ['writer', '10.0.0.%'], ['zed', '%']]);
    const reader = await s.db.users.get(inst, 'reader');
    expect(reader.databases).toEqual([{ name: 'shop' }]);
    expect(JSON.stringify(reader)).not.toContain('secret');
    const writer = await s.db.users.get(inst, 'writer', { host: '10.0.0.%' });
    expect(writer.host).toBe('10.0.0.%');
    await s.db.users.update(inst, 'zed', { name: 'zoe', password: 'new-secret' });
    await expect(s.db.users.get(inst, 'zed')).rejects.toBeInstanceOf(NotFound);
    expect((await s.db.users.get(inst, 'zoe')).name).toBe('zoe');
    await s.db.users.delete(inst, 'writer', { host: '10.0.0.%' });
    expect((await s.db.users.list(inst)).map((u) => u.name)).toEqual(['reader', 'zoe']);
  });

  it('grants, lists and revokes database access', async () => {
    await s.db.databases.create(inst, [{ name: 'a' }, { name: 'b' }]);
    await s.db.users.create(inst, [{ name: 'app', password: 'app-secret' }]);
    expect(await s.db.users.listAccess(inst, 'app')).toEqual([]);
    await s.db.users.grant(inst, 'app', ['a', 'b']);
    expect(await s.db.users.listAccess(inst, 'app')).toEqual(['a', 'b']);
    await s.db.users.revoke(inst, 'app', 'a');
    expect(await s.db.users.listAccess(inst, 'app')).toEqual(['b']);
    const err = await s.db.users.grant(inst, 'app', ['missing']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe('Database missing cannot be found on the instance.');
  });

  it('refuses a user name longer than MySQL allows, and work on an instance that is not ready', async () => {
    await expect(s.db.users.create(inst, [{ name: 'x'.repeat(17), password: 'p' }])).rejects.toBeInstanceOf(BadRequest);
    const building = await s.db.instances.create({ name: 'not-yet', flavor: '1', volume: { size: 1 } });
    const err = await s.db.databases.list(building).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnprocessableEntity);
    expect((err as UnprocessableEntity).serverMessage).toBe(`Instance ${building.id} is not ready.`);
  });
});
