import { expect, it } from 'vitest';
import { NotFound } from '../../lib/errors/index.js';
import { cloudSession, describeRealCloud, realCloud, rejection } from './helpers/real-cloud.js';

describeRealCloud('real Glance: images through the session', () => {
  it('lists and shows the cirros-tiny image with a client of service type image', async () => {
    const { image, close } = cloudSession();
    try {
      const list = await image.get('/v2/images');
      expect(image.cachedEndpoint).toBe(realCloud()!.glanceUrl);
      const listed = (list.body.images as { id: string }[]).find((i) => i.id === realCloud()!.imageId);
      expect(listed).toMatchObject({ name: 'cirros-tiny', status: 'active', disk_format: 'raw', container_format: 'bare', size: 1024,
        visibility: 'public' });
      const shown = await image.get(`/v2/images/${realCloud()!.imageId}`);
      expect(shown.body).toEqual(listed);

      const missing = await rejection(image.get('/v2/images/0ce8d0b5-0000-4000-8000-000000000000'));
      expect(missing).toBeInstanceOf(NotFound);
      expect(missing.message).toContain('GET');
    } finally {
      close();
    }
  });
});
