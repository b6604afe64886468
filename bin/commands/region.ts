import type { Command } from 'commander';
import { isHttpError } from '../../lib/errors/http-errors.js';
import type { Region } from '../../lib/services/identity/index.js';
import { CommandFailed } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { identityAction } from './identity-action.js';
import { deleteWithWords } from './delete-with-words.js';
import { withOutput } from './shared.js';

/** osc shows a region as `region` (its id), `parent_region` and `description`. */
function regionView(r: Region): Record<string, unknown> {
  const { id, parent_region_id: parent, links: _links, ...rest } = r.toJSON() as unknown as Record<string, unknown>;
  return { ...rest, region: id, parent_region: parent };
}

/** `region list|show|create|set|delete`, identity v3, with python-openstackclient's columns and fields. */
export function register(program: Command, cli: CliRuntime): void {
  const region = program.command('region').description('Identity regions');

  withOutput(region.command('list').description('List regions'))
    .option('--parent-region <region-id>', 'Filter by parent region ID')
    .action(identityAction(cli, async (opts: { parentRegion?: string }) => {
      const regions = await (await cli.identity()).regions.list(opts.parentRegion ? { parent: opts.parentRegion } : {});
      return listResult(['Region', 'Parent Region', 'Description'], regions.map((r) => [r.id, r.parent_region_id ?? null, r.description ?? '']));
    }));

  withOutput(region.command('show').description('Display region details').argument('<region-id>', 'Region to display'))
    .action(identityAction(cli, async (id: string) => {
      try {
        return showSorted(regionView(await (await cli.identity()).regions.get(id)));
      } catch (error) {
        // osc's find_resource gets by id, then lists by name (regions have none): its message names a "region".
        if (isHttpError(error) && error.status === 404) throw new CommandFailed(`No region with a name or ID of '${id}' exists.`);
        throw error;
      }
    }));

  withOutput(region.command('create').description('Create new region').argument('<region-id>', 'New region ID'))
    .option('--parent-region <region-id>', 'Parent region ID')
    .option('--description <description>', 'New region description')
    .action(identityAction(cli, async (id: string, opts: { parentRegion?: string; description?: string }) => {
      // `enabled: true` as python-keystoneclient sends it (Keystone keeps and shows it as an extra attribute).
      const created = await (await cli.identity()).regions.create({
        id, enabled: true, ...(opts.parentRegion ? { parent: opts.parentRegion } : {}),
        ...(opts.description !== undefined ? { description: opts.description } : {}),
      });
      return showSorted(regionView(created));
    }));

  region.command('set').description('Set region properties').argument('<region-id>', 'Region to modify')
    .option('--parent-region <region-id>', 'New parent region ID')
    .option('--description <description>', 'New region description')
    .action(identityAction(cli, async (id: string, opts: { parentRegion?: string; description?: string }) => {
      const changes = { ...(opts.description ? { description: opts.description } : {}), ...(opts.parentRegion ? { parent: opts.parentRegion } : {}) };
      if (Object.keys(changes).length > 0) await (await cli.identity()).regions.update(id, changes);
    }));

  region.command('delete').description('Delete region(s)').argument('<region-id...>', 'Region ID(s) to delete')
    .action(identityAction(cli, async (ids: string[]) => {
      const identity = await cli.identity();
      const words = { plural: 'regions', failedLine: (n: string, m: string) => `Failed to delete region with ID '${n}': ${m}` };
      await deleteWithWords(ids, words, (id) => identity.regions.delete(id), (line) => cli.note(line));
    }));
}
