import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteEach } from './delete-each.js';
import { findOrFail, withoutLinks } from './find-or-fail.js';
import { identityAction } from './identity-action.js';
import { domainIdOf, findInDomain } from './identity-find.js';
import { createOrShow, enableDisable, enabledChange, field } from './identity-options.js';
import { tokenResourceId, tokenView } from './identity-token.js';
import { withOutput } from './shared.js';
import { registerUserPassword } from './user-password.js';

interface UserOptions {
  name?: string; domain?: string; project?: string; projectDomain?: string; password?: string; email?: string; description?: string;
  enable?: boolean; disable?: boolean; orShow?: boolean;
}

/** `user list|show|create|set|delete` and `user password set`, identity v3, in python-openstackclient's words. */
export function register(program: Command, cli: CliRuntime): void {
  const user = program.command('user').description('Identity users');
  const scope = async (domain: string | undefined) => {
    const id = await domainIdOf(await cli.identity(), domain);
    return id ? { domain_id: id } : undefined;
  };

  withOutput(user.command('list').description('List users'))
    .option('--domain <domain>', 'Filter users by <domain> (name or ID)')
    .option('--group <group>', 'Filter users by <group> membership (name or ID)')
    .option('--project <project>', 'Filter users by <project> (name or ID)')
    .option('--long', 'List additional fields in output')
    .action(identityAction(cli, async (opts: { domain?: string; group?: string; project?: string; long?: boolean }) => {
      const identity = await cli.identity();
      const domain = await domainIdOf(identity, opts.domain);
      let users;
      if (opts.project) {
        // As osc: the users with a role assignment on the project, each read by id.
        const project = await findOrFail(identity.projects, 'project', opts.project, domain ? { domain_id: domain } : undefined);
        const ids = new Set((await identity.roleAssignments.list({ project })).flatMap((a) => (a.user ? [a.user.id] : [])));
        users = await Promise.all([...ids].map((id) => findOrFail(identity.users, 'user', id)));
      } else if (opts.group) {
        users = await identity.groups.listUsers((await findInDomain(identity, 'group', opts.group, opts.domain)).id);
      } else {
        users = await identity.users.list(domain ? { domain } : {});
      }
      if (!opts.long) return listResult(['ID', 'Name'], users.map((u) => [u.id, u.name]));
      const keys = ['id', 'name', 'default_project_id', 'domain_id', 'description', 'email', 'enabled'];
      return listResult(['ID', 'Name', 'Project', 'Domain', 'Description', 'Email', 'Enabled'], users.map((u) => keys.map((k) => field(u, k))));
    }));

  withOutput(user.command('show').description('Display user details').argument('<user>', 'User to display (name or ID)'))
    .option('--domain <domain>', 'Domain owning <user> (name or ID)')
    .action(identityAction(cli, async (name: string, opts: { domain?: string }) => {
      const identity = await cli.identity();
      // A non-admin may GET themself but not look themself up by name: the token names them (osc's _get_token_resource).
      const nameOrId = tokenResourceId(await tokenView((await cli.session()).http), 'user', name, opts.domain);
      return showSorted(withoutLinks((await findOrFail(identity.users, 'user', nameOrId, await scope(opts.domain))).toJSON()));
    }));

  const create = withOutput(user.command('create').description('Create new user').argument('<name>', 'New user name'))
    .option('--domain <domain>', 'Default domain (name or ID)')
    .option('--project <project>', 'Default project (name or ID)')
    .option('--project-domain <project-domain>', 'Domain the project belongs to (name or ID).')
    .option('--password <password>', 'Set user password')
    .option('--email <email-address>', 'Set user email address')
    .option('--description <description>', 'User description')
    .option('--or-show', 'Return existing user');
  enableDisable(create, 'user', true)
    .action(identityAction(cli, async (name: string, opts: UserOptions) => {
      const identity = await cli.identity();
      const project = opts.project ? (await findInDomain(identity, 'project', opts.project, opts.projectDomain)).id : undefined;
      const domain = await domainIdOf(identity, opts.domain);
      if (!opts.password) cli.note('No password was supplied, authentication will fail when a user does not have a password.');
      const created = await createOrShow(opts.orShow, () => identity.users.create({
        name, enabled: !opts.disable, ...(domain ? { domain } : {}), ...(project ? { defaultProject: project } : {}),
        ...(opts.password ? { password: opts.password } : {}), ...(opts.email ? { email: opts.email } : {}),
        ...(opts.description !== undefined ? { description: opts.description } : {}),
      }), () => findOrFail(identity.users, 'user', name, domain ? { domain_id: domain } : undefined));
      return showSorted(withoutLinks(created.toJSON()));
    }));

  const set = user.command('set').description('Set user properties').argument('<user>', 'User to modify (name or ID)')
    .option('--name <name>', 'Set user name')
    .option('--domain <domain>', 'Domain the user belongs to (name or ID).')
    .option('--project <project>', 'Set default project (name or ID)')
    .option('--project-domain <project-domain>', 'Domain the project belongs to (name or ID).')
    .option('--password <password>', 'Set user password')
    .option('--email <email-address>', 'Set user email address')
    .option('--description <description>', 'Set user description');
  enableDisable(set, 'user')
    .action(identityAction(cli, async (name: string, opts: UserOptions) => {
      const identity = await cli.identity();
      const nameOrId = tokenResourceId(await tokenView((await cli.session()).http), 'user', name, opts.domain);
      const target = await findOrFail(identity.users, 'user', nameOrId, await scope(opts.domain));
      const project = opts.project ? (await findInDomain(identity, 'project', opts.project, opts.projectDomain)).id : undefined;
      if (opts.password === '') cli.note('No password was supplied, authentication will fail when a user does not have a password.');
      // As osc: `enabled` is always sent (the user's current value unless --enable / --disable).
      await identity.users.update(target, {
        ...(opts.name ? { name: opts.name } : {}), ...(opts.email ? { email: opts.email } : {}),
        ...(opts.password ? { password: opts.password } : {}), ...(opts.description ? { description: opts.description } : {}),
        ...(project ? { defaultProject: project } : {}), enabled: target.enabled, ...enabledChange(opts),
      });
    }));

  user.command('delete').description('Delete user(s)').argument('<user...>', 'User(s) to delete (name or ID)')
    .option('--domain <domain>', 'Domain owning <user> (name or ID)')
    .action(identityAction(cli, async (names: string[], opts: { domain?: string }) => {
      const identity = await cli.identity();
      const within = await scope(opts.domain);
      await deleteEach(names, 'user', async (n) => {
        await identity.users.delete(await findOrFail(identity.users, 'user', n, within));
      }, (line) => cli.note(line));
    }));

  registerUserPassword(user, cli);
}
