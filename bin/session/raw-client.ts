import { BaseClient } from '../../lib/base-client.js';
import type { HTTPClient } from '../../index.js';

/**
 * A client for any service type, riding on the session like the typed ones: the endpoint comes from
 * the catalog (or the endpoint override), auth and 401 handling from the session.
 */
export function createRawClient(http: HTTPClient, serviceType: string, headers: Record<string, string> = {}): BaseClient {
  const attribute = `raw_${serviceType.replace(/[^a-z0-9]/gi, '_')}`;
  const existing = (http as unknown as Record<string, unknown>)[attribute];
  if (existing instanceof BaseClient) return existing;
  const RawClient = class extends BaseClient {
    static override readonly serviceType = serviceType;
    static override readonly attributeName = attribute;
    override defaultHeaders(): Record<string, string> {
      return headers;
    }
  };
  return new RawClient(http);
}
