import { describe, expect, it } from 'vitest';
import { ActionClient } from '../../lib/action/action-client.js';
import { HTTPClient } from '../../lib/session/http-client.js';
import { TencentTC3 } from '../../plugins/signing/tencent-tc3.js';
import { sendJson, startLoopback } from '../helpers/loopback-server.js';

describe('ActionClient.call options', () => {
  it('sends extra headers (signed with the rest) and ends with RequestAborted when its signal aborts', async () => {
    const server = await startLoopback((req, res) => {
      if (req.headers['x-tc-action'] === 'Slow') return setTimeout(() => sendJson(res, 200, { Response: { RequestId: 'late' } }), 2_000);
      return sendJson(res, 200, { Response: { Trace: req.headers['x-tc-traceid'], Language: req.headers['x-tc-language'], RequestId: 'r' } });
    });
    const http = new HTTPClient({ authPlugin: new TencentTC3({ secretId: 'AKID1', secretKey: 'sk-abort-0123456789', service: 'cvm' }), retry: false });
    try {
      const cvm = new ActionClient(http, { service: 'cvm', version: '2017-03-12', endpoint: server.url });
      const answer = await cvm.call('DescribeZones', {}, { headers: { 'X-TC-TraceId': 'trace-1', 'X-TC-Language': 'en-US' } });
      expect(answer).toEqual({ Trace: 'trace-1', Language: 'en-US', RequestId: 'r' });
      const started = Date.now();
      const error = await cvm.call('Slow', {}, { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'RequestAborted' });
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      http.close();
      await server.close();
    }
  });
});
