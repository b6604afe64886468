/** Shapes of Nova's server API (doc/api_samples/servers), as far as this client reads or sends them. */
import type { ListOptions } from '../../common/pagination.js';

/** A link in a Nova record (`self`, `bookmark`). */
export interface Link {
  href: string;
  rel: string;
  type?: string;
}

/** One IP address of a server, as Nova lists it under `addresses.<network>`. */
export interface ServerAddress {
  addr: string;
  version: 4 | 6;
  'OS-EXT-IPS:type'?: 'fixed' | 'floating';
  'OS-EXT-IPS-MAC:mac_addr'?: string;
}

/** A server's fault, present when it is in ERROR (and for some while after). */
export interface ServerFault {
  code: number;
  message: string;
  created?: string;
  details?: string;
}

/** The fields of a server record; a plain list (not detail) has only id, name and links. */
export interface ServerFields {
  id: string;
  name: string;
  links: Link[];
  status?: string;
  tenant_id?: string;
  user_id?: string;
  created?: string;
  updated?: string;
  hostId?: string;
  progress?: number;
  accessIPv4?: string;
  accessIPv6?: string;
  addresses?: Record<string, ServerAddress[]>;
  /** `{id, links}` before microversion 2.47, the flavor's own fields from 2.47. */
  flavor?: { id?: string; original_name?: string; vcpus?: number; ram?: number; disk?: number; links?: Link[]; [key: string]: unknown };
  /** `""` for a server booted from volume. */
  image?: { id: string; links?: Link[] } | '';
  key_name?: string | null;
  metadata?: Record<string, string>;
  fault?: ServerFault;
  description?: string | null;
  tags?: string[];
  locked?: boolean;
  security_groups?: { name: string }[];
  'OS-EXT-STS:vm_state'?: string;
  'OS-EXT-STS:task_state'?: string | null;
  'OS-EXT-STS:power_state'?: number;
  'OS-EXT-AZ:availability_zone'?: string;
  'OS-DCF:diskConfig'?: 'AUTO' | 'MANUAL';
  /** Only in the answer to a create (and a rebuild). */
  adminPass?: string;
  [key: string]: unknown;
}

/** `block_device_mapping_v2` entries (Nova's BDM v2). */
export interface BlockDeviceMapping {
  boot_index?: number | string | null;
  uuid?: string;
  source_type: 'image' | 'volume' | 'snapshot' | 'blank';
  destination_type?: 'local' | 'volume';
  volume_size?: number;
  delete_on_termination?: boolean;
  device_name?: string;
  volume_type?: string;
  guest_format?: string;
  disk_bus?: string;
  device_type?: string;
  tag?: string;
}

/** One network of a create: by network id (optionally a fixed ip) or by port. */
export type ServerNetwork =
  | { uuid: string; fixed_ip?: string; tag?: string }
  | { port: string; tag?: string };

/** The body of `servers.create()`: Nova's server create request, in camelCase. */
export interface CreateServerOptions {
  name: string;
  /** Flavor id. */
  flavorRef: string;
  /** Image id; leave out when booting from a volume through `blockDeviceMappingV2`. */
  imageRef?: string;
  /** 'auto' / 'none' need microversion 2.37 or later (and from 2.37 one of the three is required). */
  networks?: 'auto' | 'none' | ServerNetwork[];
  keyName?: string;
  metadata?: Record<string, string>;
  blockDeviceMappingV2?: BlockDeviceMapping[];
  availabilityZone?: string;
  /** Security group names. */
  securityGroups?: string[];
  /** Sent base64-encoded, as Nova wants it. */
  userData?: string | Buffer;
  adminPass?: string;
  description?: string;
  configDrive?: boolean;
  minCount?: number;
  maxCount?: number;
  schedulerHints?: Record<string, unknown>;
  tags?: string[];
}

/** Filters of a server list (Nova's query parameters); others pass through as they are. */
export interface ServerListFilters {
  name?: string;
  status?: string;
  image?: string;
  flavor?: string;
  host?: string;
  ip?: string;
  all_tenants?: boolean;
  'changes-since'?: string;
  tags?: string;
  sort_key?: string;
  sort_dir?: 'asc' | 'desc';
  [key: string]: string | number | boolean | undefined;
}

/** `limit` is the page size; Nova caps it at its `max_limit` (1000 by default). */
export interface ServerListOptions extends ListOptions {
  /** `/servers/detail` (true) or `/servers` (id, name, links only). @default true */
  detailed?: boolean;
  filters?: ServerListFilters;
}

/** How `reboot` restarts a server: SOFT (the guest shuts down first) or HARD (power cycle). */
export type RebootType = 'SOFT' | 'HARD';

/** Options of the rebuild action: what to change while reinstalling the server from an image. */
export interface RebuildOptions {
  name?: string;
  adminPass?: string;
  metadata?: Record<string, string>;
  description?: string;
  keyName?: string | null;
  preserveEphemeral?: boolean;
}
