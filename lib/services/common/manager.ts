import { NotFound, isHttpError } from '../../errors/http-errors.js';
import { InvalidResponse } from '../../errors/transport-errors.js';
import { redactUrl } from '../../log/redact.js';
import { InvalidArgument } from '../../errors/framework-errors.js';
import { describeCriteria, matchesCriteria, noUniqueMatch, notFound, type FindCriteria } from './find.js';
import { DEFAULT_OK_CODES, expectStatus } from './ok-codes.js';
import { paginate, type PaginateOptions } from './pagination.js';
import type { Resource, ResourceClass } from './resource.js';
import {
  callOptionsOf, isJsonRecord, type CallOptions, type ManagerRequestOptions, type QueryInput, type RequestClient, type ResponseLike,
} from './types.js';

/** What a manager passes to its protected helpers: the caller's CallOptions, a query, and the statuses this call accepts (gophercloud's OkCodes). */
export interface RequestCallOptions extends CallOptions {
  query?: QueryInput;
  okCodes?: readonly number[];
}

/** Options of a manager's list call: the call options, and how to unwrap each item. */
export interface ListCallOptions extends RequestCallOptions {
  /** Unwrap one list item before wrapping it, e.g. Nova's `{ keypair: {...} }` items. */
  unwrap?: (item: unknown) => unknown;
}

/** Options of a manager's paginated iteration: the pagination options (its response key aside) and the item unwrapper. */
export type IterateCallOptions = Omit<PaginateOptions, 'responseKey'> & Pick<ListCallOptions, 'unwrap'>;

/**
 * The base of every resource manager (python-novaclient's `ManagerWithFind`): protected helpers for the
 * usual calls, each checking the status it expects and the shape of the body, plus `find` by fields,
 * `findByNameOrId`. Subclasses name their resource class and their own public methods, in the one
 * dialect every manager speaks (see this folder's index.ts): `list(opts)` / `iterate(opts)`,
 * `get(ref, call)`, `create(body, call)`, `update(ref, changes, call)`, `delete(ref, call)`,
 * `waitFor(ref, { status, timeout, signal, onProgress })`.
 */
export abstract class Manager<R extends Resource<any>> {
  /** The service client the calls go through. */
  readonly client: RequestClient;
  protected abstract readonly resourceClass: ResourceClass<R>;
  /** Singular noun for messages, e.g. `server`. */
  protected readonly resourceName: string = 'resource';

  constructor(client: RequestClient) {
    this.client = client;
  }

  /** Wrap one JSON record in this manager's resource class. */
  protected wrap(info: unknown, loaded = false): R {
    return new this.resourceClass(this, info, loaded);
  }

  protected async _list(url: string, responseKey: string, opts: ListCallOptions = {}): Promise<R[]> {
    const res = await this.client.get(url, requestOptions(opts));
    expectStatus(res, opts.okCodes ?? DEFAULT_OK_CODES.list, 'GET');
    const items = bodyKey(res, responseKey, 'GET');
    if (!Array.isArray(items)) throw shapeError(res, 'GET', `"${responseKey}" is not a list`);
    return items.map((item) => this.wrap(opts.unwrap ? opts.unwrap(item) : item));
  }

  /** Every record of a paginated collection, one page in memory at a time. */
  protected async *_iterate(url: string, responseKey: string, opts: IterateCallOptions = {}): AsyncGenerator<R, void, undefined> {
    const { unwrap, ...rest } = opts;
    for await (const item of paginate(this.client, url, { ...rest, responseKey })) {
      yield this.wrap(unwrap ? unwrap(item) : item);
    }
  }

  protected async _get(url: string, responseKey: string | undefined, opts: RequestCallOptions = {}): Promise<R> {
    const res = await this.client.get(url, requestOptions(opts));
    expectStatus(res, opts.okCodes ?? DEFAULT_OK_CODES.get, 'GET');
    return this.wrap(recordOf(res, responseKey, 'GET'), true);
  }

  protected async _create(url: string, body: unknown, responseKey: string | undefined, opts: RequestCallOptions = {}): Promise<R> {
    const res = await this.client.post(url, { ...requestOptions(opts), json: body });
    expectStatus(res, opts.okCodes ?? DEFAULT_OK_CODES.create, 'POST');
    return this.wrap(recordOf(res, responseKey, 'POST'));
  }

  /** PUT (or PATCH) a record; resolves undefined when no `responseKey` is given or the body is empty. */
  protected async _update(
    url: string, body: unknown, responseKey: string | undefined, opts: RequestCallOptions & { method?: 'PUT' | 'PATCH' } = {},
  ): Promise<R | undefined> {
    const method = opts.method ?? 'PUT';
    const verb = method === 'PATCH' ? this.client.patch : this.client.put;
    const res = await verb.call(this.client, url, { ...requestOptions(opts), json: body });
    expectStatus(res, opts.okCodes ?? DEFAULT_OK_CODES.update, method);
    if (responseKey === undefined || res.body === undefined || res.body === '' || res.body === null) return undefined;
    return this.wrap(recordOf(res, responseKey, method), true);
  }

  protected async _delete(url: string, opts: RequestCallOptions = {}): Promise<void> {
    const res = await this.client.delete(url, requestOptions(opts));
    expectStatus(res, opts.okCodes ?? DEFAULT_OK_CODES.delete, 'DELETE');
  }

  /** The records `find()` searches; managers with a list call override it (with filters the server applies). */
  protected findCandidates(_criteria: FindCriteria): AsyncIterable<R> | Promise<Iterable<R>> {
    throw new TypeError(`${this.constructor.name} has no list call, so find() cannot search it`);
  }

  /** One record by id, for `findByNameOrId`; defaults to the manager's public `get(id, call)`. */
  protected lookupById(id: string, call: CallOptions = {}): Promise<R> {
    const get = (this as unknown as { get?: (id: string, call: CallOptions) => Promise<R> }).get;
    if (typeof get !== 'function') throw new TypeError(`${this.constructor.name} has no get(id)`);
    return get.call(this, id, call);
  }

  /** Every item of an iteration in one array. */
  protected async _collect<T>(items: AsyncIterable<T>): Promise<T[]> {
    const all: T[] = [];
    for await (const item of items) all.push(item);
    return all;
  }

  /** Every record whose fields equal all of `criteria`. */
  async findAll(criteria: FindCriteria): Promise<R[]> {
    const keys = Object.keys(criteria);
    if (keys.length === 1 && keys[0] === 'id' && criteria.id !== null) {
      // An id names at most one record: one GET instead of a listing.
      try {
        return [await this.lookupById(String(criteria.id))];
      } catch (err) {
        if (isHttpError(err) && err.status === 404) return [];
        throw err;
      }
    }
    const found: R[] = [];
    for await (const r of await this.findCandidates(criteria)) if (matchesCriteria(r, criteria)) found.push(r);
    return found;
  }

  /**
   * The one record matching `criteria`.
   * @throws NoUniqueMatch when several match (the message lists their ids); NotFound when none does.
   */
  async find(criteria: FindCriteria): Promise<R> {
    const found = await this.findAll(criteria);
    if (found.length > 1) throw noUniqueMatch(this.resourceName, criteria, found);
    if (found[0] === undefined) throw notFound(this.resourceName, describeCriteria(criteria), this.resourceName + 's');
    return found[0];
  }

  /**
   * Get by id first, then find by name (and the `scope` fields, e.g. `{ domain_id }`), as the python clients'
   * `find_resource` does.
   * @throws NotFound when nothing matches; NoUniqueMatch when several records have that name.
   */
  async findByNameOrId(value: string, scope: FindCriteria = {}): Promise<R> {
    if (value.length === 0) throw new InvalidArgument('value', `An empty string is no ${this.resourceName} name or id`);
    try {
      return await this.lookupById(value);
    } catch (err) {
      // Nova answers 404 for an id of the wrong form; some services answer 400.
      if (!(isHttpError(err) && (err.status === 404 || err.status === 400))) throw err;
    }
    try {
      return await this.find({ ...scope, name: value });
    } catch (err) {
      if (err instanceof NotFound) throw notFound(this.resourceName, `name or id ${JSON.stringify(value)}`, err.url);
      throw err;
    }
  }
}

function requestOptions(opts: RequestCallOptions): ManagerRequestOptions {
  const out: ManagerRequestOptions = callOptionsOf(opts);
  if (opts.query !== undefined) out.query = opts.query;
  return out;
}

function shapeError(res: ResponseLike, method: string, what: string): InvalidResponse {
  const url = redactUrl(res.url);
  return new InvalidResponse(`${method} ${url} answered a body of the wrong shape: ${what}`, { method, url, status: res.status });
}

function bodyKey(res: ResponseLike, key: string, method: string): unknown {
  if (!isJsonRecord(res.body)) throw shapeError(res, method, 'expected a JSON object');
  if (!(key in res.body)) throw shapeError(res, method, `no "${key}" key`);
  return res.body[key];
}

function recordOf(res: ResponseLike, responseKey: string | undefined, method: string): unknown {
  const value = responseKey === undefined ? res.body : bodyKey(res, responseKey, method);
  if (!isJsonRecord(value)) throw shapeError(res, method, responseKey ? `"${responseKey}" is not an object` : 'expected a JSON object');
  return value;
}
