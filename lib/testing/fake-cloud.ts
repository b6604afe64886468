import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../errors/framework-errors.js';
import { ServiceCatalog } from './catalog.js';
import { FakeClock } from './clock.js';
import { discoveryRoutes } from './discovery.js';
import { ECHO_PREFIXES, echoPrefix, handleEcho } from './echo-service.js';
import { isJsonType, parseJson, readBody, writeResponse } from './http-io.js';
import { IdentityDirectory, type FakeCredentials } from './identity-directory.js';
import { type IdentityEnv, header } from './identity-env.js';
import { identityResourceRoutes } from './identity-resources.js';
import { newRequestId } from './ids.js';
import { FakeFault, keystoneError } from './keystone-errors.js';
import { keystoneV2Routes } from './keystone-v2.js';
import { keystoneV3TokenRoutes } from './keystone-v3.js';
import { type FailSpec, type KnobMatch, Knobs } from './knobs.js';
import { RequestLog, type RequestRecord, redactHeaders } from './request-log.js';
import { type FakeRequest, type FakeResponse, FakeRouter } from './router.js';
import type { FakeServiceContext, FakeServiceModule } from './service-module.js';
import { TokenStore, type TokenRecord } from './token-store.js';
import type { FakeCloud, FakeCloudOptions, FakePasswordAuth } from './types.js';

const MAX_BODY = 16 * 1024 * 1024;
// A valid prefix of a JSON document, cut mid-string: what a client sees from a proxy that dropped the rest.
const TRUNCATED_JSON = '{"error": {"message": "this response was cut sho';

/**
 * Start a fake OpenStack cloud on 127.0.0.1 (an ephemeral port): Keystone v3 and v2.0 with version
 * discovery, the `echo` test service, and any service modules given. Close it with `close()`.
 * @example
 * const cloud = await startFakeCloud();
 * const res = await fetch(`${cloud.authUrl}/auth/tokens`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: {
 *     name: cloud.credentials.username, password: cloud.credentials.password, domain: { name: 'Default' } } } } } }) });
 * const token = res.headers.get('x-subject-token');
 * await cloud.close();
 */
export async function startFakeCloud(options: FakeCloudOptions = {}): Promise<FakeCloud> {
  const cloud = new FakeCloudServer(options);
  await cloud.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return cloud;
}

/** Run `fn` with a fresh fake cloud and close it afterwards, whatever happens. */
export async function withFakeCloud<T>(fn: (cloud: FakeCloud) => Promise<T>, options?: FakeCloudOptions): Promise<T> {
  const cloud = await startFakeCloud(options);
  try {
    return await fn(cloud);
  } finally {
    await cloud.close();
  }
}

class FakeCloudServer implements FakeCloud {
  readonly router = new FakeRouter();
  readonly credentials: FakeCredentials;
  readonly admin: FakeCredentials;
  readonly applicationCredential: { id: string; name: string; secret: string };
  #identity = new FakeRouter();
  #clock = new FakeClock();
  #directory = new IdentityDirectory();
  #catalog = new ServiceCatalog();
  #knobs = new Knobs();
  #tokens: TokenStore;
  #log: RequestLog;
  #env: IdentityEnv;
  #ctx: FakeServiceContext;
  #server: Server;
  #url = '';
  #closed = false;
  #sleeps = new Set<() => void>();
  #tokenOfRequest = new WeakMap<object, TokenRecord>();

  constructor(options: FakeCloudOptions) {
    this.#tokens = new TokenStore(this.#clock, { lifetimeSeconds: options.tokenLifetimeSeconds ?? 3600 });
    this.#log = new RequestLog(options.requestLogLimit ?? 1000);
    this.credentials = this.#directory.demo;
    this.admin = this.#directory.admin;
    this.applicationCredential = this.#directory.applicationCredential;
    this.#env = { directory: this.#directory, tokens: this.#tokens, catalog: this.#catalog, clock: this.#clock };
    this.#catalog.add('identity', 'keystone', '/identity/v3');
    this.#catalog.add('echo', 'echo', ECHO_PREFIXES[0], [{ interface: 'public', region: 'RegionTwo', path: ECHO_PREFIXES[1] }]);
    this.#identity.addAll([
      ...discoveryRoutes(), ...keystoneV3TokenRoutes(this.#env), ...identityResourceRoutes(this.#env), ...keystoneV2Routes(this.#env),
    ]);
    this.#ctx = {
      baseUrl: () => this.#url,
      tokenOf: (req) => this.#tokenOfRequest.get(req.headers) ?? this.#tokens.validate(header(req, 'x-auth-token')),
      now: () => this.#clock.now(),
      projectId: this.credentials.projectId,
    };
    this.#server = createServer({ noDelay: true }, (req, res) => void this.#handle(req, res));
    // Longer than any client's idle timeout, so a client never reuses a socket the server is closing.
    this.#server.keepAliveTimeout = 65_000;
    this.#server.headersTimeout = 66_000;
    for (const service of options.services ?? []) this.addService(service);
  }

  get url(): string { return this.#url; }
  get authUrl(): string { return `${this.#url}/identity/v3`; }
  get identityUrl(): string { return `${this.#url}/identity`; }
  get requests(): ReadonlyArray<RequestRecord> { return this.#log.entries(); }

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const failed = (error: Error & { code?: string }) => {
        reject(new ConfigError(`The fake cloud cannot listen on ${host}:${port} (${error.code ?? error.message}); `
          + 'pick another port, or 0 for any free one', { cause: error }));
      };
      this.#server.once('error', failed);
      this.#server.listen(port, host, () => {
        this.#server.off('error', failed);
        const address = this.#server.address() as AddressInfo;
        this.#url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
        resolve();
      });
    });
  }

  addService(module: FakeServiceModule): void {
    this.#catalog.add(module.type, module.name, module.urlPath);
    this.router.addAll(module.routes(this.#ctx));
  }

  passwordAuth(user: 'demo' | 'admin' = 'demo'): FakePasswordAuth {
    const c = user === 'admin' ? this.admin : this.credentials;
    return {
      authUrl: this.authUrl, username: c.username, password: c.password, userDomainName: c.userDomainName,
      projectName: c.projectName, projectDomainName: c.projectDomainName,
    };
  }

  issueToken(user: 'demo' | 'admin' = 'demo'): string {
    const creds = user === 'admin' ? this.admin : this.credentials;
    const roles = this.#directory.rolesOn(creds.userId, { projectId: creds.projectId });
    return this.#tokens.issue({
      userId: creds.userId, userName: creds.username, methods: ['password'],
      scope: { kind: 'project', projectId: creds.projectId, domainId: 'default' },
      roles: roles.map((r) => r.name), roleIds: roles.map((r) => r.id),
    }).token;
  }

  revokeAllTokens(): void { this.#tokens.revokeAll(); }
  setTokenLifetime(seconds: number): void { this.#tokens.setLifetime(seconds); }
  failNext(n: number, spec: FailSpec): void { this.#knobs.failNext(n, spec); }
  setDelay(ms: number, match?: KnobMatch): void { this.#knobs.setDelay(ms, match); }
  malformedNext(n: number, match?: KnobMatch): void { this.#knobs.malformedNext(n, match); }
  resetNext(n: number, match?: KnobMatch): void { this.#knobs.resetNext(n, match); }
  count(method: string, path: string | RegExp): number { return this.#log.count(method, path); }
  authCount(): number { return this.#log.authCount(); }
  resetCounts(): void { this.#log.reset(); }
  advanceClock(ms: number): void { this.#clock.advance(ms); }
  now(): number { return this.#clock.now(); }

  close(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    this.#closed = true;
    for (const wake of [...this.#sleeps]) wake();
    return new Promise((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const path = url.pathname;
    let requestId = newRequestId();
    const at = this.#clock.now();
    this.#log.arrive(method, path);
    const record = (status: number) => this.#log.record({
      method, path, query: url.search.slice(1), status, headers: redactHeaders(req.headers), requestId, at,
    });
    try {
      const raw = await readBody(req, MAX_BODY);
      const delay = this.#knobs.delayFor(method, path);
      if (delay > 0) await this.#sleep(delay);
      if (this.#closed) return;
      const action = this.#knobs.take(method, path);
      if (action?.kind === 'reset') {
        record(0);
        req.socket.resetAndDestroy();
        return;
      }
      let response: FakeResponse;
      if (action?.kind === 'fail') response = failResponse(action.spec);
      else if (action?.kind === 'malformed') response = { status: 200, headers: { 'Content-Type': 'application/json' }, body: TRUNCATED_JSON };
      else if (raw === undefined) response = keystoneError(413);
      else {
        const fakeReq: FakeRequest = {
          method, path, query: url.searchParams, headers: req.headers, body: undefined, rawBody: raw, params: {}, baseUrl: this.#url,
        };
        response = await this.#route(fakeReq, requestId);
      }
      // A service that names its own request id (Nova's x-compute-request-id) gets the same in x-openstack-request-id, as Nova sends.
      requestId = ownRequestId(response) ?? requestId;
      const isIdentity = path === '/identity' || path.startsWith('/identity/');
      const defaults: Record<string, string> = { 'x-openstack-request-id': requestId };
      if (response.status === 401) defaults['WWW-Authenticate'] = `Keystone uri="${isIdentity ? this.authUrl : this.identityUrl}"`;
      writeResponse(res, response, defaults);
      record(response.status);
    } catch {
      // The client went away mid-request, or a handler wrote something unencodable.
      record(500);
      if (!res.headersSent) writeResponse(res, keystoneError(500), { 'x-openstack-request-id': requestId });
      else res.destroy();
    }
  }

  /** Identity routes, then (token checked) the echo service and the service routes; 404/405 in Keystone's shape. */
  async #route(req: FakeRequest, requestId: string): Promise<FakeResponse> {
    const { method, path } = req;
    try {
      if (path === '/identity' || path.startsWith('/identity/')) {
        const match = this.#identity.match(method, path);
        if (match === undefined) return keystoneError(404);
        if (match === 'methodNotAllowed') return keystoneError(405);
        const body = parseJson(req.rawBody);
        if (!body.ok) return keystoneError(400, 'Malformed request body: it is not JSON.');
        return await match.route.handler({ ...req, body: body.value, params: match.params });
      }
      const prefix = echoPrefix(path);
      const match = prefix === undefined ? this.router.match(method, path) : undefined;
      if (prefix === undefined && match === undefined) return keystoneError(404);
      const token = this.#tokens.validate(header(req, 'x-auth-token'));
      if (!token) return keystoneError(401);
      this.#tokenOfRequest.set(req.headers, token);
      if (prefix !== undefined) {
        const body = isJsonType(header(req, 'content-type')) ? parseJson(req.rawBody) : { ok: true as const, value: undefined };
        if (!body.ok) return keystoneError(400, 'Malformed request body: it is not JSON.');
        return handleEcho({ ...req, body: body.value }, prefix, token, requestId);
      }
      if (match === 'methodNotAllowed' || match === undefined) return keystoneError(405);
      const body = parseJson(req.rawBody);
      if (!body.ok) return { status: 400, body: { badRequest: { code: 400, message: 'Malformed request body' } } };
      return await match.route.handler({ ...req, body: body.value, params: match.params });
    } catch (error) {
      if (error instanceof FakeFault) return error.response;
      return keystoneError(500);
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#sleeps.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#sleeps.add(wake);
    });
  }
}

function failResponse(spec: FailSpec): FakeResponse {
  const base = spec.status >= 400 ? keystoneError(spec.status) : { status: spec.status };
  return {
    status: spec.status,
    ...(spec.headers ? { headers: spec.headers } : {}),
    body: spec.body !== undefined ? spec.body : base.body,
  };
}

function ownRequestId(response: FakeResponse): string | undefined {
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    const lower = name.toLowerCase();
    if ((lower === 'x-compute-request-id' || lower === 'x-openstack-request-id') && value) return value;
  }
  return undefined;
}
