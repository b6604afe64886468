import type { FakeCloud } from '../../lib/testing/index.js';

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** fetch + JSON decode (when the body is JSON). */
export async function call(url: string, init: { method?: string; headers?: Record<string, string>; json?: unknown; body?: string } = {}): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...init.headers };
  let body = init.body;
  if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const res = await fetch(url, { method: init.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

export function passwordIdentity(user: Record<string, unknown>, password: string) {
  return { methods: ['password'], password: { user: { ...user, password } } };
}

/** POST /v3/auth/tokens with an identity and an optional scope. */
export async function v3Auth(cloud: FakeCloud, identity: unknown, scope?: unknown, query = ''): Promise<JsonResponse & { token: string | null }> {
  const res = await call(`${cloud.authUrl}/auth/tokens${query}`, { method: 'POST', json: { auth: scope === undefined ? { identity } : { identity, scope } } });
  return { ...res, token: res.headers.get('x-subject-token') };
}

/** A project-scoped token for the demo user, by names. */
export async function demoToken(cloud: FakeCloud): Promise<string> {
  const c = cloud.credentials;
  const res = await v3Auth(cloud, passwordIdentity({ name: c.username, domain: { name: c.userDomainName } }, c.password),
    { project: { name: c.projectName, domain: { name: c.projectDomainName } } });
  if (res.status !== 201 || !res.token) throw new Error(`demo auth failed: ${res.status} ${res.text}`);
  return res.token;
}

export const UNAUTHORIZED = { error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' } };
