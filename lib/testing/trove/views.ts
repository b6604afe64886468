import type { DatastoreRecord, DatastoreVersionRecord, FlavorRecord } from './seed.js';
import type { BackupRecord, ConfigurationRecord, InstanceRecord } from './state.js';

/** Where links in bodies point: the fake cloud's base URL and the project of the request. */
export interface ViewContext {
  baseUrl: string;
  projectId: string;
  region: string;
  /** An admin token: Trove's views add the admin-only fields (trove/instance/views.py, trove/datastore/views.py). */
  isAdmin?: boolean;
}

/** Trove's timestamps: ISO 8601 to the second, no zone (`2019-12-23T20:53:38`). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export function links(v: ViewContext, path: string): { href: string; rel: string }[] {
  return [
    { href: `${v.baseUrl}/database/v1.0/${v.projectId}/${path}`, rel: 'self' },
    { href: `${v.baseUrl}/database/${path}`, rel: 'bookmark' },
  ];
}

/** Statuses during which Trove leaves `volume.used` out of a show response. */
const NO_USAGE = new Set(['BUILD', 'REBOOT', 'RESIZE', 'ERROR', 'SHUTDOWN']);

/** GET /instances (the short list form, instance-list-response.json). */
export function instanceSummary(v: ViewContext, i: InstanceRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: i.id,
    name: i.name,
    status: i.status,
    operating_status: i.status === 'ACTIVE' ? 'HEALTHY' : '',
    flavor: { id: i.flavorId, links: links(v, `flavors/${i.flavorId}`) },
    datastore: { type: i.datastore.type, version: i.datastore.version },
    links: links(v, `instances/${i.id}`),
    region: i.region,
    // Trove 18: always there; is_public from the addresses when the instance has no access settings of its own
    access: i.access ?? (i.ips.length > 0 ? { is_public: false } : {}),
    volume: { size: i.volumeSize },
  };
  if (v.isAdmin) out.tenant_id = v.projectId;
  if (i.ips.length > 0) out.ip = [...i.ips];
  return out;
}

/** GET /instances/detail and GET /instances/{id} (instance-show-response.json). */
export function instanceDetail(v: ViewContext, i: InstanceRecord, config?: ConfigurationRecord): Record<string, unknown> {
  const out = instanceSummary(v, i);
  out.datastore = { ...(out.datastore as object), version_number: i.datastore.versionNumber ?? i.datastore.version };
  out.created = isoSeconds(i.created);
  out.updated = isoSeconds(i.updated);
  out.service_status_updated = isoSeconds(i.updated);
  if (i.ips.length > 0) out.addresses = i.ips.map((address) => ({ address, type: 'private' }));
  const volume: Record<string, unknown> = { size: i.volumeSize };
  if (i.volumeType !== undefined) volume.type = i.volumeType;
  if (!NO_USAGE.has(i.status)) volume.used = 0.12;
  out.volume = volume;
  if (i.fault) out.fault = { message: i.fault.message, created: isoSeconds(i.fault.created), details: i.fault.details };
  if (config) out.configuration = { id: config.id, name: config.name, links: links(v, `configurations/${config.id}`) };
  // the fake boots no Nova server and makes no Cinder volume behind an instance: their ids stay null, as in BUILD
  if (v.isAdmin) Object.assign(out, { server_id: null, volume_id: null, encrypted_rpc_messaging: true });
  return out;
}

export function flavorView(v: ViewContext, f: FlavorRecord): Record<string, unknown> {
  const numeric = /^\d+$/.test(f.id);
  return {
    id: numeric ? Number(f.id) : null,
    str_id: f.id,
    name: f.name,
    ram: f.ram,
    vcpus: f.vcpus,
    disk: f.disk,
    ephemeral: f.ephemeral,
    links: links(v, `flavors/${f.id}`),
  };
}

export function datastoreView(v: ViewContext, d: DatastoreRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: d.id,
    name: d.name,
    links: links(v, `datastores/${d.id}`),
    versions: d.versions.map((ver) => versionFields(v, ver)),
  };
  if (d.defaultVersionId !== undefined) out.default_version = d.defaultVersionId;
  return out;
}

export function datastoreVersionView(v: ViewContext, d: DatastoreRecord, ver: DatastoreVersionRecord): Record<string, unknown> {
  return { ...versionFields(v, ver), datastore: d.id };
}

/** trove/datastore/views.py DatastoreVersionView: `active`, `packages`, `image` and `image_tags` for admins only. */
function versionFields(v: ViewContext, ver: DatastoreVersionRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { id: ver.id, name: ver.name, version: ver.number, links: links(v, `datastores/versions/${ver.id}`) };
  if (v.isAdmin) Object.assign(out, { active: ver.active, packages: '', image: ver.imageId ?? null, image_tags: [] });
  return out;
}

export function backupStatus(b: BackupRecord, now: number): string {
  if (now >= b.doneAt) return 'COMPLETED';
  return now === b.created ? 'NEW' : 'BUILDING';
}

/** backup-get-response.json; `status` moves NEW → BUILDING → COMPLETED. */
export function backupView(b: BackupRecord, now: number): Record<string, unknown> {
  const status = backupStatus(b, now);
  const done = status === 'COMPLETED';
  return {
    created: isoSeconds(b.created),
    datastore: { ...b.datastore },
    description: b.description,
    id: b.id,
    instance_id: b.instanceId,
    locationRef: done ? `http://127.0.0.1/backups/${b.id}.xbstream.gz.enc` : null,
    name: b.name,
    parent_id: b.parentId,
    size: done ? 0.14 : null,
    status,
    updated: isoSeconds(done ? b.doneAt : b.created),
    storage_driver: 'swift',
  };
}

/** config-groups-list-response.json (no values); with `full`, config-group-show-response.json. */
export function configurationView(c: ConfigurationRecord, instanceCount?: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    created: isoSeconds(c.created),
    updated: isoSeconds(c.updated),
    datastore_name: c.datastore.name,
    datastore_version_id: c.datastore.versionId,
    datastore_version_name: c.datastore.versionName,
    datastore_version_number: c.datastore.versionNumber,
    description: c.description,
    id: c.id,
    name: c.name,
  };
  if (instanceCount !== undefined) {
    out.instance_count = instanceCount;
    out.values = { ...c.values };
  }
  return out;
}
