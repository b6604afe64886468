import { afterEach, describe, expect, it } from 'vitest';
import { BadRequest } from '../../lib/errors/index.js';
import { ComputeV2Client } from '../../lib/services/compute/index.js';
import { novaSession, rejection, type NovaSession } from '../services/compute/helpers.js';

/** Shapes captured from the real Nova 26 API (scripts/real-nova, spec/real-cloud) that the fake once answered otherwise. */
describe('fake Nova: the bodies the real Nova 26 answers', () => {
  let s: NovaSession;
  afterEach(() => s.close());

  it('diskConfig MANUAL; trusted_image_certificates from 2.63; server_groups (2.71) in the show, not in the detail list', async () => {
    s = await novaSession({}, { microversion: '2.93' });
    const created = await s.compute.servers.create({ name: 'v', flavorRef: '1', imageRef: 'i', networks: 'none' });
    expect(created['OS-DCF:diskConfig']).toBe('MANUAL');
    const shown = await s.compute.servers.get(created.id);
    expect(shown).toMatchObject({ 'OS-DCF:diskConfig': 'MANUAL', trusted_image_certificates: null, server_groups: [] });
    const [listed] = await s.compute.servers.list();
    expect(listed).toHaveProperty('trusted_image_certificates', null);
    expect(listed).not.toHaveProperty('server_groups');
  });

  it('before 2.36 the network-proxy limits read -1, as with Neutron', async () => {
    s = await novaSession();
    const limits = await new ComputeV2Client(s.http, { microversion: '2.35' }).limits.get();
    expect(limits.absolute).toMatchObject({ maxTotalFloatingIps: -1, maxSecurityGroups: -1, maxSecurityGroupRules: -1 });
  });

  it('server group rules go with anti-affinity only (400 otherwise)', async () => {
    s = await novaSession({}, { microversion: '2.64' });
    const err = await rejection(s.compute.serverGroups.create({ name: 'g', policy: 'affinity', rules: { max_server_per_host: 1 } }));
    expect(err).toBeInstanceOf(BadRequest);
    expect((err as BadRequest).serverMessage).toBe('Only anti-affinity policy supports rules.');
  });

  it('its version document refuses a microversion it lacks (406), as the real one does', async () => {
    s = await novaSession({ maxVersion: '2.93' });
    const err = await rejection(s.compute.get('/', { headers: { 'OpenStack-API-Version': 'compute 2.95' } }));
    expect(err).toMatchObject({ status: 406, serverMessage: 'Version 2.95 is not supported by the API. Minimum is 2.1 and maximum is 2.93.' });
  });
});
