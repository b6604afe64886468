import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteEach, findResource, withoutLinks, type FindSpec } from './find-resource.js';
import { action, withOutput } from './shared.js';

const PROJECT: FindSpec = { path: '/projects', key: 'project', listKey: 'projects', noun: 'project' };
const DOMAIN: FindSpec = { path: '/domains', key: 'domain', listKey: 'domains', noun: 'domain' };

type Json = Record<string, unknown>;

/** `project list|show|create|delete`, identity v3, with python-openstackclient's columns and fields. */
export function register(program: Command, cli: CliRuntime): void {
  const project = program.command('project').description('Identity projects');
  const identity = () => cli.client('identity');
  const domainId = async (domain: string | undefined) =>
    (domain ? String((await findResource(await identity(), DOMAIN, domain)).id) : undefined);
  const scoped = async (domain: string | undefined): Promise<FindSpec> => {
    const id = await domainId(domain);
    return id ? { ...PROJECT, query: { domain_id: id } } : PROJECT;
  };

  withOutput(project.command('list').description('List projects'))
    .option('--domain <domain>', 'Filter projects by <domain> (name or ID)')
    .option('--user <user>', 'Filter projects by <user> (name or ID)')
    .action(action(cli, async (opts: { domain?: string; user?: string }) => {
      const client = await identity();
      const id = await domainId(opts.domain);
      let url = '/projects';
      if (opts.user) {
        const user = await findResource(client, { path: '/users', key: 'user', listKey: 'users', noun: 'user' }, opts.user);
        url = `/users/${encodeURIComponent(String(user.id))}/projects`;
      }
      const res = await client.get(url, { query: id ? { domain_id: id } : {} });
      const projects = ((res.body as Json).projects ?? []) as Json[];
      return listResult(['ID', 'Name'], projects.map((p) => [p.id, p.name]));
    }));

  withOutput(project.command('show').description('Display project details').argument('<project>', 'Project to display (name or ID)'))
    .option('--domain <domain>', 'Domain owning <project> (name or ID)')
    .action(action(cli, async (name: string, opts: { domain?: string }) =>
      showSorted(withoutLinks(await findResource(await identity(), await scoped(opts.domain), name)))));

  withOutput(project.command('create').description('Create new project').argument('<project-name>', 'New project name'))
    .option('--domain <domain>', 'Domain owning the project (name or ID)')
    .option('--parent <project>', 'Parent of the project (name or ID)')
    .option('--description <description>', 'Project description')
    .option('--enable', 'Enable project (default)')
    .option('--disable', 'Disable project')
    .action(action(cli, async (name: string, opts: { domain?: string; parent?: string; description?: string; disable?: boolean }) => {
      const client = await identity();
      const body: Json = { name, enabled: !opts.disable };
      const domain = await domainId(opts.domain);
      if (domain) body.domain_id = domain;
      if (opts.parent) body.parent_id = (await findResource(client, PROJECT, opts.parent)).id;
      if (opts.description !== undefined) body.description = opts.description;
      const res = await client.post('/projects', { json: { project: body } });
      return showSorted(withoutLinks(((res.body as Json).project ?? {}) as Json));
    }));

  project.command('delete').description('Delete project(s)').argument('<project...>', 'Project(s) to delete (name or ID)')
    .option('--domain <domain>', 'Domain owning <project> (name or ID)')
    .action(action(cli, async (names: string[], opts: { domain?: string }) => {
      const client = await identity();
      const spec = await scoped(opts.domain);
      await deleteEach(names, 'project', async (n) => {
        const p = await findResource(client, spec, n);
        await client.delete(`/projects/${encodeURIComponent(String(p.id))}`);
      }, (line) => cli.note(line));
    }));
}
