import { InvalidArgument } from '../../common/errors.js';
import { Manager } from '../../common/manager.js';
import { expectStatus } from '../../common/ok-codes.js';
import { Resource } from '../../common/resource.js';
import { databaseBody, type DatabaseSpec } from './instance-types.js';
import { idOf, seg, type Ref } from './refs.js';

export interface DatabaseFields {
  name: string;
  character_set?: string;
  collate?: string;
}

export interface Database extends DatabaseFields {}

/** A database (schema) on an instance; its id is its name. */
export class Database extends Resource<DatabaseFields> {
  override getId(): string {
    return this.name;
  }

  /** Not readable alone: it lives under an instance. */
  override refresh(): Promise<this> {
    return Promise.reject(new TypeError('A database lives under an instance; read it again with databases.list(instance)'));
  }
}

export interface PageOptions {
  /** Page size sent as `limit`. */
  limit?: number;
  marker?: string;
  signal?: AbortSignal;
}

/** /instances/{id}/databases: list, create, delete. The instance must be ACTIVE (Trove answers 422 before). */
export class DatabaseManager extends Manager<Database> {
  protected readonly resourceClass = Database;
  protected override readonly resourceName = 'database';

  async *iterate(instance: Ref, options: PageOptions = {}): AsyncGenerator<Database, void, undefined> {
    yield* this._iterate(`${base(instance, 'databases.iterate')}/databases`, 'databases', namedPages(options));
  }

  async list(instance: Ref, options: PageOptions = {}): Promise<Database[]> {
    const all: Database[] = [];
    for await (const d of this.iterate(instance, options)) all.push(d);
    return all;
  }

  /** Create databases on an instance (Trove answers 202 with no body). */
  async create(instance: Ref, databases: DatabaseSpec[]): Promise<void> {
    if (!Array.isArray(databases) || databases.length === 0) throw new InvalidArgument('databases', 'databases.create needs at least one database');
    const res = await this.client.post(`${base(instance, 'databases.create')}/databases`, { json: { databases: databases.map(databaseBody) } });
    expectStatus(res, [202, 200, 204], 'POST');
  }

  async delete(instance: Ref, name: string): Promise<void> {
    if (!name) throw new InvalidArgument('name', 'databases.delete needs a database name');
    return this._delete(`${base(instance, 'databases.delete')}/databases/${seg(name)}`, { okCodes: [202, 204] });
  }
}

export function base(instance: Ref, what: string): string {
  return `/instances/${seg(idOf(instance, what))}`;
}

/** Paging of lists keyed by name (databases, users): Trove's `links` only when there is a next page. */
export function namedPages(options: PageOptions) {
  return {
    linksKey: 'links',
    markerOf: (item: unknown) => (item as { name?: string }).name,
    ...(options.limit !== undefined ? { pageSize: options.limit } : {}),
    ...(options.marker !== undefined ? { marker: options.marker } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}
