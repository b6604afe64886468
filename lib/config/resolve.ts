import { join } from 'node:path';
import { ConfigError } from '../errors/framework-errors.js';
import { chain, type ConfigProvider } from './chain.js';
import { fromArgs } from './from-args.js';
import { cloudLayer, readCloudsFiles } from './from-clouds-yaml.js';
import { fromEnv } from './from-env.js';
import { finalizeConfig } from './finalize.js';
import type { ConfigArgs } from './keys.js';
import { describeFile } from './load-file.js';
import type { SearchPathOptions } from './search-path.js';
import type { CloudConfig, ConfigLayer } from './types.js';

/** The name of the embedded fake cloud. */
export const LOCAL_CLOUD = 'local';

/** Options of {@link resolveCloudConfig}: the flags, the environment and where clouds.yaml is searched. */
export interface ResolveConfigOptions extends SearchPathOptions {
  /** `--os-*` flags. */
  args?: ConfigArgs;
  /**
   * What to do when nothing is configured (no cloud named, no auth URL or token, no clouds.yaml):
   * `'local'` returns a local config (the CLI then starts the embedded cloud); `'error'` throws a ConfigError.
   * @default 'error'
   */
  whenUnconfigured?: 'local' | 'error';
}

/**
 * Resolves a cloud as openstacksdk and python-openstackclient do: flags over `OS_*` variables over the
 * cloud named by `--os-cloud` / `OS_CLOUD` in clouds.yaml (with secure.yaml merged over it).
 * @example
 * const config = await resolveCloudConfig({ args: { cloud: 'prod' } });
 * const { http } = await createSessionFromConfig(config, { authPlugins });
 */
export async function resolveCloudConfig(options: ResolveConfigOptions = {}): Promise<CloudConfig> {
  const env = options.env ?? process.env;
  const args = options.args ?? {};
  const cloud = args.cloud || env.OS_CLOUD || undefined;
  const files = await readCloudsFiles(options);

  if (cloud === LOCAL_CLOUD && !files.names.includes(LOCAL_CLOUD)) return localConfig(args);

  const links: ConfigProvider[] = [fromArgs(args), fromEnv(env)];
  if (cloud !== undefined) links.push(async () => cloudLayer(files, cloud));
  const layer = await chain(...links)();

  if (cloud === undefined && !isConfigured(layer)) {
    if (!files.clouds && options.whenUnconfigured === 'local') return localConfig(args);
    throw unconfigured(files.clouds?.path, files.names, files.searched);
  }
  return finalizeConfig(layer);
}

function isConfigured(layer: ConfigLayer): boolean {
  return Object.keys(layer.sources).some((k) => k.startsWith('auth.') || k === 'endpoint');
}

function unconfigured(cloudsFile: string | undefined, names: string[], searched: string[]): ConfigError {
  if (cloudsFile) {
    return new ConfigError(`No cloud selected: ${describeFile(cloudsFile)} defines ${names.join(', ') || 'no clouds'}; `
      + 'pick one with --os-cloud NAME or OS_CLOUD, or use --os-cloud local for the embedded cloud', { file: cloudsFile, key: 'cloud' });
  }
  // One line that names everything looked for, as python-openstackclient refuses to guess a cloud.
  const dirs = searched.map((d) => join(d, 'clouds.yaml')).join(', ');
  return new ConfigError(
    `No cloud configured: no --os-cloud or OS_CLOUD, no clouds.yaml (looked in ${dirs}), no --os-auth-url or OS_AUTH_URL; `
    + 'set one of them (e.g. source your openrc), or use --os-cloud local for the embedded cloud',
    { key: 'cloud' },
  );
}

/** The embedded fake cloud: credentials and URL are filled in once it has started. */
function localConfig(args: ConfigArgs): CloudConfig {
  return {
    cloud: LOCAL_CLOUD,
    local: true,
    authType: 'password',
    auth: {},
    interface: 'public',
    ...(args.regionName ? { regionName: args.regionName } : {}),
    verify: true,
    // Each process starts its own local cloud on a new port: a cached token could never be reused.
    keyring: false,
    files: [],
    sources: {},
  };
}
