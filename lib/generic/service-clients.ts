import type { HTTPClient } from '../session/http-client.js';
import { normalizeVersion } from '../version-map.js';
import { GenericClient, type GenericClientOptions } from './generic-client.js';

const bySession = new WeakMap<HTTPClient, Map<string, GenericClient>>();

/** The session's GenericClient for a service type and version, made on first use (what `http.service()` returns). */
export function serviceClient(
  http: HTTPClient, serviceType: string, version?: string | number, options: Omit<GenericClientOptions, 'serviceType' | 'version'> = {},
): GenericClient {
  const key = `${serviceType}@${version === undefined ? '' : normalizeVersion(version)}`;
  let clients = bySession.get(http);
  if (!clients) bySession.set(http, (clients = new Map()));
  const known = clients.get(key);
  if (known && Object.keys(options).length === 0) return known;
  const client = new GenericClient(http, { ...options, serviceType, ...(version === undefined ? {} : { version }) });
  clients.set(key, client);
  return client;
}
