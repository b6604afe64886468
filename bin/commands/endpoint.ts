import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult } from '../output/model.js';
import { action, withOutput } from './shared.js';

type Json = Record<string, unknown>;

/** `endpoint list`, identity v3: the endpoints with their service's name and type, as osc joins them. */
export function register(program: Command, cli: CliRuntime): void {
  const endpoint = program.command('endpoint').description('Identity endpoints');
  withOutput(endpoint.command('list').description('List endpoints'))
    .option('--service <service>', 'Filter by service (type, name or ID)')
    .option('--interface <interface>', 'Filter by interface type (admin, public or internal)')
    .option('--region <region-id>', 'Filter by region ID')
    .action(action(cli, async (opts: { service?: string; interface?: string; region?: string }) => {
      const identity = await cli.identity();
      const [eps, svcs] = await Promise.all([identity.endpoints.list(), identity.services.list()]);
      const services = new Map<unknown, Json>(svcs.map((s) => [s.id, s.toJSON() as unknown as Json]));
      const rows = eps.map((e) => e.toJSON() as unknown as Json)
        .map((e) => ({ e, s: services.get(e.service_id) ?? {} }))
        .filter(({ e, s }) => !opts.service || [s.type, s.name, s.id].includes(opts.service))
        .filter(({ e }) => !opts.interface || e.interface === opts.interface)
        .filter(({ e }) => !opts.region || (e.region_id ?? e.region) === opts.region)
        .map(({ e, s }) => [e.id, e.region_id ?? e.region ?? null, s.name ?? null, s.type ?? null, e.enabled ?? true, e.interface, e.url]);
      return listResult(['ID', 'Region', 'Service Name', 'Service Type', 'Enabled', 'Interface', 'URL'], rows);
    }));
}
