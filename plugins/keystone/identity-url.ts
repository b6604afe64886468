import { ConfigError } from '../../lib/errors/framework-errors.js';

const versionSegment = /^v\d+(\.\d+)?$/;

function lastSegment(url: string): string {
  return new URL(url).pathname.replace(/\/+$/, '').split('/').pop() ?? '';
}

/** The version an auth URL names by its last path segment (`.../v3` → `v3`, `.../v2.0` → `v2.0`), if any. */
export function urlVersion(authUrl: string): 'v3' | 'v2.0' | 'other' | undefined {
  const last = lastSegment(authUrl);
  if (!versionSegment.test(last)) return undefined;
  if (/^v3(\.\d+)?$/.test(last)) return 'v3';
  if (last === 'v2.0') return 'v2.0';
  return 'other';
}

/**
 * The identity URL for one API version: the auth URL when it already ends in that version, else the
 * auth URL with `/v3` or `/v2.0` appended (a Keystone root works as well as a versioned URL).
 * @throws ConfigError when the auth URL names another version.
 */
export function identityUrlFor(plugin: string, authUrl: string, version: 'v3' | 'v2.0'): string {
  const base = authUrl.replace(/\/+$/, '');
  const named = urlVersion(base);
  if (named === version) return base;
  if (named === undefined) return `${base}/${version}`;
  const other = version === 'v3' ? 'V2Password / V2Token' : 'V3Password / V3Token';
  throw new ConfigError(
    `Auth plugin ${plugin} speaks identity ${version}, but authUrl ${authUrl} names another version; `
      + `use the Keystone root or a URL ending in /${version}, or the ${other} plugins, or the generic Password / Token plugins`,
    { key: 'authUrl' },
  );
}
