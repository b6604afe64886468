import { BaseClient, type BaseClientOptions } from '../../../base-client.js';
import type { HTTPClient } from '../../../session/http-client.js';
import { BackupManager } from './backups.js';
import { ConfigurationManager } from './configurations.js';
import { DatabaseManager } from './databases.js';
import { DatastoreManager, DatastoreVersionManager } from './datastores.js';
import { FlavorManager } from './flavors.js';
import { InstanceManager } from './instances.js';
import { UserManager } from './users.js';

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

  readonly instances: InstanceManager;
  readonly databases: DatabaseManager;
  readonly users: UserManager;
  readonly flavors: FlavorManager;
  readonly datastores: DatastoreManager;
  readonly datastoreVersions: DatastoreVersionManager;
  readonly backups: BackupManager;
  readonly configurations: ConfigurationManager;

  constructor(http: HTTPClient, options: BaseClientOptions = {}) {
    super(http, options);
    this.instances = new InstanceManager(this);
    this.databases = new DatabaseManager(this);
    this.users = new UserManager(this);
    this.flavors = new FlavorManager(this);
    this.datastores = new DatastoreManager(this);
    this.datastoreVersions = new DatastoreVersionManager(this);
    this.backups = new BackupManager(this);
    this.configurations = new ConfigurationManager(this);
  }
}

declare module '../../../session/http-client.js' {
  interface HTTPClient {
    /** The Trove client, once a DatabaseV1Client was created on this session. */
    database?: DatabaseV1Client;
  }
}
