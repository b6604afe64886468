import type { FakeRequest, FakeResponse, FakeRoute } from '../router.js';
import type { FakeServiceContext } from '../service-module.js';
import { FakeFault } from '../keystone-errors.js';
import { fail, troveFault } from './faults.js';
import type { PageOptions } from './pagination.js';
import type { TroveStore } from './state.js';
import type { ViewContext } from './views.js';

/** Path prefix of every Trove route: the catalog fills `$(project_id)s` as Keystone does. */
export const PREFIX = '/database/v1.0/:projectId';

/** What every route of one fake Trove shares. */
export interface TroveEnv {
  store: TroveStore;
  ctx: FakeServiceContext;
  buildMs: number;
  actionMs: number;
  page: PageOptions;
  region: string;
}

/** Per request: the project of the URL, the clock, and where links point. */
export interface Scope {
  projectId: string;
  now: number;
  view: ViewContext;
}

export type TroveHandler = (req: FakeRequest, scope: Scope) => FakeResponse;

/**
 * A route under PREFIX. The token must belong to the project in the URL (Trove's TenantBasedAuth
 * answers 403 otherwise); a FakeFault thrown by the handler becomes its response.
 */
export function route(env: TroveEnv, method: string, path: string, handler: TroveHandler): FakeRoute {
  return {
    method,
    pattern: `${PREFIX}${path}`,
    handler: (req) => {
      const projectId = req.params.projectId ?? '';
      const token = env.ctx.tokenOf(req);
      if (token && token.projectId !== projectId) {
        return troveFault(403, `User with tenant id ${token.projectId ?? '(none)'} cannot access this resource.`);
      }
      const isAdmin = token?.roles.includes('admin') ?? false;
      const scope: Scope = { projectId, now: env.ctx.now(), view: { baseUrl: env.ctx.baseUrl(), projectId, region: env.region, isAdmin } };
      try {
        return handler(req, scope);
      } catch (err) {
        if (err instanceof FakeFault) return err.response;
        throw err;
      }
    },
  };
}

/** The object under `key` of a JSON body, or a 400 in Trove's validation wording. */
export function bodyObject(req: FakeRequest, key: string): Record<string, unknown> {
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail(400, `Validation error: '${key}' is a required property`);
  const inner = (body as Record<string, unknown>)[key];
  if (typeof inner !== 'object' || inner === null) fail(400, `Validation error: '${key}' is a required property`);
  return inner as Record<string, unknown>;
}

/** A list under `key` of a JSON body (`{"databases": [...]}`), or a 400. */
export function bodyList(req: FakeRequest, key: string): Record<string, unknown>[] {
  const body = req.body;
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) fail(400, `Validation error: '${key}' is a required property`);
  if (list.length === 0) fail(400, `Validation error: ${key} [] is too short`);
  for (const item of list) {
    if (typeof item !== 'object' || item === null || typeof (item as { name?: unknown }).name !== 'string') {
      fail(400, `Validation error: ${key} 'name' is a required property`);
    }
  }
  return list as Record<string, unknown>[];
}

export function optString(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') fail(400, `Validation error: ${key} ${JSON.stringify(v)} is not of type 'string'`);
  return v;
}

export const accepted = (): FakeResponse => ({ status: 202 });
