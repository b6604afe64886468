import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgument } from '../../../lib/services/common/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database managers check arguments before any request', () => {
  let s: TroveSession;
  beforeAll(async () => {
    s = await troveSession();
  });
  afterAll(() => s.close());

  it('rejects with InvalidArgument naming the argument, and sends nothing', async () => {
    s.cloud.resetCounts();
    const { instances, databases, users, backups, configurations } = s.db;
    await expect(instances.create({ name: '', flavor: '1' })).rejects.toThrow(InvalidArgument);
    await expect(instances.create({ name: 'x', flavor: '' })).rejects.toThrow(InvalidArgument);
    await expect(instances.create({ name: 'x', flavor: '1', volume: { size: 0 } })).rejects.toThrow(InvalidArgument);
    await expect(instances.resizeVolume('id', 2.5)).rejects.toThrow(InvalidArgument);
    await expect(instances.get('')).rejects.toThrow(InvalidArgument);
    await expect(databases.create('id', [])).rejects.toThrow(InvalidArgument);
    await expect(users.create('id', [{ name: 'u', password: '' }])).rejects.toThrow(/needs a password/);
    await expect(users.update('id', 'u', {})).rejects.toThrow(InvalidArgument);
    await expect(backups.create({ name: '', instance: 'id' })).rejects.toThrow(InvalidArgument);
    await expect(configurations.create({ name: 'c', values: null as never })).rejects.toThrow(InvalidArgument);
    const err = await instances.create({ name: 'x', flavor: '1', volume: { size: -1 } }).catch((e: unknown) => e);
    expect((err as InvalidArgument).argument).toBe('volume.size');
    expect(s.cloud.requests).toHaveLength(0);
  });

  it('encodes user names and hosts in paths', async () => {
    const inst = await s.activeInstance('encode');
    await users_create(s, inst.id);
    const user = await s.db.users.get(inst, 'we/ird', { host: '10.%' });
    expect(user.name).toBe('we/ird');
    const path = s.cloud.requests.at(-1)!.path;
    expect(path.endsWith('/users/we%2Fird%4010.%25')).toBe(true);
  });
});

async function users_create(s: TroveSession, id: string): Promise<void> {
  await s.db.users.create(id, [{ name: 'we/ird', password: 'pw-secret', host: '10.%' }]);
}
