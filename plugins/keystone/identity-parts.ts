import type { KeystoneScopeOptions, KeystoneUserOptions } from './options.js';

// Cache-key and message fragments: ids and names only, never a password, secret or token.

function domainRef(id: string | undefined, name: string | undefined): string {
  return id ? `id:${id}` : `name:${name ?? ''}`;
}

export function userPart(o: KeystoneUserOptions): string {
  return o.userId ? `user=id:${o.userId}` : `user=name:${o.username ?? ''}@${domainRef(o.userDomainId, o.userDomainName)}`;
}

export function scopePart(o: KeystoneScopeOptions & { tenantId?: string; tenantName?: string }): string {
  const projectId = o.projectId ?? o.tenantId;
  const projectName = o.projectName ?? o.tenantName;
  if (projectId) return `project=id:${projectId}`;
  if (projectName) return `project=name:${projectName}@${domainRef(o.projectDomainId, o.projectDomainName)}`;
  if (o.domainId || o.domainName) return `domain=${domainRef(o.domainId, o.domainName)}`;
  if (o.systemScope) return `system=${o.systemScope === true ? 'all' : o.systemScope}`;
  if (o.trustId) return `trust=${o.trustId}`;
  return o.unscoped ? 'unscoped' : 'default-scope';
}

export function describeUser(o: KeystoneUserOptions): string {
  if (o.userId) return `user ${o.userId}`;
  const domain = o.userDomainName ?? o.userDomainId;
  return `user "${o.username ?? ''}"${domain ? ` (domain ${domain})` : ''}`;
}
