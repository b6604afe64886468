import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict, NotFound } from '../../../lib/errors/index.js';
import type { Server } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute servers: pause, suspend, metadata; flavors: access list', () => {
  let s: NovaSession;
  let server: Server;
  beforeEach(async () => {
    s = await novaSession({}, { microversion: '2.47' });
    const created = await s.compute.servers.create({ name: 'pz', flavorRef: '1', imageRef: 'img-1', networks: 'auto' });
    server = await s.compute.servers.get(created.id);
    s.finish();
  });
  afterEach(() => s.close());

  const settled = async () => {
    s.finish();
    const fresh = await server.refresh();
    return [fresh.status, fresh['OS-EXT-STS:power_state']];
  };

  it('pauses and unpauses, suspends and resumes, with the power states Nova reports', async () => {
    await server.pause();
    expect(await settled()).toEqual(['PAUSED', 3]);
    await server.unpause();
    expect(await settled()).toEqual(['ACTIVE', 1]);
    await s.compute.servers.suspend(server.id);
    expect(await settled()).toEqual(['SUSPENDED', 7]);
    await s.compute.servers.resume(server.id);
    expect(await settled()).toEqual(['ACTIVE', 1]);
  });

  it('refuses to resume a running server with Nova\'s 409', async () => {
    const err = await rejection(server.resume());
    expect(err).toBeInstanceOf(Conflict);
    expect((err as Conflict).serverMessage).toBe(`Cannot 'resume' instance ${server.id} while it is in vm_state active`);
  });

  it('sets metadata items (merging, answering the whole set) and deletes one; a missing key is 404', async () => {
    expect(await s.compute.servers.setMetadata(server.id, { a: '1' })).toEqual({ a: '1' });
    expect(await s.compute.servers.setMetadata(server.id, { b: '2' })).toEqual({ a: '1', b: '2' });
    await s.compute.servers.deleteMetadata(server.id, 'a');
    expect((await server.refresh()).metadata).toEqual({ b: '2' });
    const err = await rejection(s.compute.servers.deleteMetadata(server.id, 'a'));
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe('Metadata item was not found');
  });

  it("lists a private flavor's access (none yet); a public flavor has no access list (404)", async () => {
    const flavor = await s.compute.flavors.create({ name: 'hidden', ram: 64, vcpus: 1, disk: 0, isPublic: false });
    expect(await s.compute.flavors.listAccess(flavor.id)).toEqual([]);
    const err = await rejection(s.compute.flavors.listAccess('1'));
    expect(err).toBeInstanceOf(NotFound);
    expect((err as NotFound).serverMessage).toBe('Access list not available for public flavors.');
  });
});
