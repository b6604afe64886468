import { randomBytes, randomUUID } from 'node:crypto';

/** A Keystone-style id: a uuid4 without dashes (32 hex chars). */
export function newId(): string {
  return randomUUID().replace(/-/g, '');
}

/** The value of `x-openstack-request-id`. */
export function newRequestId(): string {
  return `req-${randomUUID()}`;
}

/** An opaque token shaped like a fernet token (`gAAAAA…`, 186 chars). It means nothing: the store maps it. */
export function newToken(): string {
  return `gAAAAA${randomBytes(135).toString('base64url')}`;
}

/** An audit id as Keystone makes them: 16 random bytes, urlsafe base64 without padding (22 chars). */
export function newAuditId(): string {
  return randomBytes(16).toString('base64url');
}

/** Keystone v3's timestamp form: `2026-11-22T18:53:12.000000Z` (microseconds, always 'Z'). */
export function keystoneTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Keystone v2.0's `expires` form: `2026-11-22T18:53:12Z`. */
export function v2ExpiresTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
