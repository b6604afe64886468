import type { InstanceFields } from '../../index.js';

type Json = Record<string, unknown>;

export const INSTANCE_COLUMNS = [
  'ID', 'Name', 'Datastore', 'Datastore Version', 'Status', 'Operating Status', 'Public', 'Addresses', 'Flavor ID', 'Size', 'Role',
];
/** `--all-projects` / `--project-id` add these (ListDatabaseInstances.admin_columns). */
export const ADMIN_INSTANCE_COLUMNS = [...INSTANCE_COLUMNS, 'Server ID', 'Tenant ID'];

/** osc's `get_dict_properties`: a column's field is its name in lower case with `_` for spaces; a missing field is ''. */
export function dictRow(info: Json, columns: string[]): unknown[] {
  return columns.map((c) => {
    const key = c.toLowerCase().replace(/ /g, '_');
    return key in info ? info[key] : '';
  });
}

/** One row of `database instance list`, as python-troveclient's `get_instances_info` builds it. */
export function instanceRow(i: InstanceFields, admin = false): unknown[] {
  const info: Json = { ...i };
  info.flavor_id = i.flavor?.id;
  info.size = i.volume !== undefined ? i.volume.size : '-';
  info.role = '';
  if ('replica_of' in i) info.role = 'replica';
  if ('replicas' in i) info.role = 'primary';
  if (i.datastore !== undefined) {
    if (i.datastore.version) info.datastore_version = i.datastore.version;
    info.datastore = i.datastore.type;
  }
  if (i.access !== undefined) info.public = i.access.is_public ?? false;
  if (!('addresses' in i)) info.addresses = '';
  if (!('operating_status' in i)) info.operating_status = '';
  return dictRow(info, admin ? ADMIN_INSTANCE_COLUMNS : INSTANCE_COLUMNS);
}

/** python-troveclient's `set_attributes_for_print_detail`: the record `database instance show` and `create` print. */
export function instanceDetail(i: InstanceFields): Json {
  const info: Json = { ...i };
  info.flavor = i.flavor?.id;
  if (i.volume !== undefined) {
    info.volume = i.volume.size;
    if ('used' in i.volume) info.volume_used = i.volume.used;
  }
  if (i.ip !== undefined) info.ip = i.ip.join(', ');
  if (i.datastore !== undefined) {
    info.datastore = i.datastore.type;
    info.datastore_version = i.datastore.version;
    info.datastore_version_number = (i.datastore as { version_number?: string }).version_number ?? null;
  }
  if (i.configuration !== undefined) info.configuration = i.configuration.id;
  if (i.replica_of !== undefined) info.replica_of = i.replica_of.id;
  if (i.replicas !== undefined) info.replicas = i.replicas.map((r) => r.id).join(', ');
  const networks = (i as { networks?: { name?: string; id?: string } }).networks;
  if (networks !== undefined) {
    info.networks = networks.name;
    info.networks_id = networks.id;
  }
  if (i.fault !== undefined) {
    info.fault = i.fault.message;
    info.fault_date = i.fault.created;
    if (i.fault.details) info.fault_details = i.fault.details;
  }
  if (i.access !== undefined) {
    info.public = i.access.is_public ?? false;
    info.allowed_cidrs = i.access.allowed_cidrs ?? [];
    delete info.access;
  }
  delete info.links;
  return info;
}

/** database_backups.py `set_attributes_for_print_detail`: the datastore flattened, links kept as Trove sent them. */
export function backupDetail(b: Json): Json {
  const info: Json = { ...b };
  const ds = b.datastore as { type?: unknown; version?: unknown; version_id?: unknown } | undefined;
  if (ds !== undefined) {
    info.datastore = ds.type;
    info.datastore_version = ds.version;
    info.datastore_version_id = ds.version_id;
  }
  return info;
}

/** database_configurations.py `set_attributes_for_print_detail`: values as Python's json.dumps, no version id. */
export function configurationDetail(c: Json): Json {
  const info: Json = { ...c };
  info.values = pythonJsonDumps(c.values);
  delete info.datastore_version_id;
  return info;
}

/** Python's `json.dumps` with its defaults: `{"a": 1, "b": [1, 2]}`, non-ASCII escaped. */
export function pythonJsonDumps(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Json).map(([k, v]) => `${asciiJson(k)}: ${pythonJsonDumps(v)}`).join(', ')}}`;
  }
  return typeof value === 'string' ? asciiJson(value) : JSON.stringify(value);
}

function asciiJson(s: string): string {
  return JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
