import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionClient } from '../../lib/action/action-client.js';
import { createCredentialChain } from '../../lib/credentials/chain.js';
import { credentialsFromMetadata } from '../../lib/credentials/from-metadata.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { TencentTC3 } from '../../plugins/signing/tencent-tc3.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

const require = createRequire(import.meta.url);
const Sign = (require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js') as { default: { sign3(p: Record<string, unknown>): string } }).default;

const LIFETIME_S = 60;
const secretOf = (n: number) => `tencent-tmp-secret-${n}-0123456789abcdef`;
const tokenOf = (n: number) => `tencent-tmp-token-${n}-0123456789abcdef`;

/** A CVM-style metadata service: every answer is a new temporary key pair that expires LIFETIME_S after `now()`. */
async function startMetadata(now: () => number) {
  let issued = 0;
  const server = await startLoopback((_req, res) => {
    const n = ++issued;
    setTimeout(() => sendJson(res, 200, {
      TmpSecretId: `AKIDTMP${n}`, TmpSecretKey: secretOf(n), Token: tokenOf(n), ExpiredTime: Math.floor(now() / 1000) + LIFETIME_S, Code: 'Success',
    }), 30);
  });
  return { ...server, issued: () => issued, url: `${server.url}/latest/meta-data/cam/security-credentials/role` };
}

describe('temporary credentials from a metadata service', () => {
  let meta: Awaited<ReturnType<typeof startMetadata>>;
  afterEach(() => meta.close());

  it('are fetched once for 100 concurrent callers, refreshed in the background near expiry, and before the call once expired', async () => {
    let now = Date.now();
    meta = await startMetadata(() => now);
    const chain = createCredentialChain({ providers: [credentialsFromMetadata({ url: meta.url })], refreshMarginMs: 20_000, clock: () => now });

    const first = await Promise.all(Array.from({ length: 100 }, () => chain()));
    expect(new Set(first.map((c) => c.accessKey))).toEqual(new Set(['AKIDTMP1']));
    expect(first[0]).toMatchObject({ secretKey: secretOf(1), securityToken: tokenOf(1) });
    expect(meta.issued()).toBe(1);

    now += 30_000; // 30 s left: outside the margin
    expect((await chain()).accessKey).toBe('AKIDTMP1');
    expect(meta.issued()).toBe(1);

    now += 15_000; // 15 s left: inside the margin; callers keep the old pair while one refresh runs
    const near = await Promise.all(Array.from({ length: 50 }, () => chain()));
    expect(new Set(near.map((c) => c.accessKey))).toEqual(new Set(['AKIDTMP1']));
    await chain.refresh();
    expect(meta.issued()).toBe(2);
    expect((await chain()).accessKey).toBe('AKIDTMP2');

    now += (LIFETIME_S + 1) * 1000; // expired: callers wait for one new pair
    const after = await Promise.all(Array.from({ length: 50 }, () => chain()));
    expect(new Set(after.map((c) => c.accessKey))).toEqual(new Set(['AKIDTMP3']));
    expect(meta.issued()).toBe(3);
  });

  it('sign requests with the new pair and token once they rotate, and never show them in the debug log', async () => {
    let now = Date.now();
    meta = await startMetadata(() => now);
    const api = await startLoopback((req, res) => {
      const n = Number(/Credential=AKIDTMP(\d+)\//.exec(String(req.headers.authorization))?.[1]);
      const expected = Sign.sign3({
        method: 'POST', url: `http://${req.headers.host}${req.url}`, payload: Buffer.from(req.body), service: 'cvm',
        timestamp: Number(req.headers['x-tc-timestamp']), secretId: `AKIDTMP${n}`, secretKey: secretOf(n), headers: { 'Content-Type': req.headers['content-type'] },
      });
      const ok = req.headers.authorization === expected && req.headers['x-tc-token'] === tokenOf(n);
      sendJson(res, 200, ok ? { Response: { Key: n, RequestId: `r${n}` } } : { Response: { Error: { Code: 'AuthFailure', Message: 'bad' }, RequestId: 'x' } });
    });
    try {
      const chain = createCredentialChain({ providers: [credentialsFromMetadata({ url: meta.url })], refreshMarginMs: 10_000, clock: () => now });
      const plugin = new TencentTC3({ credentials: chain, service: 'cvm', region: 'ap-beijing' });
      const http = new HTTPClient({ authPlugin: plugin, retry: false });
      const cvm = new ActionClient(http, { service: 'cvm', version: '2017-03-12', endpoint: api.url });
      const keys: unknown[] = [];
      const output = await captureDebug(async () => {
        keys.push((await cvm.call<{ Key: number }>('DescribeZones')).Key);
        now += (LIFETIME_S + 1) * 1000;
        keys.push((await cvm.call<{ Key: number }>('DescribeZones')).Key);
      });
      http.close();
      expect(keys).toEqual([1, 2]);
      expect(plugin.generation).toBe(2);
      expect(output).toMatch(/credentials from metadata \(access key AKID…, temporary until/);
      expectNoSecrets(output, [secretOf(1), secretOf(2), tokenOf(1), tokenOf(2)]);
    } finally {
      await api.close();
    }
  });
});
