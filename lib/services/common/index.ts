/**
 * The pieces every service client shares: resources and managers (python-novaclient's model),
 * pagination, waiting for a status, and `createClient` over the registered version maps.
 */
export { InvalidArgument } from './errors.js';
export { Resource, type ResourceClass } from './resource.js';
export { Manager, type CallOptions, type ListCallOptions, type IterateCallOptions } from './manager.js';
export { matchesCriteria, type FindCriteria } from './find.js';
export { paginate, listAll, DEFAULT_PAGE_CAP, type PaginateOptions, type PageState } from './pagination.js';
export { relativeNextPage, findNextHref } from './next-link.js';
export { waitFor, type WaitForOptions, type WaitProgressState } from './wait-for.js';
export { DEFAULT_OK_CODES, expectStatus } from './ok-codes.js';
export {
  createClient, registerVersionMap, getVersionMap, registeredApis,
  type ClientClass, type ServiceClientTypes,
} from './create-client.js';
export type { RequestClient, ResponseLike, ManagerRequestOptions, QueryInput, QueryValue, JsonRecord } from './types.js';
