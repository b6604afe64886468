type Json = Record<string, unknown>;

export interface V2ScopeFields {
  projectId?: string;
  projectName?: string;
  /** keystoneauth1's v2 names for the project. */
  tenantId?: string;
  tenantName?: string;
  trustId?: string;
}

/** `POST /v2.0/tokens` body; `credentials` is `passwordCredentials` or `token`. */
export function v2AuthBody(credentials: Json, scope: V2ScopeFields): Json {
  const auth: Json = { ...credentials };
  const tenantId = scope.projectId ?? scope.tenantId;
  const tenantName = scope.projectName ?? scope.tenantName;
  if (tenantId) auth['tenantId'] = tenantId;
  else if (tenantName) auth['tenantName'] = tenantName;
  if (scope.trustId) auth['trust_id'] = scope.trustId;
  return { auth };
}

export function v2PasswordCredentials(o: { userId?: string; username?: string; password: string }): Json {
  const user = o.userId ? { userId: o.userId } : { username: o.username };
  return { passwordCredentials: { ...user, password: o.password } };
}

export function v2TokenCredentials(token: string): Json {
  return { token: { id: token } };
}
