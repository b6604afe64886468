import type { Command } from 'commander';
import { listResult } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { registerBackup } from './database-backup.js';
import { registerConfiguration } from './database-configuration.js';
import { registerInstance } from './database-instance.js';
import { registerDatabasesAndUsers } from './database-schema.js';
import { action, withOutput } from './shared.js';
import { CommandFailed } from '../errors.js';

/** `database instance|db|user|backup|flavor|configuration …`: python-troveclient's OSC commands, on the database (Trove) v1.0 client. */
export function register(program: Command, cli: CliRuntime): void {
  const database = program.command('database').description('Database service (Trove)');
  registerInstance(database, cli);
  registerDatabasesAndUsers(database, cli);
  registerBackup(database, cli);
  registerConfiguration(database, cli);

  withOutput(database.command('flavor').description('Database flavors').command('list').description('List database flavors'))
    .option('--datastore-type <datastore-type>', 'Type of the datastore. For eg: mysql')
    .option('--datastore-version-id <datastore-version-id>', 'ID of the datastore version')
    .action(action(cli, async (opts: { datastoreType?: string; datastoreVersionId?: string }) => {
      if (!opts.datastoreType !== !opts.datastoreVersionId) throw new CommandFailed('Missing argument(s): datastore-type, datastore-version-id');
      const db = await cli.database();
      const flavors = opts.datastoreType
        ? await db.flavors.listForDatastoreVersion(opts.datastoreType, opts.datastoreVersionId!)
        : await db.flavors.list();
      // troveclient: `if not f.id and hasattr(f, 'str_id'): f.id = f.str_id`; a missing field prints ''.
      return listResult(['ID', 'Name', 'RAM', 'vCPUs', 'Disk', 'Ephemeral'],
        flavors.map((f) => [!f.id && f.str_id !== undefined ? f.str_id : f.id, f.name, f.ram, f.vcpus ?? '', f.disk ?? '', f.ephemeral ?? '']));
    }));
}
