import { ConfigError } from '../errors/framework-errors.js';
import { newId } from './ids.js';

export type Interface = 'public' | 'internal' | 'admin';

export interface CatalogEndpoint {
  id: string;
  interface: Interface;
  region: string;
  /** Path under the fake cloud's base URL; may hold `$(project_id)s` / `%(tenant_id)s`. */
  path: string;
}

export interface CatalogService { id: string; type: string; name: string; endpoints: CatalogEndpoint[] }

export interface V3CatalogEntry {
  endpoints: { id: string; interface: Interface; region_id: string; url: string; region: string }[];
  id: string; type: string; name: string;
}

export interface V2CatalogEntry {
  endpoints: { id: string; region: string; publicURL?: string; internalURL?: string; adminURL?: string }[];
  endpoints_links: never[]; type: string; name: string;
}

const TEMPLATE = /[$%]\((project_id|tenant_id)\)s/g;

/** Fill Keystone's URL templates; undefined when the URL needs a project and there is none (Keystone then leaves the endpoint out). */
export function fillTemplate(url: string, projectId: string | undefined): string | undefined {
  if (!url.match(TEMPLATE)) return url;
  return projectId === undefined ? undefined : url.replace(TEMPLATE, projectId);
}

/** The catalog's services and endpoints, rendered per token the way Keystone renders them. */
export class ServiceCatalog {
  #services: CatalogService[] = [];

  /**
   * Register a service with public, internal and admin endpoints at `path` in RegionOne,
   * plus any `extra` endpoints (another region, say).
   */
  add(type: string, name: string, path: string, extra: Omit<CatalogEndpoint, 'id'>[] = []): CatalogService {
    if (this.#services.some((s) => s.name === name)) {
      throw new ConfigError(`The fake cloud already has a service named "${name}"; register each service module once`);
    }
    const base = (['public', 'internal', 'admin'] as const).map((iface) => ({ interface: iface, region: 'RegionOne', path }));
    const service: CatalogService = { id: newId(), type, name, endpoints: [...base, ...extra].map((e) => ({ ...e, id: newId() })) };
    this.#services.push(service);
    return service;
  }

  services(): readonly CatalogService[] {
    return this.#services;
  }

  /** `token.catalog` of a v3 token. Services left without endpoints are dropped, as Keystone does. */
  v3(baseUrl: string, projectId: string | undefined): V3CatalogEntry[] {
    return this.#services.map((s) => ({
      endpoints: s.endpoints.flatMap((e) => {
        const url = fillTemplate(baseUrl + e.path, projectId);
        return url === undefined ? [] : [{ id: e.id, interface: e.interface, region_id: e.region, url, region: e.region }];
      }),
      id: s.id, type: s.type, name: s.name,
    })).filter((s) => s.endpoints.length > 0);
  }

  /** `access.serviceCatalog` of a v2.0 token: one entry per region with publicURL/internalURL/adminURL. */
  v2(baseUrl: string, projectId: string | undefined): V2CatalogEntry[] {
    return this.v3(baseUrl, projectId).map((s) => {
      const byRegion = new Map<string, V2CatalogEntry['endpoints'][number]>();
      for (const e of s.endpoints) {
        const entry = byRegion.get(e.region) ?? { id: e.id, region: e.region };
        entry[`${e.interface}URL`] = e.url;
        byRegion.set(e.region, entry);
      }
      return { endpoints: [...byRegion.values()], endpoints_links: [], type: s.type, name: s.name };
    });
  }
}
