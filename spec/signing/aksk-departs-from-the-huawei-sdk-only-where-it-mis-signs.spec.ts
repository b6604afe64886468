import { afterEach, describe, expect, it, vi } from 'vitest';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { AkSk } from '../../plugins/signing/aksk.js';
import { canonicalUri } from '../../plugins/signing/aksk-canonical.js';

// Where the Node SDK signs something other than what reaches the gateway, AkSk signs what is sent instead. Each case
// shows the SDK's result, and that ours is the SDK's for the request as the gateway receives it.
const AK = 'HPUAEXAMPLEAK0123456';
const SK = 'sk-divergence-0123456789';
const NOW = new Date('2026-11-30T15:04:05Z');
const ENDPOINT = 'https://ecs.example.com';

async function sdk(path: string, headers: Record<string, string>, data?: unknown) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const request = { endpoint: ENDPOINT, url: path, method: 'POST', headers: { ...headers }, queryParams: {}, pathParams: {}, data };
  const signed = await new BasicCredentials().withAk(AK).withSk(SK).processAuthRequest({} as never, request as never);
  vi.useRealTimers();
  return signed.headers as Record<string, string>;
}

async function ours(path: string, headers: Record<string, string>, body?: string) {
  const h = { ...headers };
  await new AkSk({ accessKey: AK, secretKey: SK, endpoints: {}, clock: () => NOW }).authorize({ method: 'POST', url: new URL(ENDPOINT + path), headers: h, ...(body ? { body } : {}) });
  return h;
}

describe('AkSk and the Huawei SDK differ only where the SDK signs what is not sent', () => {
  afterEach(() => vi.useRealTimers());

  it('header values are trimmed, as the gateway receives them (the SDK signs the spaces)', async () => {
    const spaced = await ours('/v1/x', { 'X-Tag': '  padded  ' });
    expect(spaced.Authorization).not.toBe((await sdk('/v1/x', { 'X-Tag': '  padded  ' })).Authorization);
    expect(spaced.Authorization).toBe((await sdk('/v1/x', { 'X-Tag': 'padded' })).Authorization);
  });

  it('a path with a space is encoded once (the SDK encodes url.parse\'s %20 again, to %2520)', async () => {
    expect(canonicalUri(new URL(`${ENDPOINT}/v1/my file`))).toBe('/v1/my%20file/');
    const theirs = await sdk('/v1/my file', {});
    expect((await ours('/v1/my file', {})).Authorization).not.toBe(theirs.Authorization);
    // The SDK's signature is that of a file literally named "my%20file".
    expect((await ours('/v1/my%2520file', {})).Authorization).toBe(theirs.Authorization);
  });

  it('a JSON body with a charset parameter is hashed (the SDK sends it as UNSIGNED-PAYLOAD)', async () => {
    const headers = { 'Content-Type': 'application/json; charset=utf-8' };
    const theirs = await sdk('/v1/x', headers, { a: 1 });
    const mine = await ours('/v1/x', headers, '{"a":1}');
    expect(theirs['X-Sdk-Content-Sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(mine['X-Sdk-Content-Sha256']).toBeUndefined();
    expect(mine.Authorization).not.toBe(theirs.Authorization);
  });
});
