import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../lib/log/redact.js';
import { captureHttpLog } from './capture.js';
import { send, startLoopback, type Loopback, type RawResponse } from './loopback.js';

const password = 'Adm1n-P@ss "quoted" $x';
const issued = 'gAAAAABnQ2mZ-issued-token-0123456789abcdefghijklmnopqrstuvwxyz';
const appSecret = 'app-cred-secret-5f1e';

let keystone: Loopback;
beforeAll(async () => {
  // Answers the way the real Keystone does (see shared/real-keystone/keystoneauth-debug-samples.txt).
  keystone = await startLoopback((req, res) => {
    if (req.method === 'POST' && req.url === '/v3/auth/tokens') {
      res.writeHead(201, { 'content-type': 'application/json', 'x-subject-token': issued, 'x-openstack-request-id': 'req-1' });
      res.end(JSON.stringify({ token: { methods: ['password'], user: { name: 'admin', id: 'u1' }, expires_at: '2026-11-22T18:52:45.000000Z',
        catalog: [{ type: 'identity', name: 'keystone', endpoints: [{ interface: 'public', url: `${keystone.url}/v3` }] }, { type: 'compute', name: 'nova', endpoints: [] }] } }));
      return;
    }
    if (req.url === '/v3/users/u1/application_credentials') {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ application_credential: { id: 'ac1', name: 'ci', secret: appSecret } }));
      return;
    }
    res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': `Keystone uri="${keystone.url}/v3"` });
    res.end('{"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}}');
  });
});
afterAll(() => keystone.close());

async function exchange(log: ReturnType<typeof captureHttpLog>['log'], method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  const url = keystone.url + path;
  if (log.enabled) log.request({ method, url, headers, body });
  const res = await send(url, { method, headers, body });
  if (log.enabled) log.response({ ...res, method, url, shortenCatalog: true });
  return res;
}

describe('the debug output of a whole auth exchange holds no secret', () => {
  it('password auth, token use, app credential creation, revocation', async () => {
    const capture = captureHttpLog();
    const json = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const auth = JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'admin', domain: { name: 'Default' }, password } } } } });

    const issuedRes = await exchange(capture.log, 'POST', '/v3/auth/tokens', json, auth);
    const token = String(issuedRes.headers['x-subject-token']);
    await exchange(capture.log, 'POST', '/v3/users/u1/application_credentials', { ...json, 'X-Auth-Token': token }, JSON.stringify({ application_credential: { name: 'ci' } }));
    await exchange(capture.log, 'DELETE', '/v3/auth/tokens', { 'X-Auth-Token': token, 'X-Subject-Token': token });
    await exchange(capture.log, 'GET', `/v3/projects?token=${token}`, { 'X-Auth-Token': token });

    capture.expectNoSecrets([password, issued, appSecret]);
    const text = capture.lines.join('\n');
    expect(text).toContain('"password":"***"');
    expect(text).toContain(`X-Auth-Token: ${hashSecret(issued)}`);
    expect(text).toContain(`x-subject-token: ${hashSecret(issued)}`);
    expect(text).toContain('"catalog":"<2 services: identity, compute>"');
    expect(text).toContain('"secret":"***"');
    expect(capture.lines.filter((l) => l.startsWith('REQ: curl -g -i -X '))).toHaveLength(4);
    expect(capture.lines.filter((l) => l.startsWith('RESP: ['))).toHaveLength(4);
  });
});
