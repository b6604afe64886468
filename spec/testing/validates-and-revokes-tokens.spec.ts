import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call, demoToken, passwordIdentity, UNAUTHORIZED, v3Auth } from './helpers.js';

describe('fake cloud: validate and revoke', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });
  const tokens = () => `${cloud.authUrl}/auth/tokens`;

  it('validates with GET (echoing X-Subject-Token) and HEAD, and honours ?nocatalog', async () => {
    const token = await demoToken(cloud);
    const got = await call(tokens(), { headers: { 'X-Auth-Token': token, 'X-Subject-Token': token } });
    expect(got.status).toBe(200);
    expect(got.headers.get('x-subject-token')).toBe(token);
    expect(got.body.token.project.id).toBe(cloud.credentials.projectId);
    expect(got.body.token.catalog).toBeDefined();
    const head = await fetch(tokens(), { method: 'HEAD', headers: { 'X-Auth-Token': token, 'X-Subject-Token': token } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const bare = await call(`${tokens()}?nocatalog`, { headers: { 'X-Auth-Token': token, 'X-Subject-Token': token } });
    expect(bare.body.token.catalog).toBeUndefined();
  });

  it('needs X-Auth-Token to validate', async () => {
    const token = await demoToken(cloud);
    const res = await call(tokens(), { headers: { 'X-Subject-Token': token } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(UNAUTHORIZED);
  });

  it('revokes with DELETE: 204, then 404 on validate and 401 on the echo service', async () => {
    const admin = await v3Auth(cloud, passwordIdentity({ id: cloud.admin.userId }, cloud.admin.password), { project: { id: cloud.admin.projectId } });
    const token = await demoToken(cloud);
    expect((await call(`${cloud.url}/echo/ping`, { headers: { 'X-Auth-Token': token } })).status).toBe(200);
    const del = await fetch(tokens(), { method: 'DELETE', headers: { 'X-Auth-Token': admin.token!, 'X-Subject-Token': token } });
    expect(del.status).toBe(204);
    expect(del.headers.get('content-length')).toBeNull();
    const validate = await call(tokens(), { headers: { 'X-Auth-Token': admin.token!, 'X-Subject-Token': token } });
    expect(validate.status).toBe(404);
    expect(validate.body.error.message).toBe('Failed to validate token');
    const echo = await call(`${cloud.url}/echo/ping`, { headers: { 'X-Auth-Token': token } });
    expect(echo.status).toBe(401);
    expect(echo.body).toEqual(UNAUTHORIZED);
    expect(echo.headers.get('www-authenticate')).toBe(`Keystone uri="${cloud.identityUrl}"`);
  });

  it('revokes the tokens re-scoped from a revoked token', async () => {
    const parent = await v3Auth(cloud, passwordIdentity({ id: cloud.admin.userId }, cloud.admin.password));
    const child = await v3Auth(cloud, { methods: ['token'], token: { id: parent.token } }, { project: { id: cloud.admin.projectId } });
    expect(child.status).toBe(201);
    const del = await fetch(tokens(), { method: 'DELETE', headers: { 'X-Auth-Token': child.token!, 'X-Subject-Token': parent.token! } });
    expect(del.status).toBe(204);
    expect((await call(`${cloud.url}/echo`, { headers: { 'X-Auth-Token': child.token! } })).status).toBe(401);
  });

  it('revokeAllTokens() invalidates every token', async () => {
    const a = await demoToken(cloud);
    const b = cloud.issueToken('admin');
    cloud.revokeAllTokens();
    for (const token of [a, b]) expect((await call(`${cloud.url}/echo`, { headers: { 'X-Auth-Token': token } })).status).toBe(401);
  });
});
