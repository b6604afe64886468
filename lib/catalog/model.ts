import type { EndpointInterface } from '../auth-plugin.js';

/** One endpoint of a catalog entry, whatever identity version it came from. */
export interface CatalogEndpoint {
  interface: EndpointInterface;
  /** Region id (v3 `region_id`, falling back to `region`; v2 `region`). */
  region?: string;
  url: string;
  id?: string;
}

/** One service of the catalog: its type, name and endpoints. */
export interface CatalogService {
  type: string;
  name?: string;
  id?: string;
  endpoints: CatalogEndpoint[];
}

/** The normalized service catalog. Plain JSON: it is what auth state exports for the keyring. */
export type ServiceCatalog = CatalogService[];

const interfaces: ReadonlySet<string> = new Set(['public', 'internal', 'admin']);

/** True for a value in the normalized shape (e.g. read back from a keyring). */
export function isServiceCatalog(value: unknown): value is ServiceCatalog {
  if (!Array.isArray(value)) return false;
  return value.every((s) => {
    if (typeof s !== 'object' || s === null) return false;
    const svc = s as Partial<CatalogService>;
    if (typeof svc.type !== 'string' || !Array.isArray(svc.endpoints)) return false;
    if (svc.name !== undefined && typeof svc.name !== 'string') return false;
    return svc.endpoints.every((e: unknown) => {
      if (typeof e !== 'object' || e === null) return false;
      const ep = e as Partial<CatalogEndpoint>;
      return typeof ep.url === 'string' && typeof ep.interface === 'string' && interfaces.has(ep.interface)
        && (ep.region === undefined || typeof ep.region === 'string');
    });
  });
}

/** The service types a catalog holds, sorted and unique (for error messages). */
export function catalogTypes(catalog: ServiceCatalog): string[] {
  return [...new Set(catalog.map((s) => s.type))].sort();
}
