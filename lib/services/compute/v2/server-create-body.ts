import { UnsupportedVersion } from '../../../errors/framework-errors.js';
import { InvalidArgument } from '../../../errors/framework-errors.js';
import { atLeast } from './microversion.js';
import type { CreateServerOptions } from './server-types.js';

/**
 * The body of POST /servers from our options (camelCase) in Nova's names, checked against the
 * microversion: networks 'auto'/'none' need 2.37, which also makes `networks` required.
 */
export function serverCreateBody(o: CreateServerOptions, microversion: string): Record<string, unknown> {
  if (typeof o.name !== 'string' || o.name.trim() === '') throw new InvalidArgument('name', 'A server needs a name');
  if (typeof o.flavorRef !== 'string' || o.flavorRef === '') throw new InvalidArgument('flavorRef', 'A server needs a flavorRef (a flavor id)');
  const bootsFromVolume = o.blockDeviceMappingV2?.some((b) => String(b.boot_index) === '0') ?? false;
  if (!o.imageRef && !bootsFromVolume) {
    throw new InvalidArgument('imageRef', 'A server needs an imageRef, or a blockDeviceMappingV2 entry with boot_index 0');
  }
  const server: Record<string, unknown> = { name: o.name, flavorRef: o.flavorRef };
  server.imageRef = o.imageRef ?? '';
  const networks = networksOf(o.networks, microversion);
  if (networks !== undefined) server.networks = networks;
  if (o.keyName !== undefined) server.key_name = o.keyName;
  if (o.metadata !== undefined) server.metadata = o.metadata;
  if (o.blockDeviceMappingV2 !== undefined) server.block_device_mapping_v2 = o.blockDeviceMappingV2;
  if (o.availabilityZone !== undefined) server.availability_zone = o.availabilityZone;
  if (o.securityGroups !== undefined) server.security_groups = o.securityGroups.map((name) => ({ name }));
  if (o.userData !== undefined) server.user_data = Buffer.from(o.userData).toString('base64');
  if (o.adminPass !== undefined) server.adminPass = o.adminPass;
  if (o.description !== undefined) server.description = o.description;
  if (o.configDrive !== undefined) server.config_drive = o.configDrive;
  if (o.minCount !== undefined) server.min_count = o.minCount;
  if (o.maxCount !== undefined) server.max_count = o.maxCount;
  if (o.tags !== undefined) {
    if (!atLeast(microversion, '2.52')) throw needs('tags', '2.52', microversion);
    server.tags = o.tags;
  }
  const body: Record<string, unknown> = { server };
  if (o.schedulerHints !== undefined) body['os:scheduler_hints'] = o.schedulerHints;
  return body;
}

function networksOf(networks: CreateServerOptions['networks'], microversion: string): unknown {
  if (typeof networks === 'string') {
    if (networks !== 'auto' && networks !== 'none') {
      throw new InvalidArgument('networks', `networks must be 'auto', 'none' or a list of {uuid} / {port}, got "${networks}"`);
    }
    if (!atLeast(microversion, '2.37')) throw needs(`networks '${networks}'`, '2.37', microversion);
    return networks;
  }
  if (networks === undefined) {
    if (atLeast(microversion, '2.37')) {
      throw new InvalidArgument('networks',
        `From compute microversion 2.37 (this client uses ${microversion}) a server needs networks: 'auto', 'none' or a list`);
    }
    return undefined;
  }
  return networks.map((n, i) => {
    if ('port' in n && typeof n.port === 'string' && n.port !== '') return n;
    if ('uuid' in n && typeof n.uuid === 'string' && n.uuid !== '') return n;
    throw new InvalidArgument('networks', `networks[${i}] needs a uuid (network id) or a port (port id)`);
  });
}

function needs(what: string, min: string, microversion: string): UnsupportedVersion {
  return new UnsupportedVersion(
    `${what} needs compute microversion ${min} or later; this client uses ${microversion} (set the microversion option)`,
    [min],
  );
}
