import type { AuthState, CatalogService, HTTPClient } from '../../index.js';

/** What the session's plugin holds after authentication: token, expiry, ids and catalog. */
export interface AuthInfo {
  token?: string;
  expiresAt?: string;
  userId?: string;
  projectId?: string;
  domainId?: string;
  system?: string;
  catalog: CatalogService[];
}

/** Authenticates (or adopts the cached token; `fresh`: always asks Keystone) and reads the plugin's exported state. */
export async function authInfo(http: HTTPClient, options: { fresh?: boolean } = {}): Promise<AuthInfo> {
  await http.authenticate(options);
  const plugin = http.authPlugin!;
  const state: AuthState | undefined = plugin.exportState?.();
  const scope = (state?.scope ?? {}) as { project?: { id?: string }; domain?: { id?: string }; system?: string };
  const user = (state?.extra?.['user'] ?? {}) as { id?: string };
  const info: AuthInfo = { catalog: Array.isArray(state?.catalog) ? (state.catalog as CatalogService[]) : [] };
  const token = state?.token ?? plugin.getToken?.();
  if (token) info.token = token;
  if (state?.expiresAt) info.expiresAt = state.expiresAt;
  if (user.id) info.userId = user.id;
  if (scope.project?.id) info.projectId = scope.project.id;
  if (scope.domain?.id) info.domainId = scope.domain.id;
  if (scope.system) info.system = scope.system;
  return info;
}

/** keystoneauth's `expires.strftime('%Y-%m-%dT%H:%M:%S%z')`: `2026-11-23T10:47:47+0000`. */
export function osExpires(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 19)}+0000`;
}

/** A catalog endpoint as keystoneauth hands it to osc: id, interface, region_id, url, and region (a copy of region_id). */
export function osEndpoint(e: CatalogService['endpoints'][number]): Record<string, unknown> {
  return { id: e.id ?? null, interface: e.interface, region_id: e.region ?? null, url: e.url, region: e.region ?? null };
}
