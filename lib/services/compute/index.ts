/**
 * Compute (Nova) is the OpenStack service that runs virtual machines: servers booted from an image
 * or a volume on a flavor (vCPUs, RAM, disk), attached to networks, reachable with a keypair, placed
 * by availability zone and server group, and counted against the project's limits. Its API is v2.1
 * with microversions: every request names the microversion it speaks (`OpenStack-API-Version:
 * compute 2.X`), the server announces the range it supports in its version document, and a
 * microversion changes request and response shapes (e.g. 2.47 embeds the flavor in a server).
 * Long operations are asynchronous: a server goes BUILD → ACTIVE (or ERROR, with a `fault`), and
 * callers poll, which `waitFor` does.
 *
 * @example
 * const compute = createClient('compute', '2.1', http, { microversion: 'latest' });
 * const server = await compute.servers.create({ name: 'web', flavorRef: '1', imageRef, networks: 'auto' });
 * await server.waitFor({ status: 'ACTIVE', onProgress: ({ status, progress }) => console.log(status, progress) });
 */
import { extensible } from '../../client-extensions.js';
import { registerVersionMap } from '../common/create-client.js';
import { ComputeV2Client as ComputeV2ClientClass, type ComputeV2ClientOptions } from './v2/client.js';

/**
 * The compute v2.1 client; `new ComputeV2Client(http, { extensions: [{ name, manager }] })` mounts and types
 * `client.<name>` (see ComputeV2Client in ./v2/client.ts for the rest).
 */
export const ComputeV2Client = extensible(ComputeV2ClientClass);
export type ComputeV2Client = ComputeV2ClientClass;

/** Compute API versions → client class; '2' and '2.1' both speak v2.1 with microversions. */
export const computeVersionMap = Object.freeze({ '2': ComputeV2Client, '2.1': ComputeV2Client });

registerVersionMap('compute', computeVersionMap);

declare module '../../session/http-client.js' {
  interface HTTPClient {
    /** The compute client, once one was created on this session. */
    compute?: ComputeV2Client;
  }
}

declare module '../common/create-client.js' {
  interface ServiceClientTypes {
    compute: { client: ComputeV2Client; options: ComputeV2ClientOptions };
  }
}

export type { ComputeV2ClientOptions } from './v2/client.js';
export { ServersManager } from './v2/servers.js';
export { Server, type ServerWaitOptions } from './v2/server.js';
export type {
  ServerFields, ServerFault, ServerAddress, ServerNetwork, BlockDeviceMapping, CreateServerOptions,
  ServerListFilters, ServerListOptions, RebootType, RebuildOptions, Link,
} from './v2/server-types.js';
export { FlavorsManager, Flavor, type FlavorFields, type FlavorListOptions, type CreateFlavorOptions } from './v2/flavors.js';
export { KeypairsManager, Keypair, type KeypairFields, type CreateKeypairOptions, type KeypairListOptions } from './v2/keypairs.js';
export { AvailabilityZonesManager, AvailabilityZone, type AvailabilityZoneFields } from './v2/availability-zones.js';
export { LimitsManager, Limits, type LimitsFields, type AbsoluteLimits } from './v2/limits.js';
export {
  ServerGroupsManager, ServerGroup, type ServerGroupFields, type ServerGroupPolicy, type ServerGroupListOptions, type CreateServerGroupOptions,
} from './v2/server-groups.js';
export { ServerTagsManager } from './v2/server-tags.js';
export {
  QuotaSetsManager, QuotaSet, type QuotaSetFields, type QuotaUsage, type QuotaSetGetOptions, type QuotaSetChanges,
} from './v2/quota-sets.js';
export { MIN_MICROVERSION, MAX_MICROVERSION, type MicroversionRange } from './v2/microversion.js';
