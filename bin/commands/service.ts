import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteWithWords } from './delete-with-words.js';
import { withoutLinks } from './find-or-fail.js';
import { identityAction } from './identity-action.js';
import { findService } from './identity-find.js';
import { enableDisable, enabledChange, field } from './identity-options.js';
import { withOutput } from './shared.js';

/** `service list|show|create|set|delete`, identity v3: a service is found by id, name or type, as osc finds it. */
export function register(program: Command, cli: CliRuntime): void {
  const service = program.command('service').description('Identity (catalog) services');

  withOutput(service.command('list').description('List services'))
    .option('--long', 'List additional fields in output')
    .action(identityAction(cli, async (opts: { long?: boolean }) => {
      const services = await (await cli.identity()).services.list();
      const keys = opts.long ? ['id', 'name', 'type', 'description', 'enabled'] : ['id', 'name', 'type'];
      const columns = opts.long ? ['ID', 'Name', 'Type', 'Description', 'Enabled'] : ['ID', 'Name', 'Type'];
      return listResult(columns, services.map((s) => keys.map((k) => field(s, k))));
    }));

  withOutput(service.command('show').description('Display service details').argument('<service>', 'Service to display (type, name or ID)'))
    .action(identityAction(cli, async (name: string) => showSorted(withoutLinks((await findService(await cli.identity(), name)).toJSON()))));

  const create = withOutput(service.command('create').description('Create new service')
    .argument('<type>', 'New service type (compute, image, identity, volume, etc)'))
    .option('--name <name>', 'New service name')
    .option('--description <description>', 'New service description');
  enableDisable(create, 'service', true)
    .action(identityAction(cli, async (type: string, opts: { name?: string; description?: string; disable?: boolean }) => {
      const created = await (await cli.identity()).services.create({
        type, enabled: !opts.disable, ...(opts.name !== undefined ? { name: opts.name } : {}),
        ...(opts.description !== undefined ? { description: opts.description } : {}),
      });
      return showSorted(withoutLinks(created.toJSON()));
    }));

  const set = service.command('set').description('Set service properties').argument('<service>', 'Service to modify (type, name or ID)')
    .option('--type <type>', 'New service type (compute, image, identity, volume, etc)')
    .option('--name <service-name>', 'New service name')
    .option('--description <description>', 'New service description');
  enableDisable(set, 'service')
    .action(identityAction(cli, async (name: string, opts: { type?: string; name?: string; description?: string; enable?: boolean; disable?: boolean }) => {
      const identity = await cli.identity();
      const target = await findService(identity, name);
      const changes = {
        ...(opts.type ? { type: opts.type } : {}), ...(opts.name ? { name: opts.name } : {}),
        ...(opts.description ? { description: opts.description } : {}), ...enabledChange(opts),
      };
      if (Object.keys(changes).length > 0) await identity.services.update(target, changes);
    }));

  service.command('delete').description('Delete service(s)').argument('<service...>', 'Service(s) to delete (type, name or ID)')
    .action(identityAction(cli, async (names: string[]) => {
      const identity = await cli.identity();
      // osc's line says "consumer" (a copy-paste in its DeleteService); its summary says services. Its words, kept.
      const words = { plural: 'services', failedLine: (n: string, m: string) => `Failed to delete consumer with type, name or ID '${n}': ${m}` };
      await deleteWithWords(names, words, async (n) => { await identity.services.delete(await findService(identity, n)); }, (line) => cli.note(line));
    }));
}
