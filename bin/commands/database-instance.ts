import type { Command } from 'commander';
import { CliUsageError } from '../errors.js';
import { listResult, showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { registerInstanceCreate } from './database-instance-create.js';
import { ADMIN_INSTANCE_COLUMNS, INSTANCE_COLUMNS, instanceDetail, instanceRow } from './database-view.js';
import { findOrFail } from './find-or-fail.js';
import { action, withOutput } from './shared.js';
import { findFull, idForDelete, idOf } from './trove-find.js';
import { troveDeleteEach } from './trove-delete.js';
import { withProgress } from './wait.js';

interface ListOpts {
  limit?: string;
  marker?: string;
  includeClustered?: boolean;
  allProjects?: boolean;
  projectId?: string;
}

/** `database instance list|show|create|delete|restart|resize flavor|resize volume` (troveclient/osc/v1/database_instances.py). */
export function registerInstance(database: Command, cli: CliRuntime): void {
  const instance = database.command('instance').description('Database instances');

  withOutput(instance.command('list').description('List database instances'))
    .option('--limit <limit>', 'Limit the number of results displayed')
    .option('--marker <ID>', 'Begin displaying the results for IDs greater than the specified marker')
    .option('--include-clustered, --include_clustered', 'Include instances that are part of a cluster')
    .option('--all-projects', 'Include database instances of all projects (admin only)')
    .option('--project-id <project_id>', 'Include database instances of a specific project (admin only)')
    .action(action(cli, async (opts: ListOpts) => {
      const db = await cli.database();
      // troveclient sends no limit for 0 (`if limit:`).
      const limit = opts.limit === undefined || Number(opts.limit) === 0 ? Infinity : Number(opts.limit);
      if (!(limit >= 0)) throw new CliUsageError(`--limit must be a number, got "${opts.limit}"`);
      const admin = !!opts.allProjects || opts.projectId !== undefined;
      const rows: unknown[][] = [];
      const pages = db.instances.iterate({
        detailed: false,
        ...(Number.isFinite(limit) ? { limit } : {}),
        ...(opts.marker !== undefined ? { marker: opts.marker } : {}),
        ...(opts.includeClustered ? { includeClustered: true } : {}),
        ...(opts.allProjects ? { allProjects: true } : {}),
        ...(opts.projectId !== undefined ? { projectId: opts.projectId } : {}),
      });
      for await (const i of pages) {
        if (rows.length >= limit) break;
        rows.push(instanceRow(i.toJSON(), admin));
      }
      return listResult(admin ? ADMIN_INSTANCE_COLUMNS : INSTANCE_COLUMNS, rows);
    }));

  withOutput(instance.command('show').description('Show instance details').argument('<instance>', 'Instance (name or ID)'))
    .action(action(cli, async (name: string) => {
      const db = await cli.database();
      return showSorted(instanceDetail((await findFull(db.instances, 'instance', name)).toJSON()));
    }));

  registerInstanceCreate(instance, cli);

  instance.command('delete').description('Deletes an instance').argument('<instance...>', 'Id or name of instance(s)')
    .option('--force', 'Force delete the instance, will reset the instance status before deleting')
    .option('--wait', 'Wait until the instance is gone (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (names: string[], opts: { force?: boolean; wait?: boolean; pollInterval?: string }) => {
      const db = await cli.database();
      const ids: string[] = [];
      for (const n of names) ids.push(await idForDelete(db.instances, 'database instance', n));
      await troveDeleteEach(cli, ids, 'database instance', async (id) => {
        if (opts.force) await db.instances.resetStatus(id);
        await db.instances.delete(id);
      });
      if (opts.wait) for (const id of ids) await withProgress(cli, opts.pollInterval, (w) => db.instances.waitForDelete(id, w));
    }));

  instance.command('restart').description('Restarts an instance').argument('<instance>', 'ID or name of the instance')
    .action(action(cli, async (name: string) => {
      const db = await cli.database();
      await db.instances.restart(await findOrFail(db.instances, 'instance', name));
    }));

  const resize = instance.command('resize').description('Resize an instance: its flavor or its volume');
  resize.command('flavor').description('Resize an instance with a new flavor')
    .argument('<instance>', 'ID or name of the instance').argument('<flavor>', 'ID or name of the new flavor')
    .action(action(cli, async (name: string, flavorName: string) => {
      const db = await cli.database();
      const id = await idOf(db.instances, 'instance', name);
      const flavor = await findFull(db.flavors, 'flavor', flavorName);
      await db.instances.resizeFlavor(id, String(flavor.getId()));
    }));
  resize.command('volume').description('Resizes the volume size of an instance')
    .argument('<instance>', 'ID or name of the instance').argument('<size>', 'New size of the instance disk volume in GB')
    .action(action(cli, async (name: string, sizeText: string) => {
      const size = Number(sizeText);
      if (!Number.isInteger(size)) throw new CliUsageError(`argument <size>: invalid int value: '${sizeText}'`);
      const db = await cli.database();
      await db.instances.resizeVolume(await findOrFail(db.instances, 'instance', name), size);
    }));
}
