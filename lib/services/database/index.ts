/**
 * Database service (OpenStack Trove), API v1.0. Trove runs database engines (MySQL, MariaDB,
 * PostgreSQL, …) as managed instances: each instance is a Nova server with a Cinder volume and a
 * guest agent, created from a flavor and a datastore version, and it moves BUILD → ACTIVE, then
 * REBOOT or RESIZE and back while it restarts or grows. On an ACTIVE instance Trove manages
 * databases, users and their access; backups, configuration groups, flavors and datastores sit at
 * the project level. Every URL is under the catalog's `…/v1.0/<project id>` endpoint; lists page
 * with `limit` / `marker` and a top-level `links` rel=next; faults come as
 * `{"itemNotFound": {"code": 404, "message": "…"}}` and kin.
 */
import { registerVersionMap } from '../common/create-client.js';
import type { BaseClientOptions } from '../../base-client.js';
import { extensible } from '../../client-extensions.js';
import { DatabaseV1Client as DatabaseV1ClientClass } from './v1/client.js';

/** The Trove v1.0 client; `extensions: [{ name, manager }]` mounts and types `client.<name>`. */
export const DatabaseV1Client = extensible(DatabaseV1ClientClass);
export type DatabaseV1Client = DatabaseV1ClientClass;

/** API version → client class, for `BaseClient.getClass('database', version, databaseVersionMap)`. */
export const databaseVersionMap = { '1.0': DatabaseV1Client } as const;

registerVersionMap('database', databaseVersionMap);

declare module '../common/create-client.js' {
  interface ServiceClientTypes {
    database: { client: DatabaseV1Client; options: BaseClientOptions };
  }
}

export { Instance, InstancesManager, type InstanceWaitOptions } from './v1/instances.js';
export type { InstanceCreateOptions, InstanceFields, InstanceListOptions, DatabaseSpec, UserSpec, NicSpec } from './v1/instance-types.js';
export { Database, DatabasesManager, type DatabaseFields } from './v1/databases.js';
export { User, UsersManager, type UserFields, type UserChanges, type UserCallOptions } from './v1/users.js';
export { Flavor, FlavorsManager, type FlavorFields } from './v1/flavors.js';
export {
  Datastore, DatastoresManager, DatastoreVersion, DatastoreVersionsManager,
  type DatastoreFields, type DatastoreVersionFields,
} from './v1/datastores.js';
export { Backup, BackupsManager, type BackupFields, type BackupListOptions, type BackupCreateOptions, type BackupWaitOptions } from './v1/backups.js';
export { Configuration, ConfigurationsManager, type ConfigurationFields, type ConfigurationCreateOptions } from './v1/configurations.js';
export type { Link } from './v1/link.js';
