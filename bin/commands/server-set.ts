import type { Command } from 'commander';
import type { ComputeV2Client, Server } from '../../index.js';
import { CommandFailed } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { findOrFail } from './find-or-fail.js';
import { atLeast, collect, needsMicroversion, parseProperty } from './server-options.js';
import { action } from './shared.js';

const findServer = (compute: ComputeV2Client, name: string): Promise<Server> => findOrFail(compute.servers, 'server', name);

/** `server set` and `server unset`: name, description (2.19+), properties and tags (2.26+), in python-openstackclient 6's order of calls. */
export function registerServerSet(server: Command, cli: CliRuntime): void {
  server.command('set').description('Set server properties').argument('<server>', 'Server (name or ID)')
    .option('--name <new-name>', 'New server name')
    .option('--property <key=value>', 'Property to add/change for this server (repeat option to set multiple properties)', collect)
    .option('--description <description>', 'New server description (supported by --os-compute-api-version 2.19 or above)')
    .option('--tag <tag>', 'Tag for the server; repeat to add several (supported by --os-compute-api-version 2.26 or above)', collect)
    .action(action(cli, async (name: string, opts: { name?: string; property?: string[]; description?: string; tag?: string[] }) => {
      const compute = await cli.compute();
      if (opts.description) needsMicroversion(compute, '2.19', '--description', opts.description);
      if (opts.tag) needsMicroversion(compute, '2.26', '--tag', opts.tag);
      const found = await findServer(compute, name);
      const update: { name?: string; description?: string } = {};
      if (opts.name) update.name = opts.name;
      if (opts.description) update.description = opts.description;
      if (Object.keys(update).length > 0) await compute.servers.update(found.id, update);
      if (opts.property) await compute.servers.setMetadata(found.id, Object.fromEntries(opts.property.map(parseProperty)));
      for (const tag of opts.tag ?? []) await compute.serverTags.add(found.id, tag);
    }));

  server.command('unset').description('Unset server properties and tags').argument('<server>', 'Server (name or ID)')
    .option('--property <key>', 'Property key to remove from server (repeat option to remove multiple values)', collect)
    .option('--description', 'Unset server description (supported by --os-compute-api-version 2.19 or above)')
    .option('--tag <tag>', 'Tag to remove from the server; repeat to remove several (supported by --os-compute-api-version 2.26 or above)', collect)
    .action(action(cli, async (name: string, opts: { property?: string[]; description?: boolean; tag?: string[] }) => {
      const compute = await cli.compute();
      const found = await findServer(compute, name);
      // novaclient's delete_meta: one DELETE per key, in the order given.
      for (const key of opts.property ?? []) await compute.servers.deleteMetadata(found.id, key);
      if (opts.description) {
        if (!atLeast(compute.microversion, '2.19')) throw new CommandFailed('Description is not supported for --os-compute-api-version less than 2.19');
        await compute.servers.update(found.id, { description: '' });
      }
      if (opts.tag) {
        needsMicroversion(compute, '2.26', '--tag', opts.tag);
        for (const tag of opts.tag) await compute.serverTags.delete(found.id, tag);
      }
    }));
}

