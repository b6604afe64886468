import { DiscoveryFailure } from '../errors/discovery-failure.js';
import { UnsupportedVersion } from '../errors/framework-errors.js';
import { redactUrl } from '../log/redact.js';
import type { HTTPClient } from '../session/http-client.js';
import { pickVersion, versionInPath, versionsOf, type ApiVersion } from './version-document.js';

/** What {@link discoverVersion} needs: where the catalog points, and which version is wanted. */
export interface DiscoveryRequest {
  serviceType: string;
  /** The catalog (or override) URL of the service. */
  endpoint: string;
  /** The version asked for: `2`, `2.1`, `v3`. */
  wanted: string;
  signal?: AbortSignal | undefined;
}

/** The catalog URL, then the root of its host: where keystoneauth1 looks for a version document. */
function documentUrls(endpoint: string): string[] {
  const root = `${new URL(endpoint).origin}/`;
  return [...new Set([endpoint, root])];
}

/**
 * The API version to use for `wanted`, as keystoneauth1 finds it: an endpoint whose path already names that major
 * version is used as is; otherwise the version document (the endpoint's, else its host root's) is read, and the
 * highest version of the same major and at least the minor asked for is chosen, its `self` link being the URL.
 * @throws UnsupportedVersion when the document lists no such version (the message lists those it has)
 * @throws DiscoveryFailure when no version document could be read
 */
export async function discoverVersion(http: HTTPClient, req: DiscoveryRequest): Promise<ApiVersion> {
  const inPath = versionInPath(req.endpoint, req.wanted);
  if (inPath !== undefined) return { id: `v${inPath}`, version: inPath, url: req.endpoint };
  const tried: string[] = [];
  let lastError: unknown;
  for (const url of documentUrls(req.endpoint)) {
    tried.push(redactUrl(url));
    let versions: ApiVersion[] | undefined;
    try {
      const res = await http.request('GET', url, { retry: false, ...(req.signal ? { signal: req.signal } : {}) });
      versions = versionsOf(res.body, url);
    } catch (error) {
      if (req.signal?.aborted) throw error;
      lastError = error;
      continue;
    }
    if (versions === undefined || versions.length === 0) continue;
    const chosen = pickVersion(versions, req.wanted);
    if (chosen) return chosen;
    const known = versions.map((v) => v.id);
    throw new UnsupportedVersion(`The ${req.serviceType} service at ${redactUrl(url)} has no API version "${req.wanted}"; `
      + `its version document lists ${known.join(', ')}. Ask for one of those`, known);
  }
  throw new DiscoveryFailure(`Could not find the API versions of the ${req.serviceType} service: ${tried.join(' and ')} answered no `
    + `version document${lastError instanceof Error ? ` (${lastError.message})` : ''}. Check the catalog's ${req.serviceType} endpoint, `
    + 'or give an endpoint that names the version (e.g. …/v2)', { serviceType: req.serviceType, urls: tried }, { cause: lastError });
}
