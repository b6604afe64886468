import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { showSorted } from '../output/model.js';
import { authInfo, osExpires } from './auth-info.js';
import { action, withOutput } from './shared.js';

/** `token issue`, `token revoke <token>`, with python-openstackclient's fields. */
export function register(program: Command, cli: CliRuntime): void {
  const token = program.command('token').description('Issue or revoke a token');

  // As python-openstackclient: a new token every time (never the cached one, which may be revoked), then cached.
  withOutput(token.command('issue').description('Issue new token')).action(action(cli, async () => {
    const { http } = await cli.session();
    const info = await authInfo(http, { fresh: true });
    const data: Record<string, unknown> = {};
    if (info.token) data.id = info.token;
    if (info.expiresAt) data.expires = osExpires(info.expiresAt);
    if (info.projectId) data.project_id = info.projectId;
    if (info.userId) data.user_id = info.userId;
    if (info.domainId) data.domain_id = info.domainId;
    if (info.system) data.system = 'all';
    return showSorted(data);
  }));

  token.command('revoke').description('Revoke existing token').argument('<token>', 'Token to be deleted')
    .action(action(cli, async (subject: string) => {
      const { http } = await cli.session();
      await http.authenticate();
      // The session's own (cached) token: revoke it and drop it from the keyring too.
      if (http.authPlugin?.revoke && http.authPlugin.getToken?.() === subject) return void (await http.revoke());
      const identity = await cli.client('identity');
      await identity.delete('/auth/tokens', { headers: { 'X-Subject-Token': subject } });
    }));
}
