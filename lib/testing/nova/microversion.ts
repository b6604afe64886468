import type { FakeRequest } from '../router.js';
import { fail } from './faults.js';

export const NOVA_MIN_VERSION = '2.1';

/** [major, minor] of '2.X'. */
export function parseVersion(value: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(value.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** a >= b for '2.X' strings. */
export function versionAtLeast(a: string, b: string): boolean {
  const x = parseVersion(a)!;
  const y = parseVersion(b)!;
  return x[0] !== y[0] ? x[0] > y[0] : x[1] >= y[1];
}

/**
 * The microversion a request asks for, as nova/api/openstack/api_version_request.py reads it:
 * `OpenStack-API-Version: compute X.Y` wins over `X-OpenStack-Nova-API-Version`; none means 2.1;
 * 'latest' means the maximum; a malformed one is 400, one outside min..max is 406.
 */
export function requestedVersion(req: FakeRequest, maxVersion: string): string {
  const raw = headerOf(req, 'openstack-api-version');
  let value: string | undefined;
  if (raw !== undefined) {
    for (const part of raw.split(',')) {
      const [service, version] = part.trim().split(/\s+/);
      if (service?.toLowerCase() === 'compute' && version) value = version;
    }
  }
  value ??= headerOf(req, 'x-openstack-nova-api-version');
  if (value === undefined || value.trim() === '') return NOVA_MIN_VERSION;
  if (value.trim().toLowerCase() === 'latest') return maxVersion;
  const v = parseVersion(value);
  if (!v) fail(400, `API Version String ${value} is of invalid format. Must be of format MajorNum.MinorNum.`);
  const text = `${v[0]}.${v[1]}`;
  if (!versionAtLeast(text, NOVA_MIN_VERSION) || !versionAtLeast(maxVersion, text)) {
    fail(406, `Version ${text} is not supported by the API. Minimum is ${NOVA_MIN_VERSION} and maximum is ${maxVersion}.`);
  }
  return text;
}

/** The headers Nova sends with every microversioned answer. */
export function versionHeaders(version: string): Record<string, string> {
  return {
    'OpenStack-API-Version': `compute ${version}`,
    'X-OpenStack-Nova-API-Version': version,
    Vary: 'OpenStack-API-Version, X-OpenStack-Nova-API-Version',
  };
}

function headerOf(req: FakeRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
