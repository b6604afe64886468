import type { Command } from 'commander';
import { CliUsageError } from '../errors.js';
import type { CliRuntime } from '../runtime.js';
import { action } from './shared.js';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

interface RequestOpts {
  service: string;
  body?: string;
  header?: string[];
  include?: boolean;
}

/**
 * `request METHOD PATH --service TYPE [--body JSON]`: any authenticated call the other commands do not
 * cover. PATH is relative to the service's endpoint in the catalog; the response body is printed (JSON indented).
 */
export function register(program: Command, cli: CliRuntime): void {
  program.command('request').description('Send an authenticated request to a service of the catalog')
    .argument('<method>', 'HTTP method: GET, POST, PUT, PATCH, DELETE, HEAD')
    .argument('<path>', 'Path relative to the service endpoint, e.g. /servers/detail')
    .requiredOption('--service <type>', 'Service type in the catalog: identity, compute, database, ...')
    .option('--body <json>', 'Request body (JSON)')
    .option('-H, --header <name:value>', 'Extra request header, can be repeated', collect)
    .option('-i, --include', 'Print the response status line and headers before the body')
    .action(action(cli, async (method: string, path: string, opts: RequestOpts) => {
      const verb = method.toUpperCase();
      if (!/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(verb)) {
        throw new CliUsageError(`Unknown HTTP method "${method}"; use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS`);
      }
      let json: unknown;
      if (opts.body !== undefined) {
        try {
          json = JSON.parse(opts.body);
        } catch (error) {
          throw new CliUsageError(`--body is not valid JSON: ${(error as Error).message}`);
        }
      }
      const headers: Record<string, string> = {};
      for (const h of opts.header ?? []) {
        const at = h.indexOf(':');
        if (at <= 0) throw new CliUsageError(`--header "${h}" is not "Name: value"`);
        headers[h.slice(0, at).trim()] = h.slice(at + 1).trim();
      }
      const client = await cli.client(opts.service);
      const res = await client.clientRequest(verb, path, { ...(json !== undefined ? { json } : {}), headers });
      if (opts.include) {
        cli.io.out(`HTTP ${res.status}\n`);
        for (const [k, v] of Object.entries(res.headers)) {
          if (/^(x-subject-token|x-auth-token|set-cookie)$/i.test(k)) continue;
          cli.io.out(`${k}: ${Array.isArray(v) ? v.join(', ') : v}\n`);
        }
        cli.io.out('\n');
      }
      const body = res.body;
      if (body === undefined || body === '' || (Buffer.isBuffer(body) && body.length === 0)) return;
      cli.io.out(`${typeof body === 'string' ? body : JSON.stringify(body, null, 2)}\n`);
    }));
}
