import type { Command } from 'commander';
import type { Service } from '../../lib/services/identity/index.js';
import type { CliRuntime } from '../runtime.js';
import { listResult, showSorted } from '../output/model.js';
import { deleteWithWords } from './delete-with-words.js';
import { findOrFail, withoutLinks } from './find-or-fail.js';
import { identityAction } from './identity-action.js';
import { findService } from './identity-find.js';
import { enableDisable, enabledChange } from './identity-options.js';
import { withOutput } from './shared.js';

type Json = Record<string, unknown>;

interface SetOptions { region?: string; interface?: string; url?: string; service?: string; enable?: boolean; disable?: boolean }

/** osc's `get_service_name`: '' for a service without a name. */
const serviceName = (s: Json) => (s.name === undefined ? '' : s.name);

/** An endpoint as osc shows it: its record without links, plus its service's name and type. */
function endpointView(endpoint: object, service: Service): Json {
  const s = service.toJSON() as unknown as Json;
  return { ...withoutLinks(endpoint), service_name: serviceName(s), service_type: s.type };
}

/** `endpoint list|show|create|set|delete`, identity v3: endpoints with their service's name and type, as osc joins them. */
export function register(program: Command, cli: CliRuntime): void {
  const endpoint = program.command('endpoint').description('Identity endpoints');
  const find = async (id: string) => findOrFail((await cli.identity()).endpoints, 'endpoint', id);

  withOutput(endpoint.command('list').description('List endpoints'))
    .option('--service <service>', 'Filter by service (type, name or ID)')
    .option('--interface <interface>', 'Filter by interface type (admin, public or internal)')
    .option('--region <region-id>', 'Filter by region ID')
    .action(identityAction(cli, async (opts: { service?: string; interface?: string; region?: string }) => {
      const identity = await cli.identity();
      const service = opts.service ? await findService(identity, opts.service) : undefined;
      const [eps, svcs] = await Promise.all([
        identity.endpoints.list({
          ...(service ? { service: service.id } : {}), ...(opts.interface ? { interface: opts.interface as 'public' } : {}),
          ...(opts.region ? { region: opts.region } : {}),
        }),
        identity.services.list(),
      ]);
      const services = new Map<unknown, Json>(svcs.map((s) => [s.id, s.toJSON() as unknown as Json]));
      const rows = eps.map((e) => e.toJSON() as unknown as Json).map((e) => {
        const s = services.get(e.service_id) ?? {};
        return [e.id, e.region_id ?? e.region ?? null, serviceName(s), s.type ?? null, e.enabled ?? true, e.interface, e.url];
      });
      return listResult(['ID', 'Region', 'Service Name', 'Service Type', 'Enabled', 'Interface', 'URL'], rows);
    }));

  withOutput(endpoint.command('show').description('Display endpoint details')
    .argument('<endpoint>', 'Endpoint to display (endpoint ID, service ID, service name, service type)'))
    .action(identityAction(cli, async (id: string) => {
      const found = await find(id);
      return showSorted(endpointView(found.toJSON(), await findService(await cli.identity(), found.service_id)));
    }));

  const create = withOutput(endpoint.command('create').description('Create new endpoint')
    .argument('<service>', 'Service to be associated with new endpoint (name or ID)')
    .argument('<interface>', 'New endpoint interface type (admin, public or internal)')
    .argument('<url>', 'New endpoint URL'))
    .option('--region <region-id>', 'New endpoint region ID');
  enableDisable(create, 'endpoint', true)
    .action(identityAction(cli, async (name: string, iface: string, url: string, opts: { region?: string; disable?: boolean }) => {
      const identity = await cli.identity();
      const service = await findService(identity, name);
      const created = await identity.endpoints.create({
        service: service.id, interface: iface as 'public', url, enabled: !opts.disable, ...(opts.region ? { region: opts.region } : {}),
      });
      return showSorted(endpointView(created.toJSON(), service));
    }));

  const set = endpoint.command('set').description('Set endpoint properties').argument('<endpoint-id>', 'Endpoint to modify (ID only)')
    .option('--region <region-id>', 'New endpoint region ID')
    .option('--interface <interface>', 'New endpoint interface type (admin, public or internal)')
    .option('--url <url>', 'New endpoint URL')
    .option('--service <service>', 'New endpoint service (name or ID)');
  enableDisable(set, 'endpoint')
    .action(identityAction(cli, async (id: string, opts: SetOptions) => {
      const identity = await cli.identity();
      const target = await find(id);
      const changes = {
        ...(opts.service ? { service: (await findService(identity, opts.service)).id } : {}), ...(opts.url ? { url: opts.url } : {}),
        ...(opts.interface ? { interface: opts.interface as 'public' } : {}), ...(opts.region ? { region: opts.region } : {}), ...enabledChange(opts),
      };
      if (Object.keys(changes).length > 0) await identity.endpoints.update(target, changes);
    }));

  endpoint.command('delete').description('Delete endpoint(s)').argument('<endpoint-id...>', 'Endpoint(s) to delete (ID only)')
    .action(identityAction(cli, async (ids: string[]) => {
      const identity = await cli.identity();
      const words = { plural: 'endpoints', failedLine: (n: string, m: string) => `Failed to delete endpoint with ID '${n}': ${m}` };
      await deleteWithWords(ids, words, async (n) => { await identity.endpoints.delete(await find(n)); }, (line) => cli.note(line));
    }));
}
