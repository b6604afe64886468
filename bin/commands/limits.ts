import type { Command } from 'commander';
import { CliUsageError } from '../errors.js';
import { listResult } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import { action, withOutput } from './shared.js';

/**
 * `limits show --absolute|--rate [--reserved]`: the compute limits, one Name/Value row per absolute limit in the order
 * Nova gives them, as python-openstackclient 6 prints them (block storage limits need Cinder, which this CLI does not speak).
 */
export function register(program: Command, cli: CliRuntime): void {
  const limits = program.command('limits').description('Compute limits');
  withOutput(limits.command('show').description('Show compute and block storage limits'))
    .option('--absolute', 'Show absolute limits')
    .option('--rate', 'Show rate limits')
    .option('--reserved', 'Include reservations count [only valid with --absolute]')
    .action(action(cli, async (opts: { absolute?: boolean; rate?: boolean; reserved?: boolean }) => {
      if (opts.absolute && opts.rate) throw new CliUsageError('argument --rate: not allowed with argument --absolute');
      if (!opts.absolute && !opts.rate) throw new CliUsageError('one of the arguments --absolute --rate is required');
      const compute = await cli.compute();
      const found = await compute.limits.get(opts.reserved ? { reserved: true } : {});
      if (opts.absolute) return listResult(['Name', 'Value'], Object.entries(found.absolute).map(([name, value]) => [name, value ?? null]));
      return listResult(['Verb', 'URI', 'Value', 'Remain', 'Unit', 'Next Available'], rateRows(found.rate));
    }));
}

/** novaclient's RateLimit rows: one per limit of each URI group (`rate: [{uri, regex, limit: [...]}]`). */
function rateRows(rate: unknown[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const group of rate as { uri?: string; limit?: Record<string, unknown>[] }[]) {
    for (const l of group.limit ?? []) {
      rows.push([l.verb ?? null, group.uri ?? null, l.value ?? null, l.remaining ?? null, l.unit ?? null, l['next-available'] ?? null]);
    }
  }
  return rows;
}
