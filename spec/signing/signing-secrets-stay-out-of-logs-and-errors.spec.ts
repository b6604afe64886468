import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ActionClient } from '../../lib/action/action-client.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import type { AuthPlugin } from '../../lib/auth-plugin.js';
import { AkSk } from '../../plugins/signing/aksk.js';
import { TencentTC3 } from '../../plugins/signing/tencent-tc3.js';
import { captureDebug, expectNoSecrets } from '../helpers/capture-debug.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

const SECRET = 'signing-secret-key-0123456789abcdef';
const TOKEN = 'signing-security-token-0123456789abcdef';

describe('the signing plugins\' secret key and security token', () => {
  for (const [name, make] of [
    ['AkSk', (url: string) => new AkSk({ accessKey: 'AK01', secretKey: SECRET, securityToken: TOKEN, endpoints: { ecs: url } })],
    ['TencentTC3', (url: string) => new TencentTC3({ secretId: 'AKID01', secretKey: SECRET, token: TOKEN, service: 'ecs', endpoints: { ecs: url } })],
  ] as [string, (url: string) => AuthPlugin][]) {
    it(`${name}: never reach the debug log or an error, even when the server echoes them`, async () => {
      const server = await startLoopback((req, res) => {
        const echoed = `${String(req.headers['x-security-token'] ?? req.headers['x-tc-token'])} with ${SECRET}`;
        if (req.headers['x-tc-action'] === 'Bad') return sendJson(res, 400, { error_code: 'E.400', error_msg: echoed });
        return sendJson(res, 200, { Response: { Error: { Code: 'Echo', Message: echoed }, RequestId: 'r1' } });
      });
      const http = new HTTPClient({ authPlugin: make(server.url), retry: false });
      const client = new ActionClient(http, { service: 'ecs', version: 'v1' });
      const errors: unknown[] = [];
      const output = await captureDebug(async () => {
        errors.push(await client.call('Good').catch((e: unknown) => e), await client.call('Bad').catch((e: unknown) => e));
      });
      http.close();
      await server.close();
      expect(errors.map((e) => (e as Error).name)).toEqual(['ActionFailed', 'BadRequest']);
      expect(server.seen.every((r) => r.headers['x-security-token'] === TOKEN || r.headers['x-tc-token'] === TOKEN)).toBe(true);
      expectNoSecrets(output + errors.map((e) => inspect(e, { depth: Infinity })).join('\n'), [SECRET, TOKEN]);
    });
  }
});
