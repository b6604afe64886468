import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';

describe('fake cloud knob: resetNext', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });

  it('reads the request, then resets the connection without an answer', async () => {
    cloud.resetNext(1, { method: 'POST', path: '/identity/v3/auth/tokens' });
    const failure = await fetch(`${cloud.authUrl}/auth/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"auth": {}}' })
      .then(() => undefined, (e: unknown) => e as Error & { cause?: { code?: string } });
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure?.cause?.code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect(cloud.authCount()).toBe(1);
    expect(cloud.requests.at(-1)).toMatchObject({ method: 'POST', path: '/identity/v3/auth/tokens', status: 0 });
  });

  it('lets the next request through on a new connection', async () => {
    cloud.resetNext(1, { path: '/identity' });
    await expect(fetch(cloud.identityUrl)).rejects.toThrow();
    expect((await fetch(cloud.identityUrl)).status).toBe(300);
  });
});
