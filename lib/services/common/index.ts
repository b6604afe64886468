/**
 * The pieces every service client shares: resources and managers (python-novaclient's model),
 * pagination, waiting for a status, and `createClient` over the registered version maps.
 *
 * Every manager speaks one dialect, gophercloud's and openstacksdk's: managers are named in the plural
 * (`ServersManager`, `InstancesManager`, `ProjectsManager`) and mounted under the plural
 * (`compute.servers`); a record is named by a `Ref` (an id, or a record carrying one); the per-call
 * options `{ signal, timeout, headers }` (CallOptions) come last in every call and reach the transport;
 * - `list(opts)` / `iterate(opts)`: ListOptions (`limit` = page size, `marker`, `pageCap`, and CallOptions)
 *   plus the resource's filters; `detailed` lists default to true;
 * - `get(ref, call)`, `create(body, call)`, `update(ref, changes, call)`, `delete(ref, call)`;
 * - `waitFor(ref, { status, timeout, signal, onProgress })` (WaitOptions), and `resource.waitFor({ status, … })`.
 * Records that live under another one (a database under an instance) take the parent's Ref first.
 * Where the API cannot page that way the options say so: Keystone lists take IdentityListOptions (no
 * `limit` / `marker`; Keystone truncates at its `list_limit`), Nova server groups page by `limit` / `offset`,
 * and unpaged collections (availability zones, Trove flavors and datastores) take CallOptions only.
 * Availability zones alone keep `detailed: false` by default: Nova lets only admins read their detail.
 *
 * The reference manager a new service copies is `BackupsManager` (lib/services/database/v1/backups.ts):
 * list, iterate, get, create, delete and waitFor, in about 100 lines.
 */
export { InvalidArgument } from '../../errors/framework-errors.js';
export { Resource, type ResourceClass } from './resource.js';
export { Manager, type RequestCallOptions, type ListCallOptions, type IterateCallOptions } from './manager.js';
export { idOf, seg, type Ref } from './ref.js';
export { matchesCriteria, type FindCriteria } from './find.js';
export { paginate, listAll, pageOptionsOf, DEFAULT_PAGE_CAP, type ListOptions, type PaginateOptions, type PageState } from './pagination.js';
export { relativeNextPage, findNextHref } from './next-link.js';
export { waitFor, type WaitForOptions, type WaitOptions, type WaitProgressState } from './wait-for.js';
export { DEFAULT_OK_CODES, expectStatus } from './ok-codes.js';
export {
  createClient, registerVersionMap, getVersionMap, registeredApis,
  type ClientClass, type ServiceClientTypes,
} from './create-client.js';
export type {
  RequestClient, ResponseLike, CallOptions, CallTimeout, ManagerRequestOptions, QueryInput, QueryValue, JsonRecord,
} from './types.js';
