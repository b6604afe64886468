import type { FakeClock } from './clock.js';
import { ConfigError } from '../errors/framework-errors.js';
import { newAuditId, newToken } from './ids.js';
import type { FakeTokenInfo } from './service-module.js';

/** What a token is scoped to. */
export type TokenScope =
  | { kind: 'project'; projectId: string; domainId: string }
  | { kind: 'domain'; domainId: string }
  | { kind: 'system' }
  | { kind: 'unscoped' };

/** Everything the fake cloud knows about one issued token. */
export interface TokenRecord extends FakeTokenInfo {
  methods: string[];
  auditIds: string[];
  issuedAt: Date;
  scope: TokenScope;
  /** Role ids matching `roles` (names), in the same order. */
  roleIds: string[];
  applicationCredentialId?: string;
}

export type NewToken = Omit<TokenRecord, 'token' | 'issuedAt' | 'expiresAt' | 'auditIds' | 'projectId' | 'domainId'>;

export interface TokenStoreOptions {
  lifetimeSeconds: number;
  /** @default 10000 — past it, the oldest tokens are forgotten (they then fail validation, as revoked ones do). */
  maxTokens?: number;
  /** How long an expired token stays known, for `?allow_expired=1`. @default 172800 s (Keystone's allow_expired_window) */
  allowExpiredWindowSeconds?: number;
}

/** Issues, validates and revokes tokens against the fake clock. Bounded. */
export class TokenStore {
  #clock: FakeClock;
  #lifetimeMs: number;
  #max: number;
  #windowMs: number;
  #tokens = new Map<string, TokenRecord>();

  constructor(clock: FakeClock, options: TokenStoreOptions) {
    this.#clock = clock;
    this.#lifetimeMs = checkLifetime(options.lifetimeSeconds) * 1000;
    this.#max = options.maxTokens ?? 10_000;
    this.#windowMs = (options.allowExpiredWindowSeconds ?? 172_800) * 1000;
  }

  setLifetime(seconds: number): void {
    this.#lifetimeMs = checkLifetime(seconds) * 1000;
  }

  /**
   * Issue a token. Like Keystone, issued_at is cut to the whole second and expires_at = issued_at + lifetime,
   * so a token lives between lifetime−1 and lifetime seconds. A rescoped token keeps its parent's expiry
   * and audit chain.
   */
  issue(fields: NewToken, parent?: TokenRecord): TokenRecord {
    const issuedMs = Math.floor(this.#clock.now() / 1000) * 1000;
    const expiresMs = parent ? parent.expiresAt.getTime() : issuedMs + this.#lifetimeMs;
    const auditIds = parent ? [newAuditId(), parent.auditIds.at(-1) ?? parent.auditIds[0]!] : [newAuditId()];
    const record: TokenRecord = {
      ...fields,
      token: newToken(),
      issuedAt: new Date(issuedMs),
      expiresAt: new Date(expiresMs),
      auditIds,
      ...scopeIds(fields.scope),
    };
    this.#tokens.set(record.token, record);
    if (this.#tokens.size > this.#max) this.#prune();
    return record;
  }

  /** The record of a token that can be used now; undefined when unknown, revoked or expired. */
  validate(token: string | undefined, allowExpired = false): TokenRecord | undefined {
    if (!token) return undefined;
    const record = this.#tokens.get(token);
    if (!record) return undefined;
    if (!allowExpired && record.expiresAt.getTime() <= this.#clock.now()) return undefined;
    return record;
  }

  /** Revoke a token and, as Keystone revokes by audit id, every token rescoped from it. */
  revoke(token: string): boolean {
    const record = this.#tokens.get(token);
    if (!record) return false;
    const auditId = record.auditIds[0];
    this.revokeWhere((r) => r.token === token || r.auditIds[1] === auditId);
    return true;
  }

  revokeWhere(predicate: (record: TokenRecord) => boolean): number {
    let n = 0;
    for (const [token, record] of this.#tokens) {
      if (predicate(record)) {
        this.#tokens.delete(token);
        n++;
      }
    }
    return n;
  }

  revokeAll(): void {
    this.#tokens.clear();
  }

  get size(): number {
    return this.#tokens.size;
  }

  #prune(): void {
    const horizon = this.#clock.now() - this.#windowMs;
    this.revokeWhere((r) => r.expiresAt.getTime() < horizon);
    // Still full of live tokens: forget the oldest (Map keeps insertion order).
    for (const token of this.#tokens.keys()) {
      if (this.#tokens.size <= this.#max) break;
      this.#tokens.delete(token);
    }
  }
}

function scopeIds(scope: TokenScope): { projectId?: string; domainId?: string } {
  if (scope.kind === 'project') return { projectId: scope.projectId };
  if (scope.kind === 'domain') return { domainId: scope.domainId };
  return {};
}

function checkLifetime(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new ConfigError(`token lifetime must be a finite number of seconds >= 0, got ${seconds}`);
  }
  return seconds;
}
