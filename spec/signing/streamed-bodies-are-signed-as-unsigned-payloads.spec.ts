import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { AkSk } from '../../plugins/signing/aksk.js';
import { TencentTC3 } from '../../plugins/signing/tencent-tc3.js';

// Oracles, as in tc3-matches-tencent-sdk and aksk-matches-huawei-sdk: the vendors' own signers.
const require = createRequire(import.meta.url);
const Sign = (require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js') as { default: { sign3(p: Record<string, unknown>): string } }).default;

const NOW = new Date('2026-11-30T12:00:00Z');

describe('a streamed upload body (not given to the signer) is signed as an unsigned payload, never as an empty one', () => {
  it('TencentTC3: X-TC-Content-SHA256: UNSIGNED-PAYLOAD, and the signature the SDK gives for that payload', async () => {
    const plugin = new TencentTC3({ secretId: 'AKIDstream', secretKey: 'stream-secret-key', service: 'cos', clock: () => NOW });
    const url = new URL('https://cos.tencentcloudapi.com/upload?part=1');
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
    await plugin.authorize({ method: 'POST', url, headers, streamedBody: true });
    expect(headers['X-TC-Content-SHA256']).toBe('UNSIGNED-PAYLOAD');
    const sdk = (payload: Buffer | string) => Sign.sign3({
      method: 'POST', url: url.href, payload, timestamp: Number(headers['X-TC-Timestamp']), service: 'cos',
      secretId: 'AKIDstream', secretKey: 'stream-secret-key', multipart: false, headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(headers.Authorization).toBe(sdk(Buffer.from('UNSIGNED-PAYLOAD')));
    expect(headers.Authorization).not.toBe(sdk(Buffer.alloc(0)));
  });

  it('AkSk: X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD even when the stream is declared JSON', async () => {
    const plugin = new AkSk({ accessKey: 'AK-stream', secretKey: 'SK-stream', endpoints: { obs: 'https://obs.example.com' }, clock: () => NOW });
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    await plugin.authorize({ method: 'PUT', url: new URL('https://obs.example.com/bucket/object'), headers, streamedBody: true });
    expect(headers['X-Sdk-Content-Sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(headers.Authorization).toMatch(/SignedHeaders=[^,]*x-sdk-content-sha256/);
  });
});
