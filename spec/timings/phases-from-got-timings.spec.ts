import got, { RequestError } from 'got';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phasesFromGot, TimingRecorder } from '../../lib/timings.js';
import { startLoopback, type Loopback } from '../log/loopback.js';

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    setTimeout(() => res.end('{"ok":true}'), 20);
  });
});
afterAll(() => server.close());

describe('phasesFromGot', () => {
  it('takes the phases of a real got response', async () => {
    const res = await got(`${server.url}/v3`, { retry: { limit: 0 } });
    const phases = phasesFromGot(res.timings);
    expect(phases).toBeDefined();
    for (const name of ['wait', 'dns', 'tcp', 'request', 'firstByte', 'download', 'total'] as const) {
      expect(typeof phases![name], name).toBe('number');
    }
    // Plain http has no TLS phase, so the key is dropped rather than kept as undefined.
    expect('tls' in phases!).toBe(false);
    expect(phases!.total).toBeGreaterThanOrEqual(phases!.firstByte!);
    expect(phases!.firstByte).toBeGreaterThanOrEqual(15);

    const t = new TimingRecorder(5);
    t.record({ method: 'GET', url: res.url, status: res.statusCode, start: res.timings.start, elapsed: phases!.total!, phases });
    expect(t.list()[0]!.phases).toEqual(phases);
  });

  it('keeps the phases got measured before a connection failed', async () => {
    const closed = await startLoopback();
    const url = closed.url;
    await closed.close();
    const err: unknown = await got(url, { retry: { limit: 0 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestError);
    expect((err as RequestError).code).toBe('ECONNREFUSED');
    const phases = phasesFromGot((err as RequestError).timings);
    // got measures wait and total up to the error; the phases that never happened are left out.
    expect(Object.keys(phases ?? {}).sort()).toEqual(['total', 'wait']);
    expect(phasesFromGot(undefined)).toBeUndefined();
    expect(phasesFromGot({ phases: {} })).toBeUndefined();
  });
});
