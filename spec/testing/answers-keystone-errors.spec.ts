import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call, passwordIdentity, UNAUTHORIZED, v3Auth } from './helpers.js';

describe('fake cloud: errors in Keystone\'s shape', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });

  it('answers a wrong password with 401, WWW-Authenticate and a request id', async () => {
    const res = await v3Auth(cloud, passwordIdentity({ name: 'demo', domain: { name: 'Default' } }, 'wrong'));
    expect(res.status).toBe(401);
    expect(res.body).toEqual(UNAUTHORIZED);
    expect(res.headers.get('www-authenticate')).toBe(`Keystone uri="${cloud.authUrl}"`);
    expect(res.headers.get('x-openstack-request-id')).toMatch(/^req-/);
    expect(res.token).toBeNull();
  });

  it('answers an unknown user exactly as a wrong password', async () => {
    const res = await v3Auth(cloud, passwordIdentity({ name: 'nobody', domain: { name: 'Default' } }, 'x'));
    expect(res.status).toBe(401);
    expect(res.body).toEqual(UNAUTHORIZED);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await call(`${cloud.authUrl}/auth/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"auth": ' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 400, title: 'Bad Request' });
  });

  it('answers a body without auth.identity, or a user name without a domain, with 400', async () => {
    expect((await call(`${cloud.authUrl}/auth/tokens`, { method: 'POST', json: { auth: {} } })).status).toBe(400);
    const noDomain = await v3Auth(cloud, passwordIdentity({ name: 'demo' }, cloud.credentials.password));
    expect(noDomain.status).toBe(400);
    expect(noDomain.body.error.message).toMatch(/^Expecting to find domain in user/);
  });

  it('answers an unsupported auth method with 401', async () => {
    const res = await v3Auth(cloud, { methods: ['totp'], totp: {} });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Attempted to authenticate with an unsupported method.');
  });

  it('answers an unknown path with 404 and a wrong method with 405', async () => {
    const missing = await call(`${cloud.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: 404, message: 'The resource could not be found.', title: 'Not Found' });
    const wrongMethod = await call(`${cloud.authUrl}/auth/tokens`, { method: 'PUT', json: {} });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.error.title).toBe('Method Not Allowed');
  });
});
