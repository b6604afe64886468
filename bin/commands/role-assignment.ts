import { Option, type Command } from 'commander';
import type { RoleAssignment } from '../../lib/services/identity/index.js';
import type { CliRuntime } from '../runtime.js';
import { listResult } from '../output/model.js';
import { findOrFail } from './find-or-fail.js';
import { identityAction } from './identity-action.js';
import { domainIdOf, findIdentity, findInDomain } from './identity-find.js';
import { tokenResourceId, tokenView } from './identity-token.js';
import { withOutput } from './shared.js';

interface AssignmentOptions {
  effective?: boolean; role?: string; roleDomain?: string; names?: boolean; user?: string; userDomain?: string; group?: string;
  groupDomain?: string; domain?: string; project?: string; system?: string; projectDomain?: string; inherited?: boolean;
  authUser?: boolean; authProject?: boolean;
}

const COLUMNS = ['Role', 'User', 'Group', 'Project', 'Domain', 'System', 'Inherited'];

/** `role assignment list`, with osc's filters and its Role / User / Group / Project / Domain / System / Inherited rows. */
export function registerRoleAssignments(role: Command, cli: CliRuntime): void {
  withOutput(role.command('assignment').description('Role assignments').command('list').description('List role assignments'))
    .option('--effective', 'Returns only effective role assignments')
    .option('--role <role>', 'Role to filter (name or ID)')
    .option('--role-domain <role-domain>', 'Domain the role belongs to (name or ID).')
    .option('--names', 'Display names instead of IDs')
    .addOption(new Option('--user <user>', 'User to filter (name or ID)'))
    .option('--user-domain <user-domain>', 'Domain the user belongs to (name or ID).')
    .addOption(new Option('--group <group>', 'Group to filter (name or ID)'))
    .option('--group-domain <group-domain>', 'Domain the group belongs to (name or ID).')
    .addOption(new Option('--domain <domain>', 'Domain to filter (name or ID)').conflicts(['project', 'system']))
    .addOption(new Option('--project <project>', 'Project to filter (name or ID)').conflicts('system'))
    .addOption(new Option('--system <system>', 'Filter based on system role assignments'))
    .option('--project-domain <project-domain>', 'Domain the project belongs to (name or ID).')
    .option('--inherited', 'Specifies if the role grant is inheritable to the sub projects')
    .option('--auth-user', 'Only list assignments for the authenticated user')
    .option('--auth-project', 'Only list assignments for the project to which the authenticated user\'s token is scoped')
    .action(identityAction(cli, async (opts: AssignmentOptions) => {
      const identity = await cli.identity();
      const view = opts.authUser || opts.authProject || opts.project ? await tokenView((await cli.session()).http) : undefined;
      const roleDomain = await domainIdOf(identity, opts.roleDomain);
      const role = opts.role ? await findOrFail(identity.roles, 'role', opts.role, roleDomain ? { domain_id: roleDomain } : undefined) : undefined;
      const user = opts.user ? await findInDomain(identity, 'user', opts.user, opts.userDomain)
        : opts.authUser && view?.userId ? await findIdentity(identity.users, 'user', view.userId) : undefined;
      const domain = opts.domain ? await findIdentity(identity.domains, 'domain', opts.domain) : undefined;
      const project = opts.project ? await findInDomain(identity, 'project', tokenResourceId(view!, 'project', opts.project), opts.projectDomain)
        : opts.authProject && view?.project ? await findIdentity(identity.projects, 'project', view.project.id) : undefined;
      const group = opts.group ? await findInDomain(identity, 'group', opts.group, opts.groupDomain) : undefined;
      const names = Boolean(opts.names);
      const assignments = await identity.roleAssignments.list({
        ...(user ? { user: user.id } : {}), ...(group ? { group: group.id } : {}), ...(role ? { role } : {}),
        ...(project ? { project: project.id } : {}), ...(domain ? { domain: domain.id } : {}),
        ...(opts.system ? { system: true } : {}), ...(opts.effective ? { effective: true } : {}),
        ...(opts.inherited ? { inherited: true } : {}), ...(names ? { includeNames: true } : {}),
      });
      return listResult(COLUMNS, assignments.map((a) => assignmentRow(a, names)));
    }));
}

/** One row as osc builds it: ids, or with --names `name@domain` for users, groups and projects. */
function assignmentRow(a: RoleAssignment, names: boolean): unknown[] {
  const at = (r: { id: string; name?: string; domain?: { name?: string } }) => (names ? `${r.name ?? ''}@${r.domain?.name ?? ''}` : r.id);
  const scope = a.scope ?? {};
  const project = scope.project ? at(scope.project) : '';
  const domain = !scope.project && scope.domain ? (names ? scope.domain.name ?? '' : scope.domain.id) : '';
  const system = !scope.project && !scope.domain && scope.system ? 'all' : '';
  const user = a.user ? at(a.user) : '';
  const group = !a.user && a.group ? at(a.group) : '';
  const role = a.role ? (names ? a.role.name ?? '' : a.role.id) : '';
  return [role, user, group, project, domain, system, scope['OS-INHERIT:inherited_to'] === 'projects'];
}
