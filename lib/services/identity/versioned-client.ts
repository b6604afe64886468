import { BaseClient } from '../../base-client.js';
import { HTTPClient } from '../../session/http-client.js';
import type { HttpResponse, RequestOptions } from '../../transport/request-options.js';

const VERSION_SUFFIX = /\/v\d+(?:\.\d+)?$/;

/**
 * `url` with its trailing version segment set to `versionPath` (`…/v3` → `…/v2.0`), or with it
 * appended when the URL has none (DevStack registers identity as `http://host/identity`).
 */
export function withIdentityVersion(url: string, versionPath: string): string {
  const u = new URL(url);
  const path = u.pathname.replace(/\/+$/, '');
  u.pathname = VERSION_SUFFIX.test(path) ? path.replace(VERSION_SUFFIX, `/${versionPath}`) : `${path}/${versionPath}`;
  return u.toString();
}

/**
 * An identity client: the catalog's `identity` endpoint may carry another version than the client
 * speaks (or none), so every request goes to that endpoint with this client's version segment,
 * as keystoneclient's version discovery would pick it.
 */
export abstract class VersionedIdentityClient extends BaseClient {
  /** `v3` or `v2.0`. */
  protected abstract readonly versionPath: string;

  override async clientRequest<T = any>(method: string, url: string, options?: RequestOptions): Promise<HttpResponse<T>> {
    const endpoint = await this.#endpoint();
    return this.http.clientRequest<T>(this, method, HTTPClient.concatUrl(endpoint, url), options);
  }

  async #endpoint(): Promise<string> {
    const current = this.cachedEndpoint;
    if (current && current.replace(/\/+$/, '').endsWith(`/${this.versionPath}`)) return current;
    let raw = this.endpointOverride ?? current;
    if (!raw) {
      const plugin = this.http.authPlugin;
      if (!plugin) throw new TypeError('This HTTPClient has no authPlugin; an identity client needs one to find its endpoint');
      await this.http.authenticate();
      raw = plugin.getEndpoint({
        serviceType: this.serviceType,
        interface: this.endpointType ?? this.http.endpointType,
        ...((this.regionName ?? this.http.regionName) ? { regionName: this.regionName ?? this.http.regionName } : {}),
        ...(this.serviceName ? { serviceName: this.serviceName } : {}),
      });
    }
    this.cachedEndpoint = withIdentityVersion(raw, this.versionPath).replace(/\/+$/, '');
    return this.cachedEndpoint;
  }
}
