import { InvalidArgument } from '../../common/errors.js';
import { Manager } from '../../common/manager.js';
import { expectStatus } from '../../common/ok-codes.js';
import { paginate } from '../../common/pagination.js';
import type { Resource } from '../../common/resource.js';
import type { QueryInput } from '../../common/types.js';
import { NotFound } from '../../../errors/http-errors.js';
import { keystoneLinks } from '../keystone-links.js';
import type { IdentityV3Client } from './client.js';

/** Something that names a record: its id, or a resource / object carrying one. */
export type Ref = string | { getId(): string | undefined } | { id: string };

/** The id in a Ref, checked; `what` names the argument in the error. */
export function idOf(ref: Ref, what: string): string {
  let id: string | undefined;
  if (typeof ref === 'string') id = ref;
  else if (typeof (ref as { getId?: unknown }).getId === 'function') id = (ref as { getId(): string | undefined }).getId();
  else if (typeof ref === 'object' && ref !== null && 'id' in ref) id = String(ref.id);
  if (id === undefined || id.length === 0) throw new InvalidArgument(what, `${what} needs an id (a non-empty string or a record with an id)`);
  return id;
}

export const seg = (value: string): string => encodeURIComponent(value);

/** Keystone's `links` on one record. */
export interface SelfLink {
  self: string;
}

/** Options every list call takes. */
export interface ListOptions {
  signal?: AbortSignal;
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
  protected async *_pages<T>(url: string, key: string, query: QueryInput | undefined, wrap: (info: unknown) => T, signal?: AbortSignal): AsyncGenerator<T, void, undefined> {
    const opts = { responseKey: key, linksKey: 'links', ...(query ? { query } : {}), ...(signal ? { signal } : {}) };
    for await (const item of paginate(keystoneLinks(this.client), url, opts)) yield wrap(item);
  }

  protected _iterateAll(query?: QueryInput, signal?: AbortSignal): AsyncGenerator<R, void, undefined> {
    return this._pages(this.path, this.collectionKey, query, (info) => this.wrap(info), signal);
  }

  protected async _collect<T>(items: AsyncIterable<T>): Promise<T[]> {
    const all: T[] = [];
    for await (const item of items) all.push(item);
    return all;
  }

  protected _getOne(id: string): Promise<R> {
    return this._get(`${this.path}/${seg(id)}`, this.memberKey);
  }

  protected _createOne(body: Record<string, unknown>): Promise<R> {
    return this._create(this.path, { [this.memberKey]: body }, this.memberKey, { okCodes: [201] });
  }

  protected async _patchOne(id: string, body: Record<string, unknown>): Promise<R> {
    if (Object.keys(body).length === 0) throw new InvalidArgument('changes', `Nothing to update on ${this.resourceName} ${id}`);
    const updated = await this._update(`${this.path}/${seg(id)}`, { [this.memberKey]: body }, this.memberKey, { method: 'PATCH', okCodes: [200] });
    return updated ?? this._getOne(id);
  }

  protected _deleteOne(id: string): Promise<void> {
    return this._delete(`${this.path}/${seg(id)}`, { okCodes: [204] });
  }

  /** PUT / DELETE that answer 204 (memberships, grants). */
  protected async _noContent(method: 'PUT' | 'DELETE', url: string): Promise<void> {
    const res = method === 'PUT' ? await this.client.put(url) : await this.client.delete(url);
    expectStatus(res, [204, 200], method);
  }

  /** HEAD that answers 204/200 when the relation exists and 404 when it does not. */
  protected async _exists(url: string): Promise<boolean> {
    try {
      const res = await this.client.head(url);
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
