import type { AuthPlugin, EndpointFilter, EndpointInterfaceInput } from '../auth-plugin.js';
import { fillProjectTemplate } from '../catalog/templates.js';
import { serviceTypeCandidates } from '../catalog/service-types.js';

/** Endpoint overrides: one URL for every service, or one per service type (matched as catalog types are). */
export type EndpointOverrides = string | Readonly<Record<string, string>>;

/** What the resolver needs of a client; `BaseClient` is one. */
export interface EndpointConsumer {
  readonly serviceType: string;
  readonly endpointType?: EndpointInterfaceInput | undefined;
  readonly regionName?: string | undefined;
  readonly serviceName?: string | undefined;
  /** This client's own URL, used instead of the catalog's. */
  readonly endpointOverride?: string | undefined;
  /** The resolved endpoint, kept until the session re-authenticates. */
  cachedEndpoint: string | undefined;
  /** Turns the found URL into the one this client speaks to (identity clients set their version segment). */
  adaptEndpoint?(url: string): string;
}

/** The session's region and interface, which a client's own settings override. */
export interface SessionEndpointDefaults {
  readonly regionName?: string | undefined;
  readonly endpointType: EndpointInterfaceInput;
}

/**
 * The override for `serviceType`, project templates filled and trailing slashes trimmed; undefined when none
 * applies. The one place overrides are matched: clients, token plugins, static-token and signing plugins use it.
 */
export function endpointOverride(overrides: EndpointOverrides | undefined, serviceType: string, projectId?: string): string | undefined {
  if (overrides === undefined) return undefined;
  const url = typeof overrides === 'string'
    ? overrides
    : serviceTypeCandidates(serviceType).map((type) => overrides[type]).find((u) => u !== undefined);
  return url === undefined ? undefined : fillProjectTemplate(url, serviceType, projectId).replace(/\/+$/, '');
}

/**
 * The session's one endpoint resolver: merges the session's region and interface with a client's own
 * (the client's win), then takes the client's override, else asks the auth plugin (its overrides, then its
 * catalog). Results are cached on the client until `forget()`.
 */
export class EndpointResolver {
  readonly #defaults: SessionEndpointDefaults;
  readonly #plugin: () => AuthPlugin;

  /** `defaults` is read at each resolution (the session itself can be passed). */
  constructor(defaults: SessionEndpointDefaults, plugin: () => AuthPlugin) {
    this.#defaults = defaults;
    this.#plugin = plugin;
  }

  /** The catalog filter for `client`: its service type, name, interface and region over the session's. */
  filterFor(client: EndpointConsumer): EndpointFilter {
    const regionName = client.regionName ?? this.#defaults.regionName;
    return {
      serviceType: client.serviceType,
      interface: client.endpointType ?? this.#defaults.endpointType,
      ...(regionName ? { regionName } : {}),
      ...(client.serviceName ? { serviceName: client.serviceName } : {}),
    };
  }

  /** The endpoint URL for `client`. Throws EndpointNotFound / AmbiguousEndpoints from the plugin's lookup. */
  endpointFor(client: EndpointConsumer): string {
    if (client.cachedEndpoint) return client.cachedEndpoint;
    const found = endpointOverride(client.endpointOverride, client.serviceType) ?? this.#plugin().getEndpoint(this.filterFor(client));
    const endpoint = client.adaptEndpoint ? client.adaptEndpoint(found) : found;
    client.cachedEndpoint = endpoint;
    return endpoint;
  }

  /** The catalog endpoint for `client` in another region (a backup for the circuit breaker); never cached. */
  endpointInRegion(client: EndpointConsumer, regionName: string): string {
    const found = this.#plugin().getEndpoint({ ...this.filterFor(client), regionName });
    return client.adaptEndpoint ? client.adaptEndpoint(found) : found;
  }

  /** Drop the cached endpoints (a new token may come with a new catalog). */
  forget(clients: Iterable<EndpointConsumer>): void {
    for (const client of clients) client.cachedEndpoint = undefined;
  }
}
