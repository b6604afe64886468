import { normalizeInterface, type EndpointFilter, type EndpointInterface } from '../auth-plugin.js';
import { AmbiguousEndpoints, ConfigError, EndpointNotFound } from '../errors/framework-errors.js';
import { catalogTypes, type CatalogEndpoint, type CatalogService, type ServiceCatalog } from './model.js';
import { serviceTypeCandidates } from './service-types.js';
import { fillProjectTemplate } from './templates.js';

/** What a catalog lookup filters on (endpoint overrides are the session's endpoint resolver's business). */
export type FindEndpointFilter = EndpointFilter;

/** Extra input for {@link findEndpoint}. */
export interface FindEndpointOptions {
  /** The token's project id, for `$(project_id)s` / `%(tenant_id)s` templates. */
  projectId?: string;
}

interface Match {
  service: CatalogService;
  endpoint: CatalogEndpoint;
}

/**
 * The URL of the one endpoint that matches `filter`.
 *
 * Service types match as in os-service-types and keystoneauth1: the requested type, its official type,
 * and (when the official type is asked for) its aliases; an alias never matches another alias. The requested
 * type is preferred, then the official type, then the aliases in order. The interface defaults to `public`
 * (`publicURL` forms accepted). Without a region, endpoints of every region match, and two different URLs are
 * ambiguous (keystoneauth1 would take the first). A service without a name matches any service name, as in
 * keystoneauth1 (services registered before names existed).
 *
 * @example findEndpoint(catalog, { serviceType: 'compute', regionName: 'RegionTwo' })
 * @throws EndpointNotFound naming the service types the catalog does have.
 * @throws AmbiguousEndpoints when several URLs match and no region (or service name) narrows them.
 */
export function findEndpoint(catalog: ServiceCatalog, filter: FindEndpointFilter, opts: FindEndpointOptions = {}): string {
  const iface = interfaceOf(filter);
  for (const type of serviceTypeCandidates(filter.serviceType)) {
    const matches = catalog
      .filter((s) => s.type === type && (filter.serviceName === undefined || !s.name || s.name === filter.serviceName))
      .flatMap((service) => service.endpoints
        .filter((e) => e.interface === iface && (filter.regionName === undefined || e.region === filter.regionName))
        .map((endpoint): Match => ({ service, endpoint })));
    if (matches.length === 0) continue;
    const urls = [...new Set(matches.map((m) => m.endpoint.url))];
    if (urls.length > 1) throw ambiguous(filter, iface, matches);
    return fillProjectTemplate(urls[0]!, filter.serviceType, opts.projectId);
  }
  throw notFound(catalog, filter, iface);
}

function interfaceOf(filter: EndpointFilter): EndpointInterface {
  try {
    return normalizeInterface(filter.interface);
  } catch (err) {
    throw new ConfigError((err as Error).message, { key: 'interface', cause: err });
  }
}

function describeFilter(filter: EndpointFilter, iface: EndpointInterface): string {
  const parts = [`interface ${iface}`];
  if (filter.regionName !== undefined) parts.push(`region ${filter.regionName}`);
  if (filter.serviceName !== undefined) parts.push(`name ${filter.serviceName}`);
  return parts.join(', ');
}

function ambiguous(filter: EndpointFilter, iface: EndpointInterface, matches: Match[]): AmbiguousEndpoints {
  const seen = new Set<string>();
  const listed: string[] = [];
  for (const { service, endpoint } of matches) {
    if (seen.has(endpoint.url)) continue;
    seen.add(endpoint.url);
    listed.push(`${service.name ?? service.type} ${endpoint.region ?? '(no region)'} ${endpoint.url}`);
  }
  return new AmbiguousEndpoints(
    `Several endpoints match service "${filter.serviceType}" (${describeFilter(filter, iface)}): ${listed.join(', ')}; `
      + 'set the region (regionName) or the service name to choose one',
    [...seen],
  );
}

function notFound(catalog: ServiceCatalog, filter: EndpointFilter, iface: EndpointInterface): EndpointNotFound {
  const head = `Endpoint not found for service "${filter.serviceType}" (${describeFilter(filter, iface)})`;
  if (catalog.length === 0) {
    return new EndpointNotFound(`${head}; the catalog is empty (an unscoped token has none): scope the authentication `
      + 'to a project, or give an endpoint override');
  }
  const candidates = new Set(serviceTypeCandidates(filter.serviceType));
  const offered = catalog
    .filter((s) => candidates.has(s.type))
    .flatMap((s) => s.endpoints.map((e) => `${s.name ?? s.type} ${e.interface} in ${e.region ?? '(no region)'}`));
  const detail = offered.length > 0 ? `; "${filter.serviceType}" is offered as: ${[...new Set(offered)].join(', ')}` : '';
  return new EndpointNotFound(`${head}; the catalog has: ${catalogTypes(catalog).join(', ')}${detail}`);
}
