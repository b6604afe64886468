import type { EndpointInterface } from '../auth-plugin.js';
import type { CatalogEndpoint, CatalogService, ServiceCatalog } from './model.js';
import { catalogShapeError, isRecord, optionalString, type CatalogSource } from './parse-error.js';

const urlKeys: ReadonlyArray<[string, EndpointInterface]> = [
  ['publicURL', 'public'], ['internalURL', 'internal'], ['adminURL', 'admin'],
];

/**
 * Parse an identity v2.0 catalog (`access.serviceCatalog`):
 * `[{type, name, endpoints: [{region, publicURL, internalURL, adminURL, id}]}]`.
 * Each v2 endpoint becomes up to three normalized endpoints, one per interface it has a URL for.
 * @throws InvalidResponse when the catalog is not a list of services with endpoint lists.
 */
export function parseV2Catalog(raw: unknown, source?: CatalogSource): ServiceCatalog {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw catalogShapeError('serviceCatalog is not a list', 'v2.0', source);
  return raw.map((entry, i): CatalogService => {
    if (!isRecord(entry) || typeof entry['type'] !== 'string') {
      throw catalogShapeError(`serviceCatalog[${i}] has no service type`, 'v2.0', source);
    }
    const endpoints = entry['endpoints'] ?? [];
    if (!Array.isArray(endpoints)) throw catalogShapeError(`serviceCatalog[${i}].endpoints is not a list`, 'v2.0', source);
    const service: CatalogService = { type: entry['type'], endpoints: endpoints.flatMap((e) => parseEndpoint(e)) };
    const name = optionalString(entry['name']);
    if (name !== undefined) service.name = name;
    return service;
  });
}

function parseEndpoint(e: unknown): CatalogEndpoint[] {
  if (!isRecord(e)) return [];
  const region = optionalString(e['region']);
  const id = optionalString(e['id']);
  return urlKeys.flatMap(([key, iface]) => {
    const url = optionalString(e[key]);
    if (url === undefined) return [];
    const endpoint: CatalogEndpoint = { interface: iface, url };
    if (region !== undefined) endpoint.region = region;
    if (id !== undefined) endpoint.id = id;
    return [endpoint];
  });
}
