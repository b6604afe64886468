import type { ServerFields } from '../../index.js';
import { FormattedCell } from '../output/model.js';
import { formatDict, formatDictOfList, formatList } from '../output/python-text.js';

type Json = Record<string, unknown>;

/** What osc shows for a server with no image (booted from a volume). */
export const IMAGE_STRING_FOR_BFV = 'N/A (booted from volume)';

/** novaclient's `server.networks`: network label → its addresses, in the order Nova gives them. */
export function networksOf(server: ServerFields): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [label, addresses] of Object.entries(server.addresses ?? {})) out[label] = addresses.map((a) => a.addr);
  return out;
}

/** osc's DictListColumn: `net=10.0.0.3, fd00::3` in tables, the dict in JSON. */
export function networksCell(server: ServerFields): FormattedCell {
  const networks = networksOf(server);
  return new FormattedCell(formatDictOfList(networks), networks);
}

/** Names for ids, looked up where the services exist: images (Glance) and flavors (Nova). */
export interface NameLookup {
  image(id: string): string | undefined;
  flavor(id: string): string | undefined;
}

/** One row of `server list`: ID, Name, Status, Networks, Image, Flavor. */
export function serverRow(s: ServerFields, names: NameLookup, embeddedFlavor: boolean): unknown[] {
  let image: string;
  if (!s.image) image = IMAGE_STRING_FOR_BFV;
  else image = names.image(s.image.id) ?? s.image.id;
  const flavor = embeddedFlavor ? (s.flavor?.original_name ?? '') : (s.flavor?.id ? names.flavor(s.flavor.id) ?? s.flavor.id : '');
  return [s.id, s.name, s.status ?? '', networksCell(s), image, flavor];
}

/** The headers of `server list --long` before the optional Host Status: osc 6's, with Flavor alone from 2.47. */
export function longColumns(embeddedFlavor: boolean): string[] {
  return ['ID', 'Name', 'Status', 'Task State', 'Power State', 'Networks', 'Image Name', 'Image ID',
    ...(embeddedFlavor ? ['Flavor'] : ['Flavor Name', 'Flavor ID']), 'Availability Zone', 'Host', 'Properties'];
}

/** One row of `server list --long`; an unknown image or flavor name is empty, as osc leaves it. */
export function serverLongRow(s: ServerFields, names: NameLookup, embeddedFlavor: boolean, hostStatus: boolean): unknown[] {
  const image = s.image ? [names.image(s.image.id) ?? '', s.image.id] : [IMAGE_STRING_FOR_BFV, IMAGE_STRING_FOR_BFV];
  const flavor = embeddedFlavor ? [s.flavor?.original_name ?? ''] : [(s.flavor?.id && names.flavor(s.flavor.id)) ?? '', s.flavor?.id ?? ''];
  const power = s['OS-EXT-STS:power_state'];
  const metadata = s.metadata ?? {};
  return [
    s.id, s.name, s.status ?? '', s['OS-EXT-STS:task_state'] ?? null,
    typeof power === 'number' ? new FormattedCell(POWER_STATES[power] ?? String(power), power) : power ?? null,
    networksCell(s), ...image, ...flavor, s['OS-EXT-AZ:availability_zone'] ?? null, s['OS-EXT-SRV-ATTR:host'] ?? null,
    new FormattedCell(formatDict(metadata), metadata),
    ...(hostStatus ? [s.host_status ?? ''] : []),
  ];
}

const POWER_STATES = ['NOSTATE', 'Running', '', 'Paused', 'Shutdown', '', 'Crashed', 'Suspended'];

/** python-openstackclient's `_prep_server_detail`: the record `server show` and `server create` print. */
export function serverDetail(server: ServerFields, names: NameLookup): Json {
  const info: Json = { ...server };
  if (server.image) {
    const name = names.image(server.image.id);
    info.image = name ? `${name} (${server.image.id})` : server.image.id;
  } else {
    info.image = IMAGE_STRING_FOR_BFV;
  }
  const flavor = server.flavor ?? {};
  if (flavor.id !== undefined) {
    const name = names.flavor(flavor.id);
    info.flavor = name ? `${name} (${flavor.id})` : flavor.id;
  } else {
    info.flavor = new FormattedCell(formatDict(flavor), flavor);
  }
  const volumes = info['os-extended-volumes:volumes_attached'];
  if (volumes !== undefined) {
    delete info['os-extended-volumes:volumes_attached'];
    info.volumes_attached = listOfDicts(volumes as Json[]);
  }
  if (info.security_groups !== undefined) info.security_groups = listOfDicts(info.security_groups as Json[]);
  if (Array.isArray(info.tags)) info.tags = new FormattedCell(formatList(info.tags), info.tags);
  info.addresses = networksCell(server);
  info.properties = new FormattedCell(formatDict(server.metadata ?? {}), server.metadata ?? {});
  delete info.metadata;
  if ('tenant_id' in info) {
    info.project_id = info.tenant_id;
    delete info.tenant_id;
  }
  const power = info['OS-EXT-STS:power_state'];
  if (typeof power === 'number') info['OS-EXT-STS:power_state'] = new FormattedCell(POWER_STATES[power] ?? String(power), power);
  // The create answer carries the admin password; a secret never reaches the terminal.
  if ('adminPass' in info) info.adminPass = '***';
  delete info.links;
  return info;
}

/** osc's ListDictColumn: one `key='value', …` line per dict in tables, the list in JSON. */
function listOfDicts(value: Json[]): FormattedCell {
  const list = Array.isArray(value) ? value : [];
  return new FormattedCell(list.map((d) => formatDict(d)).join('\n'), list);
}
