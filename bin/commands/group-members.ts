import type { Command } from 'commander';
import { isHttpError } from '../../lib/errors/http-errors.js';
import { CommandFailed } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { identityAction } from './identity-action.js';
import { findInDomain } from './identity-find.js';

interface MemberOptions { groupDomain?: string; userDomain?: string }

/** `group add user`, `group remove user` (several users each, osc's per-user report) and `group contains user`. */
export function registerGroupMembers(group: Command, cli: CliRuntime): void {
  const change = (verb: 'add' | 'remove') => identityAction(cli, async (name: string, users: string[], opts: MemberOptions) => {
    const identity = await cli.identity();
    const groupId = (await findInDomain(identity, 'group', name, opts.groupDomain)).id;
    const done = verb === 'add' ? 'added to' : 'removed from';
    let failed = 0;
    for (const u of users) {
      try {
        const userId = (await findInDomain(identity, 'user', u, opts.userDomain)).id;
        await (verb === 'add' ? identity.groups.addUser(groupId, userId) : identity.groups.removeUser(groupId, userId));
      } catch (error) {
        failed++;
        cli.note(`${u} not ${done} group ${name}: ${(error as Error).message}`);
      }
    }
    if (failed > 0) throw new CommandFailed(`${failed} of ${users.length} users not ${done} group ${name}.`);
  });
  const members = (cmd: Command) => cmd
    .option('--group-domain <group-domain>', 'Domain the group belongs to (name or ID).')
    .option('--user-domain <user-domain>', 'Domain the user belongs to (name or ID).');

  members(group.command('add').description('Add user(s) to a group').command('user').description('Add user to group')
    .argument('<group>', 'Group to contain <user> (name or ID)').argument('<user...>', 'User(s) to add to <group> (name or ID)'))
    .action(change('add'));
  members(group.command('remove').description('Remove user(s) from a group').command('user').description('Remove user from group')
    .argument('<group>', 'Group containing <user> (name or ID)').argument('<user...>', 'User(s) to remove from <group> (name or ID)'))
    .action(change('remove'));

  // osc writes the answer, on stdout when the user is in the group and on stderr when not, and exits 0 either way.
  members(group.command('contains').description('Check user membership in a group').command('user').description('Check user membership in group')
    .argument('<group>', 'Group to check (name or ID)').argument('<user>', 'User to check (name or ID)'))
    .action(identityAction(cli, async (name: string, user: string, opts: MemberOptions) => {
      const identity = await cli.identity();
      const userId = (await findInDomain(identity, 'user', user, opts.userDomain)).id;
      const groupId = (await findInDomain(identity, 'group', name, opts.groupDomain)).id;
      let member: boolean;
      try {
        member = await identity.groups.checkUser(groupId, userId);
      } catch (error) {
        if (!(isHttpError(error) && error.status === 403)) throw error;
        member = false;
      }
      if (member) cli.io.out(`${user} in group ${name}\n`);
      else cli.io.err(`${user} not in group ${name}\n`);
    }));
}
