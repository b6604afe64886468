import { BaseClient, type BaseClientOptions } from '../../../base-client.js';
import type { HTTPClient } from '../../../session/http-client.js';
import { BackupsManager } from './backups.js';
import { ConfigurationsManager } from './configurations.js';
import { DatabasesManager } from './databases.js';
import { DatastoresManager, DatastoreVersionsManager } from './datastores.js';
import { FlavorsManager } from './flavors.js';
import { InstancesManager } from './instances.js';
import { UsersManager } from './users.js';

/**
 * Trove (Database service) API v1.0. The endpoint comes from the catalog's `database` entry, which
 * Keystone fills as `…/v1.0/<project id>`; every path below is relative to it.
 * @example
 * const db = new DatabaseV1Client(http);          // http.database === db
 * const inst = await db.instances.create({ name: 'db1', flavor: '2', volume: { size: 2 } });
 * await inst.waitFor({ status: 'ACTIVE', interval: 2000, onProgress: (s) => console.log(s.status) });
 */
export class DatabaseV1Client extends BaseClient {
  static override readonly serviceType: string = 'database';
  static override readonly attributeName: string = 'database';

  readonly instances: InstancesManager;
  readonly databases: DatabasesManager;
  readonly users: UsersManager;
  readonly flavors: FlavorsManager;
  readonly datastores: DatastoresManager;
  readonly datastoreVersions: DatastoreVersionsManager;
  readonly backups: BackupsManager;
  readonly configurations: ConfigurationsManager;

  constructor(http: HTTPClient, options: BaseClientOptions = {}) {
    super(http, options);
    this.instances = new InstancesManager(this);
    this.databases = new DatabasesManager(this);
    this.users = new UsersManager(this);
    this.flavors = new FlavorsManager(this);
    this.datastores = new DatastoresManager(this);
    this.datastoreVersions = new DatastoreVersionsManager(this);
    this.backups = new BackupsManager(this);
    this.configurations = new ConfigurationsManager(this);
  }
}

declare module '../../../session/http-client.js' {
  interface HTTPClient {
    /** The Trove client, once a DatabaseV1Client was created on this session. */
    database?: DatabaseV1Client;
  }
}
