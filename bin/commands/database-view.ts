import type { InstanceFields } from '../../index.js';

type Json = Record<string, unknown>;

export const INSTANCE_COLUMNS = [
  'ID', 'Name', 'Datastore', 'Datastore Version', 'Status', 'Operating Status', 'Public', 'Addresses', 'Flavor ID', 'Size', 'Role',
];

/** One row of `database instance list`, as python-troveclient's `get_instances_info` builds it. */
export function instanceRow(i: InstanceFields): unknown[] {
  let role = '';
  if (i.replica_of) role = 'replica';
  if (i.replicas) role = 'primary';
  return [
    i.id, i.name, i.datastore?.type ?? '', i.datastore?.version ?? '', i.status, i.operating_status ?? '',
    i.access ? (i.access.is_public ?? false) : '', i.addresses ?? '', i.flavor?.id ?? '', i.volume ? i.volume.size : '-', role,
  ];
}

/** python-troveclient's `set_attributes_for_print_detail`: the record `database instance show` prints. */
export function instanceDetail(i: InstanceFields): Json {
  const info: Json = { ...i };
  info.flavor = i.flavor?.id;
  if (i.volume) {
    info.volume = i.volume.size;
    if (i.volume.used !== undefined) info.volume_used = i.volume.used;
  }
  if (i.ip) info.ip = i.ip.join(', ');
  if (i.datastore) {
    info.datastore = i.datastore.type;
    info.datastore_version = i.datastore.version;
    info.datastore_version_number = (i.datastore as { version_number?: string }).version_number ?? null;
  }
  if (i.configuration) info.configuration = i.configuration.id;
  if (i.replica_of) info.replica_of = i.replica_of.id;
  if (i.replicas) info.replicas = i.replicas.map((r) => r.id).join(', ');
  const networks = (i as { networks?: { name?: string; id?: string } }).networks;
  if (networks) {
    info.networks = networks.name;
    info.networks_id = networks.id;
  }
  if (i.fault) {
    info.fault = i.fault.message;
    info.fault_date = i.fault.created;
    if (i.fault.details) info.fault_details = i.fault.details;
  }
  if (i.access) {
    info.public = i.access.is_public ?? false;
    info.allowed_cidrs = i.access.allowed_cidrs ?? [];
    delete info.access;
  }
  delete info.links;
  return info;
}
