import { AuthPluginOptionsMissing, ConfigError } from '../../lib/errors/framework-errors.js';

/** Options every Keystone plugin takes. Names follow keystoneauth1's, camel-cased. */
export interface KeystoneCommonOptions {
  /** The identity service URL: the Keystone root (`http://host:5000`) or its versioned URL (`.../v3`, `.../v2.0`). */
  authUrl: string;
  /**
   * Re-authenticate this many ms before the token expires. Capped at half the token's lifetime, so a
   * token is always used for at least half its life.
   * @default min(120 s, a quarter of the token's lifetime). keystoneauth1 uses a fixed 120 s, which makes a
   * session re-authenticate before every request when tokens live 120 s or less.
   */
  expiryMargin?: number;
  /** Endpoint(s) that win over the catalog: one URL for every service, or one per service type (aliases match). */
  endpointOverride?: string | Record<string, string>;
}

/** What a token is scoped to. At most one of project, domain, system, trust; none: Keystone's default (the user's default project). */
export interface KeystoneScopeOptions {
  projectId?: string;
  projectName?: string;
  projectDomainId?: string;
  projectDomainName?: string;
  domainId?: string;
  domainName?: string;
  /** `'all'` (or true) for a system-scoped token. */
  systemScope?: string | boolean;
  trustId?: string;
  /** Ask for an unscoped token even when the user has a default project (`"scope": "unscoped"`). */
  unscoped?: boolean;
}

/** Who authenticates: a user id, or a name with its domain. */
export interface KeystoneUserOptions {
  userId?: string;
  username?: string;
  userDomainId?: string;
  userDomainName?: string;
}

/** Collects what a plugin's options lack and throws one AuthPluginOptionsMissing naming all of it. */
export class OptionCheck {
  readonly #plugin: string;
  readonly #missing: string[] = [];
  readonly #hints: string[] = [];

  constructor(plugin: string) {
    this.#plugin = plugin;
  }

  /** Records `name` as missing unless one of `values` is a non-empty string. */
  need(name: string, values: unknown[], hint?: string): this {
    if (!values.some((v) => typeof v === 'string' && v.length > 0)) {
      this.#missing.push(name);
      if (hint) this.#hints.push(hint);
    }
    return this;
  }

  done(): void {
    if (this.#missing.length > 0) throw new AuthPluginOptionsMissing(this.#plugin, this.#missing, this.#hints.join('; '));
  }
}

const has = (v: unknown): boolean => (typeof v === 'string' && v.length > 0) || v === true;

/** User by id, or by name + domain. */
export function checkUser(check: OptionCheck, o: KeystoneUserOptions): void {
  check.need('userId or username', [o.userId, o.username]);
  if (!o.userId && o.username) {
    check.need('userDomainId or userDomainName', [o.userDomainId, o.userDomainName], 'a user name is unique only within its domain');
  }
}

/** A project by name needs its domain; two scopes at once are a configuration error. */
export function checkScope(plugin: string, check: OptionCheck, o: KeystoneScopeOptions): void {
  if (!o.projectId && o.projectName) {
    check.need('projectDomainId or projectDomainName', [o.projectDomainId, o.projectDomainName], 'a project name is unique only within its domain');
  }
  const scopes = [
    ['project', has(o.projectId) || has(o.projectName)],
    ['domain', has(o.domainId) || has(o.domainName)],
    ['system', has(o.systemScope)],
    ['trust', has(o.trustId)],
    ['unscoped', o.unscoped === true],
  ].filter(([, set]) => set).map(([name]) => name);
  if (scopes.length > 1) {
    throw new ConfigError(`Auth plugin ${plugin} was given several scopes (${scopes.join(', ')}); Keystone issues a token for one scope: keep one`);
  }
}

/** The auth URL must be an http(s) URL; returned without trailing slashes. */
export function checkAuthUrl(plugin: string, authUrl: unknown): string {
  if (typeof authUrl !== 'string' || authUrl.length === 0) throw new AuthPluginOptionsMissing(plugin, ['authUrl']);
  let url: URL;
  try {
    url = new URL(authUrl);
  } catch (err) {
    throw new ConfigError(`Auth plugin ${plugin}: authUrl "${authUrl}" is not a URL; use e.g. https://keystone.example.com:5000/v3`,
      { key: 'authUrl', cause: err });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`Auth plugin ${plugin}: authUrl "${authUrl}" is not an http(s) URL`, { key: 'authUrl' });
  }
  if (url.username || url.password) {
    throw new ConfigError(`Auth plugin ${plugin}: authUrl must not carry credentials; pass them as options`, { key: 'authUrl' });
  }
  return authUrl.replace(/\/+$/, '');
}

/** Checks an optional expiry margin: a finite number of ms, >= 0. */
export function checkMargin(plugin: string, margin: unknown): number | undefined {
  if (margin === undefined) return undefined;
  if (typeof margin !== 'number' || !Number.isFinite(margin) || margin < 0) {
    throw new ConfigError(`Auth plugin ${plugin}: expiryMargin must be a number of milliseconds >= 0`, { key: 'expiryMargin' });
  }
  return margin;
}
