import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { HTTPClient } from '../../../lib/session/http-client.js';
import { expectStatus } from '../../../lib/services/common/ok-codes.js';
import { idOf, type Ref } from '../../../lib/services/common/ref.js';
import { callOptionsOf, isJsonRecord, type CallOptions } from '../../../lib/services/common/types.js';
import { ComputeV2Client } from '../../../lib/services/compute/index.js';
import { startFakeCloud, type FakeCloud } from '../../../lib/testing/index.js';
import { createFakeNova } from '../../../lib/testing/nova/index.js';
import { V3Password } from '../../../plugins/keystone/index.js';

/** An extension manager as a user would write one: Nova's console output, outside the managers compute ships. */
class ConsolesManager {
  constructor(readonly client: ComputeV2Client) {}

  async output(server: Ref, lines: number, call: CallOptions = {}): Promise<string[]> {
    const res = await this.client.post(`/servers/${idOf(server, 'consoles.output')}/action`, {
      json: { 'os-getConsoleOutput': { length: lines } }, ...callOptionsOf(call),
    });
    expectStatus(res, [200], 'POST');
    return isJsonRecord(res.body) && typeof res.body.output === 'string' ? res.body.output.split('\n') : [];
  }
}

class Counter {
  constructor(readonly client: ComputeV2Client) {}
  async servers(): Promise<number> {
    return (await this.client.servers.list({ detailed: false })).length;
  }
}

describe('client extensions (oslo apiclient style)', () => {
  let cloud: FakeCloud;
  let http: HTTPClient;
  beforeEach(async () => {
    cloud = await startFakeCloud({ services: [createFakeNova({ buildMs: 10 })] });
    http = new HTTPClient({ authPlugin: new V3Password(cloud.passwordAuth()), retry: false });
  });
  afterEach(async () => {
    http.close();
    await cloud.close();
  });

  it('mounts each extension manager, built with the client, as client.<name> and calls it on the fake cloud', async () => {
    const compute = new ComputeV2Client(http, {
      microversion: '2.47',
      extensions: [{ name: 'consoles', manager: ConsolesManager }, { name: 'count', manager: Counter }],
    });
    expectTypeOf(compute.consoles).toEqualTypeOf<ConsolesManager>();
    expectTypeOf(compute.count).toEqualTypeOf<Counter>();
    expect(compute.consoles.client).toBe(compute);
    expect(http.compute).toBe(compute);

    const server = await compute.servers.create({ name: 'ext', flavorRef: '1', imageRef: 'img-1', networks: 'auto' });
    cloud.advanceClock(11);
    expect(await compute.consoles.output(server, 2)).toEqual(['ANOTHER', 'LAST LINE']);
    expect(await compute.count.servers()).toBe(1);
  });

  it('types a client without extensions as before, and refuses a name the client already has', () => {
    const plain = new ComputeV2Client(http);
    expectTypeOf(plain).not.toHaveProperty('consoles');
    expect(() => new ComputeV2Client(http, { extensions: [{ name: 'servers', manager: Counter }] })).toThrow(TypeError);
    expect(() => new ComputeV2Client(http, { extensions: [{ name: 'get', manager: Counter }] })).toThrow(/clashes with ComputeV2Client\.get/);
    expect(() => new ComputeV2Client(http, { extensions: [{ name: 'no name', manager: Counter }] })).toThrow(/identifier/);
  });
});
