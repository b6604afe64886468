import type { ServiceCatalog } from '../../lib/catalog/index.js';

/** What a token is scoped to, as Keystone reported it. Plain JSON (it goes into exported auth state). */
export interface TokenScope {
  kind: 'project' | 'domain' | 'system' | 'trust' | 'unscoped';
  project?: { id: string; name?: string; domainId?: string; domainName?: string };
  domain?: { id: string; name?: string };
  system?: string;
  trustId?: string;
}

/** A token as one authentication returned it, whatever the identity version. */
export interface IssuedToken {
  token: string;
  /** ms since the epoch. */
  expiresAt?: number;
  issuedAt?: number;
  catalog: ServiceCatalog;
  scope: TokenScope;
  user?: { id?: string; name?: string; domainId?: string };
  methods: string[];
  identityVersion: 'v3' | 'v2.0';
  /** The versioned identity URL the token came from (where it is revoked). */
  identityUrl: string;
}
