import type { HTTPClient } from '../../index.js';

/** What the session's token says about who and where: osc's `auth_ref`, read from the plugin's exported state. */
export interface TokenView {
  kind: string;
  userId?: string;
  userName?: string;
  userDomainId?: string;
  project?: { id: string; name?: string; domainId?: string; domainName?: string };
  domain?: { id: string; name?: string };
  system?: string;
}

/** Authenticates (or adopts the cached token) and returns what the token is for. */
export async function tokenView(http: HTTPClient): Promise<TokenView> {
  await http.authenticate();
  const state = http.authPlugin?.exportState?.();
  const scope = (state?.scope ?? {}) as { kind?: string; project?: TokenView['project']; domain?: TokenView['domain']; system?: string };
  const user = (state?.extra?.['user'] ?? {}) as { id?: string; name?: string; domainId?: string };
  const view: TokenView = { kind: scope.kind ?? (scope.project ? 'project' : scope.domain ? 'domain' : scope.system ? 'system' : 'unscoped') };
  if (user.id) view.userId = user.id;
  if (user.name) view.userName = user.name;
  if (user.domainId) view.userDomainId = user.domainId;
  if (scope.project?.id) view.project = scope.project;
  if (scope.domain?.id) view.domain = scope.domain;
  if (scope.system) view.system = scope.system;
  return view;
}

/**
 * osc's `_get_token_resource`: a non-admin names their own project or user, and Keystone will not let them
 * look it up by name; when the name is the token's, use the token's id. `domain` (a name or id), when given,
 * must be the token resource's domain. Anything else comes back unchanged.
 */
export function tokenResourceId(view: TokenView, resource: 'project' | 'user' | 'domain', nameOrId: string, domain?: string): string {
  if (resource === 'user') {
    if (!view.userId || view.userName !== nameOrId) return nameOrId;
    return domain && domain !== view.userDomainId ? nameOrId : view.userId;
  }
  // osc reads the project's domain for `domain` (keystoneclient's token data: token.project.domain).
  const project = view.project;
  if (resource === 'domain') {
    if (!project?.domainId) return nameOrId;
    return project.domainName === nameOrId ? project.domainId : nameOrId;
  }
  if (!project || project.name !== nameOrId) return nameOrId;
  if (domain && domain !== project.domainId && domain !== project.domainName) return nameOrId;
  return project.id;
}
