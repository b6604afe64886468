import type { Command } from 'commander';
import type { CliRuntime } from '../runtime.js';
import { listResult } from '../output/model.js';
import { authInfo } from './auth-info.js';
import { action, withOutput } from './shared.js';

type Json = Record<string, unknown>;

const COLUMNS = ['Region Name', 'Service Type', 'Version', 'Status', 'Endpoint', 'Min Microversion', 'Max Microversion'];

/**
 * `versions show`: for each service and region of the catalog, the API version its endpoint serves,
 * from the version document when the service answers, else from the endpoint URL (as keystoneauth falls back).
 */
export function register(program: Command, cli: CliRuntime): void {
  const versions = program.command('versions').description('API versions of the cloud\'s services');
  withOutput(versions.command('show').description('Show available versions of services'), 'list')
    .option('--service <service>', 'Show versions of this service type only')
    .option('--region-name <region>', 'Show versions in this region only')
    .option('--interface <interface>', 'Endpoint interface', 'public')
    .action(action(cli, async (opts: { service?: string; regionName?: string; interface: string }) => {
      const { http } = await cli.session();
      const { catalog } = await authInfo(http);
      const targets = catalog.flatMap((s) => s.endpoints
        .filter((e) => e.interface === opts.interface)
        .filter((e) => !opts.service || s.type === opts.service)
        .filter((e) => !opts.regionName || e.region === opts.regionName)
        .map((e) => ({ type: s.type, region: e.region ?? null, url: e.url })))
        // osc groups the rows by region, keeping the catalog's order within one.
        .sort((a, b) => (a.region ?? '').localeCompare(b.region ?? ''));
      const rows = await Promise.all(targets.map(async (t) => {
        const doc = await versionDocument(http, t.url);
        const id = typeof doc?.id === 'string' ? doc.id : (/\/v(\d+(?:\.\d+)?)(?:\/|$)/.exec(t.url)?.[1] ?? null);
        const version = id ? id.replace(/^v/, '') : null;
        const status = typeof doc?.status === 'string' ? normalizeStatus(doc.status) : 'CURRENT';
        const min = typeof doc?.min_version === 'string' && doc.min_version ? doc.min_version : null;
        const max = typeof doc?.version === 'string' && doc.version ? doc.version : null;
        // The versioned root, as osc shows it: `http://host:8779/v1.0/`, without the project id after it.
        const root = /^(.*?\/v\d+(?:\.\d+)?)(?:\/|$)/.exec(t.url)?.[1] ?? t.url.replace(/\/+$/, '');
        return [t.region, t.type, version, status, `${root}/`, min, max];
      }));
      return listResult(COLUMNS, rows);
    }));
}

/** GET the endpoint's own version document (`{"version": {...}}`); undefined when it cannot be had. */
async function versionDocument(http: { request: (m: string, u: string, o?: object) => Promise<{ body: unknown }> }, url: string): Promise<Json | undefined> {
  try {
    const res = await http.request('GET', url, { retry: false, timeout: 3000 });
    const body = res.body as Json | undefined;
    return (body?.version as Json | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}

/** keystoneauth's status normalization: Keystone says `stable`, osc shows `CURRENT`. */
function normalizeStatus(status: string): string {
  const s = status.toLowerCase();
  if (s === 'stable' || s === 'current') return 'CURRENT';
  return s.toUpperCase();
}
