import { BaseClient, type BaseClientOptions } from '../../base-client.js';
import { UnsupportedVersion } from '../../errors/framework-errors.js';
import type { HTTPClient } from '../../session/http-client.js';
import type { VersionMap } from '../../version-map.js';

/** A service client class as version maps hold them. */
export type ClientClass<C extends BaseClient = BaseClient, O extends BaseClientOptions = any> = new (http: HTTPClient, options?: O) => C;

/**
 * API name → client and options types, for a typed `createClient`; `versions` (optional) maps a version, as
 * written in the call, to the client class it selects. Each service augments it:
 * @example
 * declare module '../common/create-client.js' {
 *   interface ServiceClientTypes { compute: { client: ComputeV2Client; options: ComputeV2ClientOptions } }
 * }
 */
export interface ServiceClientTypes {}

const registry = new Map<string, VersionMap<ClientClass>>();

/** Make `createClient(apiName, …)` know a service's version map (each service's index.ts does this on import). */
export function registerVersionMap(apiName: string, versionMap: VersionMap<ClientClass>): void {
  if (Object.keys(versionMap).length === 0) throw new TypeError(`The version map of ${apiName} is empty`);
  registry.set(apiName, Object.freeze({ ...versionMap }));
}

/** The version map registered for `apiName`, if any. */
export function getVersionMap(apiName: string): VersionMap<ClientClass> | undefined {
  return registry.get(apiName);
}

/** The API names `createClient` knows. */
export function registeredApis(): string[] {
  return [...registry.keys()].sort();
}

/**
 * Build the client for `apiName` at `version`, picked through `BaseClient.getClass`; its constructor
 * registers it with the session (`http.compute`).
 * @throws UnsupportedVersion for an unknown API (naming the known ones) or a version its map lacks (naming the known versions).
 * @example
 * const compute = createClient('compute', '2.1', http, { microversion: '2.79' });
 * await http.compute!.servers.list();
 */
export function createClient<K extends keyof ServiceClientTypes, V extends string | number>(
  apiName: K, version: V, http: HTTPClient, options?: OptionsOf<K>,
): ClientOf<K, V>;
export function createClient(apiName: string, version: string | number, http: HTTPClient, options?: BaseClientOptions): BaseClient;
export function createClient(apiName: string, version: string | number, http: HTTPClient, options?: any): any {
  const versionMap = registry.get(apiName);
  if (!versionMap) {
    const known = registeredApis();
    throw new UnsupportedVersion(
      `Unknown API "${apiName}"; known APIs: ${known.join(', ') || 'none'} (import its service module to register it)`,
      known,
    );
  }
  const Client = BaseClient.getClass(apiName, version, versionMap);
  return new Client(http, options);
}

type Entry<K extends keyof ServiceClientTypes> = ServiceClientTypes[K];
type AnyClientOf<K extends keyof ServiceClientTypes> = Entry<K> extends { client: infer C extends BaseClient } ? C : BaseClient;
type ClientOf<K extends keyof ServiceClientTypes, V extends string | number> =
  Entry<K> extends { versions: infer M } ? (`${V}` extends keyof M ? M[`${V}`] : AnyClientOf<K>) : AnyClientOf<K>;
type OptionsOf<K extends keyof ServiceClientTypes> = Entry<K> extends { options: infer O } ? O : BaseClientOptions;
