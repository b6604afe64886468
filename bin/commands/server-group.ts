import { Option, type Command } from 'commander';
import type { ComputeV2Client, ServerGroupFields, ServerGroupPolicy } from '../../index.js';
import { CommandFailed } from '../errors.js';
import { FormattedCell, listResult, showSorted } from '../output/model.js';
import { formatDict, formatList } from '../output/python-text.js';
import type { CliRuntime } from '../runtime.js';
import { deleteEach } from './delete-each.js';
import { findOrFail } from './find-or-fail.js';
import { atLeast, collect, parseProperty } from './server-options.js';
import { action, withOutput } from './shared.js';

const POLICIES = ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity'];

/**
 * python-openstackclient 6 reads server groups through openstacksdk, which speaks microversion 2.64 for them
 * (`policy` and `rules`); `--os-compute-api-version` below 2.64 gives the older `policies` list.
 */
const groupsClient = (cli: CliRuntime) => cli.compute('2.64');

/** `server group list|create|delete|show`: osc's columns, `policy`/`rules` from 2.64 and `policies` before. */
export function registerServerGroup(server: Command, cli: CliRuntime): void {
  const group = server.command('group').description('Server groups');

  withOutput(group.command('list').description('List all server groups.'))
    .option('--all-projects', 'Display information from all projects (admin only)')
    .option('--long', 'List additional fields in output')
    .option('--offset <offset>', 'Index from which to start listing server groups')
    .option('--limit <limit>', 'Maximum number of server groups to display')
    .action(action(cli, async (opts: { allProjects?: boolean; long?: boolean; offset?: string; limit?: string }) => {
      const compute = await groupsClient(cli);
      const groups = await compute.serverGroups.list({
        ...(opts.allProjects ? { allProjects: true } : {}),
        ...(opts.offset ? { offset: whole('--offset', opts.offset) } : {}),
        ...(opts.limit ? { limit: whole('--limit', opts.limit) } : {}),
      });
      const modern = atLeast(compute.microversion, '2.64');
      const columns = ['ID', 'Name', modern ? 'Policy' : 'Policies', ...(opts.long ? ['Members', 'Project Id', 'User Id'] : [])];
      return listResult(columns, groups.map((g) => [
        g.id, g.name, modern ? g.policy ?? null : listCell(g.policies ?? []),
        ...(opts.long ? [listCell(g.members ?? []), g.project_id ?? null, g.user_id ?? null] : []),
      ]));
    }));

  withOutput(group.command('create').description('Create a new server group.').argument('<name>', 'New server group name'))
    .addOption(new Option('--policy <policy>', 'Add a policy to <name>').choices(POLICIES).default('affinity'))
    .option('--rule <key=value>', "A rule for the policy; only 'max_server_per_host' for the 'anti-affinity' policy (2.64 or later)", collect)
    .action(action(cli, async (name: string, opts: { policy: string; rule?: string[] }) => {
      const compute = await groupsClient(cli);
      if (opts.policy.startsWith('soft-') && !atLeast(compute.microversion, '2.15')) {
        throw new CommandFailed(`--os-compute-api-version 2.15 or greater is required to support the ${opts.policy} policy`);
      }
      if (opts.rule && !atLeast(compute.microversion, '2.64')) {
        throw new CommandFailed('--os-compute-api-version 2.64 or greater is required to support the --rule option');
      }
      const rules = opts.rule
        ? Object.fromEntries(opts.rule.map(parseProperty).map(([k, v]) => [k, ruleValue(v)])) as { max_server_per_host?: number }
        : undefined;
      const created = await compute.serverGroups.create({ name, policy: opts.policy as ServerGroupPolicy, ...(rules ? { rules } : {}) });
      return showSorted(groupRecord(created, compute));
    }));

  withOutput(group.command('show').description('Display server group details.').argument('<server-group>', 'server group to display (name or ID)'))
    .action(action(cli, async (name: string) => {
      const compute = await groupsClient(cli);
      return showSorted(groupRecord(await findOrFail(compute.serverGroups, 'server group', name), compute));
    }));

  group.command('delete').description('Delete existing server group(s).').argument('<server-group...>', 'server group(s) to delete (name or ID)')
    .action(action(cli, async (names: string[]) => {
      const compute = await groupsClient(cli);
      await deleteEach(names, 'server group', async (n) => {
        await compute.serverGroups.delete((await findOrFail(compute.serverGroups, 'server group', n)).id);
      }, (line) => cli.note(line));
    }));
}

/** openstacksdk's ServerGroup as osc shows it: members, policy + rules (2.64+) or policies; metadata hidden. */
function groupRecord(g: ServerGroupFields, compute: ComputeV2Client): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: g.id, name: g.name, members: listCell(g.members ?? []), project_id: g.project_id ?? null, user_id: g.user_id ?? null,
  };
  if (atLeast(compute.microversion, '2.64')) {
    record.policy = g.policy ?? null;
    record.rules = new FormattedCell(formatDict(g.rules ?? {}), g.rules ?? {});
  } else {
    record.policies = listCell(g.policies ?? []);
  }
  return record;
}

function listCell(items: string[]): FormattedCell {
  return new FormattedCell(formatList(items), items);
}

/** Nova's schema takes max_server_per_host as an integer; a number given on the command line is sent as one. */
function ruleValue(v: string): number | string {
  return /^\d+$/.test(v) ? Number(v) : v;
}

function whole(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CommandFailed(`argument ${option}: invalid int value: '${value}'`);
  return n;
}
