import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult } from '../output/model.js';
import { action, withOutput } from './shared.js';

const COLUMNS = ['ID', 'Name', 'RAM', 'Disk', 'Ephemeral', 'VCPUs', 'Is Public'];

/** `flavor list`, compute v2.1, public flavors unless `--private` / `--all`. */
export function register(program: Command, cli: CliRuntime): void {
  const flavor = program.command('flavor').description('Compute flavors');
  withOutput(flavor.command('list').description('List flavors'))
    .option('--public', 'List only public flavors (default)')
    .option('--private', 'List only private flavors')
    .option('--all', 'List all flavors, whether public or private')
    .action(action(cli, async (opts: { private?: boolean; all?: boolean }) => {
      const compute = await cli.compute();
      const flavors = await compute.flavors.list({ isPublic: opts.all ? 'all' : !opts.private });
      return listResult(COLUMNS, flavors.map((f) => [
        f.id, f.name, f.ram ?? 0, f.disk ?? 0, f['OS-FLV-EXT-DATA:ephemeral'] ?? 0, f.vcpus ?? 0, f['os-flavor-access:is_public'] ?? true,
      ]));
    }));
}
