import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Manager } from '../../common/manager.js';
import { expectStatus } from '../../common/ok-codes.js';
import type { ListOptions } from '../../common/pagination.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, isJsonRecord, type CallOptions } from '../../common/types.js';
import { putAccepted } from './action.js';
import { base, namedPages } from './databases.js';
import { userBody, type UserSpec } from './instance-types.js';
import { seg, type Ref } from '../../common/ref.js';

/** Trove's database user record (exported as DatabaseUserFields). */
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

/** The call options of a user call, with the user's host when it is not `%`. */
export interface UserCallOptions extends CallOptions {
  /** The host the user may connect from. @default '%' */
  host?: string;
}

/** Changes for `users.update`: a new name, allowed host or password. */
export interface UserChanges {
  name?: string;
  host?: string;
  password?: string;
}

/**
 * /instances/{id}/users: list, create, get, update, delete, and database access (list, grant, revoke).
 * A user is named `name` or, for a host other than `%`, `name@host` (pass `{ host }` in the call options).
 */
export class UsersManager extends Manager<User> {
  protected readonly resourceClass = User;
  protected override readonly resourceName = 'database user';

  async *iterate(instance: Ref, options: ListOptions = {}): AsyncGenerator<User, void, undefined> {
    yield* this._iterate(`${base(instance, 'users.iterate')}/users`, 'users', namedPages(options));
  }

  async list(instance: Ref, options: ListOptions = {}): Promise<User[]> {
    return this._collect(this.iterate(instance, options));
  }

  async create(instance: Ref, users: UserSpec[], call: CallOptions = {}): Promise<void> {
    if (!Array.isArray(users) || users.length === 0) throw new InvalidArgument('users', 'users.create needs at least one user');
    const res = await this.client.post(`${base(instance, 'users.create')}/users`, { json: { users: users.map(userBody) }, ...callOptionsOf(call) });
    expectStatus(res, [202, 200, 204], 'POST');
  }

  async get(instance: Ref, name: string, call: UserCallOptions = {}): Promise<User> {
    return this._get(this.#userUrl(instance, name, call.host, 'users.get'), 'user', callOptionsOf(call));
  }

  async update(instance: Ref, name: string, changes: UserChanges, call: UserCallOptions = {}): Promise<void> {
    const user: Record<string, string> = {};
    if (changes.name !== undefined) user.name = changes.name;
    if (changes.host !== undefined) user.host = changes.host;
    if (changes.password !== undefined) user.password = changes.password;
    if (Object.keys(user).length === 0) throw new InvalidArgument('name', 'users.update needs a name, host or password to change');
    return putAccepted(this.client, this.#userUrl(instance, name, call.host, 'users.update'), { user }, call);
  }

  async delete(instance: Ref, name: string, call: UserCallOptions = {}): Promise<void> {
    return this._delete(this.#userUrl(instance, name, call.host, 'users.delete'), { okCodes: [202, 204], ...callOptionsOf(call) });
  }

  /** The names of the databases the user may use. */
  async listAccess(instance: Ref, name: string, call: UserCallOptions = {}): Promise<string[]> {
    const res = await this.client.get(`${this.#userUrl(instance, name, call.host, 'users.listAccess')}/databases`, callOptionsOf(call));
    expectStatus(res, [200], 'GET');
    const dbs = isJsonRecord(res.body) ? res.body.databases : undefined;
    return Array.isArray(dbs) ? dbs.map((d) => String((d as { name?: unknown }).name)) : [];
  }

  /** Give the user all privileges on these databases. */
  async grant(instance: Ref, name: string, databases: string[], call: UserCallOptions = {}): Promise<void> {
    if (!Array.isArray(databases) || databases.length === 0) throw new InvalidArgument('databases', 'users.grant needs at least one database');
    const url = `${this.#userUrl(instance, name, call.host, 'users.grant')}/databases`;
    return putAccepted(this.client, url, { databases: databases.map((db) => ({ name: db })) }, call);
  }

  async revoke(instance: Ref, name: string, database: string, call: UserCallOptions = {}): Promise<void> {
    if (!database) throw new InvalidArgument('database', 'users.revoke needs a database name');
    const url = `${this.#userUrl(instance, name, call.host, 'users.revoke')}/databases/${seg(database)}`;
    return this._delete(url, { okCodes: [202, 204], ...callOptionsOf(call) });
  }

  #userUrl(instance: Ref, name: string, host: string | undefined, what: string): string {
    if (!name) throw new InvalidArgument('name', `${what} needs a user name`);
    const id = host !== undefined && host !== '%' ? `${name}@${host}` : name;
    return `${base(instance, what)}/users/${seg(id)}`;
  }
}
