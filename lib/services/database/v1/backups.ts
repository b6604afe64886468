import { InvalidArgument } from '../../../errors/framework-errors.js';
import { Manager } from '../../common/manager.js';
import { pageOptionsOf, type ListOptions } from '../../common/pagination.js';
import { Resource } from '../../common/resource.js';
import { callOptionsOf, type CallOptions } from '../../common/types.js';
import { waitFor, type WaitOptions } from '../../common/wait-for.js';
import { idOf, seg, type Ref } from '../../common/ref.js';

/** Trove's backup record. */
export interface BackupFields {
  id: string;
  name: string;
  description: string | null;
  instance_id: string;
  parent_id: string | null;
  /** NEW, BUILDING, COMPLETED, FAILED, DELETE_FAILED */
  status: string;
  size: number | null;
  locationRef: string | null;
  datastore: { type: string; version: string; version_id: string };
  created: string;
  updated: string;
  storage_driver?: string;
}

export interface Backup extends BackupFields {}

/** `status` defaults to COMPLETED; FAILED, DELETE_FAILED and ERROR end the wait. */
export type BackupWaitOptions = WaitOptions<Backup>;

/** A backup of an instance. */
export class Backup extends Resource<BackupFields> {
  declare readonly manager: BackupsManager;

  async delete(): Promise<void> {
    return this.manager.delete(this);
  }

  /** Poll until COMPLETED (by default); this object then holds the last record read. */
  async waitFor(options: BackupWaitOptions = {}): Promise<this> {
    const fresh = await this.manager.waitFor(this, options);
    this.replaceInfo(fresh.toJSON());
    return this;
  }
}

export interface BackupListOptions extends ListOptions {
  /** Only this instance's backups (GET /instances/{id}/backups). */
  instance?: Ref;
  /** Only backups of this datastore (type name). */
  datastore?: string;
  /**
   * Only this instance's backups, as a filter of GET /backups (`?instance_id=`, what troveclient's `backup list --instance`
   * sends): unlike `instance`, it answers while the instance is not ready.
   */
  instanceId?: string;
}

/** The body of `backups.create()`: name, the instance, and an optional parent backup. */
export interface BackupCreateOptions {
  name: string;
  instance: Ref;
  description?: string;
  /** Make an incremental backup on top of this one. */
  parentId?: string;
  /** Incremental on top of the instance's latest backup. */
  incremental?: boolean;
  /** The Swift container for the backup data, when Swift stores backups. */
  swiftContainer?: string;
}

/**
 * /backups: list (all or per instance), get, create, delete, wait for COMPLETED. The reference manager of
 * the one dialect (see lib/services/common/index.ts): a new manager copies this shape.
 */
export class BackupsManager extends Manager<Backup> {
  protected readonly resourceClass = Backup;
  protected override readonly resourceName = 'backup';

  iterate(options: BackupListOptions = {}): AsyncGenerator<Backup, void, undefined> {
    const url = options.instance !== undefined ? `/instances/${seg(idOf(options.instance, 'backups.list instance'))}/backups` : '/backups';
    const query: Record<string, string> = {};
    if (options.datastore !== undefined) query.datastore = options.datastore;
    if (options.instanceId !== undefined) query.instance_id = options.instanceId;
    return this._iterate(url, 'backups', {
      linksKey: 'links',
      ...(Object.keys(query).length > 0 ? { query } : {}),
      ...pageOptionsOf(options),
    });
  }

  async list(options: BackupListOptions = {}): Promise<Backup[]> {
    return this._collect(this.iterate(options));
  }

  async get(backup: Ref, call: CallOptions = {}): Promise<Backup> {
    return this._get(`/backups/${seg(idOf(backup, 'backups.get'))}`, 'backup', callOptionsOf(call));
  }

  /** Start a backup (Trove answers 202 with the record, status NEW). The instance must be ACTIVE. */
  async create(options: BackupCreateOptions, call: CallOptions = {}): Promise<Backup> {
    if (!options.name) throw new InvalidArgument('name', 'backups.create needs a name');
    const body: Record<string, unknown> = { name: options.name, instance: idOf(options.instance, 'backups.create instance') };
    if (options.description !== undefined) body.description = options.description;
    if (options.parentId !== undefined) body.parent_id = options.parentId;
    if (options.incremental) body.incremental = 1;
    if (options.swiftContainer !== undefined) body.swift_container = options.swiftContainer;
    return this._create('/backups', { backup: body }, 'backup', { okCodes: [202, 200], ...callOptionsOf(call) });
  }

  async delete(backup: Ref, call: CallOptions = {}): Promise<void> {
    return this._delete(`/backups/${seg(idOf(backup, 'backups.delete'))}`, { okCodes: [202, 204], ...callOptionsOf(call) });
  }

  /** Poll until COMPLETED (by default); FAILED ends the wait with ResourceInErrorState. */
  async waitFor(backup: Ref, options: BackupWaitOptions = {}): Promise<Backup> {
    const id = idOf(backup, 'backups.waitFor');
    return waitFor((signal) => this.get(id, signal ? { signal } : {}), {
      description: `backup ${id}`,
      errorStatuses: ['FAILED', 'DELETE_FAILED', 'ERROR'],
      ...options,
      status: options.status ?? 'COMPLETED',
    });
  }

  protected override findCandidates(): AsyncIterable<Backup> {
    return this.iterate();
  }
}
