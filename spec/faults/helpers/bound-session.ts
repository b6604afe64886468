import type { AuthPlugin } from '../../../lib/auth-plugin.js';
import { BaseClient } from '../../../lib/base-client.js';
import type { AuthStateStore } from '../../../lib/keyring/store.js';
import { HTTPClient } from '../../../lib/session/http-client.js';

/** The mini Keystone's one service. */
export class PingClient extends BaseClient {
  static override readonly serviceType = 'compute';
  static override readonly attributeName = 'ping';
}

/** A session on `plugin` caching in `store`, with no retries, and its ping client. */
export function boundSession(plugin: AuthPlugin, store: AuthStateStore): { http: HTTPClient; ping: PingClient } {
  const http = new HTTPClient({ authPlugin: plugin, keyring: store, retry: false });
  return { http, ping: new PingClient(http) };
}
