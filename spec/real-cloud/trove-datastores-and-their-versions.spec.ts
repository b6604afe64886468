import { expect, it } from 'vitest';
import { cloudSession, describeRealCloud, realCloud } from './helpers/real-cloud.js';

describeRealCloud('real Trove: datastores and their versions', () => {
  it('lists mysql with its version 5.7 on the Glance image, by id and by name', async () => {
    const { database, close } = cloudSession();
    try {
      const mysql = (await database.datastores.list()).find((d) => d.name === 'mysql')!;
      expect(mysql).toBeDefined();
      expect(mysql.versions).toHaveLength(1);
      const brief = mysql.versions[0]!;
      expect(mysql.default_version).toBe(brief.id);
      // the admin sees active, packages, image and image_tags; a version inside a datastore has no `datastore`
      expect(brief).toMatchObject({ name: '5.7', version: '5.7', active: true, packages: '', image: realCloud()!.imageId, image_tags: [] });
      expect(brief).not.toHaveProperty('datastore');
      expect((await database.datastores.get('mysql')).toJSON()).toEqual(mysql.toJSON());

      const versions = await database.datastoreVersions.list(mysql);
      expect(versions.map((v) => v.toJSON())).toEqual([{ ...brief, datastore: mysql.id }]);
      expect((await database.datastoreVersions.get('mysql', '5.7')).id).toBe(brief.id);
      expect((await database.datastoreVersions.getByUuid(brief.id)).toJSON()).toEqual(versions[0]!.toJSON());
    } finally {
      close();
    }
  });
});
