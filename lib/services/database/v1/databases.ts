import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Manager } from '../../common/manager.js';
import { expectStatus } from '../../common/ok-codes.js';
import { pageOptionsOf, type ListOptions } from '../../common/pagination.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import { databaseBody, type DatabaseSpec } from './instance-types.js';
import { idOf, seg, type Ref } from '../../common/ref.js';

/** Trove's database record: a schema on an instance. */
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

/**
 * /instances/{id}/databases: list, create, delete; the instance's Ref comes first. The instance must be
 * ACTIVE (Trove answers 422 before). `marker` is a database name.
 */
export class DatabasesManager extends Manager<Database> {
  protected readonly resourceClass = Database;
  protected override readonly resourceName = 'database';

  async *iterate(instance: Ref, options: ListOptions = {}): AsyncGenerator<Database, void, undefined> {
    yield* this._iterate(`${base(instance, 'databases.iterate')}/databases`, 'databases', namedPages(options));
  }

  async list(instance: Ref, options: ListOptions = {}): Promise<Database[]> {
    return this._collect(this.iterate(instance, options));
  }

  /** Create databases on an instance (Trove answers 202 with no body). */
  async create(instance: Ref, databases: DatabaseSpec[], call: CallOptions = {}): Promise<void> {
    if (!Array.isArray(databases) || databases.length === 0) throw new InvalidArgument('databases', 'databases.create needs at least one database');
    const url = `${base(instance, 'databases.create')}/databases`;
    const res = await this.client.post(url, { json: { databases: databases.map(databaseBody) }, ...callOptionsOf(call) });
    expectStatus(res, [202, 200, 204], 'POST');
  }

  async delete(instance: Ref, name: string, call: CallOptions = {}): Promise<void> {
    if (!name) throw new InvalidArgument('name', 'databases.delete needs a database name');
    return this._delete(`${base(instance, 'databases.delete')}/databases/${seg(name)}`, { okCodes: [202, 204], ...callOptionsOf(call) });
  }
}

export function base(instance: Ref, what: string): string {
  return `/instances/${seg(idOf(instance, what))}`;
}

/** Paging of lists keyed by name (databases, users): Trove's `links` only when there is a next page. */
export function namedPages(options: ListOptions) {
  return { linksKey: 'links', markerOf: (item: unknown) => (item as { name?: string }).name, ...pageOptionsOf(options) };
}
