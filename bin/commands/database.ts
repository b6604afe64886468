import type { Command } from 'commander';
import type { InstanceCreateOptions } from '../../index.js';
import { CliUsageError } from '../errors.js';
import { listResult, showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { INSTANCE_COLUMNS, instanceDetail, instanceRow } from './database-view.js';
import { deleteEach } from './delete-each.js';
import { action, withOutput } from './shared.js';
import { withProgress } from './wait.js';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

interface CreateOpts {
  flavor: string;
  size?: string;
  volumeType?: string;
  databases?: string[];
  users?: string[];
  datastore?: string;
  datastoreVersion?: string;
  nic?: string;
  isPublic?: boolean;
  allowedCidr?: string[];
  wait?: boolean;
  pollInterval?: string;
}

/** `database instance|flavor|backup …`: python-troveclient's OSC commands, on the database (Trove) v1.0 client. */
export function register(program: Command, cli: CliRuntime): void {
  const database = program.command('database').description('Database service (Trove)');
  const instance = database.command('instance').description('Database instances');

  withOutput(instance.command('list').description('List database instances'))
    .option('--limit <limit>', 'Limit the number of results displayed')
    .action(action(cli, async (opts: { limit?: string }) => {
      const db = await cli.database();
      const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
      if (!(limit >= 0)) throw new CliUsageError(`--limit must be a number, got "${opts.limit}"`);
      const rows: unknown[][] = [];
      for await (const i of db.instances.iterate({ detailed: false })) {
        if (rows.length >= limit) break;
        rows.push(instanceRow(i));
      }
      return listResult(INSTANCE_COLUMNS, rows);
    }));

  withOutput(instance.command('show').description('Show instance details').argument('<instance>', 'Instance (name or ID)'))
    .action(action(cli, async (name: string) => {
      const db = await cli.database();
      return showSorted(instanceDetail(await db.instances.findByNameOrId(name)));
    }));

  withOutput(instance.command('create').description('Creates a new database instance').argument('<name>', 'Name of the instance'))
    .requiredOption('--flavor <flavor>', 'Flavor to create the instance (name or ID)')
    .option('--size <size>', 'Size of the instance disk volume in GB')
    .option('--volume-type <volume_type>', 'Volume type')
    .option('--databases <database...>', 'Optional list of databases')
    .option('--users <user:password...>', 'Optional list of users')
    .option('--datastore <datastore>', 'A datastore name or ID')
    .option('--datastore-version <datastore_version>', 'A datastore version name or ID')
    .option('--nic <net-id=net-uuid>', 'Create instance in the given Neutron network')
    .option('--is-public', 'Whether or not to make the instance public')
    .option('--allowed-cidr <cidr>', 'IP CIDR allowed to access the instance; repeat for more', collect)
    .option('--wait', 'Wait until the instance is ACTIVE (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (name: string, opts: CreateOpts) => {
      const db = await cli.database();
      const flavor = await db.flavors.findByNameOrId(opts.flavor);
      const create: InstanceCreateOptions = { name, flavor: String(flavor.id ?? flavor.str_id) };
      if (opts.size !== undefined) {
        const size = Number(opts.size);
        if (!(Number.isInteger(size) && size > 0)) throw new CliUsageError(`Volume size '${opts.size}' must be an integer and greater than 0.`);
        create.volume = { size, ...(opts.volumeType ? { type: opts.volumeType } : {}) };
      }
      if (opts.datastore || opts.datastoreVersion) {
        create.datastore = { ...(opts.datastore ? { type: opts.datastore } : {}), ...(opts.datastoreVersion ? { version: opts.datastoreVersion } : {}) };
      }
      const databases = opts.databases ?? [];
      if (databases.length) create.databases = databases.map((d) => ({ name: d }));
      if (opts.users) create.users = opts.users.map((u) => parseUser(u, databases));
      if (opts.nic) create.nics = [parseNic(opts.nic)];
      create.access = { isPublic: !!opts.isPublic, ...(opts.allowedCidr ? { allowedCidrs: opts.allowedCidr } : {}) };
      const created = await db.instances.create(create);
      const shown = opts.wait ? await withProgress(cli, opts.pollInterval, (w) => created.waitFor(w)) : created;
      return showSorted(instanceDetail(shown));
    }));

  instance.command('delete').description('Deletes an instance').argument('<instance...>', 'Id or name of instance(s)')
    .option('--wait', 'Wait until the instance is gone (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (names: string[], opts: { wait?: boolean; pollInterval?: string }) => {
      const db = await cli.database();
      await deleteEach(names, 'database instance', async (n) => {
        const i = await db.instances.findByNameOrId(n);
        await db.instances.delete(i);
        if (opts.wait) await withProgress(cli, opts.pollInterval, (w) => db.instances.waitForDelete(i, w));
      }, (line) => cli.note(line));
    }));

  withOutput(database.command('flavor').description('Database flavors').command('list').description('List database flavors'))
    .action(action(cli, async () => {
      const flavors = await (await cli.database()).flavors.list();
      return listResult(['ID', 'Name', 'RAM', 'vCPUs', 'Disk', 'Ephemeral'],
        flavors.map((f) => [f.id ?? f.str_id ?? '', f.name, f.ram, f.vcpus ?? '', f.disk ?? '', f.ephemeral ?? '']));
    }));

  withOutput(database.command('backup').description('Database backups').command('list').description('List database backups'))
    .action(action(cli, async () => {
      const backups = await (await cli.database()).backups.list();
      return listResult(['ID', 'Instance ID', 'Name', 'Status', 'Parent ID', 'Updated', 'Project ID'],
        backups.map((b) => [b.id, b.instance_id, b.name, b.status, b.parent_id, b.updated, (b as { project_id?: string }).project_id ?? '']));
    }));
}

function parseUser(spec: string, databases: string[]): { name: string; password: string; databases: string[] } {
  const [name, password] = spec.split(':', 2);
  if (!name || !password) throw new CliUsageError(`--users "${spec}" is not <user>:<password>`);
  return { name, password, databases };
}

function parseNic(spec: string): { netId?: string; portId?: string; v4FixedIp?: string } {
  const f = Object.fromEntries(spec.split(',').map((kv) => kv.split('=', 2) as [string, string]));
  if (!f['net-id'] && !f['port-id']) throw new CliUsageError(`net-id is not set in ${spec}`);
  return {
    ...(f['net-id'] ? { netId: f['net-id'] } : {}), ...(f['port-id'] ? { portId: f['port-id'] } : {}),
    ...(f['v4-fixed-ip'] ? { v4FixedIp: f['v4-fixed-ip'] } : {}),
  };
}
