import type { Command } from 'commander';
import type { ComputeV2Client, RebuildOptions, Server } from '../../index.js';
import { CliUsageError } from '../errors.js';
import { showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { findOrFail } from './find-or-fail.js';
import { lookupNames } from './server-names.js';
import { collect, imageIdOf, needsMicroversion, parseProperty } from './server-options.js';
import { serverDetail } from './server-view.js';
import { action, withOutput } from './shared.js';
import { withProgress, type WaitSettings } from './wait.js';

type SimpleAction = 'start' | 'stop' | 'pause' | 'unpause' | 'suspend' | 'resume';

/** python-openstackclient's one-word server actions: each takes one or more servers and prints nothing. */
const SIMPLE: [SimpleAction, string][] = [
  ['start', 'Start server(s).'],
  ['stop', 'Stop server(s).'],
  ['pause', 'Pause server(s)'],
  ['unpause', 'Unpause server(s)'],
  ['suspend', 'Suspend server(s)'],
  ['resume', 'Resume server(s)'],
];

const findServer = (compute: ComputeV2Client, name: string): Promise<Server> => findOrFail(compute.servers, 'server', name);

/** `server reboot|start|stop|pause|unpause|suspend|resume|resize|rebuild`, in python-openstackclient 6's words. */
export function registerServerActions(server: Command, cli: CliRuntime): void {
  for (const [name, summary] of SIMPLE) {
    server.command(name).description(summary).argument('<server...>', `Server(s) to ${name} (name or ID)`)
      .action(action(cli, async (names: string[]) => {
        const compute = await cli.compute();
        for (const n of names) await compute.servers[name]((await findServer(compute, n)).id);
      }));
  }

  server.command('reboot').description('Perform a hard or soft server reboot').argument('<server>', 'Server (name or ID)')
    .option('--hard', 'Perform a hard reboot')
    .option('--soft', 'Perform a soft reboot')
    .option('--wait', 'Wait for reboot to complete (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (name: string, opts: { hard?: boolean; soft?: boolean; wait?: boolean; pollInterval?: string }) => {
      if (opts.hard && opts.soft) throw new CliUsageError('argument --soft: not allowed with argument --hard');
      const compute = await cli.compute();
      const found = await findServer(compute, name);
      await compute.servers.reboot(found.id, opts.hard ? 'HARD' : 'SOFT');
      if (opts.wait) await waitAndSay(cli, opts.pollInterval, (w) => compute.servers.waitFor(found.id, { ...w, status: 'ACTIVE' }));
    }));

  const resize = server.command('resize').description('Scale server to a new flavor').argument('<server>', 'Server (name or ID)')
    .option('--flavor <flavor>', 'Resize server to specified flavor')
    .option('--confirm', '**Deprecated** Confirm server resize is complete')
    .option('--revert', '**Deprecated** Restore server state before resize')
    .option('--wait', 'Wait for resize to complete (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (name: string, opts: { flavor?: string; confirm?: boolean; revert?: boolean; wait?: boolean; pollInterval?: string }) => {
      const chosen = (['flavor', 'confirm', 'revert'] as const).filter((k) => opts[k] !== undefined);
      if (chosen.length > 1) throw new CliUsageError(`argument --${chosen[1]}: not allowed with argument --${chosen[0]}`);
      const compute = await cli.compute();
      const found = await findServer(compute, name);
      if (opts.flavor) {
        const flavor = await findOrFail(compute.flavors, 'flavor', opts.flavor);
        await compute.servers.resize(found.id, String(flavor.id));
        if (opts.wait) {
          await waitAndSay(cli, opts.pollInterval, (w) => compute.servers.waitFor(found.id, { ...w, status: ['ACTIVE', 'VERIFY_RESIZE'] }));
        }
      } else if (opts.confirm) {
        cli.note('The --confirm option has been deprecated. Please use the \'openstack server resize confirm\' command instead.');
        await compute.servers.confirmResize(found.id);
      } else if (opts.revert) {
        cli.note('The --revert option has been deprecated. Please use the \'openstack server resize revert\' command instead.');
        await compute.servers.revertResize(found.id);
      }
    }));

  // osc 6's replacements for --confirm / --revert: `server resize confirm <server>` and `server resize revert <server>`.
  resize.command('confirm').description('Confirm server resize.').argument('<server>', 'Server (name or ID)')
    .action(action(cli, async (name: string) => {
      const compute = await cli.compute();
      await compute.servers.confirmResize((await findServer(compute, name)).id);
    }));
  resize.command('revert').description('Revert server resize.').argument('<server>', 'Server (name or ID)')
    .action(action(cli, async (name: string) => {
      const compute = await cli.compute();
      await compute.servers.revertResize((await findServer(compute, name)).id);
    }));

  withOutput(server.command('rebuild').description('Rebuild server').argument('<server>', 'Server (name or ID)'))
    .option('--image <image>', 'Recreate server from the specified image (name or ID). Defaults to the currently used one.')
    .option('--name <name>', 'Set the new name of the rebuilt server')
    .option('--password <password>', 'Set the password on the rebuilt server')
    .option('--property <key=value>', 'Set a new property on the rebuilt server (repeat option to set multiple values)', collect)
    .option('--description <description>', 'Set a new description on the rebuilt server (--os-compute-api-version 2.19 or above)')
    .option('--preserve-ephemeral', 'Preserve the default ephemeral storage partition on rebuild.')
    .option('--no-preserve-ephemeral', 'Do not preserve the default ephemeral storage partition on rebuild.')
    .option('--key-name <key-name>', 'Set the key name of key pair on the rebuilt server (--os-compute-api-version 2.54 or above)')
    .option('--wait', 'Wait for rebuild to complete (progress on stderr)')
    .option('--poll-interval <ms>', 'Milliseconds between status checks with --wait', '1000')
    .action(action(cli, async (name: string, opts: RebuildOpts) => {
      const compute = await cli.compute();
      const found = await findServer(compute, name);
      const image = opts.image ? await imageIdOf(cli, opts.image) : found.image ? found.image.id : undefined;
      if (!image) throw new CliUsageError(`Server ${found.id} was booted from a volume; give --image to rebuild it`);
      const options: RebuildOptions = {};
      if (opts.name !== undefined) options.name = opts.name;
      if (opts.password !== undefined) options.adminPass = opts.password;
      if (opts.property) options.metadata = Object.fromEntries(opts.property.map(parseProperty));
      if (opts.description !== undefined) options.description = needsMicroversion(compute, '2.19', '--description', opts.description);
      if (opts.keyName !== undefined) options.keyName = needsMicroversion(compute, '2.54', '--key-name', opts.keyName);
      if (opts.preserveEphemeral !== undefined) options.preserveEphemeral = opts.preserveEphemeral;
      let rebuilt = await compute.servers.rebuild(found.id, image, options);
      if (opts.wait) {
        rebuilt = await withProgress(cli, opts.pollInterval, (w) => compute.servers.waitFor(found.id, { ...w, status: 'ACTIVE' }));
      }
      return showSorted(serverDetail(rebuilt.toJSON(), await lookupNames(cli, compute, [rebuilt])));
    }));
}

interface RebuildOpts {
  image?: string; name?: string; password?: string; property?: string[]; description?: string;
  preserveEphemeral?: boolean; keyName?: string; wait?: boolean; pollInterval?: string;
}

/** Runs a wait with the progress line on stderr, then says `Complete` on stdout, as osc's reboot and resize do. */
async function waitAndSay<T>(cli: CliRuntime, interval: string | undefined, wait: (w: WaitSettings) => Promise<T>): Promise<T> {
  const done = await withProgress(cli, interval, wait);
  cli.io.out('Complete\n');
  return done;
}
