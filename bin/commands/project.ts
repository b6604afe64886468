import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteEach } from './delete-each.js';
import { findOrFail, withoutLinks } from './find-or-fail.js';
import { action, withOutput } from './shared.js';

/** `project list|show|create|delete`, identity v3, with python-openstackclient's columns and fields. */
export function register(program: Command, cli: CliRuntime): void {
  const project = program.command('project').description('Identity projects');
  const domainId = async (domain: string | undefined) =>
    (domain ? String((await findOrFail((await cli.identity()).domains, 'domain', domain)).id) : undefined);
  const scope = async (domain: string | undefined) => {
    const id = await domainId(domain);
    return id ? { domain_id: id } : undefined;
  };

  withOutput(project.command('list').description('List projects'))
    .option('--domain <domain>', 'Filter projects by <domain> (name or ID)')
    .option('--user <user>', 'Filter projects by <user> (name or ID)')
    .action(action(cli, async (opts: { domain?: string; user?: string }) => {
      const identity = await cli.identity();
      const domain = await domainId(opts.domain);
      const filters = domain ? { domain } : {};
      const projects = opts.user
        ? await identity.projects.listForUser(await findOrFail(identity.users, 'user', opts.user), filters)
        : await identity.projects.list(filters);
      return listResult(['ID', 'Name'], projects.map((p) => [p.id, p.name]));
    }));

  withOutput(project.command('show').description('Display project details').argument('<project>', 'Project to display (name or ID)'))
    .option('--domain <domain>', 'Domain owning <project> (name or ID)')
    .action(action(cli, async (name: string, opts: { domain?: string }) => {
      const identity = await cli.identity();
      return showSorted(withoutLinks((await findOrFail(identity.projects, 'project', name, await scope(opts.domain))).toJSON()));
    }));

  withOutput(project.command('create').description('Create new project').argument('<project-name>', 'New project name'))
    .option('--domain <domain>', 'Domain owning the project (name or ID)')
    .option('--parent <project>', 'Parent of the project (name or ID)')
    .option('--description <description>', 'Project description')
    .option('--enable', 'Enable project (default)')
    .option('--disable', 'Disable project')
    .action(action(cli, async (name: string, opts: { domain?: string; parent?: string; description?: string; disable?: boolean }) => {
      const identity = await cli.identity();
      const domain = await domainId(opts.domain);
      const created = await identity.projects.create({
        name,
        enabled: !opts.disable,
        ...(domain ? { domain } : {}),
        ...(opts.parent ? { parent: await findOrFail(identity.projects, 'project', opts.parent) } : {}),
        ...(opts.description !== undefined ? { description: opts.description } : {}),
      });
      return showSorted(withoutLinks(created.toJSON()));
    }));

  project.command('delete').description('Delete project(s)').argument('<project...>', 'Project(s) to delete (name or ID)')
    .option('--domain <domain>', 'Domain owning <project> (name or ID)')
    .action(action(cli, async (names: string[], opts: { domain?: string }) => {
      const identity = await cli.identity();
      const within = await scope(opts.domain);
      await deleteEach(names, 'project', async (n) => {
        await identity.projects.delete(await findOrFail(identity.projects, 'project', n, within));
      }, (line) => cli.note(line));
    }));
}
