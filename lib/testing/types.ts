import type { FakeCredentials } from './identity-directory.js';
import type { FailSpec, KnobMatch } from './knobs.js';
import type { RequestRecord } from './request-log.js';
import type { FakeRouter } from './router.js';
import type { FakeServiceModule } from './service-module.js';

/** Options of {@link startFakeCloud}. */
export interface FakeCloudOptions {
  /** Lifetime of new tokens. @default 3600 */
  tokenLifetimeSeconds?: number;
  /** Extra services (Nova, Trove, your own), registered in the catalog and the router. */
  services?: FakeServiceModule[];
  /** @default 0 (an ephemeral port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** How many requests `requests` keeps. @default 1000 */
  requestLogLimit?: number;
}

/** keystoneauth1-style options, camel-cased, as the Keystone plugins take them. */
export type FakePasswordAuth = {
  authUrl: string; username: string; password: string; userDomainName: string; projectName: string; projectDomainName: string;
};

/** A running fake cloud: Keystone v3 and v2.0, the echo service, the registered services, and knobs for tests. */
export interface FakeCloud {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `${url}/identity/v3`, what `authUrl` options take. */
  readonly authUrl: string;
  /** `${url}/identity`, the unversioned URL (version discovery answers 300 there). */
  readonly identityUrl: string;
  /** The demo user (member, reader) in the demo project, which is its default project. */
  readonly credentials: FakeCredentials;
  /** The admin user (admin, member, reader) in the admin project; also admin on the system and the default domain. */
  readonly admin: FakeCredentials;
  /** The demo user's application credential (it must not be sent with a scope). */
  readonly applicationCredential: { id: string; name: string; secret: string };
  /** Routes of the registered services; `router.add()` adds token-checked routes of your own. */
  readonly router: FakeRouter;
  addService(module: FakeServiceModule): void;
  /**
   * Options for a Keystone password plugin (V3Password, Password) as that user, project-scoped.
   * @example new V3Password(cloud.passwordAuth())
   */
  passwordAuth(user?: 'demo' | 'admin'): FakePasswordAuth;
  /** Issue a project-scoped token directly (no HTTP request, not counted), for static-token tests. */
  issueToken(user?: 'demo' | 'admin'): string;
  revokeAllTokens(): void;
  /** Lifetime of tokens issued from now on. */
  setTokenLifetime(seconds: number): void;
  /** Answer the next `n` matching requests with `spec.status` (and body, headers) instead of the route. */
  failNext(n: number, spec: FailSpec): void;
  /** Delay matching requests by `ms` until changed; `setDelay(0)` removes every delay. */
  setDelay(ms: number, match?: KnobMatch): void;
  /** Answer the next `n` matching requests 200 with a truncated JSON body (Content-Type application/json). */
  malformedNext(n: number, match?: KnobMatch): void;
  /** Read the next `n` matching requests whole, then reset the connection without answering. */
  resetNext(n: number, match?: KnobMatch): void;
  /** Requests received for a method and path (exact, query left out) or path RegExp, since start or resetCounts(). */
  count(method: string, path: string | RegExp): number;
  /** `POST /identity/v3/auth/tokens` + `POST /identity/v2.0/tokens` received, whatever their answer. */
  authCount(): number;
  /** The last `requestLogLimit` requests, oldest first; token headers as `{SHA256}<hex>`. */
  readonly requests: ReadonlyArray<RequestRecord>;
  resetCounts(): void;
  /** Move the fake clock forward: token expiry and service status transitions follow it. */
  advanceClock(ms: number): void;
  /** The fake clock, ms since the epoch. */
  now(): number;
  /** Close the server and every open connection. */
  close(): Promise<void>;
}
