import { createHash, createHmac } from 'node:crypto';

/** The signing algorithm name, also the Authorization scheme. */
export const AKSK_ALGORITHM = 'SDK-HMAC-SHA256';

/** RFC 3986 encoding of everything but unreserved characters (Python's `quote(s, safe='~')`). */
export function encodeRfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodePath(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The path decoded, split on `/`, each segment re-encoded; always ending in `/`. This is what the APIG
 * signer does (it decodes before splitting, so an encoded `%2F` counts as a separator).
 */
export function canonicalUri(url: URL): string {
  const path = decodePath(url.pathname).split('/').map(encodeRfc3986).join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

/** `k=v` pairs sorted by key, then by value; keys and values encoded. */
export function canonicalQuery(url: URL): string {
  const byKey = new Map<string, string[]>();
  for (const [k, v] of url.searchParams) byKey.set(k, [...(byKey.get(k) ?? []), v]);
  return [...byKey.keys()].sort().flatMap((k) => byKey.get(k)!.sort().map((v) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`)).join('&');
}

export interface CanonicalParts {
  method: string;
  url: URL;
  /** Lower-case name → value, only the headers to sign. */
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Used instead of the body's hash: the `X-Sdk-Content-Sha256` value (`UNSIGNED-PAYLOAD` for a body that is not JSON). */
  payloadHash?: string;
}

/** The signed header names, lower-case, sorted, `;`-joined. */
export function signedHeaderNames(headers: Record<string, string>): string {
  return Object.keys(headers).sort().join(';');
}

/**
 * method \n canonical URI \n canonical query \n canonical headers (`name:trimmed value\n` each, sorted)
 * \n signed headers \n hex sha256 of the body (or the payload hash given).
 */
export function canonicalRequest(p: CanonicalParts): string {
  const names = Object.keys(p.headers).sort();
  const canonicalHeaders = names.map((n) => `${n}:${p.headers[n]!.trim()}\n`).join('');
  const bodyHash = p.payloadHash ?? createHash('sha256').update(p.body ?? '').digest('hex');
  return [p.method.toUpperCase(), canonicalUri(p.url), canonicalQuery(p.url), canonicalHeaders, names.join(';'), bodyHash].join('\n');
}

/** `SDK-HMAC-SHA256 \n <X-Sdk-Date> \n hex sha256(canonical request)`, signed with HMAC-SHA256(secret). */
export function signature(secretKey: string, sdkDate: string, canonical: string): string {
  const stringToSign = `${AKSK_ALGORITHM}\n${sdkDate}\n${createHash('sha256').update(canonical).digest('hex')}`;
  return createHmac('sha256', secretKey).update(stringToSign).digest('hex');
}

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function sdkDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
