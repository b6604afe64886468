import type { Command } from 'commander';
import { CommandFailed } from '../errors.js';
import { FormattedCell, listResult, showSorted } from '../output/model.js';
import type { CliRuntime } from '../runtime.js';
import type { CatalogService } from '../../index.js';
import { authInfo, osEndpoint } from './auth-info.js';
import { action, withOutput } from './shared.js';

/** osc's EndpointsColumn: `RegionOne\n  public: URL\n` per endpoint in tables; the list of dicts in JSON. */
function endpointsCell(service: CatalogService): FormattedCell {
  const endpoints = service.endpoints.map(osEndpoint);
  const human = service.endpoints.map((e) => `${e.region ?? '<none>'}\n  ${e.interface}: ${e.url}\n`).join('');
  return new FormattedCell(human, endpoints);
}

export function register(program: Command, cli: CliRuntime): void {
  const catalog = program.command('catalog').description('The service catalog of the token');

  withOutput(catalog.command('list').description('List services in the service catalog')).action(action(cli, async () => {
    const { catalog: services } = await authInfo((await cli.session()).http);
    return listResult(['Name', 'Type', 'Endpoints'], services.map((s) => [s.name ?? '', s.type, endpointsCell(s)]));
  }));

  withOutput(catalog.command('show').description('Display service catalog details').argument('<service>', 'Service to display (type or name)'))
    .action(action(cli, async (wanted: string) => {
      const { catalog: services } = await authInfo((await cli.session()).http);
      const s = services.find((x) => x.name === wanted || x.type === wanted);
      if (!s) throw new CommandFailed(`service ${wanted} not found in the catalog; it has: ${services.map((x) => x.type).join(', ') || 'nothing'}`);
      const data: Record<string, unknown> = { endpoints: endpointsCell(s), name: s.name ?? '', type: s.type };
      if (s.id) data.id = s.id;
      return showSorted(data);
    }));
}
