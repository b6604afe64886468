import { UnsupportedVersion } from './errors/framework-errors.js';

/** API version → client class, e.g. `{ '2': ComputeV2Client, '2.1': ComputeV2Client }`. */
export type VersionMap<T> = Readonly<Record<string, T>>;

/** '2', '2.0', 'v2', 'V2.0' → '2.0'; '2.1' → '2.1'. Throws UnsupportedVersion for what is no version. */
export function normalizeVersion(version: string | number): string {
  const text = String(version).trim().replace(/^v/i, '');
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new UnsupportedVersion(`"${String(version)}" is not an API version; use a form like 2, 2.1 or v3`, []);
  return `${Number(match[1])}.${Number(match[2] ?? 0)}`;
}

/**
 * The entry of `versionMap` for `version`, where '2', '2.0' and 'v2' mean the same.
 * @example getClass('compute', 'v2.1', { '2': ComputeV2, '2.1': ComputeV2 })
 */
export function getClass<T>(apiName: string, version: string | number, versionMap: VersionMap<T>): T {
  const wanted = normalizeVersion(version);
  for (const [key, value] of Object.entries(versionMap)) {
    if (normalizeVersion(key) === wanted) return value;
  }
  const known = Object.keys(versionMap).sort((a, b) => versionOrder(a) - versionOrder(b));
  throw new UnsupportedVersion(
    `Unsupported ${apiName} API version "${String(version)}"; known versions: ${known.join(', ') || 'none'}`,
    known,
  );
}

function versionOrder(version: string): number {
  const [major, minor] = normalizeVersion(version).split('.').map(Number);
  return major! * 10_000 + minor!;
}
