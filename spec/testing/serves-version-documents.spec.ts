import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call } from './helpers.js';

describe('fake cloud: identity version discovery', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });

  it('answers the unversioned URL with 300 listing v3.14 stable and v2.0 deprecated', async () => {
    const res = await call(cloud.identityUrl);
    expect(res.status).toBe(300);
    const values = res.body.versions.values;
    expect(values.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([['v3.14', 'stable'], ['v2.0', 'deprecated']]);
    expect(values[0].links).toEqual([{ rel: 'self', href: `${cloud.authUrl}/` }]);
    expect(values[1].links[0]).toEqual({ rel: 'self', href: `${cloud.identityUrl}/v2.0/` });
  });

  it('answers /v3 (with or without a slash) with the v3 document, as Keystone 22', async () => {
    for (const url of [cloud.authUrl, `${cloud.authUrl}/`]) {
      const res = await call(url);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        version: {
          id: 'v3.14', status: 'stable', updated: '2020-04-07T00:00:00Z', links: [{ rel: 'self', href: `${cloud.authUrl}/` }],
          'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
        },
      });
    }
  });

  it('answers /v2.0 with the v2.0 document', async () => {
    const res = await call(`${cloud.identityUrl}/v2.0`);
    expect(res.status).toBe(200);
    expect(res.body.version).toMatchObject({ id: 'v2.0', status: 'deprecated' });
  });
});
