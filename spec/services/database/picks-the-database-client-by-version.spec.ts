import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BaseClient } from '../../../lib/base-client.js';
import { UnsupportedVersion } from '../../../lib/errors/index.js';
import { createClient } from '../../../lib/services/common/index.js';
import { DatabaseV1Client, databaseVersionMap } from '../../../lib/services/database/index.js';
import { troveSession, type TroveSession } from './helpers.js';

describe('database version map', () => {
  let s: TroveSession;
  beforeEach(async () => {
    s = await troveSession();
  });
  afterEach(() => s.close());

  it('getClass maps 1, 1.0 and v1 to DatabaseV1Client', () => {
    for (const v of ['1', '1.0', 'v1', 1]) expect(BaseClient.getClass('database', v, databaseVersionMap)).toBe(DatabaseV1Client);
  });

  it('an unknown version names the known ones', () => {
    const err = (() => {
      try {
        return BaseClient.getClass('database', '2', databaseVersionMap);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect((err as UnsupportedVersion).known).toEqual(['1.0']);
    expect((err as Error).message).toContain('1.0');
  });

  it('createClient registers http.database and it reaches Trove through the catalog', async () => {
    const db = createClient('database', 'v1.0', s.http);
    expect(db).toBeInstanceOf(DatabaseV1Client);
    expect(s.http.database).toBe(db);
    await s.http.database!.instances.create({ name: 'via-catalog', flavor: '1', volume: { size: 1 } });
    expect(db.cachedEndpoint).toBe(`${s.cloud.url}/database/v1.0/${s.cloud.credentials.projectId}`);
    expect((await s.http.database!.instances.list()).map((i) => i.name)).toEqual(['via-catalog']);
  });
});
