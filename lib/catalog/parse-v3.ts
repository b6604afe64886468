import type { EndpointInterface } from '../auth-plugin.js';
import type { CatalogEndpoint, CatalogService, ServiceCatalog } from './model.js';
import { catalogShapeError, isRecord, optionalString, type CatalogSource } from './parse-error.js';

const interfaces: ReadonlySet<string> = new Set(['public', 'internal', 'admin']);

/**
 * Parse an identity v3 catalog (`token.catalog`): `[{type, name, id, endpoints: [{interface, region_id, region, url, id}]}]`.
 * A missing catalog (unscoped token, `?nocatalog`) is an empty catalog. Endpoints with an interface
 * other than public/internal/admin or without a URL are skipped, as keystoneauth1 does.
 * @throws InvalidResponse when the catalog is not a list of services with endpoint lists.
 */
export function parseV3Catalog(raw: unknown, source?: CatalogSource): ServiceCatalog {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw catalogShapeError('catalog is not a list', 'v3', source);
  return raw.map((entry, i): CatalogService => {
    if (!isRecord(entry) || typeof entry['type'] !== 'string') {
      throw catalogShapeError(`catalog[${i}] has no service type`, 'v3', source);
    }
    const endpoints = entry['endpoints'] ?? [];
    if (!Array.isArray(endpoints)) throw catalogShapeError(`catalog[${i}].endpoints is not a list`, 'v3', source);
    const service: CatalogService = { type: entry['type'], endpoints: endpoints.flatMap((e) => parseEndpoint(e)) };
    const name = optionalString(entry['name']);
    const id = optionalString(entry['id']);
    if (name !== undefined) service.name = name;
    if (id !== undefined) service.id = id;
    return service;
  });
}

function parseEndpoint(e: unknown): CatalogEndpoint[] {
  if (!isRecord(e)) return [];
  const url = optionalString(e['url']);
  const iface = e['interface'];
  if (url === undefined || typeof iface !== 'string' || !interfaces.has(iface)) return [];
  const endpoint: CatalogEndpoint = { interface: iface as EndpointInterface, url };
  const region = optionalString(e['region_id']) ?? optionalString(e['region']);
  const id = optionalString(e['id']);
  if (region !== undefined) endpoint.region = region;
  if (id !== undefined) endpoint.id = id;
  return [endpoint];
}
