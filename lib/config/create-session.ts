import type { AuthPlugin } from '../auth-plugin.js';
import { ConfigError } from '../errors/framework-errors.js';
import { HTTPClient, type HTTPClientOptions } from '../session/http-client.js';
import type { AuthType, CloudConfig } from './types.js';

/** Builds the auth plugin of one auth type from a resolved config. */
export type AuthPluginFactory = (config: CloudConfig) => AuthPlugin | Promise<AuthPlugin>;

/**
 * Auth type → plugin factory. `lib/` never imports `plugins/`, so the caller hands the plugins in
 * (the CLI's registry loads each plugin module only when its auth type is used).
 */
export type AuthPluginRegistry = Partial<Record<AuthType, AuthPluginFactory>>;

/** Options of {@link createSessionFromConfig}: the session options, and the auth plugin for each `auth_type`. */
export interface CreateSessionOptions extends Omit<HTTPClientOptions, 'authPlugin' | 'keyring'> {
  authPlugins: AuthPluginRegistry;
  /**
   * Where tokens are cached between processes. @default the config's `token_store` (a shared RedisStore), else 'auto',
   * when the config allows caching (`keyring: false` in clouds.yaml, or `--no-keyring`, turns it off); else false
   */
  keyring?: HTTPClientOptions['keyring'];
}

/**
 * Builds the auth plugin for `config.authType` and the HTTPClient that carries it, with the
 * config's region, interface, TLS settings and token cache.
 * @example
 * const config = await resolveCloudConfig({ args: { cloud: 'prod' } });
 * const http = await createSessionFromConfig(config, { authPlugins, timings: true });
 */
export async function createSessionFromConfig(config: CloudConfig, options: CreateSessionOptions): Promise<HTTPClient> {
  const { authPlugins, keyring, ...rest } = options;
  const factory = authPlugins[config.authType];
  if (!factory) {
    const known = Object.keys(authPlugins).join(', ') || 'none';
    throw new ConfigError(`Auth type "${config.authType}" has no plugin here; available: ${known}`, { key: 'auth_type' });
  }
  const authPlugin = await factory(config);
  const http: HTTPClientOptions = {
    ...rest,
    authPlugin,
    endpointType: config.interface,
    verify: config.verify,
    keyring: keyring ?? (config.keyring ? (config.tokenStore ?? 'auto') : false),
  };
  if (config.regionName !== undefined) http.regionName = config.regionName;
  if (config.cert !== undefined) http.cert = config.cert;
  if (config.proxy !== undefined) http.proxy = config.proxy;
  return new HTTPClient(http);
}
