import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TencentTC3 } from '../../plugins/signing/tencent-tc3.js';
import { rowRequest, rowUrl, SIGNATURE_ROWS, type SignatureRow } from './signature-table.js';

// The oracle: Sign.sign3 of the official Tencent Cloud Node SDK core (tencentcloud-sdk-nodejs-common), the function its
// HttpConnection.doRequestWithSign3 calls for every TC3 request; the package exports no path to it, so it is required by file.
const require = createRequire(import.meta.url);
const Sign = (require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js') as { default: { sign3(p: Record<string, unknown>): string } }).default;

const SECRET_ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE';
const SECRET_KEY = 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE';
const TOKEN = 'temporary-session-token-0123456789';
const ENDPOINT = 'https://cvm.tencentcloudapi.com:8443';
const NOW = new Date('2026-11-30T23:59:58Z');
// TC3 signs GET and POST only: the API takes no other method.
const ROWS = SIGNATURE_ROWS.filter((r) => r.method === 'GET' || r.method === 'POST');

async function ours(row: SignatureRow, token?: string) {
  const plugin = new TencentTC3({ secretId: SECRET_ID, secretKey: SECRET_KEY, service: 'cvm', region: 'ap-guangzhou', clock: () => NOW, ...(token ? { token } : {}) });
  const { headers, body } = rowRequest(row);
  await plugin.authorize({ method: row.method, url: rowUrl(ENDPOINT, row), headers, ...(body === undefined ? {} : { body }) });
  return headers;
}

describe('TencentTC3 signs every GET and POST row of the table as the official Tencent SDK does', () => {
  for (const token of [undefined, TOKEN]) {
    for (const row of ROWS) {
      it(`${row.name}${token ? ', temporary credentials' : ''}`, async () => {
        const headers = await ours(row, token);
        const timestamp = Number(headers['X-TC-Timestamp']);
        expect(timestamp).toBe(Math.floor(NOW.getTime() / 1000));
        const expected = Sign.sign3({
          method: row.method, url: rowUrl(ENDPOINT, row).href, payload: row.json ?? row.binary ?? '', timestamp, service: 'cvm',
          secretId: SECRET_ID, secretKey: SECRET_KEY, multipart: false, headers: { 'Content-Type': headers['Content-Type'] },
        });
        expect(headers.Authorization).toBe(expected);
        expect(headers['X-TC-Token']).toBe(token);
        expect(headers['X-TC-Region']).toBe('ap-guangzhou');
      });
    }
  }

  it('fills the Content-Type the SDK sends when a request has none', async () => {
    expect((await ours(ROWS[0]!))['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect((await ours(ROWS.find((r) => r.name === 'POST, empty body')!))['Content-Type']).toBe('application/json');
  });

  it('the comparison is not vacuous: another secret key gives another signature', async () => {
    const row = ROWS.find((r) => r.json !== undefined)!;
    const headers = await ours(row);
    const other = Sign.sign3({
      method: row.method, url: rowUrl(ENDPOINT, row).href, payload: row.json, timestamp: Number(headers['X-TC-Timestamp']), service: 'cvm',
      secretId: SECRET_ID, secretKey: `${SECRET_KEY}x`, multipart: false, headers: { 'Content-Type': headers['Content-Type'] },
    });
    expect(headers.Authorization).not.toBe(other);
    expect(headers.Authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE\/2026-11-30\/cvm\/tc3_request, /);
  });

  it('refuses methods TC3 does not sign, with a typed error', async () => {
    const plugin = new TencentTC3({ secretId: SECRET_ID, secretKey: SECRET_KEY, service: 'cvm' });
    const error = await Promise.resolve(plugin.authorize({ method: 'PUT', url: new URL(`${ENDPOINT}/x`), headers: {} })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'InvalidArgument', code: 'ERR_INVALID_ARGUMENT', argument: 'method' });
    expect(String((error as Error).message)).not.toContain(SECRET_KEY);
  });
});
