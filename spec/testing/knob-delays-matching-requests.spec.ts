import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';
import { call } from './helpers.js';

describe('fake cloud knob: setDelay', () => {
  let cloud: FakeCloud;
  let token: string;
  beforeAll(async () => { cloud = await startFakeCloud(); token = cloud.issueToken(); });
  afterAll(async () => { await cloud.close(); });
  const timed = async (path: string) => {
    const start = performance.now();
    const res = await call(`${cloud.url}${path}`, { headers: { 'X-Auth-Token': token } });
    return { status: res.status, ms: performance.now() - start };
  };

  it('delays matching requests until the delay is removed', async () => {
    cloud.setDelay(400, { path: '/echo/slow' });
    const slow = await timed('/echo/slow');
    expect(slow.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(390);
    expect((await timed('/echo/fast')).ms).toBeLessThan(300);
    expect((await timed('/echo/slow')).ms).toBeGreaterThanOrEqual(390);
    cloud.setDelay(0);
    expect((await timed('/echo/slow')).ms).toBeLessThan(300);
  });

  it('lets a read timeout happen on the client side', async () => {
    cloud.setDelay(2_000, { method: 'GET', path: '/echo/hang' });
    const started = performance.now();
    await expect(fetch(`${cloud.url}/echo/hang`, { headers: { 'X-Auth-Token': token }, signal: AbortSignal.timeout(100) })).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1_000);
    cloud.setDelay(0, { method: 'GET', path: '/echo/hang' });
  });

  it('closes promptly with a delayed request in flight', async () => {
    const other = await startFakeCloud();
    other.setDelay(10_000);
    const pending = fetch(`${other.url}/identity`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await other.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
