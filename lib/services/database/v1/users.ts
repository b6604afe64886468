import { InvalidArgument } from '../../common/errors.js';
import { Manager } from '../../common/manager.js';
import { expectStatus } from '../../common/ok-codes.js';
import { Resource } from '../../common/resource.js';
import { isJsonRecord } from '../../common/types.js';
import { putAccepted } from './action.js';
import { base, namedPages, type PageOptions } from './databases.js';
import { userBody, type UserSpec } from './instance-types.js';
import { seg, type Ref } from './refs.js';

export interface UserFields {
  name: string;
  host: string;
  databases: { name: string }[];
}

export interface User extends UserFields {}

/** A database user on an instance; its id is its name. */
export class User extends Resource<UserFields> {
  override getId(): string {
    return this.name;
  }

  /** Not readable alone: it lives under an instance. */
  override refresh(): Promise<this> {
    return Promise.reject(new TypeError('A user lives under an instance; read it again with users.get(instance, name)'));
  }
}

/** Changes for `users.update`: a new name, allowed host or password. */
export interface UserChanges {
  name?: string;
  host?: string;
  password?: string;
}

/**
 * /instances/{id}/users: list, create, get, update, delete, and database access (list, grant, revoke).
 * A user is named `name` or, for a host other than `%`, `name@host`.
 */
export class UserManager extends Manager<User> {
  protected readonly resourceClass = User;
  protected override readonly resourceName = 'database user';

  async *iterate(instance: Ref, options: PageOptions = {}): AsyncGenerator<User, void, undefined> {
    yield* this._iterate(`${base(instance, 'users.iterate')}/users`, 'users', namedPages(options));
  }

  async list(instance: Ref, options: PageOptions = {}): Promise<User[]> {
    const all: User[] = [];
    for await (const u of this.iterate(instance, options)) all.push(u);
    return all;
  }

  async create(instance: Ref, users: UserSpec[]): Promise<void> {
    if (!Array.isArray(users) || users.length === 0) throw new InvalidArgument('users', 'users.create needs at least one user');
    const res = await this.client.post(`${base(instance, 'users.create')}/users`, { json: { users: users.map(userBody) } });
    expectStatus(res, [202, 200, 204], 'POST');
  }

  async get(instance: Ref, name: string, host?: string): Promise<User> {
    return this._get(this.#userUrl(instance, name, host, 'users.get'), 'user');
  }

  async update(instance: Ref, name: string, changes: UserChanges, host?: string): Promise<void> {
    const user: Record<string, string> = {};
    if (changes.name !== undefined) user.name = changes.name;
    if (changes.host !== undefined) user.host = changes.host;
    if (changes.password !== undefined) user.password = changes.password;
    if (Object.keys(user).length === 0) throw new InvalidArgument('name', 'users.update needs a name, host or password to change');
    return putAccepted(this.client, this.#userUrl(instance, name, host, 'users.update'), { user });
  }

  async delete(instance: Ref, name: string, host?: string): Promise<void> {
    return this._delete(this.#userUrl(instance, name, host, 'users.delete'), { okCodes: [202, 204] });
  }

  /** The names of the databases the user may use. */
  async listAccess(instance: Ref, name: string, host?: string): Promise<string[]> {
    const res = await this.client.get(`${this.#userUrl(instance, name, host, 'users.listAccess')}/databases`);
    expectStatus(res, [200], 'GET');
    const dbs = isJsonRecord(res.body) ? res.body.databases : undefined;
    return Array.isArray(dbs) ? dbs.map((d) => String((d as { name?: unknown }).name)) : [];
  }

  /** Give the user all privileges on these databases. */
  async grant(instance: Ref, name: string, databases: string[], host?: string): Promise<void> {
    if (!Array.isArray(databases) || databases.length === 0) throw new InvalidArgument('databases', 'users.grant needs at least one database');
    const url = `${this.#userUrl(instance, name, host, 'users.grant')}/databases`;
    return putAccepted(this.client, url, { databases: databases.map((db) => ({ name: db })) });
  }

  async revoke(instance: Ref, name: string, database: string, host?: string): Promise<void> {
    if (!database) throw new InvalidArgument('database', 'users.revoke needs a database name');
    return this._delete(`${this.#userUrl(instance, name, host, 'users.revoke')}/databases/${seg(database)}`, { okCodes: [202, 204] });
  }

  #userUrl(instance: Ref, name: string, host: string | undefined, what: string): string {
    if (!name) throw new InvalidArgument('name', `${what} needs a user name`);
    const id = host !== undefined && host !== '%' ? `${name}@${host}` : name;
    return `${base(instance, what)}/users/${seg(id)}`;
  }
}
