import type { Command } from 'commander';
import type { BackupCreateOptions } from '../../index.js';
import { CliUsageError, CommandFailed } from '../errors.js';
import { listResult, showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { backupDetail } from './database-view.js';
import { findOrFail } from './find-or-fail.js';
import { action, withOutput } from './shared.js';
import { troveDeleteEach } from './trove-delete.js';
import { idForDelete } from './trove-find.js';

const BACKUP_COLUMNS = ['ID', 'Instance ID', 'Name', 'Status', 'Parent ID', 'Updated', 'Project ID'];

interface ListOpts {
  limit?: string;
  marker?: string;
  datastore?: string;
  instanceId?: string;
  instance?: string;
}

interface CreateOpts {
  instance?: string;
  description?: string;
  parent?: string;
  incremental?: boolean;
  swiftContainer?: string;
}

/** `database backup list|create|delete` (troveclient/osc/v1/database_backups.py). */
export function registerBackup(database: Command, cli: CliRuntime): void {
  const backup = database.command('backup').description('Database backups');

  withOutput(backup.command('list').description('List database backups'))
    .option('--limit <limit>', 'Return up to N number of the most recent backups')
    .option('--marker <ID>', 'Begin displaying the results for IDs greater than the specified marker')
    .option('--datastore <datastore>', 'ID or name of the datastore (to filter backups by)')
    .option('--instance-id <instance_id>', 'Filter backups by database instance ID (deprecated: use --instance)')
    .option('-i, --instance <instance>', 'Filter backups by database instance (ID or name)')
    .action(action(cli, async (opts: ListOpts) => {
      const db = await cli.database();
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && !(limit >= 0)) throw new CliUsageError(`--limit must be a number, got "${opts.limit}"`);
      const instanceRef = opts.instance ?? opts.instanceId;
      const instance = instanceRef === undefined ? undefined : await findOrFail(db.instances, 'instance', instanceRef);
      const rows: unknown[][] = [];
      // With --limit troveclient shows that one page; without, it follows every page.
      for await (const b of db.backups.iterate({
        ...(instance ? { instanceId: String(instance.getId()) } : {}), ...(opts.datastore !== undefined ? { datastore: opts.datastore } : {}),
        ...(limit ? { limit } : {}), ...(opts.marker !== undefined ? { marker: opts.marker } : {}),
      })) {
        if (limit && rows.length >= limit) break;
        const r = b.toJSON() as unknown as Record<string, unknown>;
        rows.push(BACKUP_COLUMNS.map((c) => r[c.toLowerCase().replace(/ /g, '_')] ?? ''));
      }
      return listResult(BACKUP_COLUMNS, rows);
    }));

  withOutput(backup.command('create').description('Creates a backup of an instance').argument('<name>', 'Name of the backup'))
    .option('-i, --instance <instance>', 'ID or name of the instance')
    .option('--description <description>', 'An optional description for the backup')
    .option('--parent <parent>', 'Optional ID of the parent backup to perform an incremental backup from')
    .option('--incremental', 'Create an incremental backup based on the last full or incremental backup')
    .option('--swift-container <swift_container>', 'The container name for storing the backup data when Swift is used')
    .action(action(cli, async (name: string, opts: CreateOpts) => {
      if (!opts.instance) throw new CommandFailed('Instance ID or name is required if not restoring a backup.');
      const db = await cli.database();
      const instance = await findOrFail(db.instances, 'instance', opts.instance);
      const create: BackupCreateOptions = { name, instance };
      if (opts.description !== undefined) create.description = opts.description;
      if (opts.parent !== undefined) create.parentId = opts.parent;
      if (opts.incremental) create.incremental = true;
      if (opts.swiftContainer !== undefined) create.swiftContainer = opts.swiftContainer;
      const created = await db.backups.create(create);
      return showSorted(backupDetail(created.toJSON() as unknown as Record<string, unknown>));
    }));

  backup.command('delete').description('Deletes a backup').argument('<backup...>', 'Id or name of backup(s)')
    .action(action(cli, async (names: string[]) => {
      const db = await cli.database();
      const ids: string[] = [];
      for (const n of names) ids.push(await idForDelete(db.backups, 'database backup', n));
      await troveDeleteEach(cli, ids, 'database backup', (id) => db.backups.delete(id));
    }));
}
