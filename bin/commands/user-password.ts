import type { Command } from 'commander';
import { CommandFailed } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { identityAction } from './identity-action.js';
import { tokenView } from './identity-token.js';

/**
 * `user password set --password NEW --original-password OLD`: the authenticated user changes their own password
 * (POST /v3/users/{self}/password). Keystone then revokes the user's tokens. Both passwords come from the flags:
 * there is no prompt, so a missing one fails as osc does without a terminal.
 */
export function registerUserPassword(user: Command, cli: CliRuntime): void {
  user.command('password').description('User password').command('set').description('Change current user password')
    .option('--password <new-password>', 'New user password')
    .option('--original-password <original-password>', 'Original user password')
    .action(identityAction(cli, async (opts: { password?: string; originalPassword?: string }) => {
      if (opts.originalPassword === undefined || opts.password === undefined) {
        throw new CommandFailed('No password entered, or found via --password or --original-password (stackclient does not prompt)');
      }
      if (opts.password === '') cli.note('No password was supplied, authentication will fail when a user does not have a password.');
      const { http } = await cli.session();
      const self = (await tokenView(http)).userId;
      if (!self) throw new CommandFailed('The token does not say which user it belongs to, so there is no password to change');
      await (await cli.identity()).users.changePassword(self, { originalPassword: opts.originalPassword, password: opts.password });
    }));
}
