import { describe, expect, it } from 'vitest';
import { GenericClient } from '../../lib/generic/generic-client.js';
import { demoPassword, realKeystone, realSession } from './helpers/real-keystone.js';

// The dev cloud's Glance (GLANCE_URL), found through the real Keystone's catalog: no image service class exists.
const ready = process.env.STACKCLIENT_REAL_CLOUD === '1' && !!process.env.GLANCE_URL && realKeystone() !== undefined;

describe.skipIf(!ready)('a generic client on the real Glance', () => {
  it('discovers the v2 API from the catalog URL and lists images', async () => {
    const { http } = realSession(demoPassword());
    try {
      const image = http.service('image', '2');
      const res = await image.get<{ images: { id: string }[] }>('images', { query: { limit: 50 }, timeout: 10_000 });
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body.images)).toBe(true);
      expect(image.discovered?.version).toMatch(/^2\.\d+$/);
      expect(await image.endpoint()).toBe(`${process.env.GLANCE_URL!.replace(/\/+$/, '')}/v2`);
      const known = process.env.GLANCE_IMAGE_ID;
      if (known) {
        const one = await new GenericClient(http, { serviceType: 'image', version: 'v2.0', attributeName: 'glance' }).get(`images/${known}`);
        expect(one.body.id).toBe(known);
      }
      await expect(http.service('image', '2').get('images/00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({ status: 404 });
    } finally {
      http.close();
    }
  });
});
