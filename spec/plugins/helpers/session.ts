import { BaseClient } from '../../../lib/base-client.js';
import { HTTPClient, type HTTPClientOptions } from '../../../lib/session/http-client.js';
import type { AuthPlugin } from '../../../lib/auth-plugin.js';
import { startFakeCloud, type FakeCloud, type FakeCloudOptions } from '../../../lib/testing/index.js';

/** The fake cloud's echo service: answers any request with what it received. */
export class EchoClient extends BaseClient {
  static override readonly serviceType = 'echo';
  static override readonly attributeName = 'echo';
}

/** A session with short retry delays, so failure paths stay fast. */
export function session(plugin: AuthPlugin, options: Partial<HTTPClientOptions> = {}) {
  const http = new HTTPClient({ authPlugin: plugin, regionName: 'RegionOne', retry: { retries: 2, minTimeout: 5, maxTimeout: 20 }, ...options });
  const echo = new EchoClient(http);
  return { http, echo };
}

/** Run `fn` with a fresh fake cloud, closed afterwards. */
export async function onFakeCloud<T>(fn: (cloud: FakeCloud) => Promise<T>, options?: FakeCloudOptions): Promise<T> {
  const cloud = await startFakeCloud(options);
  try {
    return await fn(cloud);
  } finally {
    await cloud.close();
  }
}

/** The error `fn` rejects with (fails the test when it resolves). */
export async function rejection(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection, got success');
}
