import { Manager } from '../../common/manager.js';
import { Resource } from '../../common/resource.js';
import { idOf, seg, type Link, type Ref } from './refs.js';

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
export class DatastoreManager extends Manager<Datastore> {
  protected readonly resourceClass = Datastore;
  protected override readonly resourceName = 'datastore';

  async list(options: { signal?: AbortSignal } = {}): Promise<Datastore[]> {
    return this._list('/datastores', 'datastores', options.signal ? { signal: options.signal } : {});
  }

  async get(datastore: Ref): Promise<Datastore> {
    return this._get(`/datastores/${seg(idOf(datastore, 'datastores.get'))}`, 'datastore');
  }

  protected override findCandidates(): Promise<Datastore[]> {
    return this.list();
  }
}

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

  declare readonly manager: DatastoreVersionManager;
}

/** /datastores/{ds}/versions: list, get by id or name, and get by id alone. */
export class DatastoreVersionManager extends Manager<DatastoreVersion> {
  protected readonly resourceClass = DatastoreVersion;
  protected override readonly resourceName = 'datastore version';

  async list(datastore: Ref, options: { signal?: AbortSignal } = {}): Promise<DatastoreVersion[]> {
    const ds = seg(idOf(datastore, 'datastoreVersions.list'));
    return this._list(`/datastores/${ds}/versions`, 'versions', options.signal ? { signal: options.signal } : {});
  }

  async get(datastore: Ref, version: Ref): Promise<DatastoreVersion> {
    const ds = seg(idOf(datastore, 'datastoreVersions.get'));
    return this._get(`/datastores/${ds}/versions/${seg(idOf(version, 'datastoreVersions.get version'))}`, 'version');
  }

  /** A version by its id, without naming the datastore. */
  async getByUuid(version: Ref): Promise<DatastoreVersion> {
    return this._get(`/datastores/versions/${seg(idOf(version, 'datastoreVersions.getByUuid'))}`, 'version');
  }
}
