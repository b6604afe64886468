import { BaseClient } from '../../lib/base-client.js';
import { HTTPClient, type HTTPClientOptions } from '../../lib/session/http-client.js';
import { startFakeCloud, type FakeCloudOptions } from '../../lib/testing/index.js';
import { V3Password } from '../../plugins/keystone/index.js';

/** The fake cloud's echo service: answers any request with what it received. */
export class EchoClient extends BaseClient {
  static override readonly serviceType: string = 'echo';
  static override readonly attributeName: string = 'echo';
}

/** A fake cloud, a V3Password session on it and an echo client; `close()` ends them. */
export async function fakeSession(options: { cloud?: FakeCloudOptions; http?: Partial<HTTPClientOptions>; plugin?: Record<string, unknown> } = {}) {
  const cloud = await startFakeCloud(options.cloud);
  const plugin = new V3Password({ ...cloud.passwordAuth(), ...options.plugin });
  const http = new HTTPClient({ authPlugin: plugin, regionName: 'RegionOne', retry: { retries: 2, minTimeout: 5, maxTimeout: 20 }, ...options.http });
  const echo = new EchoClient(http);
  return { cloud, plugin, http, echo, close: async () => { http.close(); await cloud.close(); } };
}
