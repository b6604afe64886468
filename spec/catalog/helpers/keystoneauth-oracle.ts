import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EndpointFilter } from '../../../lib/auth-plugin.js';
import { fillProjectTemplate, findEndpoint, type ServiceCatalog } from '../../../lib/catalog/index.js';
import { AmbiguousEndpoints, EndpointNotFound } from '../../../lib/errors/framework-errors.js';

const PYTHON = '/usr/bin/python3';
const ORACLE = fileURLToPath(new URL('./keystoneauth-oracle.py', import.meta.url));

/** Whether Debian's python3-keystoneauth1 (with python3-os-service-types) can be imported; says how to get it when not. */
export function hasKeystoneauth(): boolean {
  let ok = existsSync(PYTHON);
  if (ok) {
    try {
      execFileSync(PYTHON, ['-c', 'import keystoneauth1, os_service_types'], { stdio: 'ignore' });
    } catch {
      ok = false;
    }
  }
  if (!ok) console.warn(`skipped: ${PYTHON} cannot import keystoneauth1 (apt-get install python3-keystoneauth1 python3-os-service-types)`);
  return ok;
}

/** Every (service type x interface x region x service name) look-up. */
export function lookupGrid(types: string[], regions: (string | undefined)[], names: (string | undefined)[]): EndpointFilter[] {
  return types.flatMap((serviceType) => (['public', 'internal', 'admin'] as const).flatMap((iface) => regions.flatMap((regionName) => names.map(
    (serviceName) => ({ serviceType, interface: iface, ...(regionName ? { regionName } : {}), ...(serviceName ? { serviceName } : {}) }),
  ))));
}

type Answer = { url: string } | { error: string };

export interface Comparison {
  lookups: number;
  agreements: number;
  /** We throw AmbiguousEndpoints (by design) where keystoneauth1 takes the first URL, which we list. */
  ambiguous: number;
  /** keystoneauth1 5.0 raises ValueError ("Programming error choosing an endpoint") for some not-found look-ups. */
  oracleValueErrors: number;
  disagreements: string[];
}

/** Our `findEndpoint` and keystoneauth1's `ServiceCatalog.url_for` on the same token body, look-up by look-up. */
export function compareWithKeystoneauth(body: unknown, catalog: ServiceCatalog, projectId: string, lookups: EndpointFilter[]): Comparison {
  const input = JSON.stringify({ body, lookups });
  const oracle = JSON.parse(execFileSync(PYTHON, [ORACLE], { input, encoding: 'utf8' })) as Answer[];
  if (oracle.length !== lookups.length) throw new Error(`the oracle answered ${oracle.length} of ${lookups.length} look-ups`);
  const result: Comparison = { lookups: lookups.length, agreements: 0, ambiguous: 0, oracleValueErrors: 0, disagreements: [] };
  lookups.forEach((filter, i) => {
    const theirs = oracle[i]!;
    const mine = ours(catalog, filter, projectId);
    if ('error' in theirs && theirs.error === 'ValueError') result.oracleValueErrors++;
    // keystoneauth1 leaves project templates in the URL; we fill them.
    const theirUrl = 'url' in theirs ? fillProjectTemplate(theirs.url, filter.serviceType, projectId) : undefined;
    if ('ambiguous' in mine && 'url' in theirs && mine.ambiguous.includes(theirs.url)) result.ambiguous++;
    else if ('url' in mine ? mine.url === theirUrl : 'error' in mine && 'error' in theirs) result.agreements++;
    else result.disagreements.push(`${JSON.stringify(filter)}: ours ${JSON.stringify(mine)}, keystoneauth1 ${JSON.stringify(theirs)}`);
  });
  return result;
}

export function describeComparison(name: string, c: Comparison): string {
  return `${name}: ${c.lookups} look-ups, ${c.agreements} agree, ${c.ambiguous} AmbiguousEndpoints where keystoneauth1 takes the first, `
    + `${c.disagreements.length} disagree (keystoneauth1 raised ValueError for ${c.oracleValueErrors} of its not-found answers)`;
}

function ours(catalog: ServiceCatalog, filter: EndpointFilter, projectId: string): Answer | { ambiguous: string[] } {
  try {
    return { url: findEndpoint(catalog, filter, { projectId }) };
  } catch (error) {
    if (error instanceof AmbiguousEndpoints) return { ambiguous: error.endpoints };
    if (error instanceof EndpointNotFound) return { error: 'EndpointNotFound' };
    throw error;
  }
}
