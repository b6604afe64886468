import { expect, it } from 'vitest';
import { cloudSession, describeRealCloud } from './helpers/real-cloud.js';

describeRealCloud('real Trove: backups and configuration groups', () => {
  it('lists both (empty on a cloud without a guest agent) through the paged list calls', async () => {
    const { http, database, close } = cloudSession();
    try {
      expect(await database.backups.list()).toEqual([]);
      expect(await database.configurations.list()).toEqual([]);
      const urls = http.getTimings().map((t) => new URL(t.url).pathname.replace(/^\/v1\.0\/[0-9a-f]{32}/, ''));
      expect(urls).toEqual(expect.arrayContaining(['/backups', '/configurations']));
    } finally {
      close();
    }
  });
});
