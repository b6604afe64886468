import { expect, it } from 'vitest';
import { UnsupportedVersion } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, realCloud, rejection } from './helpers/real-cloud.js';

describeRealCloud('real cloud: http.service() finds each version in the real version documents', () => {
  it('reaches Nova 2.1, Trove 1.0 (project id kept), Glance 2 and Keystone 3 with no service class', async () => {
    const { http, close } = cloudSession();
    try {
      const nova = http.service('compute', '2.1');
      expect((await nova.get('flavors')).status).toBe(200);
      expect(nova.discovered).toMatchObject({ id: 'v2.1', version: '2.1', url: realCloud()!.novaUrl });

      const trove = http.service('database', '1.0');
      const datastores = await trove.get('datastores');
      expect(datastores.url).toMatch(/\/v1\.0\/[0-9a-f]{32}\/datastores$/);
      expect(trove.discovered).toMatchObject({ id: 'v1.0', version: '1.0' });

      const glance = http.service('image', '2');
      const images = (await glance.get('images')).body as { images: { id: string }[] };
      expect(images.images.map((i) => i.id)).toContain(realCloud()!.imageId);
      expect(glance.discovered).toMatchObject({ status: 'CURRENT', url: `${realCloud()!.glanceUrl}/v2` });
      expect(glance.discovered!.version).toMatch(/^2\.\d+$/);

      const keystone = http.service('identity', '3');
      expect((await keystone.get('projects')).status).toBe(200);
      expect(keystone.discovered).toMatchObject({ version: '3.0', url: `${realCloud()!.authUrl.replace(/\/v3$/, '')}/v3` });

      // A version the service does not have: UnsupportedVersion names what the document offered.
      const missing = await rejection(http.service('image', '9').get('images'));
      expect(missing).toBeInstanceOf(UnsupportedVersion);
      expect(missing.message).toMatch(/no API version "9.0"; its version document lists v2\.\d+/);
    } finally {
      close();
    }
  });
});
