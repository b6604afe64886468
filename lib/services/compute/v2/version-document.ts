import { InvalidResponse } from '../../../errors/transport-errors.js';
import { isJsonRecord } from '../../common/types.js';
import type { MicroversionRange } from './microversion.js';

/**
 * The microversion range from a compute version document: `{"version": {...}}` (GET on the endpoint)
 * or `{"versions": [...]}` (GET on the root), where the entry whose self link the endpoint lies under,
 * else `v2.1`, is ours. Nova writes `version` and `min_version` ('' for the legacy v2.0 API).
 */
export function rangeFromVersionDocument(body: unknown, endpoint: string, url: string): MicroversionRange | undefined {
  if (!isJsonRecord(body)) return undefined;
  if (isJsonRecord(body.version)) return rangeOf(body.version, url);
  if (!Array.isArray(body.versions)) return undefined;
  const entries = body.versions.filter(isJsonRecord);
  const endpointPath = pathOf(endpoint);
  const bySelf = entries.find((e) => {
    const self = selfHref(e);
    if (!self) return false;
    const p = pathOf(self);
    return p !== '' && (endpointPath === p || endpointPath.startsWith(p + '/'));
  });
  const chosen = bySelf ?? entries.find((e) => e.id === 'v2.1') ?? entries.find((e) => e.status === 'CURRENT');
  return chosen ? rangeOf(chosen, url) : undefined;
}

/** The version root of an endpoint: `http://h/compute/v2.1/abc` → `http://h/compute/`. */
export function versionRootOf(endpoint: string): string | undefined {
  const u = new URL(endpoint);
  const parts = u.pathname.split('/');
  const i = parts.findIndex((p) => /^v\d+(\.\d+)?$/i.test(p));
  if (i < 0) return undefined;
  u.pathname = parts.slice(0, i).join('/') + '/';
  u.search = '';
  return u.toString();
}

function rangeOf(entry: Record<string, unknown>, url: string): MicroversionRange {
  const max = typeof entry.version === 'string' ? entry.version : '';
  const min = typeof entry.min_version === 'string' ? entry.min_version : '';
  if (max !== '' && min === '') {
    throw new InvalidResponse(`GET ${url} answered a version document with "version" ${max} but no "min_version"`, { method: 'GET', url });
  }
  return max === '' ? { min: min || '2.0' } : { min, max };
}

function selfHref(entry: Record<string, unknown>): string | undefined {
  if (!Array.isArray(entry.links)) return undefined;
  const self = entry.links.find((l) => isJsonRecord(l) && l.rel === 'self');
  return isJsonRecord(self) && typeof self.href === 'string' ? self.href : undefined;
}

function pathOf(href: string): string {
  try {
    return new URL(href).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}
