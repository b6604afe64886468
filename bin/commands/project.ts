import type { Command } from 'commander';
import { isHttpError } from '../../lib/errors/http-errors.js';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteEach } from './delete-each.js';
import { findOrFail, withoutLinks } from './find-or-fail.js';
import { identityAction } from './identity-action.js';
import { domainIdOf, findIdentity } from './identity-find.js';
import { createOrShow, enableDisable, enabledChange, field } from './identity-options.js';
import { tokenResourceId, tokenView } from './identity-token.js';
import { withOutput } from './shared.js';

interface ListOptions { domain?: string; parent?: string; user?: string; myProjects?: boolean; long?: boolean }

/** `project list|show|create|set|delete`, identity v3, with python-openstackclient's columns, fields and non-admin fallbacks. */
export function register(program: Command, cli: CliRuntime): void {
  const project = program.command('project').description('Identity projects');
  const scope = async (domain: string | undefined) => {
    const id = await domainIdOf(await cli.identity(), domain);
    return id ? { domain_id: id } : undefined;
  };

  withOutput(project.command('list').description('List projects'))
    .option('--domain <domain>', 'Filter projects by <domain> (name or ID)')
    .option('--parent <parent>', 'Filter projects whose parent is <parent> (name or ID)')
    .option('--user <user>', 'Filter projects by <user> (name or ID)')
    .option('--my-projects', 'List projects for the authenticated user. Supersedes other filters.')
    .option('--long', 'List additional fields in output')
    .action(identityAction(cli, async (opts: ListOptions) => {
      const identity = await cli.identity();
      const domain = await domainIdOf(identity, opts.domain);
      const parent = opts.parent ? (await findIdentity(identity.projects, 'project', opts.parent)).id : undefined;
      let user = opts.user ? (await findOrFail(identity.users, 'user', opts.user, domain ? { domain_id: domain } : undefined)).id : undefined;
      const filters = { ...(domain ? { domain } : {}), ...(parent ? { parent } : {}) };
      if (opts.myProjects) user = (await tokenView((await cli.session()).http)).userId;
      const forUser = (id: string) => identity.projects.listForUser(id, opts.myProjects ? {} : filters);
      let projects;
      try {
        projects = user ? await forUser(user) : await identity.projects.list(filters);
      } catch (error) {
        // As osc: with no filter, a 403 means a non-admin who wants their own projects (GET /users/{self}/projects).
        const self = !user && !domain && !parent && isHttpError(error) && error.status === 403
          ? (await tokenView((await cli.session()).http)).userId : undefined;
        if (!self) throw error;
        projects = await identity.projects.listForUser(self);
      }
      const columns = opts.long ? ['ID', 'Name', 'Domain ID', 'Description', 'Enabled'] : ['ID', 'Name'];
      return listResult(columns, projects.map((p) => (opts.long
        ? [p.id, p.name, field(p, 'domain_id'), field(p, 'description'), field(p, 'enabled')] : [p.id, p.name])));
    }));

  withOutput(project.command('show').description('Display project details').argument('<project>', 'Project to display (name or ID)'))
    .option('--domain <domain>', 'Domain owning <project> (name or ID)')
    .action(identityAction(cli, async (name: string, opts: { domain?: string }) => {
      const identity = await cli.identity();
      // A non-admin may GET their own project but not look it up by name: the token names it (osc's _get_token_resource).
      const nameOrId = tokenResourceId(await tokenView((await cli.session()).http), 'project', name, opts.domain);
      return showSorted(withoutLinks((await findOrFail(identity.projects, 'project', nameOrId, await scope(opts.domain))).toJSON()));
    }));

  const create = withOutput(project.command('create').description('Create new project').argument('<project-name>', 'New project name'))
    .option('--domain <domain>', 'Domain owning the project (name or ID)')
    .option('--parent <project>', 'Parent of the project (name or ID)')
    .option('--description <description>', 'Project description')
    .option('--or-show', 'Return existing project');
  enableDisable(create, 'project', true)
    .action(identityAction(cli, async (name: string, opts: { domain?: string; parent?: string; description?: string; disable?: boolean; orShow?: boolean }) => {
      const identity = await cli.identity();
      const domain = await domainIdOf(identity, opts.domain);
      const created = await createOrShow(opts.orShow, async () => identity.projects.create({
        name,
        enabled: !opts.disable,
        ...(domain ? { domain } : {}),
        ...(opts.parent ? { parent: await findOrFail(identity.projects, 'project', opts.parent) } : {}),
        ...(opts.description !== undefined ? { description: opts.description } : {}),
      }), () => findOrFail(identity.projects, 'project', name, domain ? { domain_id: domain } : undefined));
      return showSorted(withoutLinks(created.toJSON()));
    }));

  const set = project.command('set').description('Set project properties').argument('<project>', 'Project to modify (name or ID)')
    .option('--name <name>', 'Set project name')
    .option('--domain <domain>', 'Domain owning <project> (name or ID)')
    .option('--description <description>', 'Set project description');
  enableDisable(set, 'project')
    .action(identityAction(cli, async (name: string, opts: { name?: string; domain?: string; description?: string; enable?: boolean; disable?: boolean }) => {
      const identity = await cli.identity();
      const target = await findIdentity(identity.projects, 'project', name, await scope(opts.domain));
      const changes = { ...(opts.name ? { name: opts.name } : {}), ...(opts.description ? { description: opts.description } : {}), ...enabledChange(opts) };
      if (Object.keys(changes).length > 0) await identity.projects.update(target.id, changes);
    }));

  project.command('delete').description('Delete project(s)').argument('<project...>', 'Project(s) to delete (name or ID)')
    .option('--domain <domain>', 'Domain owning <project> (name or ID)')
    .action(identityAction(cli, async (names: string[], opts: { domain?: string }) => {
      const identity = await cli.identity();
      const within = await scope(opts.domain);
      await deleteEach(names, 'project', async (n) => {
        await identity.projects.delete(await findOrFail(identity.projects, 'project', n, within));
      }, (line) => cli.note(line));
    }));
}
