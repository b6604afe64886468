import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, type FakeServiceModule, startFakeCloud } from '../../lib/testing/index.js';
import { passwordIdentity, v3Auth } from './helpers.js';

const database: FakeServiceModule = {
  type: 'database', name: 'trove', urlPath: '/database/v1.0/$(project_id)s',
  routes: () => [],
};

describe('fake cloud: the catalog', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud({ services: [database] }); });
  afterAll(async () => { await cloud.close(); });

  it('lists identity, echo in two regions, and registered services with the project id filled in', async () => {
    const res = await v3Auth(cloud, passwordIdentity({ id: cloud.credentials.userId }, cloud.credentials.password));
    const catalog = res.body.token.catalog as { type: string; name: string; endpoints: { interface: string; region_id: string; region: string; url: string }[] }[];
    expect(catalog.map((s) => `${s.type}/${s.name}`)).toEqual(['identity/keystone', 'echo/echo', 'database/trove']);
    const echo = catalog[1]!.endpoints.map((e) => `${e.region_id} ${e.interface} ${e.url}`);
    expect(echo).toEqual([
      `RegionOne public ${cloud.url}/echo`, `RegionOne internal ${cloud.url}/echo`, `RegionOne admin ${cloud.url}/echo`,
      `RegionTwo public ${cloud.url}/echo-r2`,
    ]);
    expect(catalog[0]!.endpoints.every((e) => e.url === cloud.authUrl && e.region === 'RegionOne')).toBe(true);
    expect(new Set(catalog[2]!.endpoints.map((e) => e.url))).toEqual(new Set([`${cloud.url}/database/v1.0/${cloud.credentials.projectId}`]));
  });

  it('leaves templated endpoints out of a domain-scoped catalog, as Keystone does', async () => {
    const res = await v3Auth(cloud, passwordIdentity({ id: cloud.admin.userId }, cloud.admin.password), { domain: { id: 'default' } });
    expect(res.body.token.catalog.map((s: { type: string }) => s.type)).toEqual(['identity', 'echo']);
  });

  it('serves the same catalog at /auth/catalog and the raw templates at /endpoints', async () => {
    const token = cloud.issueToken('admin');
    const catalog = await fetch(`${cloud.authUrl}/auth/catalog`, { headers: { 'X-Auth-Token': token } }).then((r) => r.json()) as any;
    expect(catalog.catalog.find((s: { type: string }) => s.type === 'database').endpoints[0].url).toBe(`${cloud.url}/database/v1.0/${cloud.admin.projectId}`);
    const endpoints = await fetch(`${cloud.authUrl}/endpoints`, { headers: { 'X-Auth-Token': token } }).then((r) => r.json()) as any;
    expect(endpoints.endpoints).toHaveLength(3 + 4 + 3);
    expect(endpoints.endpoints.some((e: { url: string }) => e.url === `${cloud.url}/database/v1.0/$(project_id)s`)).toBe(true);
  });

  it('refuses a second service with the same name', () => {
    expect(() => cloud.addService(database)).toThrow(expect.objectContaining({ name: 'ConfigError' }));
  });
});
