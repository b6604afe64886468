import type { Command } from 'commander';
import type { AvailabilityZoneFields } from '../../index.js';
import { isHttpError } from '../../lib/errors/http-errors.js';
import { listResult } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { action, withOutput } from './shared.js';

const COLUMNS = ['Zone Name', 'Zone Status'];
const LONG_COLUMNS = ['Zone Resource', 'Host Name', 'Service Name', 'Service Status'];

/**
 * `availability zone list [--long] [--compute]`: the compute zones, as python-openstackclient 6 lists them. It asks
 * for the detailed list (admin) and falls back to the plain one on 403. Volume and network zones need Cinder and
 * Neutron, which this CLI does not speak; osc skips them too when the cloud has neither.
 */
export function register(program: Command, cli: CliRuntime): void {
  const zone = program.command('availability').description('Availability zones').command('zone').description('Availability zones');
  withOutput(zone.command('list').description('List availability zones and their status'))
    .option('--compute', 'List compute availability zones')
    .option('--long', 'List additional fields in output')
    .action(action(cli, async (opts: { long?: boolean }) => {
      const compute = await cli.compute();
      let zones: AvailabilityZoneFields[];
      try {
        zones = await compute.availabilityZones.list({ detailed: true });
      } catch (error) {
        if (!(isHttpError(error) && error.status === 403)) throw error;
        zones = await compute.availabilityZones.list({ detailed: false });
      }
      const rows = zones.flatMap((z) => zoneRows(z, opts.long === true));
      return listResult(opts.long ? [...COLUMNS, ...LONG_COLUMNS] : COLUMNS, rows);
    }));
}

/** osc's `_xform_compute_availability_zone`: one row per zone, or with --long one per service of each host. */
function zoneRows(z: AvailabilityZoneFields, long: boolean): unknown[][] {
  const common = [z.zoneName, z.zoneState?.available ? 'available' : 'not available'];
  if (!long) return [common];
  const hosts = Object.entries(z.hosts ?? {});
  if (hosts.length === 0) return [[...common, '', '', '', '']];
  return hosts.flatMap(([host, services]) => Object.entries(services).map(([name, state]) => [
    ...common, '', host, name,
    // Python's '%s' of None is 'None'.
    `${state.active ? 'enabled' : 'disabled'} ${state.available ? ':-)' : 'XXX'} ${state.updated_at ?? 'None'}`,
  ]));
}
