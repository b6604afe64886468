import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCloud, startFakeCloud } from '../../lib/testing/index.js';

describe('fake cloud knob: malformedNext', () => {
  let cloud: FakeCloud;
  beforeAll(async () => { cloud = await startFakeCloud(); });
  afterAll(async () => { await cloud.close(); });

  it('answers 200 application/json with a body cut short, then answers normally', async () => {
    cloud.malformedNext(1, { method: 'GET', path: '/identity/v3' });
    const bad = await fetch(cloud.authUrl);
    expect(bad.status).toBe(200);
    expect(bad.headers.get('content-type')).toBe('application/json');
    const text = await bad.text();
    expect(Number(bad.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    const good = await fetch(cloud.authUrl);
    expect((await good.json() as { version: { id: string } }).version.id).toBe('v3.14');
  });

  it('leaves requests that do not match alone', async () => {
    cloud.malformedNext(1, { path: '/identity/v2.0' });
    expect(JSON.parse(await (await fetch(cloud.authUrl)).text()).version.id).toBe('v3.14');
    await expect(fetch(`${cloud.identityUrl}/v2.0`).then((r) => r.json())).rejects.toThrow(SyntaxError);
  });
});
