import { InvalidArgument } from '../../../errors/framework-errors.js';
import type { ListOptions } from '../../common/pagination.js';
import type { Link } from './link.js';

/** An instance record as Trove sends it (list, detail and show fill more or fewer fields). */
export interface InstanceFields {
  id: string;
  name: string;
  /** BUILD, ACTIVE, REBOOT, RESIZE, SHUTDOWN, BACKUP, ERROR, … */
  status: string;
  operating_status?: string;
  flavor: { id: string | number; links?: Link[] };
  /** `version_number` (e.g. 5.7.29) in the detail view only. */
  datastore: { type: string; version: string; version_number?: string };
  volume?: { size: number; used?: number; type?: string };
  links: Link[];
  ip?: string[];
  addresses?: { address: string; type: string }[];
  region?: string;
  created?: string;
  updated?: string;
  service_status_updated?: string;
  /** Admins only: the project, the Nova server and Cinder volume behind the instance (null until built). */
  tenant_id?: string;
  server_id?: string | null;
  volume_id?: string | null;
  encrypted_rpc_messaging?: boolean;
  /** Why an instance is in ERROR. */
  fault?: { message: string; created: string; details: string | null };
  configuration?: { id: string; name: string; links: Link[] };
  access?: { is_public?: boolean; allowed_cidrs?: string[] };
  hostname?: string;
  replica_of?: { id: string; links: Link[] };
  replicas?: { id: string; links: Link[] }[];
  locality?: string;
}

/** A database to create with an instance or on one. */
export interface DatabaseSpec {
  name: string;
  /** e.g. utf8mb4 */
  characterSet?: string;
  /** e.g. utf8mb4_general_ci */
  collate?: string;
}

/** A database user to create with an instance or on one. */
export interface UserSpec {
  name: string;
  password: string;
  /** @default '%' (any host) */
  host?: string;
  /** Databases the user gets all privileges on. */
  databases?: string[];
}

/**
 * A network for the instance. Trove 18 (Zed) takes `networkId`, `subnetId` and `ipAddress` (its schema refuses
 * `port-id` and `v4-fixed-ip`); `netId`, `portId` and `v4FixedIp` are the older words.
 */
export interface NicSpec {
  networkId?: string;
  subnetId?: string;
  ipAddress?: string;
  netId?: string;
  portId?: string;
  v4FixedIp?: string;
}

/** The body of `instances.create()`: name, flavor, volume, datastore, databases, users, networks. */
export interface InstanceCreateOptions {
  name: string;
  /** Flavor id (Trove's `flavorRef`), or a flavor record. */
  flavor: string | number | { id: string | number };
  /** The Cinder volume for the data; size in GB. */
  volume?: { size: number; type?: string };
  /** @default the cloud's default datastore and its default version; `versionNumber` tells apart versions of one name */
  datastore?: { type?: string; version?: string; versionNumber?: string };
  databases?: DatabaseSpec[];
  users?: UserSpec[];
  nics?: NicSpec[];
  availabilityZone?: string;
  /** A configuration group id to attach from the start. */
  configuration?: string;
  /** Restore from this backup id. */
  restoreFrom?: string;
  replicaOf?: string;
  replicaCount?: number;
  /** Server group policy for replicas: `affinity` or `anti-affinity`. */
  locality?: string;
  access?: { isPublic?: boolean; allowedCidrs?: string[] };
  /** Any other field of Trove's request, sent as is (for options this client does not name). */
  extra?: Record<string, unknown>;
}

/** `limit` is the page size (Trove caps it at its own). */
export interface InstanceListOptions extends ListOptions {
  /** GET /instances/detail (created/updated times, addresses, faults) or /instances. @default true */
  detailed?: boolean;
  includeClustered?: boolean;
  /** Every project's instances, through the admin API (GET /mgmt/instances). */
  allProjects?: boolean;
  /** One project's instances, through the admin API (GET /mgmt/instances?project_id=…). */
  projectId?: string;
}

/** Trove's JSON for POST /instances. */
export function instanceCreateBody(o: InstanceCreateOptions): Record<string, unknown> {
  if (typeof o.name !== 'string' || o.name.length === 0) throw new InvalidArgument('name', 'instances.create needs a name');
  const flavorRef = typeof o.flavor === 'object' ? o.flavor.id : o.flavor;
  if (flavorRef === undefined || String(flavorRef).length === 0) throw new InvalidArgument('flavor', 'instances.create needs a flavor');
  if (o.volume !== undefined && !(Number.isInteger(o.volume.size) && o.volume.size > 0)) {
    throw new InvalidArgument('volume.size', `volume.size must be a whole number of GB above 0, got ${String(o.volume.size)}`);
  }
  const body: Record<string, unknown> = { name: o.name, flavorRef: String(flavorRef) };
  if (o.volume) body.volume = { size: o.volume.size, ...(o.volume.type ? { type: o.volume.type } : {}) };
  if (o.datastore) body.datastore = datastoreBody(o.datastore);
  if (o.databases) body.databases = o.databases.map(databaseBody);
  if (o.users) body.users = o.users.map(userBody);
  if (o.nics) {
    body.nics = o.nics.map((n) => ({
      ...(n.networkId ? { network_id: n.networkId } : {}),
      ...(n.subnetId ? { subnet_id: n.subnetId } : {}),
      ...(n.ipAddress ? { ip_address: n.ipAddress } : {}),
      ...(n.netId ? { 'net-id': n.netId } : {}),
      ...(n.portId ? { 'port-id': n.portId } : {}),
      ...(n.v4FixedIp ? { 'v4-fixed-ip': n.v4FixedIp } : {}),
    }));
  }
  if (o.availabilityZone) body.availability_zone = o.availabilityZone;
  if (o.configuration) body.configuration = o.configuration;
  if (o.restoreFrom) body.restorePoint = { backupRef: o.restoreFrom };
  if (o.replicaOf) body.replica_of = o.replicaOf;
  if (o.replicaCount !== undefined) body.replica_count = o.replicaCount;
  if (o.locality) body.locality = o.locality;
  if (o.access) {
    body.access = {
      ...(o.access.isPublic !== undefined ? { is_public: o.access.isPublic } : {}),
      ...(o.access.allowedCidrs ? { allowed_cidrs: o.access.allowedCidrs } : {}),
    };
  }
  return { instance: { ...body, ...o.extra } };
}

/** Trove's `datastore` object: type, version, version_number. */
export function datastoreBody(d: { type?: string; version?: string; versionNumber?: string }): Record<string, string> {
  return {
    ...(d.type ? { type: d.type } : {}),
    ...(d.version ? { version: d.version } : {}),
    ...(d.versionNumber ? { version_number: d.versionNumber } : {}),
  };
}

export function databaseBody(d: DatabaseSpec): Record<string, unknown> {
  if (typeof d.name !== 'string' || d.name.length === 0) throw new InvalidArgument('name', 'A database needs a name');
  return {
    name: d.name,
    ...(d.characterSet ? { character_set: d.characterSet } : {}),
    ...(d.collate ? { collate: d.collate } : {}),
  };
}

export function userBody(u: UserSpec): Record<string, unknown> {
  if (typeof u.name !== 'string' || u.name.length === 0) throw new InvalidArgument('name', 'A database user needs a name');
  if (typeof u.password !== 'string' || u.password.length === 0) throw new InvalidArgument('password', `Database user ${u.name} needs a password`);
  return {
    name: u.name,
    password: u.password,
    ...(u.host ? { host: u.host } : {}),
    ...(u.databases ? { databases: u.databases.map((name) => ({ name })) } : {}),
  };
}
