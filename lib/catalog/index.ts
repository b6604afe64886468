/**
 * The service catalog: one normalized model for identity v3 and v2.0 catalogs, and the endpoint
 * lookup every session uses (service-type aliases as os-service-types matches them, interface, region,
 * service name, project templates). Endpoint overrides live in lib/session/endpoint-resolver.ts.
 */
export { catalogTypes, isServiceCatalog, type CatalogEndpoint, type CatalogService, type ServiceCatalog } from './model.js';
export { parseV3Catalog } from './parse-v3.js';
export { parseV2Catalog } from './parse-v2.js';
export type { CatalogSource } from './parse-error.js';
export { isServiceTypeMatch, officialServiceType, sameServiceType, serviceTypeCandidates } from './service-types.js';
export { fillProjectTemplate, hasProjectTemplate } from './templates.js';
export { findEndpoint, type FindEndpointFilter, type FindEndpointOptions } from './find-endpoint.js';
