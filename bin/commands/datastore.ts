import type { Command } from 'commander';
import { listResult } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { dictRow } from './database-view.js';
import { action, withOutput } from './shared.js';

/** `datastore list` and `datastore version list <datastore>` (troveclient/osc/v1/datastores.py). */
export function register(program: Command, cli: CliRuntime): void {
  const datastore = program.command('datastore').description('Database datastores (Trove)');

  withOutput(datastore.command('list').description('List available datastores'))
    .action(action(cli, async () => {
      const all = await (await cli.database()).datastores.list();
      return listResult(['ID', 'Name'], all.map((d) => [d.id, d.name]));
    }));

  withOutput(datastore.command('version').description('Datastore versions').command('list')
    .description('Lists available versions for a datastore').argument('<datastore>', 'ID or name of the datastore'))
    .action(action(cli, async (name: string) => {
      const versions = await (await cli.database()).datastoreVersions.list(name);
      return listResult(['ID', 'Name', 'Version'], versions.map((v) => dictRow(v.toJSON() as unknown as Record<string, unknown>, ['ID', 'Name', 'Version'])));
    }));
}
