import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult } from '../output/model.js';
import { action, withOutput } from './shared.js';

/** `role list`, identity v3. */
export function register(program: Command, cli: CliRuntime): void {
  const role = program.command('role').description('Identity roles');
  withOutput(role.command('list').description('List roles')).action(action(cli, async () => {
    const roles = await (await cli.identity()).roles.list();
    return listResult(['ID', 'Name'], roles.map((r) => [r.id, r.name]));
  }));
}
