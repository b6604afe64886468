import { afterEach, describe, expect, it, vi } from 'vitest';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import { AkSk } from '../../plugins/signing/aksk.js';
import { rowQueryObject, rowRequest, rowUrl, SIGNATURE_ROWS, type SignatureRow } from './signature-table.js';

// The oracle: the official Huawei Cloud Node SDK core (@huaweicloud/huaweicloud-sdk-core), BasicCredentials.processAuthRequest,
// the step its HcClient runs on every request (auth headers, UNSIGNED-PAYLOAD for non-JSON bodies, then AKSKSigner.sign).
const AK = 'HPUAEXAMPLEAK0123456';
const SK = 'sk-Example+Secret/Key=0123456789abcdef';
const TOKEN = 'gQpjbi1ub3J0aC00temporary-security-token';
const ENDPOINT = 'https://ecs.cn-north-4.myhuaweicloud.com:8443';
const NOW = new Date('2026-11-30T15:04:05Z');

async function sdkAuthorization(row: SignatureRow, headers: Record<string, string>, projectId: string, token?: string) {
  const credentials = new BasicCredentials().withAk(AK).withSk(SK).withProjectId(projectId);
  if (token) credentials.withSecurityToken(token);
  const request = {
    endpoint: ENDPOINT, url: row.path, method: row.method, headers: { ...headers }, queryParams: rowQueryObject(row),
    pathParams: {}, data: row.json ?? row.binary,
  };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  try {
    const signed = await credentials.processAuthRequest({} as never, request as never);
    return signed.headers as Record<string, string>;
  } finally {
    vi.useRealTimers();
  }
}

async function ourHeaders(row: SignatureRow, projectId: string, token?: string) {
  const plugin = new AkSk({ accessKey: AK, secretKey: SK, projectId, endpoints: {}, clock: () => NOW, ...(token ? { securityToken: token } : {}) });
  const { headers, body } = rowRequest(row);
  const before = { ...headers };
  await plugin.authorize({ method: row.method, url: rowUrl(ENDPOINT, row), headers, ...(body === undefined ? {} : { body }) });
  return { before, after: headers };
}

describe('AkSk signs every row of the table as the official Huawei SDK does', () => {
  afterEach(() => vi.useRealTimers());

  for (const token of [undefined, TOKEN]) {
    for (const row of SIGNATURE_ROWS) {
      it(`${row.name}${token ? ', temporary credentials' : ''}`, async () => {
        const ours = await ourHeaders(row, 'p-0123', token);
        const sdk = await sdkAuthorization(row, ours.before, 'p-0123', token);
        expect(ours.after.Authorization).toBe(sdk.Authorization);
        expect(ours.after['X-Sdk-Date']).toBe(sdk['X-Sdk-Date']);
        expect(ours.after['X-Security-Token']).toBe(sdk['X-Security-Token']);
        expect(ours.after['X-Sdk-Content-Sha256']).toBe(sdk['X-Sdk-Content-Sha256']);
      });
    }
  }

  it('the comparison is not vacuous: another secret key gives another signature', async () => {
    const row = SIGNATURE_ROWS[7]!;
    const ours = await ourHeaders(row, 'p-0123');
    const other = new AkSk({ accessKey: AK, secretKey: `${SK}x`, projectId: 'p-0123', endpoints: {}, clock: () => NOW });
    const { headers, body } = rowRequest(row);
    await other.authorize({ method: row.method, url: rowUrl(ENDPOINT, row), headers, body: body! });
    expect(headers.Authorization).not.toBe(ours.after.Authorization);
    expect(ours.after.Authorization).toMatch(/^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0123456, SignedHeaders=accept;content-type;host;/);
  });
});
