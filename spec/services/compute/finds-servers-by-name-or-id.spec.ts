import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NoUniqueMatch, NotFound } from '../../../lib/errors/index.js';
import { InvalidArgument } from '../../../lib/services/common/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute servers: find by name or id', () => {
  let s: NovaSession;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    s = await novaSession();
    for (const name of ['app', 'app', 'app.v2', 'db']) {
      const server = await s.compute.servers.create({ name, flavorRef: '1', imageRef: 'img' });
      ids[name] = server.id;
    }
  });
  afterEach(() => s.close());

  it('finds one server by exact name, not by a regex-like partial match', async () => {
    const found = await s.compute.servers.find({ name: 'db' });
    expect(found.id).toBe(ids.db);
    // Nova's name filter is a regex search; the client anchors and escapes it.
    const dotted = await s.compute.servers.find({ name: 'app.v2' });
    expect(dotted.id).toBe(ids['app.v2']);
  });

  it('raises NoUniqueMatch listing the candidates when the name is ambiguous', async () => {
    const err = await rejection(s.compute.servers.find({ name: 'app' }));
    expect(err).toBeInstanceOf(NoUniqueMatch);
    const all = await s.compute.servers.findAll({ name: 'app' });
    expect(all).toHaveLength(2);
    for (const server of all) expect(err.message).toContain(server.id);
    expect(err.message).toMatch(/2 servers match name "app"/);
  });

  it('finds by id with one GET', async () => {
    s.cloud.resetCounts();
    expect((await s.compute.servers.find({ id: ids.db! })).name).toBe('db');
    expect(await rejection(s.compute.servers.find({ id: 'missing' }))).toBeInstanceOf(NotFound);
    expect(s.cloud.count('GET', '/compute/v2.1/servers/detail')).toBe(0);
  });

  it('raises NotFound when nothing matches', async () => {
    const err = await rejection(s.compute.servers.find({ name: 'nope' }));
    expect(err).toBeInstanceOf(NotFound);
    expect(err.message).toContain('No server found with name "nope"');
  });

  it('findByNameOrId tries the id first, then the name', async () => {
    expect((await s.compute.servers.findByNameOrId(ids.db!)).name).toBe('db');
    expect((await s.compute.servers.findByNameOrId('db')).id).toBe(ids.db);
    s.cloud.resetCounts();
    const err = await rejection(s.compute.servers.findByNameOrId('ghost'));
    expect(err).toBeInstanceOf(NotFound);
    expect(err.message).toContain('name or id "ghost"');
    expect(s.cloud.count('GET', '/compute/v2.1/servers/ghost')).toBe(1);
    expect(s.cloud.count('GET', '/compute/v2.1/servers/detail')).toBe(1);
    expect(await rejection(s.compute.servers.findByNameOrId(''))).toBeInstanceOf(InvalidArgument);
  });

  it('matches other fields too, all of them', async () => {
    s.finish();
    const active = await s.compute.servers.findAll({ status: 'ACTIVE', name: 'app' });
    expect(active).toHaveLength(2);
    expect(await s.compute.servers.findAll({ status: 'ERROR' })).toHaveLength(0);
  });
});
