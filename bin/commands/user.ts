import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { findOrFail, withoutLinks } from './find-or-fail.js';
import { action, withOutput } from './shared.js';

/** `user list|show`, identity v3. */
export function register(program: Command, cli: CliRuntime): void {
  const user = program.command('user').description('Identity users');

  withOutput(user.command('list').description('List users'))
    .option('--domain <domain>', 'Filter users by <domain> (name or ID)')
    .action(action(cli, async (opts: { domain?: string }) => {
      const identity = await cli.identity();
      const domain = opts.domain ? await findOrFail(identity.domains, 'domain', opts.domain) : undefined;
      const users = await identity.users.list(domain ? { domain } : {});
      return listResult(['ID', 'Name'], users.map((u) => [u.id, u.name]));
    }));

  withOutput(user.command('show').description('Display user details').argument('<user>', 'User to display (name or ID)'))
    .option('--domain <domain>', 'Domain owning <user> (name or ID)')
    .action(action(cli, async (name: string, opts: { domain?: string }) => {
      const identity = await cli.identity();
      const domain = opts.domain ? await findOrFail(identity.domains, 'domain', opts.domain) : undefined;
      return showSorted(withoutLinks((await findOrFail(identity.users, 'user', name, domain ? { domain_id: domain.id } : undefined)).toJSON()));
    }));
}
