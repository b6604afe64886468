import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionClient } from '../../lib/action/action-client.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { AkSk } from '../../plugins/signing/aksk.js';
import { TencentTC3 } from '../../plugins/signing/tencent-tc3.js';
import { sendJson, startLoopback, type SeenRequest } from '../helpers/loopback-server.js';

const require = createRequire(import.meta.url);
const Sign = (require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js') as { default: { sign3(p: Record<string, unknown>): string } }).default;
const { CommonClient } = require('tencentcloud-sdk-nodejs-common') as {
  CommonClient: new (endpoint: string, version: string, o: Record<string, unknown>) => { request(action: string, params: unknown): Promise<unknown> };
};

const SECRET_ID = 'AKIDactionclient0123456789';
const SECRET_KEY = 'action-secret-key-0123456789abcdef';
const TOKEN = 'action-temporary-token-0123456789abcdef';

/** The gateway's check, by the Tencent SDK's own signer, from the request as it arrived. */
function tencentAccepts(req: SeenRequest, service: string): boolean {
  const expected = Sign.sign3({
    method: req.method, url: `http://${req.headers.host}${req.url}`, payload: req.body === '' ? '' : Buffer.from(req.body), service,
    timestamp: Number(req.headers['x-tc-timestamp']), secretId: SECRET_ID, secretKey: SECRET_KEY, multipart: false,
    headers: { 'Content-Type': req.headers['content-type'] },
  });
  return req.headers.authorization === expected;
}

async function startApi() {
  return startLoopback((req, res) => {
    if (req.url.startsWith('/huawei')) {
      const status = req.headers['x-tc-action'] === 'Http400' ? 400 : 200;
      return sendJson(res, status, { error_code: 'APIGW.0301', error_msg: `Incorrect IAM authentication information: ${SECRET_KEY}` },
        { 'X-Request-Id': 'hw-req-7' });
    }
    const service = req.headers.host!.startsWith('127.') ? '127' : 'cvm';
    if (!tencentAccepts(req, service)) {
      return sendJson(res, 200, { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'The provided credentials could not be validated.' }, RequestId: 'r-sig' } });
    }
    if (req.headers['x-tc-action'] === 'DescribeZones') {
      return sendJson(res, 200, { Response: { TotalCount: 1, ZoneSet: [{ Zone: 'ap-guangzhou-3' }], Token: req.headers['x-tc-token'] ?? null, RequestId: 'r-ok' } });
    }
    return sendJson(res, 200, { Response: { Error: { Code: 'InvalidParameter', Message: `Bad Limit; your key is ${SECRET_KEY}, token ${TOKEN}` }, RequestId: 'r-err' } });
  });
}

describe('ActionClient', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  afterEach(async () => { vi.useRealTimers(); await api.close(); });

  it('POSTs the action with X-TC-Action/Version/Region, signed so the Tencent SDK\'s own check accepts it', async () => {
    api = await startApi();
    const http = new HTTPClient({ authPlugin: new TencentTC3({ secretId: SECRET_ID, secretKey: SECRET_KEY, token: TOKEN, service: '127' }), retry: false });
    const cvm = new ActionClient(http, { service: 'cvm', version: '2017-03-12', region: 'ap-guangzhou', endpoint: api.url });
    const answer = await cvm.call<{ ZoneSet: unknown[]; Token: string }>('DescribeZones', { Limit: 10, Filters: [{ Name: 'zone', Values: ['ü'] }] });
    http.close();
    expect(answer).toMatchObject({ ZoneSet: [{ Zone: 'ap-guangzhou-3' }], Token: TOKEN, RequestId: 'r-ok' });
    const [sent] = api.seen;
    expect(sent).toMatchObject({ method: 'POST', url: '/' });
    expect(sent!.headers).toMatchObject({ 'x-tc-action': 'DescribeZones', 'x-tc-version': '2017-03-12', 'x-tc-region': 'ap-guangzhou', 'content-type': 'application/json' });
    expect(JSON.parse(sent!.body)).toEqual({ Limit: 10, Filters: [{ Name: 'zone', Values: ['ü'] }] });
  });

  it('sends what Tencent\'s CommonClient sends for the same call: the same action headers and Authorization', async () => {
    api = await startApi();
    const now = new Date('2026-11-30T12:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const common = new CommonClient(`127.0.0.1:${api.port}`, '2017-03-12', {
      credential: { secretId: SECRET_ID, secretKey: SECRET_KEY, token: TOKEN }, region: 'ap-guangzhou', profile: { httpProfile: { protocol: 'http://' } },
    });
    await common.request('DescribeZones', { Limit: 10 });
    const http = new HTTPClient({ authPlugin: new TencentTC3({ secretId: SECRET_ID, secretKey: SECRET_KEY, token: TOKEN, service: '127', clock: () => now }), retry: false });
    await new ActionClient(http, { service: 'cvm', version: '2017-03-12', region: 'ap-guangzhou', endpoint: api.url }).call('DescribeZones', { Limit: 10 });
    http.close();
    const [theirs, ours] = api.seen;
    for (const h of ['authorization', 'x-tc-action', 'x-tc-version', 'x-tc-region', 'x-tc-timestamp', 'x-tc-token', 'content-type', 'host']) {
      expect([h, ours!.headers[h]]).toEqual([h, theirs!.headers[h]]);
    }
    expect(ours!.body).toBe(theirs!.body);
  });

  it('turns Tencent errors in a 200 body into ActionFailed with code, message and request id, secrets hidden', async () => {
    api = await startApi();
    const http = new HTTPClient({ authPlugin: new TencentTC3({ secretId: SECRET_ID, secretKey: SECRET_KEY, token: TOKEN, service: '127' }), retry: false });
    const cvm = new ActionClient(http, { service: 'cvm', version: '2017-03-12', endpoint: api.url });
    const error = await cvm.call('RunInstances', { Limit: -1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ActionFailed', code: 'ERR_ACTION_FAILED', action: 'RunInstances', status: 200, serverCode: 'InvalidParameter', requestId: 'r-err',
    });
    const shown = inspect(error, { depth: Infinity });
    for (const secret of [SECRET_KEY, TOKEN]) expect(shown).not.toContain(secret);
    expect((error as Error).message).toMatch(/^RunInstances \(POST http:\/\/127\.0\.0\.1:\d+\/\) failed with InvalidParameter: Bad Limit; your key is \*\*\*/);

    const wrong = new HTTPClient({ authPlugin: new TencentTC3({ secretId: SECRET_ID, secretKey: 'not-the-key', service: '127' }), retry: false });
    await expect(new ActionClient(wrong, { service: 'cvm', version: '2017-03-12', endpoint: api.url }).call('DescribeZones'))
      .rejects.toMatchObject({ name: 'ActionFailed', serverCode: 'AuthFailure.SignatureFailure', requestId: 'r-sig' });
    http.close();
    wrong.close();
  });

  it('turns Huawei error_code / error_msg into typed errors with the X-Request-Id, in a 200 body and in a 400', async () => {
    api = await startApi();
    const plugin = new AkSk({ accessKey: 'HWAK0123', secretKey: SECRET_KEY, endpoints: { ecs: `${api.url}/huawei` } });
    const http = new HTTPClient({ authPlugin: plugin, retry: false });
    const ecs = new ActionClient(http, { service: 'ecs', version: 'v2' });
    const in200 = await ecs.call('ListServers').catch((e: unknown) => e);
    expect(in200).toMatchObject({ name: 'ActionFailed', status: 200, serverCode: 'APIGW.0301', requestId: 'hw-req-7' });
    const in400 = await ecs.call('Http400').catch((e: unknown) => e);
    expect(in400).toMatchObject({ name: 'BadRequest', status: 400, serverCode: 'APIGW.0301', requestId: 'hw-req-7' });
    for (const e of [in200, in400]) expect(inspect(e, { depth: Infinity })).not.toContain(SECRET_KEY);
    expect(api.seen[0]!.headers.authorization).toMatch(/^SDK-HMAC-SHA256 Access=HWAK0123, /);
    http.close();
  });
});
