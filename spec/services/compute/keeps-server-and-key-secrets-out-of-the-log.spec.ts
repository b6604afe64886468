import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureDebug, expectNoSecrets } from '../../helpers/capture-debug.js';
import { novaSession, type NovaSession } from './helpers.js';

describe('compute: secrets in bodies stay out of the debug log', () => {
  let s: NovaSession;
  beforeEach(async () => {
    s = await novaSession({}, { microversion: '2.10' });
  });
  afterEach(() => s.close());

  it('logs the requests but not adminPass, a generated private key or the token', async () => {
    let adminPass = '';
    let privateKey = '';
    const output = await captureDebug(async () => {
      const server = await s.compute.servers.create({ name: 'quiet', flavorRef: '1', imageRef: 'img', adminPass: 'Sup3r-s3cret-pass' });
      adminPass = server.adminPass ?? '';
      privateKey = (await s.compute.keypairs.create({ name: 'gen' })).private_key ?? '';
    });
    expect(adminPass).toBe('Sup3r-s3cret-pass');
    expect(privateKey).toContain('PRIVATE KEY');
    expect(output).toContain('/compute/v2.1/servers');
    expect(output).toContain('/compute/v2.1/os-keypairs');
    const body = privateKey.split('\n').slice(1, -2).join('');
    expectNoSecrets(output, [adminPass, body, s.http.authPlugin!.getToken?.() ?? '']);
  });
});
