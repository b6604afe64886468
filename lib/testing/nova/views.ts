import { versionAtLeast } from './microversion.js';
import { progressOf, type FakeFlavor, type FakeKeypair, type FakeServer, type FakeServerGroup } from './state.js';

/** What a view needs besides the record: where links point, the microversion, the clock, the scope. */
export interface ViewContext {
  /** scheme://host:port for links (the cloud's, or the advertised proxy's). */
  linkBase: string;
  version: string;
  now: number;
  projectId: string;
  userId: string;
  flavors: ReadonlyMap<string, FakeFlavor>;
}

const API = '/compute/v2.1';
const BOOKMARK = '/compute';

export function links(v: ViewContext, collection: string, id: string) {
  return [
    { href: `${v.linkBase}${API}/${collection}/${id}`, rel: 'self' },
    { href: `${v.linkBase}${BOOKMARK}/${collection}/${id}`, rel: 'bookmark' },
  ];
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** GET /servers: id, links, name (doc/api_samples/servers/servers-list-resp.json). */
export function serverSummary(s: FakeServer, v: ViewContext) {
  return { id: s.id, links: links(v, 'servers', s.id), name: s.name };
}

/**
 * GET /servers/{id} and /servers/detail, shaped by microversion as nova's ViewBuilder does; `show` for the single
 * server, which alone carries `server_groups` (2.71).
 */
export function serverDetail(s: FakeServer, v: ViewContext, show = true): Record<string, unknown> {
  const body: Record<string, unknown> = {
    // Nova 26 says MANUAL unless the request or the image asked for AUTO
    'OS-DCF:diskConfig': 'MANUAL',
    'OS-EXT-AZ:availability_zone': s.availabilityZone,
    'OS-EXT-STS:power_state': s.powerState,
    'OS-EXT-STS:task_state': s.taskState,
    'OS-EXT-STS:vm_state': s.vmState,
    'OS-SRV-USG:launched_at': s.status === 'BUILD' ? null : new Date(s.createdMs).toISOString().replace('Z', ''),
    'OS-SRV-USG:terminated_at': null,
    accessIPv4: '',
    accessIPv6: '',
    addresses: s.status === 'BUILD' ? {} : {
      private: [{ 'OS-EXT-IPS-MAC:mac_addr': 'aa:bb:cc:dd:ee:ff', 'OS-EXT-IPS:type': 'fixed', addr: s.fixedIp, version: 4 }],
    },
    config_drive: '',
    created: isoSeconds(s.createdMs),
    flavor: flavorOfServer(s, v),
    hostId: s.status === 'BUILD' ? '' : '92154fab69d5883ba2c8622b7e65f745dd33257221c07af363c51b29',
    id: s.id,
    image: s.imageId === '' ? '' : {
      id: s.imageId,
      links: [{ href: `${v.linkBase}${BOOKMARK}/images/${s.imageId}`, rel: 'bookmark' }],
    },
    key_name: s.keyName,
    links: links(v, 'servers', s.id),
    metadata: s.metadata,
    name: s.name,
    'os-extended-volumes:volumes_attached': [],
    progress: progressOf(s, v.now),
    security_groups: [{ name: 'default' }],
    status: s.status,
    tenant_id: s.tenantId ?? v.projectId,
    updated: isoSeconds(s.updatedMs),
    user_id: s.userId ?? v.userId,
  };
  if (s.fault) body.fault = s.fault;
  if (versionAtLeast(v.version, '2.9')) body.locked = false;
  if (versionAtLeast(v.version, '2.19')) body.description = s.description;
  if (versionAtLeast(v.version, '2.26')) body.tags = s.tags;
  if (versionAtLeast(v.version, '2.63')) body.trusted_image_certificates = null;
  if (show && versionAtLeast(v.version, '2.71')) body.server_groups = [];
  if (versionAtLeast(v.version, '2.73')) body.locked_reason = null;
  return body;
}

function flavorOfServer(s: FakeServer, v: ViewContext): Record<string, unknown> {
  const f = v.flavors.get(s.flavorId);
  if (!versionAtLeast(v.version, '2.47') || !f) {
    return { id: s.flavorId, links: [{ href: `${v.linkBase}${BOOKMARK}/flavors/${s.flavorId}`, rel: 'bookmark' }] };
  }
  return {
    disk: f.disk, ephemeral: f.ephemeral, extra_specs: f.extraSpecs, original_name: f.name,
    ram: f.ram, swap: f.swap, vcpus: f.vcpus,
  };
}

/** Flavors as in doc/api_samples/flavors (description from 2.55, extra_specs from 2.61, swap 0 from 2.75). */
export function flavorView(f: FakeFlavor, v: ViewContext, detailed: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = { id: f.id, links: links(v, 'flavors', f.id), name: f.name };
  if (versionAtLeast(v.version, '2.55')) body.description = f.description;
  if (!detailed) return body;
  Object.assign(body, {
    'OS-FLV-DISABLED:disabled': false,
    disk: f.disk,
    'OS-FLV-EXT-DATA:ephemeral': f.ephemeral,
    'os-flavor-access:is_public': f.isPublic,
    ram: f.ram,
    swap: f.swap === 0 && !versionAtLeast(v.version, '2.75') ? '' : f.swap,
    vcpus: f.vcpus,
    rxtx_factor: 1.0,
  });
  if (versionAtLeast(v.version, '2.61')) body.extra_specs = f.extraSpecs;
  return body;
}

/** Keypairs as in doc/api_samples/os-keypairs (type from 2.2). */
export function keypairView(k: FakeKeypair, v: ViewContext, full: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = { fingerprint: k.fingerprint, name: k.name, public_key: k.publicKey };
  if (versionAtLeast(v.version, '2.2')) body.type = k.type;
  if (full) {
    Object.assign(body, {
      created_at: new Date(k.createdMs).toISOString().replace('Z', ''), deleted: false, deleted_at: null,
      id: k.id, updated_at: null, user_id: k.userId,
    });
  }
  return body;
}

/** Server groups as in doc/api_samples/os-server-groups (policy + rules from 2.64, policies + metadata before). */
export function serverGroupView(g: FakeServerGroup, v: ViewContext): Record<string, unknown> {
  const body: Record<string, unknown> = { id: g.id, name: g.name, members: g.members };
  if (versionAtLeast(v.version, '2.64')) {
    body.policy = g.policy;
    body.rules = g.rules;
  } else {
    body.policies = [g.policy];
    body.metadata = {};
  }
  if (versionAtLeast(v.version, '2.13')) {
    body.project_id = g.projectId;
    body.user_id = g.userId;
  }
  return body;
}
