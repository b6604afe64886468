import { expect, it } from 'vitest';
import { cloudSession, describeRealCloud } from './helpers/real-cloud.js';

describeRealCloud('real Trove: versions', () => {
  it('answers its version document at the root of the catalog endpoint: v1.0, CURRENT', async () => {
    const { database, close } = cloudSession();
    try {
      await database.datastores.list();
      const endpoint = database.cachedEndpoint!;
      expect(endpoint).toMatch(/\/v1\.0\/[0-9a-f]{32}$/);
      const res = await database.get(new URL('/', endpoint).toString());
      expect(res.status).toBe(200);
      expect(res.body.versions).toEqual([
        { id: 'v1.0', status: 'CURRENT', updated: '2012-08-01T00:00:00Z', links: [expect.objectContaining({ rel: 'self' })] },
      ]);
      expect(res.body.versions[0].links[0].href).toMatch(/\/v1\.0\/$/);
    } finally {
      close();
    }
  });
});
