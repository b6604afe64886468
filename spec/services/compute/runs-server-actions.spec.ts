import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadRequest, Conflict } from '../../../lib/errors/index.js';
import { ComputeV2Client, type Server } from '../../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from './helpers.js';

describe('compute servers: actions', () => {
  let s: NovaSession;
  let server: Server;
  beforeEach(async () => {
    s = await novaSession({}, { microversion: '2.47' });
    const created = await s.compute.servers.create({ name: 'act', flavorRef: '1', imageRef: 'img-1', networks: 'auto' });
    server = await s.compute.servers.get(created.id);
  });
  afterEach(() => s.close());

  const status = async () => (await server.refresh()).status;

  it('refuses an action while the server builds, with Nova\'s 409 message', async () => {
    const err = await rejection(server.reboot());
    expect(err).toBeInstanceOf(Conflict);
    expect((err as Conflict).serverMessage).toBe(`Cannot 'reboot' instance ${server.id} while it is in vm_state building`);
  });

  it('reboots soft and hard', async () => {
    s.finish();
    await server.reboot();
    expect(await status()).toBe('REBOOT');
    s.finish();
    await server.reboot('HARD');
    expect(await status()).toBe('HARD_REBOOT');
    s.finish();
    expect(await status()).toBe('ACTIVE');
  });

  it('stops and starts', async () => {
    s.finish();
    await server.stop();
    s.finish();
    expect(await status()).toBe('SHUTOFF');
    await server.start();
    s.finish();
    expect(await status()).toBe('ACTIVE');
  });

  it('resizes, confirms, and reverts a second resize', async () => {
    s.finish();
    await server.resize('2');
    expect(await status()).toBe('RESIZE');
    s.finish();
    expect(await status()).toBe('VERIFY_RESIZE');
    await server.confirmResize();
    expect(await status()).toBe('ACTIVE');
    expect(server.flavor?.original_name).toBe('m1.small');

    await server.resize('3');
    s.finish();
    expect(await status()).toBe('VERIFY_RESIZE');
    expect(server.flavor?.original_name).toBe('m1.medium');
    await server.revertResize();
    s.finish();
    expect(await status()).toBe('ACTIVE');
    expect(server.flavor?.original_name).toBe('m1.small');
    expect(await rejection(server.resize('2'))).toBeInstanceOf(BadRequest);
  });

  it('rebuilds from another image and answers the rebuilt server', async () => {
    s.finish();
    const rebuilt = await server.rebuild('img-2', { name: 'act-2', metadata: { v: '2' } });
    expect(rebuilt).toMatchObject({ id: server.id, name: 'act-2', status: 'REBUILD', metadata: { v: '2' } });
    expect(rebuilt.image).toMatchObject({ id: 'img-2' });
  });

  it('creates an image: the id from the body at 2.45+, from the Location header before', async () => {
    s.finish();
    const fromBody = await server.createImage('snap-1', { purpose: 'test' });
    expect(fromBody).toMatch(/^[0-9a-f-]{36}$/);
    const legacy = new ComputeV2Client(s.http, { microversion: '2.1' });
    const fromLocation = await legacy.servers.createImage(server.id, 'snap-2');
    expect(fromLocation).toMatch(/^[0-9a-f-]{36}$/);
    expect(fromLocation).not.toBe(fromBody);
  });

  it('reads the console output, all of it or the last lines', async () => {
    s.finish();
    const all = await server.getConsoleOutput();
    expect(all.split('\n')).toHaveLength(4);
    expect(all).toContain('FAKE CONSOLE OUTPUT');
    expect(await server.getConsoleOutput(1)).toBe('LAST LINE');
  });
});
