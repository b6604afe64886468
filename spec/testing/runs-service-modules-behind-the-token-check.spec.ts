import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, type FakeServiceContext, type FakeServiceModule, startFakeCloud } from '../../lib/testing/index.js';
import { call, UNAUTHORIZED } from './helpers.js';

let seen: FakeServiceContext | undefined;
const widgets: FakeServiceModule = {
  type: 'widget', name: 'widgets', urlPath: '/widget/v1',
  routes(ctx) {
    seen = ctx;
    return [
      { method: 'GET', pattern: '/widget/v1/whoami', handler: (req) => ({ status: 200, body: { user: ctx.tokenOf(req)?.userName, now: ctx.now() } }) },
      { method: 'POST', pattern: '/widget/v1/widgets', handler: (req) => ({ status: 202, body: { got: req.body } }) },
      { method: 'GET', pattern: '/widget/v1/widgets/:id', handler: (req) => ({ status: 200, body: { id: req.params['id'] } }) },
      { method: 'GET', pattern: '/widget/v1/own-id', handler: () => ({ status: 200, headers: { 'x-compute-request-id': 'req-own' }, body: {} }) },
    ];
  },
};

describe('fake cloud: service modules', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud({ services: [widgets] }); });
  afterAll(async () => { await cloud.close(); });
  const auth = () => ({ 'X-Auth-Token': cloud.issueToken() });

  it('gives routes the token of the request and the fake clock', async () => {
    const before = (await call(`${cloud.url}/widget/v1/whoami`, { headers: auth() })).body;
    expect(before.user).toBe('demo');
    cloud.advanceClock(3_600_000);
    const after = (await call(`${cloud.url}/widget/v1/whoami`, { headers: auth() })).body;
    expect(after.now - before.now).toBeGreaterThanOrEqual(3_600_000);
    expect(seen?.projectId).toBe(cloud.credentials.projectId);
    expect(seen?.baseUrl()).toBe(cloud.url);
  });

  it('answers 401 in Keystone\'s shape before the route runs when the token is missing', async () => {
    const res = await call(`${cloud.url}/widget/v1/widgets/1`);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(UNAUTHORIZED);
  });

  it('passes params and JSON bodies, and refuses a body that is not JSON with 400', async () => {
    expect((await call(`${cloud.url}/widget/v1/widgets/a%20b`, { headers: auth() })).body).toEqual({ id: 'a b' });
    expect((await call(`${cloud.url}/widget/v1/widgets`, { method: 'POST', headers: auth(), json: { widget: 1 } })).body).toEqual({ got: { widget: 1 } });
    const bad = await call(`${cloud.url}/widget/v1/widgets`, { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: 'not json' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ badRequest: { code: 400, message: 'Malformed request body' } });
  });

  it('answers a wrong method with 405 and an unknown path with 404', async () => {
    expect((await call(`${cloud.url}/widget/v1/widgets/1`, { method: 'DELETE', headers: auth() })).status).toBe(405);
    expect((await call(`${cloud.url}/widget/v1/gadgets`, { headers: auth() })).status).toBe(404);
  });

  it('answers with x-openstack-request-id, the same as a module\'s own x-compute-request-id', async () => {
    const plain = await call(`${cloud.url}/widget/v1/widgets/1`, { headers: auth() });
    expect(plain.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
    const own = await call(`${cloud.url}/widget/v1/own-id`, { headers: auth() });
    expect(own.headers.get('x-openstack-request-id')).toBe('req-own');
    expect(cloud.requests.at(-1)?.requestId).toBe('req-own');
  });

  it('runs routes added to cloud.router', async () => {
    cloud.router.add('GET', '/custom/thing', () => ({ status: 418, body: { teapot: true } }));
    expect((await call(`${cloud.url}/custom/thing`, { headers: auth() })).status).toBe(418);
    expect((await call(`${cloud.url}/custom/thing`)).status).toBe(401);
  });
});
