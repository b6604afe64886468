import type { Command } from 'commander';
import { CommandFailed } from '../errors.js';
import { listResult } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { findOrFail } from './find-or-fail.js';
import { troveErrorText } from './trove-find.js';
import { action, withOutput } from './shared.js';

/** `database db list|create|delete` (troveclient/osc/v1/databases.py) and `database user list|create|delete` (database_users.py). */
export function registerDatabasesAndUsers(database: Command, cli: CliRuntime): void {
  const instanceOf = async (name: string) => {
    const db = await cli.database();
    return { db, instance: await findOrFail(db.instances, 'instance', name) };
  };
  const schema = database.command('db').description('Databases (schemas) on an instance');

  withOutput(schema.command('list').description('Get a list of all Databases from the instance').argument('<instance>', 'ID or name of the instance'))
    .action(action(cli, async (name: string) => {
      const { db, instance } = await instanceOf(name);
      const all = await db.databases.list(instance);
      return listResult(['Name'], all.map((d) => [d.name]));
    }));

  schema.command('create').description('Creates a database on an instance')
    .argument('<instance>', 'ID or name of the instance').argument('<name>', 'Name of the database')
    .option('--character_set <character_set>', 'Optional character set for database')
    .option('--collate <collate>', 'Optional collation type for database')
    .action(action(cli, async (name: string, dbName: string, opts: { character_set?: string; collate?: string }) => {
      const { db, instance } = await instanceOf(name);
      await db.databases.create(instance, [{
        name: dbName, ...(opts.collate ? { collate: opts.collate } : {}), ...(opts.character_set ? { characterSet: opts.character_set } : {}),
      }]);
    }));

  schema.command('delete').description('Deletes a database from an instance')
    .argument('<instance>', 'ID or name of the instance').argument('<database>', 'Name of the database')
    .action(action(cli, async (name: string, dbName: string) => {
      try {
        const { db, instance } = await instanceOf(name);
        await db.databases.delete(instance, dbName);
      } catch (error) {
        throw new CommandFailed(`Failed to delete database ${dbName}: ${troveErrorText(error)}`, { cause: error });
      }
    }));

  const user = database.command('user').description('Database users on an instance');

  withOutput(user.command('list').description('Lists the users for an instance').argument('<instance>', 'ID or name of the instance'))
    .action(action(cli, async (name: string) => {
      const { db, instance } = await instanceOf(name);
      const all = await db.users.list(instance);
      return listResult(['Name', 'Host', 'Databases'], all.map((u) => [u.name, u.host, (u.databases ?? []).map((d) => d.name).join(', ')]));
    }));

  user.command('create').description('Creates a user on an instance')
    .argument('<instance>', 'ID or name of the instance').argument('<name>', 'Name of user').argument('<password>', 'Password of user')
    .option('--host <host>', 'Optional host of user')
    .option('--databases <databases...>', 'Optional list of databases')
    .action(action(cli, async (name: string, userName: string, password: string, opts: { host?: string; databases?: string[] }) => {
      const { db, instance } = await instanceOf(name);
      await db.users.create(instance, [{ name: userName, password, databases: opts.databases ?? [], ...(opts.host ? { host: opts.host } : {}) }]);
    }));

  user.command('delete').description('Deletes a user from an instance')
    .argument('<instance>', 'ID or name of the instance').argument('<name>', 'Name of user')
    .option('--host <host>', 'Optional host of user')
    .action(action(cli, async (name: string, userName: string, opts: { host?: string }) => {
      try {
        const { db, instance } = await instanceOf(name);
        await db.users.delete(instance, userName, opts.host ? { host: opts.host } : {});
      } catch (error) {
        throw new CommandFailed(`Failed to delete user ${userName}: ${troveErrorText(error)}`, { cause: error });
      }
    }));
}
