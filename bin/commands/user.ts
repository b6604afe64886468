import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { findResource, withoutLinks, type FindSpec } from './find-resource.js';
import { action, withOutput } from './shared.js';

const USER: FindSpec = { path: '/users', key: 'user', listKey: 'users', noun: 'user' };
const DOMAIN: FindSpec = { path: '/domains', key: 'domain', listKey: 'domains', noun: 'domain' };

type Json = Record<string, unknown>;

/** `user list|show`, identity v3. */
export function register(program: Command, cli: CliRuntime): void {
  const user = program.command('user').description('Identity users');

  withOutput(user.command('list').description('List users'))
    .option('--domain <domain>', 'Filter users by <domain> (name or ID)')
    .action(action(cli, async (opts: { domain?: string }) => {
      const client = await cli.client('identity');
      const domain = opts.domain ? String((await findResource(client, DOMAIN, opts.domain)).id) : undefined;
      const res = await client.get('/users', { query: domain ? { domain_id: domain } : {} });
      const users = ((res.body as Json).users ?? []) as Json[];
      return listResult(['ID', 'Name'], users.map((u) => [u.id, u.name]));
    }));

  withOutput(user.command('show').description('Display user details').argument('<user>', 'User to display (name or ID)'))
    .option('--domain <domain>', 'Domain owning <user> (name or ID)')
    .action(action(cli, async (name: string, opts: { domain?: string }) => {
      const client = await cli.client('identity');
      const domain = opts.domain ? String((await findResource(client, DOMAIN, opts.domain)).id) : undefined;
      const spec = domain ? { ...USER, query: { domain_id: domain } } : USER;
      return showSorted(withoutLinks(await findResource(client, spec, name)));
    }));
}
