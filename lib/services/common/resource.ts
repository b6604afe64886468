import type { Manager } from './manager.js';
import type { JsonRecord } from './types.js';

/**
 * One record of a service (a server, a flavor, an instance), as python-novaclient's `Resource`:
 * the JSON fields are own properties of the object, the manager is a hidden back-reference,
 * and subclasses add the record's actions (`server.reboot()`).
 *
 * Subclasses type their fields by merging an interface with the class, and must not declare
 * field initializers (they would overwrite the JSON values after `super()`):
 * @example
 * export interface Server extends ServerFields {}
 * export class Server extends Resource<ServerFields> { reboot() { ... } }
 */
export class Resource<T extends object = JsonRecord> {
  #info: T;
  #loaded: boolean;
  declare readonly manager: Manager<Resource<T>>;

  /**
   * @param manager the manager that made it; non-enumerable, so it stays out of `JSON.stringify` and logs.
   * @param info the JSON record as the service sent it.
   * @param loaded true when `info` is the full record (a `get`), false for a summary (a plain `list`).
   */
  constructor(manager: Manager<any>, info: T, loaded = false) {
    Object.defineProperty(this, 'manager', { value: manager, enumerable: false, writable: false, configurable: true });
    this.#info = { ...info };
    this.#loaded = loaded;
    this.#assign(info);
  }

  /** The record as last read from the service (a copy). */
  toJSON(): T {
    return { ...this.#info };
  }

  /** True once the full record was read (a `get` or `refresh`). */
  get isLoaded(): boolean {
    return this.#loaded;
  }

  /** The id used in URLs; keypairs and others override it (a keypair's id is its name). */
  getId(): string | undefined {
    const id = (this.#info as { id?: unknown }).id;
    return id === undefined || id === null ? undefined : String(id);
  }

  /** Read the record again from the service and update this object in place. */
  async refresh(): Promise<this> {
    const id = this.getId();
    if (id === undefined) throw new TypeError(`${this.constructor.name} has no id to refresh by`);
    const owner = this.manager as unknown as { get?: (id: string) => Promise<{ toJSON(): unknown }> };
    if (typeof owner.get !== 'function') throw new TypeError(`${this.manager.constructor.name} cannot get one record by id`);
    const fresh = await owner.get.call(this.manager, id);
    this.replaceInfo(fresh.toJSON() as T);
    return this;
  }

  /** Replace the fields with a newer record (fields gone from the record are removed). */
  protected replaceInfo(info: T): void {
    for (const key of Object.keys(this.#info)) {
      if (!(key in info) && Object.prototype.hasOwnProperty.call(this, key)) delete (this as Record<string, unknown>)[key];
    }
    this.#info = { ...info };
    this.#loaded = true;
    this.#assign(info);
  }

  #assign(info: T): void {
    const proto = Object.getPrototypeOf(this) as object;
    for (const [key, value] of Object.entries(info)) {
      // A field named like a method or accessor (`refresh`, `toJSON`) stays reachable through toJSON() only.
      if (key === 'manager' || key in proto) continue;
      Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
}

/** The constructor managers use to wrap records. */
export type ResourceClass<R extends Resource<any>> = new (manager: Manager<R>, info: any, loaded?: boolean) => R;
