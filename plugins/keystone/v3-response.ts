import type { AuthHttpResponse } from '../../lib/auth-plugin.js';
import { parseV3Catalog } from '../../lib/catalog/index.js';
import { InvalidResponse } from '../../lib/errors/transport-errors.js';
import type { IssuedToken, TokenScope } from './issued-token.js';
import { parseKeystoneTime } from './keystone-time.js';

type Json = Record<string, unknown>;
const rec = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Json : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** The token of a `POST /v3/auth/tokens` answer: the `X-Subject-Token` header and the `token` body. */
export function parseV3Token(res: AuthHttpResponse, identityUrl: string): IssuedToken {
  const source = { method: 'POST', url: res.url };
  const invalid = (what: string) => new InvalidResponse(
    `The answer to POST ${res.url} is not an identity v3 token: ${what}; check that the auth URL points at Keystone`, source,
  );
  const header = res.headers['x-subject-token'];
  const token = Array.isArray(header) ? header[0] : header;
  if (!token) throw invalid('no X-Subject-Token header');
  const body = rec(rec(res.body)?.['token']);
  if (!body) throw invalid('no "token" object in the body');
  const expiresAt = parseKeystoneTime(body['expires_at']);
  if (body['expires_at'] !== undefined && expiresAt === undefined) throw invalid(`expires_at "${String(body['expires_at'])}" is not a timestamp`);
  const user = rec(body['user']);
  const issued: IssuedToken = {
    token,
    catalog: parseV3Catalog(body['catalog'], source),
    scope: v3TokenScope(body),
    methods: Array.isArray(body['methods']) ? body['methods'].filter((m): m is string => typeof m === 'string') : [],
    identityVersion: 'v3',
    identityUrl,
  };
  if (expiresAt !== undefined) issued.expiresAt = expiresAt;
  const issuedAt = parseKeystoneTime(body['issued_at']);
  if (issuedAt !== undefined) issued.issuedAt = issuedAt;
  if (user) issued.user = clean({ id: str(user['id']), name: str(user['name']), domainId: str(rec(user['domain'])?.['id']) });
  return issued;
}

function v3TokenScope(body: Json): TokenScope {
  const project = rec(body['project']);
  if (project && str(project['id'])) {
    const domain = rec(project['domain']);
    return {
      kind: 'project',
      project: clean({ id: str(project['id'])!, name: str(project['name']), domainId: str(domain?.['id']), domainName: str(domain?.['name']) }),
    };
  }
  const domain = rec(body['domain']);
  if (domain && str(domain['id'])) return { kind: 'domain', domain: clean({ id: str(domain['id'])!, name: str(domain['name']) }) };
  const system = rec(body['system']);
  if (system) return { kind: 'system', system: Object.keys(system)[0] ?? 'all' };
  const trust = rec(body['OS-TRUST:trust']);
  if (trust && str(trust['id'])) return { kind: 'trust', trustId: str(trust['id'])! };
  return { kind: 'unscoped' };
}

/** Drops undefined fields, so exported state stays minimal JSON. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
