import { expect, it } from 'vitest';
import { MAX_MICROVERSION } from '../../lib/services/compute/index.js';
import { cloudSession, describeRealCloud } from './helpers/real-cloud.js';

describeRealCloud('real Nova: the version document and microversion negotiation', () => {
  it("announces 2.1 to 2.93, and 'latest' resolves to 2.93, sent on the next request", async () => {
    const { http, compute, close } = cloudSession({ microversion: 'latest' });
    try {
      expect(await compute.microversionRange()).toEqual({ min: '2.1', max: '2.93' });
      expect(MAX_MICROVERSION).toBe('2.96'); // the client knows more than this Nova: 'latest' takes the server's maximum
      expect(await compute.resolveMicroversion()).toBe('2.93');
      const res = await compute.get('/flavors');
      expect(res.headers['openstack-api-version']).toBe('compute 2.93');
      const sent = http.getTimings().filter((t) => t.url.endsWith('/flavors'));
      expect(sent).toHaveLength(1);
    } finally {
      close();
    }
  });
});
