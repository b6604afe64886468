import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BaseClient } from '../../../lib/base-client.js';
import { UnsupportedVersion } from '../../../lib/errors/index.js';
import { createClient } from '../../../lib/services/common/index.js';
import { IdentityV2Client, IdentityV3Client, identityVersionMap } from '../../../lib/services/identity/index.js';
import { fakeSession } from '../../helpers/fake-session.js';

describe('identity version map', () => {
  let s: Awaited<ReturnType<typeof fakeSession>>;
  beforeEach(async () => {
    s = await fakeSession();
  });
  afterEach(() => s.close());

  it('getClass maps 3, 3.0, v3 to v3 and 2, 2.0, v2.0 to v2.0', () => {
    for (const v of ['3', '3.0', 'v3', 3]) expect(BaseClient.getClass('identity', v, identityVersionMap)).toBe(IdentityV3Client);
    for (const v of ['2', '2.0', 'v2.0', 'V2']) expect(BaseClient.getClass('identity', v, identityVersionMap)).toBe(IdentityV2Client);
  });

  it('an unknown version names the known ones', () => {
    let err: unknown;
    try {
      createClient('identity', '4', s.http);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnsupportedVersion);
    expect([...(err as UnsupportedVersion).known].sort()).toEqual(['2.0', '3']);
    expect((err as Error).message).toMatch(/known versions: .*2\.0/);
    expect((err as Error).message).toMatch(/known versions: .*\b3\b/);
  });

  it('createClient builds the mapped class and registers it as http.identity', async () => {
    const v3 = createClient('identity', 'v3', s.http);
    expect(v3).toBeInstanceOf(IdentityV3Client);
    expect(s.http.identity).toBe(v3);
    const projects = await (v3 as IdentityV3Client).users.listProjects(s.cloud.credentials.userId);
    expect(projects.map((p) => p.id)).toEqual([s.cloud.credentials.projectId]);
    const v2 = createClient('identity', '2.0', s.http);
    expect(v2).toBeInstanceOf(IdentityV2Client);
    expect(s.http.identity).toBe(v2);
  });
});
