import type { FakeRoute } from './router.js';

/** What the fake cloud's token check found for a request's X-Auth-Token. */
export interface FakeTokenInfo {
  token: string;
  userId: string;
  userName: string;
  projectId?: string;
  domainId?: string;
  roles: string[];
  expiresAt: Date;
}

/**
 * What a fake service (Nova, Trove, the echo service) gets from the fake cloud core.
 * The core checks X-Auth-Token before any route of a service module runs, answers 401 in
 * Keystone's shape when it is missing, expired or revoked, and applies the knobs (delay, failNext, ...).
 */
export interface FakeServiceContext {
  /** scheme://host:port of the fake cloud, for links in bodies. */
  baseUrl(): string;
  /** The token of the request being handled (always set inside a service route). */
  tokenOf(req: { headers: Record<string, string | string[] | undefined> }): FakeTokenInfo | undefined;
  /** Milliseconds; tests may move it (time travel for BUILD → ACTIVE, expiry). */
  now(): number;
  projectId: string;
}

/**
 * A fake service: its catalog entry and its routes. `urlPath` is the endpoint path under the fake cloud's base URL,
 * e.g. `/compute/v2.1` or `/database/v1.0/$(project_id)s` (templates are filled by the catalog, as Keystone does).
 */
export interface FakeServiceModule {
  type: string;
  name: string;
  urlPath: string;
  routes(ctx: FakeServiceContext): FakeRoute[];
}
