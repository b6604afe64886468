import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Manager } from '../../common/manager.js';
import { expectStatus } from '../../common/ok-codes.js';
import { paginate } from '../../common/pagination.js';
import { seg } from '../../common/ref.js';
import type { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions, type QueryInput } from '../../common/types.js';
import { NotFound } from '../../../errors/http-errors.js';
import { keystoneLinks } from '../keystone-links.js';
import type { IdentityV3Client } from './client.js';

export { idOf, seg, type Ref } from '../../common/ref.js';

/** Keystone's `links` on one record. */
export interface SelfLink {
  self: string;
}

/**
 * Options every identity list call takes: the call options and the page cap. Keystone has no `limit` /
 * `marker` paging: it answers whole lists (truncated at its `list_limit`, with `truncated: true`) and
 * a `links.next` only when a driver pages, which `iterate` follows.
 */
export interface IdentityListOptions extends CallOptions {
  /** Stop with InvalidResponse after this many pages. @default 1000 */
  pageCap?: number;
}

/** Query object from camelCase filters; `undefined` values are left out, booleans sent as true/false. */
export function filterQuery(pairs: Record<string, string | number | boolean | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(pairs)) if (v !== undefined) out[k] = String(v);
  return out;
}

/**
 * The base of Keystone v3 managers: one collection at `path` whose list key is `collectionKey` and
 * whose records come wrapped as `{ [memberKey]: … }`. Create answers 201, update is a PATCH
 * answering 200, delete answers 204, as Keystone does.
 */
export abstract class KeystoneManager<R extends Resource<any>> extends Manager<R> {
  protected abstract readonly path: string;
  protected abstract readonly collectionKey: string;
  protected abstract readonly memberKey: string;

  /** The IdentityV3Client this manager belongs to (to wrap records of its sibling managers). */
  protected get identity(): IdentityV3Client {
    return this.client as unknown as IdentityV3Client;
  }

  /** Records of any Keystone listing, page by page (`links.next`), wrapped by `wrap`. */
  protected async *_pages<T>(
    url: string, key: string, query: QueryInput | undefined, wrap: (info: unknown) => T, options: IdentityListOptions = {},
  ): AsyncGenerator<T, void, undefined> {
    const opts = {
      responseKey: key, linksKey: 'links', ...(query ? { query } : {}), ...callOptionsOf(options),
      ...(options.pageCap !== undefined ? { pageCap: options.pageCap } : {}),
    };
    for await (const item of paginate(keystoneLinks(this.client), url, opts)) yield wrap(item);
  }

  protected _iterateAll(query?: QueryInput, options: IdentityListOptions = {}): AsyncGenerator<R, void, undefined> {
    return this._pages(this.path, this.collectionKey, query, (info) => this.wrap(info), options);
  }

  protected _getOne(id: string, call: CallOptions = {}): Promise<R> {
    return this._get(`${this.path}/${seg(id)}`, this.memberKey, callOptionsOf(call));
  }

  protected _createOne(body: Record<string, unknown>, call: CallOptions = {}): Promise<R> {
    return this._create(this.path, { [this.memberKey]: body }, this.memberKey, { okCodes: [201], ...callOptionsOf(call) });
  }

  protected async _patchOne(id: string, body: Record<string, unknown>, call: CallOptions = {}): Promise<R> {
    if (Object.keys(body).length === 0) throw new InvalidArgument('changes', `Nothing to update on ${this.resourceName} ${id}`);
    const opts = { method: 'PATCH' as const, okCodes: [200], ...callOptionsOf(call) };
    const updated = await this._update(`${this.path}/${seg(id)}`, { [this.memberKey]: body }, this.memberKey, opts);
    return updated ?? this._getOne(id, call);
  }

  protected _deleteOne(id: string, call: CallOptions = {}): Promise<void> {
    return this._delete(`${this.path}/${seg(id)}`, { okCodes: [204], ...callOptionsOf(call) });
  }

  /** PUT / DELETE that answer 204 (memberships, grants). */
  protected async _noContent(method: 'PUT' | 'DELETE', url: string, call: CallOptions = {}): Promise<void> {
    const opts = callOptionsOf(call);
    const res = method === 'PUT' ? await this.client.put(url, opts) : await this.client.delete(url, opts);
    expectStatus(res, [204, 200], method);
  }

  /** HEAD that answers 204/200 when the relation exists and 404 when it does not. */
  protected async _exists(url: string, call: CallOptions = {}): Promise<boolean> {
    try {
      const res = await this.client.head(url, callOptionsOf(call));
      expectStatus(res, [204, 200], 'HEAD');
      return true;
    } catch (err) {
      if (err instanceof NotFound) return false;
      throw err;
    }
  }

  /** Keystone filters lists by name on the server, so find({ name }) reads only the matches. */
  protected override findCandidates(criteria: Record<string, unknown>): AsyncIterable<R> {
    return this._iterateAll(typeof criteria.name === 'string' ? { name: criteria.name } : undefined);
  }
}
