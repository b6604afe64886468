import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteEach } from './delete-each.js';
import { findOrFail, withoutLinks } from './find-or-fail.js';
import { identityAction } from './identity-action.js';
import { domainIdOf, findInDomain } from './identity-find.js';
import { createOrShow, field } from './identity-options.js';
import { registerGroupMembers } from './group-members.js';
import { withOutput } from './shared.js';

/** `group list|show|create|set|delete` and `group add|remove|contains user`, identity v3, in python-openstackclient's words. */
export function register(program: Command, cli: CliRuntime): void {
  const group = program.command('group').description('Identity groups');
  const find = async (nameOrId: string, domain: string | undefined) => findInDomain(await cli.identity(), 'group', nameOrId, domain);

  withOutput(group.command('list').description('List groups'))
    .option('--domain <domain>', 'Filter group list by <domain> (name or ID)')
    .option('--user <user>', 'Filter group list by <user> (name or ID)')
    .option('--user-domain <user-domain>', 'Domain the user belongs to (name or ID).')
    .option('--long', 'List additional fields in output')
    .action(identityAction(cli, async (opts: { domain?: string; user?: string; userDomain?: string; long?: boolean }) => {
      const identity = await cli.identity();
      const domain = await domainIdOf(identity, opts.domain);
      const user = opts.user ? (await findInDomain(identity, 'user', opts.user, opts.userDomain)).id : undefined;
      // keystoneclient's groups.list(user=…) reads /users/{user}/groups (the domain filter rides along as a query).
      const groups = user
        ? (await identity.users.listGroups(user)).filter((g) => !domain || g.domain_id === domain)
        : await identity.groups.list(domain ? { domain } : {});
      if (!opts.long) return listResult(['ID', 'Name'], groups.map((g) => [g.id, g.name]));
      return listResult(['ID', 'Name', 'Domain ID', 'Description'], groups.map((g) => ['id', 'name', 'domain_id', 'description'].map((k) => field(g, k))));
    }));

  withOutput(group.command('show').description('Display group details').argument('<group>', 'Group to display (name or ID)'))
    .option('--domain <domain>', 'Domain containing <group> (name or ID)')
    .action(identityAction(cli, async (name: string, opts: { domain?: string }) => {
      const found = await find(name, opts.domain);
      return showSorted(withoutLinks((await (await cli.identity()).groups.get(found.id)).toJSON()));
    }));

  withOutput(group.command('create').description('Create new group').argument('<group-name>', 'New group name'))
    .option('--domain <domain>', 'Domain to contain new group (name or ID)')
    .option('--description <description>', 'New group description')
    .option('--or-show', 'Return existing group')
    .action(identityAction(cli, async (name: string, opts: { domain?: string; description?: string; orShow?: boolean }) => {
      const identity = await cli.identity();
      const domain = await domainIdOf(identity, opts.domain);
      const created = await createOrShow(opts.orShow, () => identity.groups.create({
        name, ...(domain ? { domain } : {}), ...(opts.description !== undefined ? { description: opts.description } : {}),
      }), () => findOrFail(identity.groups, 'group', name, domain ? { domain_id: domain } : undefined));
      return showSorted(withoutLinks(created.toJSON()));
    }));

  group.command('set').description('Set group properties').argument('<group>', 'Group to modify (name or ID)')
    .option('--domain <domain>', 'Domain containing <group> (name or ID)')
    .option('--name <name>', 'New group name')
    .option('--description <description>', 'New group description')
    .action(identityAction(cli, async (name: string, opts: { domain?: string; name?: string; description?: string }) => {
      const target = await find(name, opts.domain);
      const changes = { ...(opts.name ? { name: opts.name } : {}), ...(opts.description ? { description: opts.description } : {}) };
      if (Object.keys(changes).length > 0) await (await cli.identity()).groups.update(target.id, changes);
    }));

  group.command('delete').description('Delete group(s)').argument('<group...>', 'Group(s) to delete (name or ID)')
    .option('--domain <domain>', 'Domain containing group(s) (name or ID)')
    .action(identityAction(cli, async (names: string[], opts: { domain?: string }) => {
      const identity = await cli.identity();
      await deleteEach(names, 'group', async (n) => {
        await identity.groups.delete((await find(n, opts.domain)).id);
      }, (line) => cli.note(line));
    }));

  registerGroupMembers(group, cli);
}
