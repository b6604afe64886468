import type { Command } from 'commander';
import type { CreateServerOptions, Server, ServerNetwork } from '../../index.js';
import { CliUsageError } from '../errors.js';
import { listResult, showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { deleteEach } from './delete-each.js';
import { findOrFail } from './find-or-fail.js';
import { registerServerActions } from './server-actions.js';
import { registerServerGroup } from './server-group.js';
import { lookupNames } from './server-names.js';
import { atLeast, collect, imageIdOf, parseNic, parseProperty } from './server-options.js';
import { registerServerSet } from './server-set.js';
import { longColumns, serverDetail, serverLongRow, serverRow } from './server-view.js';
import { action, withOutput } from './shared.js';
import { waitGone, withProgress } from './wait.js';

const LIST_COLUMNS = ['ID', 'Name', 'Status', 'Networks', 'Image', 'Flavor'];

interface CreateOpts {
  flavor: string;
  image?: string;
  network?: string[];
  nic?: string[];
  keyName?: string;
  property?: string[];
  wait?: boolean;
  pollInterval?: string;
}

/** `server list|show|create|delete`, compute v2.1, with python-openstackclient's columns. */
export function register(program: Command, cli: CliRuntime): void {
  const server = program.command('server').description('Compute servers');
  const nics: string[] = [];

  withOutput(server.command('list').description('List servers'))
    .option('--name <name-regex>', 'Regular expression to match names')
    .option('--status <status>', 'Search by server status')
    .option('--limit <num-servers>', 'Maximum number of servers to display')
    .option('--long', 'List additional fields in output')
    .action(action(cli, async (opts: { name?: string; status?: string; limit?: string; long?: boolean }) => {
      const compute = await cli.compute();
      const filters = { ...(opts.name ? { name: opts.name } : {}), ...(opts.status ? { status: opts.status } : {}) };
      const servers: Server[] = [];
      const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
      if (!(limit >= 0)) throw new CliUsageError(`--limit must be a number, got "${opts.limit}"`);
      for await (const s of compute.servers.iterate({ filters })) {
        if (servers.length >= limit) break;
        servers.push(s);
      }
      const names = await lookupNames(cli, compute, servers);
      const embedded = atLeast(compute.microversion, '2.47');
      if (opts.long) {
        // Host Status (2.16+) only when Nova's policy let it show for some server, as osc adds it.
        const hostStatus = atLeast(compute.microversion, '2.16') && servers.some((s) => 'host_status' in s);
        const columns = [...longColumns(embedded), ...(hostStatus ? ['Host Status'] : [])];
        return listResult(columns, servers.map((s) => serverLongRow(s, names, embedded, hostStatus)));
      }
      return listResult(LIST_COLUMNS, servers.map((s) => serverRow(s, names, embedded)));
    }));

  withOutput(server.command('show').description('Show server details').argument('<server>', 'Server to show (name or ID)'))
    .action(action(cli, async (name: string) => {
      const compute = await cli.compute();
      const found = await findOrFail(compute.servers, 'server', name);
      return showSorted(serverDetail(found, await lookupNames(cli, compute, [found])));
    }));

  withOutput(server.command('create').description('Create a new server').argument('<server-name>', 'New server name'))
    .requiredOption('--flavor <flavor>', 'Create server with this flavor (name or ID)')
    .option('--image <image>', 'Create server boot disk from this image (name or ID)')
    .option('--network <network>', 'Create a NIC on the server and connect it to network (ID); repeat for more', nicCollector(nics, 'net-id'))
    .option('--nic <net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag,auto,none>',
      'Create a NIC on the server (net-id=, port-id=, v4-fixed-ip=, v6-fixed-ip=, tag=), or auto / none', nicCollector(nics))
    .option('--key-name <key-name>', 'Keypair to inject into this server')
    .option('--property <key=value>', 'Set a property on this server (repeat option to set multiple values)', collect)
    .option('--wait', 'Wait for build to complete (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (name: string, opts: CreateOpts) => {
      const compute = await cli.compute();
      const flavor = await findOrFail(compute.flavors, 'flavor', opts.flavor);
      const create: CreateServerOptions = { name, flavorRef: String(flavor.id) };
      if (opts.image) create.imageRef = await imageIdOf(cli, opts.image);
      const networks = networksOf(opts, atLeast(compute.microversion, '2.37'));
      if (networks !== undefined) create.networks = networks;
      if (opts.keyName) create.keyName = opts.keyName;
      if (opts.property) create.metadata = Object.fromEntries(opts.property.map(parseProperty));
      const created = await compute.servers.create(create);
      const full = opts.wait
        ? await withProgress(cli, opts.pollInterval, (w) => created.waitFor({ status: 'ACTIVE', ...w }))
        : await compute.servers.get(created.id);
      return showSorted(serverDetail({ ...created.toJSON(), ...full.toJSON() }, await lookupNames(cli, compute, [full])));
    }));

  server.command('delete').description('Delete server(s)').argument('<server...>', 'Server(s) to delete (name or ID)')
    .option('--wait', 'Wait for delete to complete (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (names: string[], opts: { wait?: boolean; pollInterval?: string }) => {
      const compute = await cli.compute();
      await deleteEach(names, 'server', async (n) => {
        const s = await findOrFail(compute.servers, 'server', n);
        await compute.servers.delete(s.id);
        if (opts.wait) await withProgress(cli, opts.pollInterval, (w) => waitGone(() => compute.servers.get(s.id), w));
      }, (line) => cli.note(line));
    }));

  registerServerActions(server, cli);
  registerServerSet(server, cli);
  registerServerGroup(server, cli);
}

/**
 * osc's NICAction: `--nic` and `--network` (a `net-id=` NIC) append to one list, in the order they are given.
 * commander parses options in command-line order, so both parsers push onto one list, made per `register` (per run).
 */
function nicCollector(list: string[], key?: 'net-id'): (value: string) => string[] {
  return (value) => {
    if (key && value !== 'auto' && value !== 'none' && /[,=]/.test(value)) {
      throw new CliUsageError(`Invalid argument ${value}; characters ',' and '=' are not allowed`);
    }
    list.push(key && value !== 'auto' && value !== 'none' ? `${key}=${value}` : value);
    return list;
  };
}

/**
 * The networks of a create, as osc 6 builds them: `--nic auto|none` alone, or NICs from `--nic` / `--network`;
 * with none given, 'auto' from microversion 2.37 (where Nova requires the field) and nothing before.
 */
function networksOf(opts: CreateOpts, modern: boolean): CreateServerOptions['networks'] {
  const nics = (opts.nic ?? opts.network ?? []).map(parseNic);
  const special = nics.filter((n): n is 'auto' | 'none' => typeof n === 'string');
  if (special.length > 0) {
    if (nics.length > 1) throw new CliUsageError("Specifying a --nic of auto or none cannot be used with any other --nic, --network or --port value.");
    return special[0];
  }
  if (nics.length > 0) return nics as ServerNetwork[];
  return modern ? 'auto' : undefined;
}
