import { BaseClient } from '../../base-client.js';

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
 * speaks (or none), so the session's endpoint resolver hands this client that endpoint with this client's
 * version segment, as keystoneclient's version discovery would pick it.
 */
export abstract class VersionedIdentityClient extends BaseClient {
  /** `v3` or `v2.0`. */
  protected abstract readonly versionPath: string;

  /** Called by the session's endpoint resolver on the URL it found (override or catalog). */
  adaptEndpoint(url: string): string {
    return withIdentityVersion(url, this.versionPath).replace(/\/+$/, '');
  }
}
