import type { AuthContext } from '../../lib/auth-plugin.js';
import { UnsupportedVersion } from '../../lib/errors/framework-errors.js';
import { isHttpError } from '../../lib/errors/http-errors.js';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';
import { authError, checkSameOrigin, refuseRedirect, type AuthAbout } from './auth-call.js';
import { urlVersion } from './identity-url.js';

/** The versioned identity URLs an auth URL offers. */
export interface IdentityVersions {
  v3?: string;
  v2?: string;
  /** Every version id the document listed, for error messages. */
  offered: string[];
}

type Json = Record<string, unknown>;
const rec = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Json : undefined);

/**
 * `GET authUrl` and read its version document, as keystoneauth1's generic plugins do: the Keystone root
 * answers 300 with `{"versions": {"values": [...]}}`, a versioned URL answers 200 with `{"version": {...}}`.
 * When there is no document (an HTTP 4xx), the URL's own version segment is used, if it has one.
 */
export async function discoverIdentity(ctx: AuthContext, authUrl: string, about: AuthAbout): Promise<IdentityVersions> {
  ctx.log(`Discovering the identity versions at ${authUrl}`);
  let body: unknown;
  try {
    const res = await ctx.request({ method: 'GET', url: authUrl, onCrossOriginRedirect: refuseRedirect(about), ...(ctx.signal ? { signal: ctx.signal } : {}) });
    checkSameOrigin(res.url || authUrl, authUrl, 'the version document was served from there', about);
    body = res.body;
  } catch (err) {
    if (isHttpError(err) && err.status < 500) {
      const named = urlVersion(authUrl);
      if (named === 'v3') return { v3: authUrl, offered: ['v3'] };
      if (named === 'v2.0') return { v2: authUrl, offered: ['v2.0'] };
      throw new UnsupportedVersion(
        `GET ${authUrl} answered HTTP ${err.status} instead of an identity version document; `
          + 'check the auth URL, or give one ending in /v3 (or /v2.0)', ['v3', 'v2.0'],
      );
    }
    throw authError(err, about);
  }
  return parseVersionDocument(body, authUrl);
}

/** The identity versions a Keystone version document (`GET /`, `/v3`) announces, with their URLs. */
export function parseVersionDocument(body: unknown, authUrl: string): IdentityVersions {
  const doc = rec(body);
  const versions = doc?.['versions'];
  const list: unknown[] | undefined = rec(doc?.['version']) ? [doc!['version']]
    : Array.isArray(versions) ? versions
      : Array.isArray(rec(versions)?.['values']) ? rec(versions)!['values'] as unknown[] : undefined;
  if (!list) {
    throw new InvalidResponse(`GET ${authUrl} did not answer with an identity version document; check that the auth URL is Keystone's`,
      { method: 'GET', url: authUrl });
  }
  const found: IdentityVersions = { offered: [] };
  for (const entry of list) {
    const v = rec(entry);
    const id = typeof v?.['id'] === 'string' ? v['id'] : undefined;
    if (!v || !id) continue;
    found.offered.push(id);
    const links = Array.isArray(v['links']) ? v['links'].map(rec) : [];
    const self = links.find((l) => l?.['rel'] === 'self')?.['href'];
    const href = typeof self === 'string' && self ? self.replace(/\/+$/, '') : undefined;
    if (/^v3(\.\d+)*$/.test(id)) found.v3 ??= href ?? fallbackUrl(authUrl, 'v3');
    else if (id === 'v2.0') found.v2 ??= href ?? fallbackUrl(authUrl, 'v2.0');
  }
  return found;
}

function fallbackUrl(authUrl: string, version: 'v3' | 'v2.0'): string {
  return urlVersion(authUrl) === version ? authUrl : `${authUrl}/${version}`;
}

/**
 * v3 when offered; v2.0 only when the plugin's options can be expressed in v2.0.
 * @throws AuthorizationFailure when the chosen version's URL (the document's `self` link) is on another origin.
 */
export function chooseVersion(found: IdentityVersions, about: AuthAbout, v2Possible: boolean): { version: 'v3' | 'v2.0'; url: string } {
  const { plugin, authUrl } = about;
  const chosen = found.v3 ? { version: 'v3' as const, url: found.v3 } : found.v2 && v2Possible ? { version: 'v2.0' as const, url: found.v2 } : undefined;
  if (chosen) {
    checkSameOrigin(chosen.url, authUrl, `the identity version document links ${chosen.version} there`, about);
    return chosen;
  }
  const why = found.v2 ? '; identity v2.0 cannot express a domain or system scope' : '';
  throw new UnsupportedVersion(
    `The identity service at ${authUrl} offers ${found.offered.join(', ') || 'no version'}; ${plugin} needs v3${found.v2 ? '' : ' or v2.0'}${why}`,
    found.offered,
  );
}
