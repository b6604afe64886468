import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFound } from '../../../lib/errors/index.js';
import { Server } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute servers: list, get, update, delete', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession({}, { microversion: '2.47' });
  });
  afterEach(() => s.close());

  it('lists servers in detail and in summary, with filters the server applies', async () => {
    const web = await s.compute.servers.create({ name: 'web-1', flavorRef: '1', imageRef: 'img-1', networks: 'auto' });
    await s.compute.servers.create({ name: 'db-1', flavorRef: '2', imageRef: 'img-1', networks: 'none' });
    s.finish();
    const detail = await s.compute.servers.list();
    expect(detail.map((x) => x.name).sort()).toEqual(['db-1', 'web-1']);
    expect(detail.every((x) => x instanceof Server && x.status === 'ACTIVE')).toBe(true);
    // 2.47 embeds the flavor's own fields.
    expect(detail.find((x) => x.name === 'db-1')!.flavor).toMatchObject({ original_name: 'm1.small', ram: 2048 });

    const summary = await s.compute.servers.list({ detailed: false });
    expect(summary).toHaveLength(2);
    expect(summary[0]!.status).toBeUndefined();
    expect(Object.keys(summary[0]!.toJSON()).sort()).toEqual(['id', 'links', 'name']);

    const filtered = await s.compute.servers.list({ filters: { name: '^web', flavor: '1' } });
    expect(filtered.map((x) => x.id)).toEqual([web.id]);
    expect(s.cloud.requests.some((r) => r.path.endsWith('/servers/detail') && r.query.includes('name=%5Eweb'))).toBe(true);
  });

  it('gets one server with its fields, updates its name and deletes it', async () => {
    const created = await s.compute.servers.create({
      name: 'api', flavorRef: '1', imageRef: 'img-1', networks: [{ uuid: 'net-1' }], metadata: { role: 'api' },
    });
    expect(created.adminPass).toEqual(expect.any(String));
    const got = await s.compute.servers.get(created.id);
    expect(got.isLoaded).toBe(true);
    expect(got).toMatchObject({ id: created.id, name: 'api', status: 'BUILD', metadata: { role: 'api' } });
    expect(got.tenant_id).toBe(s.cloud.credentials.projectId);

    const renamed = await got.update({ name: 'api-2' });
    expect(renamed.name).toBe('api-2');
    expect((await s.compute.servers.get(created.id)).name).toBe('api-2');

    await renamed.delete();
    const err = await rejection(s.compute.servers.get(created.id));
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe(`Instance ${created.id} could not be found.`);
    expect(await s.compute.servers.list()).toHaveLength(0);
  });

  it('refreshes a server in place, and keeps its manager out of JSON', async () => {
    const created = await s.compute.servers.create({ name: 'r', flavorRef: '1', imageRef: 'img', networks: 'auto' });
    const server = await s.compute.servers.get(created.id);
    expect(server.status).toBe('BUILD');
    s.finish();
    const same = await server.refresh();
    expect(same).toBe(server);
    expect(server.status).toBe('ACTIVE');
    expect(Object.keys(server)).not.toContain('manager');
    expect(JSON.parse(JSON.stringify(server))).toMatchObject({ id: created.id, status: 'ACTIVE' });
  });
});
