import type { AuthHttpResponse } from '../../lib/auth-plugin.js';
import { parseV2Catalog } from '../../lib/catalog/index.js';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';
import type { IssuedToken } from './issued-token.js';
import { parseKeystoneTime } from './keystone-time.js';

type Json = Record<string, unknown>;
const rec = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Json : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** The token of a `POST /v2.0/tokens` answer: `access.token.{id, expires, issued_at, tenant}`, `access.serviceCatalog`. */
export function parseV2Token(res: AuthHttpResponse, identityUrl: string): IssuedToken {
  const source = { method: 'POST', url: res.url };
  const invalid = (what: string) => new InvalidResponse(
    `The answer to POST ${res.url} is not an identity v2.0 token: ${what}; check that the auth URL points at Keystone`, source,
  );
  const access = rec(rec(res.body)?.['access']);
  const token = rec(access?.['token']);
  const id = str(token?.['id']);
  if (!access || !token || !id) throw invalid('no access.token.id in the body');
  const expiresAt = parseKeystoneTime(token['expires']);
  if (token['expires'] !== undefined && expiresAt === undefined) throw invalid(`expires "${String(token['expires'])}" is not a timestamp`);
  const tenant = rec(token['tenant']);
  const user = rec(access['user']);
  const tenantId = str(tenant?.['id']);
  const issued: IssuedToken = {
    token: id,
    catalog: parseV2Catalog(access['serviceCatalog'], source),
    scope: tenantId ? { kind: 'project', project: { id: tenantId, ...(str(tenant?.['name']) ? { name: str(tenant?.['name'])! } : {}) } } : { kind: 'unscoped' },
    methods: [],
    identityVersion: 'v2.0',
    identityUrl,
  };
  if (expiresAt !== undefined) issued.expiresAt = expiresAt;
  const issuedAt = parseKeystoneTime(token['issued_at']);
  if (issuedAt !== undefined) issued.issuedAt = issuedAt;
  if (user) {
    issued.user = {};
    if (str(user['id'])) issued.user.id = str(user['id'])!;
    const name = str(user['username']) ?? str(user['name']);
    if (name) issued.user.name = name;
  }
  return issued;
}
