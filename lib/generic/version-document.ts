import { normalizeVersion } from '../version-map.js';

/** One API version a service's version document announces. */
export interface ApiVersion {
  /** As the document writes it, e.g. `v2.15`. */
  id: string;
  /** `M.m`, e.g. `2.15`. */
  version: string;
  /** CURRENT, SUPPORTED, DEPRECATED, … */
  status?: string;
  /** The `self` link: where this version's API lives. */
  url?: string;
  /** Microversion range, where the service has one (Nova's `min_version` / `version`, others' `max_version`). */
  minMicroversion?: string;
  maxMicroversion?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * The versions of a version document, in any of the shapes OpenStack services answer with: `{"versions": [...]}`
 * (Glance, Nova, Cinder), `{"versions": {"values": [...]}}` (Keystone), `{"version": {...}}` (a versioned URL).
 * undefined when the body is no version document. Self links are resolved against `documentUrl`.
 */
export function versionsOf(body: unknown, documentUrl: string): ApiVersion[] | undefined {
  if (!isObj(body)) return undefined;
  const list = Array.isArray(body.versions) ? body.versions
    : isObj(body.versions) && Array.isArray(body.versions.values) ? body.versions.values
      : isObj(body.version) ? [body.version] : undefined;
  if (!list) return undefined;
  return list.filter(isObj).flatMap((entry) => {
    const id = text(entry.id);
    const version = id === undefined ? undefined : tryNormalize(id);
    if (id === undefined || version === undefined) return [];
    const url = selfLink(entry, documentUrl);
    const min = text(entry.min_version);
    const max = text(entry.max_version) ?? text(entry.version);
    return [{
      id, version, ...(text(entry.status) ? { status: text(entry.status) } : {}), ...(url ? { url } : {}),
      ...(min ? { minMicroversion: min } : {}), ...(max ? { maxMicroversion: max } : {}),
    }];
  });
}

/**
 * The version to use for `wanted` (keystoneauth1's rule): same major version, at least the minor asked for, the highest
 * such; a DEPRECATED one only when nothing else fits. undefined when none fits.
 */
export function pickVersion(versions: readonly ApiVersion[], wanted: string): ApiVersion | undefined {
  const [major, minor] = normalizeVersion(wanted).split('.').map(Number) as [number, number];
  const fits = versions.filter((v) => {
    const [M, m] = v.version.split('.').map(Number) as [number, number];
    return M === major && m >= minor && v.url !== undefined;
  });
  const order = (v: ApiVersion) => v.version.split('.').map(Number) as [number, number];
  const sorted = [...fits].sort((a, b) => order(b)[0] - order(a)[0] || order(b)[1] - order(a)[1]);
  return sorted.find((v) => v.status?.toUpperCase() !== 'DEPRECATED') ?? sorted[0];
}

/** The version segment of a URL's path (`/v2.1/…` → `2.1`), when its major version is `wanted`'s. */
export function versionInPath(url: string, wanted: string): string | undefined {
  const major = normalizeVersion(wanted).split('.')[0];
  for (const segment of new URL(url).pathname.split('/')) {
    const v = /^v\d+(\.\d+)?$/i.test(segment) ? tryNormalize(segment) : undefined;
    if (v !== undefined && v.split('.')[0] === major) return v;
  }
  return undefined;
}

function tryNormalize(id: string): string | undefined {
  try {
    return normalizeVersion(id);
  } catch {
    return undefined;
  }
}

function selfLink(entry: Obj, documentUrl: string): string | undefined {
  const links = Array.isArray(entry.links) ? entry.links.filter(isObj) : [];
  const href = text(links.find((l) => l.rel === 'self')?.href);
  if (href === undefined) return undefined;
  try {
    return new URL(href, documentUrl).href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}
