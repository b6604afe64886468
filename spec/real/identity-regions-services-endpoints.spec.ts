import { afterAll, beforeAll, expect, it } from 'vitest';
import { NotFound } from '../../lib/errors/index.js';
import { IdentityV3Client, type Region, type Service } from '../../lib/services/identity/index.js';
import { adminPassword, describeReal, realSession } from './helpers/real-keystone.js';

describeReal('real Keystone: identity v3 regions, services and endpoints', () => {
  const tag = `sc-${process.pid}-${Date.now().toString(36)}`;
  let admin: ReturnType<typeof realSession>;
  let identity: IdentityV3Client;
  const services: Service[] = [];
  const regions: Region[] = [];

  beforeAll(() => {
    admin = realSession(adminPassword());
    identity = new IdentityV3Client(admin.http);
  });
  afterAll(async () => {
    for (const s of services) await identity.services.delete(s).catch(() => undefined);
    for (const r of regions.reverse()) await identity.regions.delete(r).catch(() => undefined);
    admin.http.close();
  });

  it('creates regions (own id and parent), lists by parent, updates and deletes them', async () => {
    const parent = await identity.regions.create({ id: `${tag}-north`, description: 'north' });
    regions.push(parent);
    const child = await identity.regions.create({ id: `${tag}-north-1`, parent });
    regions.push(child);
    expect(parent.id).toBe(`${tag}-north`);
    expect(child.parent_region_id).toBe(parent.id);
    expect((await identity.regions.list({ parent })).map((r) => r.id)).toEqual([child.id]);
    expect((await identity.regions.list()).map((r) => r.id)).toEqual(expect.arrayContaining(['RegionOne', parent.id]));
    expect((await identity.regions.update(child, { description: 'first zone', parent: null })).parent_region_id).toBeNull();
    expect((await identity.regions.get(child.id)).description).toBe('first zone');
    await child.delete();
    await expect(identity.regions.get(child.id)).rejects.toBeInstanceOf(NotFound);
    const generated = await identity.regions.create({ description: 'keystone names it' });
    regions.push(generated);
    expect(generated.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('creates a service with endpoints, filters them, updates and deletes them', async () => {
    const service = await identity.services.create({ type: `${tag}-queue`, name: `${tag}-zaqar`, description: 'messages' });
    services.push(service);
    expect((await identity.services.list({ type: `${tag}-queue` })).map((s) => s.id)).toEqual([service.id]);
    expect((await identity.services.get(service.id)).name).toBe(`${tag}-zaqar`);
    expect((await identity.services.update(service, { enabled: false })).enabled).toBe(false);

    const pub = await identity.endpoints.create({ service, interface: 'publicURL', url: 'http://127.0.0.1:8888/v2', region: 'RegionOne' });
    const internal = await identity.endpoints.create({ service: service.id, interface: 'internal', url: 'http://127.0.0.1:8889/v2', region: 'RegionTwo' });
    expect(pub).toMatchObject({ interface: 'public', service_id: service.id, region_id: 'RegionOne', enabled: true });
    expect((await identity.endpoints.list({ service })).map((e) => e.id).sort()).toEqual([pub.id, internal.id].sort());
    expect((await identity.endpoints.list({ service, interface: 'internal' })).map((e) => e.id)).toEqual([internal.id]);
    expect((await identity.endpoints.list({ service, region: 'RegionOne' })).map((e) => e.id)).toEqual([pub.id]);
    expect((await identity.endpoints.get(pub.id)).url).toBe('http://127.0.0.1:8888/v2');
    expect((await identity.endpoints.update(pub, { url: 'http://127.0.0.1:8890/v2' })).url).toBe('http://127.0.0.1:8890/v2');

    await pub.delete();
    await identity.endpoints.delete(internal);
    expect(await identity.endpoints.list({ service })).toEqual([]);
    await service.delete();
    await expect(identity.services.get(service.id)).rejects.toBeInstanceOf(NotFound);
  });
});
