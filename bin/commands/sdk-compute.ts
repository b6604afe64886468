import type { ComputeV2Client } from '../../index.js';
import type { CliRuntime } from '../runtime.js';
import { atLeast } from './server-options.js';

/**
 * The compute client python-openstackclient 6 gets for commands it runs through openstacksdk (flavors, keypairs,
 * server groups): `--os-compute-api-version` when given, else the highest microversion both the cloud and the
 * SDK's resource know (openstacksdk's `_max_microversion`, e.g. 2.61 for flavors), found from the version document.
 */
export async function sdkCompute(cli: CliRuntime, resourceMax: string): Promise<ComputeV2Client> {
  const { config } = await cli.session();
  if (config.computeApiVersion) return cli.compute();
  const latest = await cli.compute('latest');
  const serverMax = await latest.resolveMicroversion();
  return atLeast(serverMax, resourceMax) ? cli.compute(resourceMax) : latest;
}
