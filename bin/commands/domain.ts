import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteEach } from './delete-each.js';
import { findOrFail, withoutLinks } from './find-or-fail.js';
import { identityAction } from './identity-action.js';
import { createOrShow, enableDisable, enabledChange } from './identity-options.js';
import { tokenView, tokenResourceId } from './identity-token.js';
import { withOutput } from './shared.js';

/** `domain list|show|create|set|delete`, identity v3, with python-openstackclient's columns and fields. */
export function register(program: Command, cli: CliRuntime): void {
  const domain = program.command('domain').description('Identity domains');
  const find = async (nameOrId: string) => findOrFail((await cli.identity()).domains, 'domain', nameOrId);

  withOutput(domain.command('list').description('List domains'))
    .option('--name <name>', 'The domain name')
    .option('--enabled', 'The domains that are enabled will be returned')
    .action(identityAction(cli, async (opts: { name?: string; enabled?: boolean }) => {
      const domains = await (await cli.identity()).domains.list({ ...(opts.name ? { name: opts.name } : {}), ...(opts.enabled ? { enabled: true } : {}) });
      return listResult(['ID', 'Name', 'Enabled', 'Description'], domains.map((d) => [d.id, d.name, d.enabled, d.description ?? '']));
    }));

  withOutput(domain.command('show').description('Display domain details').argument('<domain>', 'Domain to display (name or ID)'))
    .action(identityAction(cli, async (name: string) => {
      const view = await tokenView((await cli.session()).http);
      return showSorted(withoutLinks((await find(tokenResourceId(view, 'domain', name))).toJSON()));
    }));

  const domainCreate = withOutput(domain.command('create').description('Create new domain').argument('<domain-name>', 'New domain name'))
    .option('--description <description>', 'New domain description')
    .option('--or-show', 'Return existing domain');
  enableDisable(domainCreate, 'domain', true)
    .action(identityAction(cli, async (name: string, opts: { description?: string; disable?: boolean; orShow?: boolean }) => {
      const created = await createOrShow(opts.orShow, async () => (await cli.identity()).domains.create({
        name, enabled: !opts.disable, ...(opts.description !== undefined ? { description: opts.description } : {}),
      }), () => find(name));
      return showSorted(withoutLinks(created.toJSON()));
    }));

  enableDisable(domain.command('set').description('Set domain properties').argument('<domain>', 'Domain to modify (name or ID)')
    .option('--name <name>', 'New domain name')
    .option('--description <description>', 'New domain description'), 'domain')
    .action(identityAction(cli, async (name: string, opts: { name?: string; description?: string; enable?: boolean; disable?: boolean }) => {
      const target = await find(name);
      const changes = {
        ...(opts.name ? { name: opts.name } : {}), ...(opts.description ? { description: opts.description } : {}),
        ...enabledChange(opts),
      };
      // osc sends the PATCH even with nothing to change; Keystone answers with the record unchanged.
      await (await cli.identity()).domains.update(target, Object.keys(changes).length ? changes : { name: target.name });
    }));

  domain.command('delete').description('Delete domain(s)').argument('<domain...>', 'Domain(s) to delete (name or ID)')
    .action(identityAction(cli, async (names: string[]) => {
      const identity = await cli.identity();
      await deleteEach(names, 'domain', async (n) => {
        await identity.domains.delete(await findOrFail(identity.domains, 'domain', n));
      }, (line) => cli.note(line));
    }));
}
