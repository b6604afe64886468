import type { Command } from 'commander';
import type { InstanceCreateOptions, NicSpec } from '../../index.js';
import { CliUsageError, CommandFailed } from '../errors.js';
import { showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { instanceDetail } from './database-view.js';
import { findOrFail } from './find-or-fail.js';
import { action, withOutput } from './shared.js';
import { withProgress } from './wait.js';

interface CreateOpts {
  flavor?: string;
  size?: string;
  volumeType?: string;
  databases?: string[];
  users?: string[];
  backup?: string;
  availabilityZone?: string;
  datastore?: string;
  datastoreVersion?: string;
  datastoreVersionNumber?: string;
  nic?: string;
  configuration?: string;
  replicaOf?: string;
  replicaCount?: string;
  locality?: string;
  isPublic?: boolean;
  allowedCidr?: string[];
  wait?: boolean;
  pollInterval?: string;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `database instance create` (troveclient 8's CreateDatabaseInstance): prints the record Trove answers with. */
export function registerInstanceCreate(instance: Command, cli: CliRuntime): void {
  withOutput(instance.command('create').description('Creates a new database instance').argument('<name>', 'Name of the instance'))
    .option('--flavor <flavor>', 'Flavor to create the instance (name or ID); not needed for replicas')
    .option('--size <size>', 'Size of the instance disk volume in GB')
    .option('--volume-type <volume_type>', 'Volume type')
    .option('--databases <database...>', 'Optional list of databases')
    .option('--users <user:password...>', 'Optional list of users')
    .option('--backup <backup>', 'A backup name or ID')
    .option('--availability-zone <availability_zone>', 'The Zone hint to give to Nova')
    .option('--datastore <datastore>', 'A datastore name or ID')
    .option('--datastore-version <datastore_version>', 'A datastore version name or ID')
    .option('--datastore-version-number <number>', 'The version number, for datastore versions with the same name')
    .option('--nic <net-id=<net-uuid>,subnet-id=<subnet-uuid>,ip-address=<ip-address>>', 'Create instance in the given Neutron network')
    .option('--configuration <configuration>', 'ID of the configuration group to attach to the instance')
    .option('--replica-of <source_instance>', 'ID or name of an existing instance to replicate from')
    .option('--replica-count <count>', 'Number of replicas to create (defaults to 1 if replica_of specified)')
    .option('--locality <policy>', 'Locality policy to use when creating replicas: affinity or anti-affinity')
    .option('--is-public', 'Whether or not to make the instance public')
    .option('--allowed-cidr <cidr>', 'The IP CIDRs that are allowed to access the database instance; repeat for more', collect)
    .option('--wait', 'Wait until the instance is ACTIVE (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (name: string, opts: CreateOpts) => {
      if (!opts.replicaOf && !opts.flavor) throw new CommandFailed('Please specify a flavor');
      if (opts.locality !== undefined && !['affinity', 'anti-affinity'].includes(opts.locality)) {
        throw new CliUsageError(`argument --locality: invalid choice: '${opts.locality}' (choose from 'affinity', 'anti-affinity')`);
      }
      const db = await cli.database();
      const create: InstanceCreateOptions = { name, flavor: '' };
      if (opts.replicaOf) {
        if (opts.flavor) cli.io.out('Warning: Flavor is ignored for creating replica.\n');
        if (opts.locality) throw new CommandFailed('Cannot specify locality when adding replicas to existing master.');
        create.replicaOf = String((await findOrFail(db.instances, 'instance', opts.replicaOf)).getId());
        create.replicaCount = opts.replicaCount === undefined ? 1 : intOption('--replica-count', opts.replicaCount);
      } else {
        create.flavor = String((await findOrFail(db.flavors, 'flavor', opts.flavor!)).getId());
        if (opts.replicaCount !== undefined) create.replicaCount = intOption('--replica-count', opts.replicaCount);
        if (opts.locality) create.locality = opts.locality;
      }
      if (opts.size !== undefined) {
        const size = intOption('--size', opts.size);
        if (size <= 0) throw new CommandFailed(`Volume size '${size}' must be an integer and greater than 0.`);
        create.volume = { size, ...(opts.volumeType ? { type: opts.volumeType } : {}) };
      }
      if (opts.backup) create.restoreFrom = String((await findOrFail(db.backups, 'backup', opts.backup)).getId());
      if (opts.availabilityZone) create.availabilityZone = opts.availabilityZone;
      if (opts.datastore || opts.datastoreVersion || opts.datastoreVersionNumber) {
        create.datastore = {
          ...(opts.datastore ? { type: opts.datastore } : {}), ...(opts.datastoreVersion ? { version: opts.datastoreVersion } : {}),
          ...(opts.datastoreVersionNumber ? { versionNumber: opts.datastoreVersionNumber } : {}),
        };
      }
      const databases = opts.databases ?? [];
      if (databases.length) create.databases = databases.map((d) => ({ name: d }));
      if (opts.users?.length) create.users = opts.users.map((u) => parseUser(u, databases));
      if (opts.nic) create.nics = [parseNic(opts.nic)];
      if (opts.configuration) create.configuration = opts.configuration;
      create.access = { isPublic: !!opts.isPublic, ...(opts.allowedCidr ? { allowedCidrs: opts.allowedCidr } : {}) };
      const created = await db.instances.create(create);
      const shown = opts.wait ? await withProgress(cli, opts.pollInterval, (w) => created.waitFor(w)) : created;
      return showSorted(instanceDetail(shown.toJSON()));
    }));
}

function intOption(flag: string, text: string): number {
  const n = Number(text);
  if (!/^\s*[-+]?\d+\s*$/.test(text) || !Number.isSafeInteger(n)) throw new CliUsageError(`argument ${flag}: invalid int value: '${text}'`);
  return n;
}

/** `name:password`, as troveclient splits it (`z.split(':')[:2]`); each user gets every `--databases` database. */
function parseUser(spec: string, databases: string[]): { name: string; password: string; databases: string[] } {
  const [name, password] = spec.split(':');
  if (!name || password === undefined) throw new CliUsageError(`--users "${spec}" is not <user>:<password>`);
  return { name, password, databases };
}

const NIC_KEYS: Record<string, keyof NicSpec> = { 'net-id': 'networkId', 'subnet-id': 'subnetId', 'ip-address': 'ipAddress' };

/** troveclient 8's `--nic` (net-id, subnet-id, ip-address); other keys are refused with its message. */
function parseNic(spec: string): NicSpec {
  const nic: NicSpec = {};
  for (const field of spec.split(',')) {
    const at = field.indexOf('=');
    if (at < 0) throw new CliUsageError(`--nic "${spec}": "${field.trim()}" is not key=value`);
    const key = field.slice(0, at).trim();
    const value = field.slice(at + 1).trim();
    const name = NIC_KEYS[key];
    if (name === undefined) throw new CommandFailed(`${key} is not allowed.`);
    if (value) nic[name] = value;
  }
  return nic;
}
