// The README's "Testing your code" example, verbatim: a consumer's tests on `stackclient/testing`.
// (vitest.config.ts and tsconfig.json map the package name to this checkout's sources.)
import { afterEach, beforeEach, expect, it } from 'vitest';
import { HTTPClient, InternalServerError, V3Password, createClient, type ComputeV2Client } from 'stackclient';
import { createFakeNova, startFakeCloud, type FakeCloud } from 'stackclient/testing';

let cloud: FakeCloud;
let compute: ComputeV2Client;

beforeEach(async () => {
  cloud = await startFakeCloud({ services: [createFakeNova({ buildMs: 100 })] });   // Keystone + Nova on 127.0.0.1
  const http = new HTTPClient({ authPlugin: new V3Password(cloud.passwordAuth()), regionName: 'RegionOne' });
  compute = createClient('compute', '2.1', http);
});
afterEach(() => cloud.close());

it('boots a server and waits until it is ACTIVE', async () => {
  const server = await compute.servers.create({ name: 'web-1', flavorRef: '1', imageRef: 'img-1' });
  await server.waitFor({ status: 'ACTIVE', interval: 20 });
  expect(server.status).toBe('ACTIVE');
  expect(cloud.authCount()).toBe(1);
});

it('turns a failure the fake cloud injects into a typed error', async () => {
  cloud.failNext(1, { method: 'POST', path: /\/servers$/, status: 500, body: { computeFault: { code: 500, message: 'boom' } } });
  const error = await compute.servers.create({ name: 'web-2', flavorRef: '1', imageRef: 'img-1' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InternalServerError);
  expect((error as InternalServerError).serverMessage).toBe('boom');
});
