import { newRequestId } from '../ids.js';
import type { FakeRequest, FakeResponse, FakeRoute } from '../router.js';
import type { FakeServiceContext } from '../service-module.js';
import { FakeFault } from '../keystone-errors.js';
import { fail } from './faults.js';
import { requestedVersion, versionHeaders } from './microversion.js';
import type { NovaStore } from './state.js';
import type { ViewContext } from './views.js';

/** Path prefix of every Nova route: the catalog endpoint of the fake compute service. */
export const PREFIX = '/compute/v2.1';

/** The knobs of one fake Nova, resolved. */
export interface NovaSettings {
  buildMs: number;
  actionMs: number;
  pageSize: number;
  maxVersion: string;
  linkBaseUrl?: string;
  failBuildFor?: RegExp;
}

export interface NovaEnv {
  store: NovaStore;
  ctx: FakeServiceContext;
  settings: NovaSettings;
}

/** Per request: the microversion, the clock and where links point. */
export interface Scope {
  version: string;
  now: number;
  view: ViewContext;
}

export type NovaHandler = (req: FakeRequest, scope: Scope) => FakeResponse;

/**
 * A route under PREFIX: reads the microversion (400/406 as Nova), answers with the microversion
 * headers and a request id, and turns a thrown FakeFault into its response.
 */
export function route(env: NovaEnv, method: string, path: string, handler: NovaHandler): FakeRoute {
  return {
    method,
    pattern: `${PREFIX}${path}`,
    handler: (req) => {
      const requestId = { 'x-compute-request-id': newRequestId() };
      let version: string;
      try {
        version = requestedVersion(req, env.settings.maxVersion);
      } catch (err) {
        if (err instanceof FakeFault) return withHeaders(err.response, requestId);
        throw err;
      }
      const token = env.ctx.tokenOf(req);
      const now = env.ctx.now();
      const view: ViewContext = {
        linkBase: env.settings.linkBaseUrl ?? env.ctx.baseUrl(),
        version,
        now,
        projectId: token?.projectId ?? env.ctx.projectId,
        userId: token?.userId ?? 'fake',
        flavors: env.store.flavors,
      };
      let res: FakeResponse;
      try {
        res = handler(req, { version, now, view });
      } catch (err) {
        if (!(err instanceof FakeFault)) throw err;
        res = err.response;
      }
      return withHeaders(res, { ...versionHeaders(version), ...requestId });
    },
  };
}

function withHeaders(res: FakeResponse, headers: Record<string, string>): FakeResponse {
  return { ...res, headers: { ...headers, ...res.headers } };
}

/** The object under `key` of a JSON body, or Nova's 400 for a body that fails its schema. */
export function bodyObject(req: FakeRequest, key: string): Record<string, unknown> {
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    fail(400, `Invalid input for field/attribute ${key}. Value: None. None is not of type 'object'`);
  }
  const inner = (body as Record<string, unknown>)[key];
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    fail(400, `Invalid input for field/attribute ${key}. Value: ${JSON.stringify(inner ?? null)}. '${key}' is a required property`);
  }
  return inner as Record<string, unknown>;
}

export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): FakeResponse {
  return { status, body, ...(headers ? { headers } : {}) };
}
