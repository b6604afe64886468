import type { Command } from 'commander';
import type { CreateFlavorOptions, Flavor } from '../../index.js';
import { isHttpError } from '../../lib/errors/http-errors.js';
import { CliUsageError, CommandFailed } from '../errors.js';
import { listResult, showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { deleteEach } from './delete-each.js';
import { findOrFail } from './find-or-fail.js';
import { flavorRecord, propertiesCell, rxtxCell, swapOf } from './flavor-view.js';
import { atLeast, collect, parseProperty } from './server-options.js';
import { sdkCompute } from './sdk-compute.js';
import { action, withOutput } from './shared.js';

const COLUMNS = ['ID', 'Name', 'RAM', 'Disk', 'Ephemeral', 'VCPUs', 'Is Public'];
const LONG_COLUMNS = ['Swap', 'RXTX Factor', 'Properties'];
/** openstacksdk's Flavor speaks up to 2.61, where flavors carry their description (2.55) and extra_specs (2.61). */
const SDK_MAX = '2.61';

/** `flavor list|show|create|delete`, compute v2.1, with python-openstackclient 6's columns. */
export function register(program: Command, cli: CliRuntime): void {
  const flavor = program.command('flavor').description('Compute flavors');
  withOutput(flavor.command('list').description('List flavors'))
    .option('--public', 'List only public flavors (default)')
    .option('--private', 'List only private flavors')
    .option('--all', 'List all flavors, whether public or private')
    .option('--long', 'List additional fields in output')
    .action(action(cli, async (opts: { private?: boolean; all?: boolean; long?: boolean }) => {
      const compute = opts.long ? await sdkCompute(cli, SDK_MAX) : await cli.compute();
      const flavors = await compute.flavors.list({ isPublic: opts.all ? 'all' : !opts.private });
      const rows = flavors.map((f) => [
        f.id, f.name, f.ram ?? 0, f.disk ?? 0, f['OS-FLV-EXT-DATA:ephemeral'] ?? 0, f.vcpus ?? 0, f['os-flavor-access:is_public'] ?? true,
        ...(opts.long ? [swapOf(f), rxtxCell(f), propertiesCell(f)] : []),
      ]);
      return listResult(opts.long ? [...COLUMNS, ...LONG_COLUMNS] : COLUMNS, rows);
    }));

  withOutput(flavor.command('show').description('Display flavor details').argument('<flavor>', 'Flavor to display (name or ID)'))
    .action(action(cli, async (name: string) => {
      const compute = await sdkCompute(cli, SDK_MAX);
      const found = await findOrFail(compute.flavors, 'flavor', name);
      let access: string[] | null = null;
      if (found['os-flavor-access:is_public'] === false) {
        try {
          access = (await compute.flavors.listAccess(found.id)).map((a) => a.tenant_id);
        } catch (error) {
          if (!isHttpError(error)) throw error;
          cli.note(`Failed to get access projects list for flavor '${name}': ${error.message}`);
        }
      }
      return showSorted({ ...flavorRecord(found), access_project_ids: access });
    }));

  withOutput(flavor.command('create').description('Create new flavor').argument('<flavor-name>', 'New flavor name'))
    .option('--id <id>', "Unique flavor ID; 'auto' creates a UUID (default: auto)")
    .option('--ram <size-mb>', 'Memory size in MB (default 256M)', '256')
    .option('--disk <size-gb>', 'Disk size in GB (default 0G)', '0')
    .option('--ephemeral <size-gb>', 'Ephemeral disk size in GB (default 0G)', '0')
    .option('--swap <size-mb>', 'Additional swap space size in MB (default 0M)', '0')
    .option('--vcpus <vcpus>', 'Number of vcpus (default 1)', '1')
    .option('--rxtx-factor <factor>', 'RX/TX factor (default 1.0)', '1.0')
    .option('--public', 'Flavor is available to other projects (default)')
    .option('--private', 'Flavor is not available to other projects')
    .option('--property <key=value>', 'Property to add for this flavor (repeat option to set multiple properties)', collect)
    .option('--description <description>', "Description for the flavor (supported by API versions '2.55' - '2.latest')")
    .action(action(cli, async (name: string, opts: CreateOpts) => {
      if (opts.public && opts.private) throw new CliUsageError('argument --private: not allowed with argument --public');
      const compute = await sdkCompute(cli, SDK_MAX);
      const create: CreateFlavorOptions = {
        name, ram: int('--ram', opts.ram), vcpus: int('--vcpus', opts.vcpus), disk: int('--disk', opts.disk),
        ephemeral: int('--ephemeral', opts.ephemeral), swap: int('--swap', opts.swap), rxtxFactor: float('--rxtx-factor', opts.rxtxFactor),
        isPublic: !opts.private,
      };
      // osc's 'auto' (and no --id) lets Nova pick a uuid.
      if (opts.id !== undefined && opts.id !== 'auto') create.id = opts.id;
      if (opts.description) {
        if (!atLeast(compute.microversion, '2.55')) throw new CommandFailed('The --description parameter requires server support for API microversion 2.55');
        create.description = opts.description;
      }
      const created: Flavor = await compute.flavors.create(create);
      if (!opts.property) return showSorted(flavorRecord(created));
      // osc creates the flavor, then sets its extra specs; a failure there is logged and the flavor still shown.
      let specs = created.extra_specs ?? {};
      try {
        specs = { ...specs, ...(await compute.flavors.setExtraSpecs(created.id, Object.fromEntries(opts.property.map(parseProperty)))) };
      } catch (error) {
        if (!isHttpError(error)) throw error;
        cli.note(`Failed to set flavor properties: ${error.message}`);
      }
      return showSorted(flavorRecord({ ...created.toJSON(), extra_specs: specs }));
    }));

  flavor.command('delete').description('Delete flavor(s)').argument('<flavor...>', 'Flavor(s) to delete (name or ID)')
    .action(action(cli, async (names: string[]) => {
      const compute = await sdkCompute(cli, SDK_MAX);
      await deleteEach(names, 'flavor', async (n) => {
        await compute.flavors.delete((await findOrFail(compute.flavors, 'flavor', n)).id);
      }, (line) => cli.note(line));
    }));
}

interface CreateOpts {
  id?: string; ram: string; disk: string; ephemeral: string; swap: string; vcpus: string; rxtxFactor: string;
  public?: boolean; private?: boolean; description?: string; property?: string[];
}

/** argparse's `type=int`: a usage error (exit 2) for anything else. */
function int(option: string, value: string): number {
  const n = Number(value);
  if (!/^[-+]?\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new CliUsageError(`argument ${option}: invalid int value: '${value}'`);
  return n;
}

function float(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new CliUsageError(`argument ${option}: invalid float value: '${value}'`);
  return n;
}
