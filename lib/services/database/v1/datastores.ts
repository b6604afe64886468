import { Manager } from '../../common/manager.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import { idOf, seg, type Ref } from '../../common/ref.js';
import type { Link } from './link.js';

/** Trove's datastore record (MySQL, PostgreSQL, …) with its versions. */
export interface DatastoreFields {
  id: string;
  name: string;
  default_version?: string;
  links: Link[];
  versions: { id: string; name: string; links: Link[] }[];
}

export interface Datastore extends DatastoreFields {}

/** A database engine (mysql, mariadb, postgresql…) and its versions in brief. */
export class Datastore extends Resource<DatastoreFields> {}

/** /datastores: list and get by id or name. */
export class DatastoresManager extends Manager<Datastore> {
  protected readonly resourceClass = Datastore;
  protected override readonly resourceName = 'datastore';

  /** One page: Trove does not page datastores. */
  async list(options: CallOptions = {}): Promise<Datastore[]> {
    return this._list('/datastores', 'datastores', callOptionsOf(options));
  }

  async get(datastore: Ref, call: CallOptions = {}): Promise<Datastore> {
    return this._get(`/datastores/${seg(idOf(datastore, 'datastores.get'))}`, 'datastore', callOptionsOf(call));
  }

  protected override findCandidates(): Promise<Datastore[]> {
    return this.list();
  }
}

/** Trove's datastore version record. */
export interface DatastoreVersionFields {
  id: string;
  name: string;
  /** The id of the datastore. */
  datastore: string;
  /** The version number, e.g. 5.7.29. */
  version?: string;
  active?: number | boolean;
  links: Link[];
}

export interface DatastoreVersion extends DatastoreVersionFields {}

export class DatastoreVersion extends Resource<DatastoreVersionFields> {
  /** Versions are read through their datastore: this reads it again by id. */
  override async refresh(): Promise<this> {
    const fresh = await this.manager.getByUuid(this.id);
    this.replaceInfo(fresh.toJSON());
    return this;
  }

  declare readonly manager: DatastoreVersionsManager;
}

/** /datastores/{ds}/versions: list, get by id or name, and get by id alone. */
export class DatastoreVersionsManager extends Manager<DatastoreVersion> {
  protected readonly resourceClass = DatastoreVersion;
  protected override readonly resourceName = 'datastore version';

  /** The versions of a datastore (one page). */
  async list(datastore: Ref, options: CallOptions = {}): Promise<DatastoreVersion[]> {
    const ds = seg(idOf(datastore, 'datastoreVersions.list'));
    return this._list(`/datastores/${ds}/versions`, 'versions', callOptionsOf(options));
  }

  async get(datastore: Ref, version: Ref, call: CallOptions = {}): Promise<DatastoreVersion> {
    const ds = seg(idOf(datastore, 'datastoreVersions.get'));
    return this._get(`/datastores/${ds}/versions/${seg(idOf(version, 'datastoreVersions.get version'))}`, 'version', callOptionsOf(call));
  }

  /** A version by its id, without naming the datastore. */
  async getByUuid(version: Ref, call: CallOptions = {}): Promise<DatastoreVersion> {
    return this._get(`/datastores/versions/${seg(idOf(version, 'datastoreVersions.getByUuid'))}`, 'version', callOptionsOf(call));
  }
}
