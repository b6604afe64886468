import type { FakeClock } from './clock.js';
import type { ServiceCatalog } from './catalog.js';
import type { IdentityDirectory } from './identity-directory.js';
import { fault } from './keystone-errors.js';
import type { FakeRequest } from './router.js';
import type { TokenRecord, TokenStore } from './token-store.js';

/** What the identity routes share: the data, the tokens, the catalog and the clock. */
export interface IdentityEnv {
  directory: IdentityDirectory;
  tokens: TokenStore;
  catalog: ServiceCatalog;
  clock: FakeClock;
}

/** The token in X-Auth-Token, or a 401 in Keystone's shape. */
export function requireToken(env: IdentityEnv, req: FakeRequest): TokenRecord {
  const record = env.tokens.validate(header(req, 'x-auth-token'));
  if (!record) throw fault(401);
  return record;
}

export function header(req: { headers: Record<string, string | string[] | undefined> }, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function isAdmin(token: TokenRecord): boolean {
  return token.roles.includes('admin');
}
