import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteEach } from './delete-each.js';
import { findOrFail, withoutLinks } from './find-or-fail.js';
import { identityAction } from './identity-action.js';
import { domainIdOf, findIdentity } from './identity-find.js';
import { createOrShow } from './identity-options.js';
import { registerRoleAssignments } from './role-assignment.js';
import { registerRoleGrants } from './role-grant.js';
import { withOutput } from './shared.js';

/** `role list|show|create|delete`, `role add|remove`, `role assignment list`, identity v3, in python-openstackclient's words. */
export function register(program: Command, cli: CliRuntime): void {
  const role = program.command('role').description('Identity roles');
  const find = async (nameOrId: string, domain: string | undefined) => {
    const identity = await cli.identity();
    const domainId = await domainIdOf(identity, domain);
    return findOrFail(identity.roles, 'role', nameOrId, domainId ? { domain_id: domainId } : undefined);
  };

  withOutput(role.command('list').description('List roles'))
    .option('--domain <domain>', 'Include <domain> (name or ID)')
    .action(identityAction(cli, async (opts: { domain?: string }) => {
      const identity = await cli.identity();
      if (!opts.domain) return listResult(['ID', 'Name'], (await identity.roles.list()).map((r) => [r.id, r.name]));
      const domain = await findIdentity(identity.domains, 'domain', opts.domain);
      const roles = await identity.roles.list({ domain: domain.id });
      return listResult(['ID', 'Name', 'Domain'], roles.map((r) => [r.id, r.name, domain.name ?? '']));
    }));

  withOutput(role.command('show').description('Display role details').argument('<role>', 'Role to display (name or ID)'))
    .option('--domain <domain>', 'Domain the role belongs to (name or ID)')
    .action(identityAction(cli, async (name: string, opts: { domain?: string }) => showSorted(withoutLinks((await find(name, opts.domain)).toJSON()))));

  withOutput(role.command('create').description('Create new role').argument('<role-name>', 'New role name'))
    .option('--description <description>', 'Add description about the role')
    .option('--domain <domain>', 'Domain the role belongs to (name or ID)')
    .option('--or-show', 'Return existing role')
    .action(identityAction(cli, async (name: string, opts: { description?: string; domain?: string; orShow?: boolean }) => {
      const identity = await cli.identity();
      const domain = await domainIdOf(identity, opts.domain);
      const created = await createOrShow(opts.orShow, () => identity.roles.create({
        name, ...(domain ? { domain } : {}), ...(opts.description !== undefined ? { description: opts.description } : {}),
      }), () => find(name, opts.domain));
      return showSorted(withoutLinks(created.toJSON()));
    }));

  role.command('delete').description('Delete role(s)').argument('<role...>', 'Role(s) to delete (name or ID)')
    .option('--domain <domain>', 'Domain the role belongs to (name or ID)')
    .action(identityAction(cli, async (names: string[], opts: { domain?: string }) => {
      const identity = await cli.identity();
      await deleteEach(names, 'role', async (n) => { await identity.roles.delete(await find(n, opts.domain)); }, (line) => cli.note(line));
    }));

  registerRoleGrants(role, cli, find);
  registerRoleAssignments(role, cli);
}
