import type { AuthPlugin, AuthState, EndpointFilter, RequestToAuthorize } from '../../../lib/auth-plugin.js';

/**
 * A small token plugin for the session-cache specs: its cache key is auth URL + user + project,
 * and it adopts only states for that same identity. Authentication hands out `nextToken`.
 */
export class CachingTestPlugin implements AuthPlugin {
  readonly name = 'testtoken';
  readonly kind = 'token' as const;
  readonly authUrl: string;
  generation = 0;
  authCount = 0;
  nextToken: string;
  #token: string | undefined;
  #expiresAt = 0;
  readonly #user: string;
  readonly #project: string;
  readonly #marginMs: number;

  constructor(opts: { authUrl: string; user: string; project: string; nextToken: string; marginMs?: number }) {
    this.authUrl = opts.authUrl;
    this.#user = opts.user;
    this.#project = opts.project;
    this.nextToken = opts.nextToken;
    this.#marginMs = opts.marginMs ?? 60_000;
  }

  async authenticate(): Promise<void> {
    this.authCount += 1;
    this.#adopt(this.nextToken, Date.now() + 3_600_000);
  }
  hasValidAuth(now: number = Date.now()): boolean {
    return this.#token !== undefined && this.#expiresAt - this.#marginMs > now;
  }
  invalidate(): void { this.#token = undefined; }
  getEndpoint(filter: EndpointFilter): string { return `http://127.0.0.1:1/${filter.serviceType}`; }
  authorize(req: RequestToAuthorize): string[] {
    if (this.#token === undefined) throw new Error('not authenticated');
    req.headers['X-Auth-Token'] = this.#token;
    return ['X-Auth-Token'];
  }
  getToken(): string | undefined { return this.#token; }
  cacheKey(): string { return `${this.name}|${this.authUrl}|${this.#user}|project:${this.#project}`; }
  exportState(): AuthState | undefined {
    if (this.#token === undefined) return undefined;
    return {
      version: 1, plugin: this.name, authUrl: this.authUrl, token: this.#token,
      expiresAt: new Date(this.#expiresAt).toISOString(),
      scope: { user: this.#user, project: this.#project },
    };
  }
  importState(state: AuthState): boolean {
    const scope = state.scope ?? {};
    if (state.plugin !== this.name || state.authUrl !== this.authUrl || scope.user !== this.#user || scope.project !== this.#project) return false;
    if (state.token === undefined || state.expiresAt === undefined) return false;
    this.#adopt(state.token, Date.parse(state.expiresAt));
    return true;
  }
  #adopt(token: string, expiresAt: number): void {
    this.#token = token;
    this.#expiresAt = expiresAt;
    this.generation += 1;
  }
}
