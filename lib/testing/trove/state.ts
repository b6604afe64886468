import { randomUUID } from 'node:crypto';
import { seedDatastores, seedFlavors, type DatastoreRecord, type FlavorRecord } from './seed.js';

export interface DatabaseRecord {
  name: string;
  character_set?: string;
  collate?: string;
}

export interface UserRecord {
  name: string;
  host: string;
  password: string;
  databases: Set<string>;
}

/** A status change in progress: `status` now, `then` from `until` (ms on the fake cloud's clock). */
export interface Transition {
  status: string;
  until: number;
  then: string;
  apply?: () => void;
}

export interface InstanceRecord {
  id: string;
  name: string;
  projectId: string;
  flavorId: string;
  volumeSize: number;
  volumeType?: string;
  /** `versionNumber`: the version's `version` (5.7.29), shown as `datastore.version_number` in a detail view. */
  datastore: { type: string; version: string; versionId: string; versionNumber?: string };
  availabilityZone?: string;
  nics: unknown[];
  access?: { is_public?: boolean; allowed_cidrs?: string[] };
  region: string;
  created: number;
  updated: number;
  status: string;
  transition?: Transition;
  fault?: { message: string; created: number; details: string | null };
  /** Set by FakeTrove.failInstance: the next transition (or the current state) ends in ERROR. */
  failWith?: string;
  ips: string[];
  databases: Map<string, DatabaseRecord>;
  users: Map<string, UserRecord>;
  configurationId?: string;
}

export interface BackupRecord {
  id: string;
  name: string;
  description: string | null;
  projectId: string;
  instanceId: string;
  parentId: string | null;
  datastore: { type: string; version: string; version_id: string };
  created: number;
  /** When the backup turns COMPLETED. */
  doneAt: number;
}

export interface ConfigurationRecord {
  id: string;
  name: string;
  description: string | null;
  projectId: string;
  datastore: { name: string; versionId: string; versionName: string; versionNumber: string };
  values: Record<string, unknown>;
  created: number;
  updated: number;
}

/** Everything one fake Trove holds. Status moves lazily: `settle()` applies what the clock says is done. */
export class TroveStore {
  readonly flavors: FlavorRecord[] = seedFlavors();
  readonly datastores: DatastoreRecord[] = seedDatastores();
  readonly instances = new Map<string, InstanceRecord>();
  readonly backups = new Map<string, BackupRecord>();
  readonly configurations = new Map<string, ConfigurationRecord>();
  #ipCounter = 10;

  newId(): string {
    return randomUUID();
  }

  nextIp(): string {
    this.#ipCounter = this.#ipCounter >= 250 ? 10 : this.#ipCounter + 1;
    return `10.1.0.${this.#ipCounter}`;
  }

  /** Apply a finished transition (or a pending failure) to one instance; false when it is gone. */
  settle(inst: InstanceRecord, now: number): boolean {
    const t = inst.transition;
    if (t && now >= t.until) {
      inst.transition = undefined;
      inst.updated = t.until;
      if (inst.failWith !== undefined && t.then !== 'DELETED') {
        this.#toError(inst, t.until);
      } else {
        inst.status = t.then;
        t.apply?.();
      }
    } else if (!t && inst.failWith !== undefined) {
      this.#toError(inst, now);
    }
    if (inst.status === 'DELETED') {
      this.instances.delete(inst.id);
      return false;
    }
    return true;
  }

  #toError(inst: InstanceRecord, at: number): void {
    inst.status = 'ERROR';
    inst.fault = { message: inst.failWith ?? 'unknown failure', created: at, details: null };
    inst.failWith = undefined;
    inst.updated = at;
  }

  /** Start a transition: status now, `then` after `ms`. */
  begin(inst: InstanceRecord, now: number, status: string, ms: number, then: string, apply?: () => void): void {
    inst.status = status;
    inst.updated = now;
    inst.transition = { status, until: now + ms, then, ...(apply ? { apply } : {}) };
  }

  /** The project's live instances, settled at `now`, in creation order. */
  liveInstances(projectId: string, now: number): InstanceRecord[] {
    const out: InstanceRecord[] = [];
    for (const inst of [...this.instances.values()]) {
      if (inst.projectId !== projectId) continue;
      if (this.settle(inst, now)) out.push(inst);
    }
    return out;
  }

  instance(projectId: string, id: string, now: number): InstanceRecord | undefined {
    const inst = this.instances.get(id);
    if (!inst || inst.projectId !== projectId) return undefined;
    return this.settle(inst, now) ? inst : undefined;
  }

  flavor(ref: string): FlavorRecord | undefined {
    // flavorRef may be an id or a link (".../flavors/2"): Trove takes the last path segment.
    const id = ref.split('/').filter(Boolean).pop() ?? ref;
    return this.flavors.find((f) => f.id === id);
  }

  datastore(idOrName: string): DatastoreRecord | undefined {
    return this.datastores.find((d) => d.id === idOrName || d.name === idOrName);
  }
}
