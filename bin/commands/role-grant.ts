import { Option, type Command } from 'commander';
import type { GrantTarget, Role } from '../../lib/services/identity/index.js';
import { CommandFailed } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { identityAction } from './identity-action.js';
import { findIdentity, findInDomain } from './identity-find.js';

interface GrantOptions {
  system?: string; domain?: string; project?: string; user?: string; group?: string;
  groupDomain?: string; projectDomain?: string; userDomain?: string; roleDomain?: string; inherited?: boolean;
}

/** `role add` / `role remove <role> --user|--group … --project|--domain|--system …`, as osc's AddRole / RemoveRole. */
export function registerRoleGrants(role: Command, cli: CliRuntime, findRole: (name: string, domain?: string) => Promise<Role>): void {
  const target = async (opts: GrantOptions, lenient: boolean): Promise<GrantTarget> => {
    const identity = await cli.identity();
    // osc's remove takes a user or group it cannot find as an id (a deleted user's grants can still be removed).
    const actorId = async (kind: 'user' | 'group', value: string, domain: string | undefined) => {
      try {
        return (await findInDomain(identity, kind, value, domain)).id;
      } catch (error) {
        if (lenient && error instanceof CommandFailed) return value;
        throw error;
      }
    };
    const actor = opts.user !== undefined
      ? { user: await actorId('user', opts.user, opts.userDomain) }
      : opts.group !== undefined ? { group: await actorId('group', opts.group, opts.groupDomain) } : undefined;
    if (!actor) throw new CommandFailed('Role not added, incorrect set of arguments provided. See openstack --help for more details');
    const inherited = opts.inherited ? { inherited: true } : {};
    if (opts.system !== undefined) return { ...actor, system: true };
    if (opts.domain !== undefined) return { ...actor, ...inherited, domain: (await findIdentity(identity.domains, 'domain', opts.domain)).id };
    if (opts.project !== undefined) {
      return { ...actor, ...inherited, project: (await findInDomain(identity, 'project', opts.project, opts.projectDomain)).id };
    }
    throw new CommandFailed('Role not added, incorrect set of arguments provided. See openstack --help for more details');
  };

  for (const verb of ['add', 'remove'] as const) {
    const cmd = role.command(verb)
      .description(verb === 'add'
        ? 'Adds a role assignment to a user or group on the system, a domain, or a project'
        : 'Removes a role assignment from system/domain/project : user/group')
      .argument('<role>', `Role to ${verb} (name or ID)`)
      .addOption(new Option('--system <system>', 'Include <system> (all)').conflicts(['domain', 'project']))
      .addOption(new Option('--domain <domain>', 'Include <domain> (name or ID)').conflicts('project'))
      .addOption(new Option('--project <project>', 'Include <project> (name or ID)'))
      .addOption(new Option('--user <user>', 'Include <user> (name or ID)').conflicts('group'))
      .addOption(new Option('--group <group>', 'Include <group> (name or ID)'))
      .option('--group-domain <group-domain>', 'Domain the group belongs to (name or ID).')
      .option('--project-domain <project-domain>', 'Domain the project belongs to (name or ID).')
      .option('--user-domain <user-domain>', 'Domain the user belongs to (name or ID).')
      .option('--inherited', 'Specifies if the role grant is inheritable to the sub projects')
      .option('--role-domain <role-domain>', 'Domain the role belongs to (name or ID).');
    cmd.action(identityAction(cli, async (name: string, opts: GrantOptions) => {
      if (!opts.user && !opts.domain && !opts.group && !opts.project) {
        throw new CommandFailed(verb === 'add'
          ? 'Role not added, incorrect set of arguments provided. See openstack --help for more details'
          : 'Incorrect set of arguments provided. See openstack --help for more details');
      }
      const found = await findRole(name, opts.roleDomain);
      const identity = await cli.identity();
      const where = await target(opts, verb === 'remove');
      await (verb === 'add' ? identity.roles.grant(found, where) : identity.roles.revoke(found, where));
    }));
  }
}
