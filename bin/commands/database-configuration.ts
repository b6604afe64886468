import type { Command } from 'commander';
import type { ConfigurationCreateOptions } from '../../index.js';
import { CliUsageError } from '../errors.js';
import { listResult, showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { configurationDetail } from './database-view.js';
import { action, withOutput } from './shared.js';
import { idOf } from './trove-find.js';

const CONFIGURATION_COLUMNS = ['ID', 'Name', 'Description', 'Datastore Name', 'Datastore Version Name', 'Datastore Version Number'];

interface CreateOpts {
  datastore?: string;
  datastoreVersion?: string;
  datastoreVersionNumber?: string;
  description?: string;
}

/** `database configuration list|create|attach` (troveclient/osc/v1/database_configurations.py). */
export function registerConfiguration(database: Command, cli: CliRuntime): void {
  const configuration = database.command('configuration').description('Database configuration groups');

  withOutput(configuration.command('list').description('List database configurations'))
    .option('--limit <limit>', 'Limit the number of results displayed')
    .option('--marker <ID>', 'Begin displaying the results for IDs greater than the specified marker')
    .action(action(cli, async (opts: { limit?: string; marker?: string }) => {
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && !Number.isInteger(limit)) throw new CliUsageError(`argument --limit: invalid int value: '${opts.limit}'`);
      const db = await cli.database();
      const rows: unknown[][] = [];
      for await (const c of db.configurations.iterate({ ...(limit ? { limit } : {}), ...(opts.marker !== undefined ? { marker: opts.marker } : {}) })) {
        // troveclient shows one page: Trove's, or --limit's.
        if (limit && rows.length >= limit) break;
        const r = c.toJSON() as unknown as Record<string, unknown>;
        rows.push(CONFIGURATION_COLUMNS.map((col) => r[col.toLowerCase().replace(/ /g, '_')] ?? ''));
      }
      return listResult(CONFIGURATION_COLUMNS, rows);
    }));

  withOutput(configuration.command('create').description('Creates a configuration group')
    .argument('<name>', 'Name of the configuration group').argument('<values>', 'Dictionary of the values to set (JSON)'))
    .option('--datastore <datastore>', 'Datastore assigned to the configuration group')
    .option('--datastore-version <datastore_version>', 'Datastore version ID assigned to the configuration group')
    .option('--datastore-version-number <number>', 'The version number, for datastore versions with the same name')
    .option('--description <description>', 'An optional description for the configuration group')
    .action(action(cli, async (name: string, valuesText: string, opts: CreateOpts) => {
      let values: unknown;
      try {
        values = JSON.parse(valuesText);
      } catch {
        throw new CliUsageError(`<values> must be a JSON object such as '{"max_connections": 100}', got ${JSON.stringify(valuesText)}`);
      }
      if (typeof values !== 'object' || values === null || Array.isArray(values)) {
        throw new CliUsageError(`<values> must be a JSON object such as '{"max_connections": 100}', got ${JSON.stringify(valuesText)}`);
      }
      const create: ConfigurationCreateOptions = { name, values: values as Record<string, unknown> };
      if (opts.description !== undefined) create.description = opts.description;
      if (opts.datastore || opts.datastoreVersion || opts.datastoreVersionNumber) {
        create.datastore = {
          ...(opts.datastore ? { type: opts.datastore } : {}), ...(opts.datastoreVersion ? { version: opts.datastoreVersion } : {}),
          ...(opts.datastoreVersionNumber ? { versionNumber: opts.datastoreVersionNumber } : {}),
        };
      }
      const db = await cli.database();
      const created = await db.configurations.create(create);
      return showSorted(configurationDetail(created.toJSON() as unknown as Record<string, unknown>));
    }));

  configuration.command('attach').description('Attaches a configuration group to an instance')
    .argument('<instance>', 'ID or name of the instance').argument('<configuration>', 'ID or name of the configuration group to attach')
    .action(action(cli, async (instanceName: string, configName: string) => {
      const db = await cli.database();
      const instance = await idOf(db.instances, 'instance', instanceName);
      const config = await idOf(db.configurations, 'configuration', configName);
      await db.instances.attachConfiguration(instance, config);
    }));
}
