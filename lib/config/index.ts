/**
 * Configuration as openstacksdk reads it, as a chain of providers (AWS SDK style): `--os-*` flags,
 * then `OS_*` variables, then the cloud named by `--os-cloud` / `OS_CLOUD` in clouds.yaml with
 * secure.yaml merged over it. Every mistake is a ConfigError naming the file and key, or the flag and variable.
 */
export { resolveCloudConfig, LOCAL_CLOUD } from './resolve.js';
export type { ResolveConfigOptions } from './resolve.js';
export { createSessionFromConfig } from './create-session.js';
export type { AuthPluginFactory, AuthPluginRegistry, CreateSessionOptions } from './create-session.js';
export { chain } from './chain.js';
export type { ConfigProvider } from './chain.js';
export { fromArgs } from './from-args.js';
export { fromEnv } from './from-env.js';
export { fromCloudsYaml, readCloudsFiles, cloudLayer } from './from-clouds-yaml.js';
export type { CloudsFiles } from './from-clouds-yaml.js';
export { finalizeConfig } from './finalize.js';
export { candidateFiles, configDirs } from './search-path.js';
export type { SearchPathOptions } from './search-path.js';
export { SETTINGS } from './keys.js';
export type { ConfigArgs, SettingKey } from './keys.js';
export { AUTH_TYPES } from './types.js';
export type { AuthOptions, AuthType, CloudConfig, ConfigLayer, RawAuth, RawCloud, ValueSource } from './types.js';
