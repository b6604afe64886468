import { existsSync } from 'node:fs';
import { ConfigError } from '../errors/framework-errors.js';
import { describeFile, loadFirstFile } from './load-file.js';
import { isMapping, readCloudMapping } from './raw-cloud.js';
import { candidateFiles, configDirs, type SearchPathOptions } from './search-path.js';
import type { ConfigLayer, RawCloud, ValueSource } from './types.js';

interface LoadedFile {
  path: string;
  clouds: Record<string, unknown>;
}

/** clouds.yaml and secure.yaml as found on the search path (the first existing file of each kind). */
export interface CloudsFiles {
  clouds?: LoadedFile;
  secure?: LoadedFile;
  /** Cloud names clouds.yaml defines. */
  names: string[];
  /** The directories searched, for messages. */
  searched: string[];
}

/** Reads clouds.yaml and secure.yaml; an `OS_CLIENT_CONFIG_FILE` that does not exist is an error. */
export async function readCloudsFiles(opts: SearchPathOptions = {}): Promise<CloudsFiles> {
  const env = opts.env ?? process.env;
  for (const [variable, value] of [['OS_CLIENT_CONFIG_FILE', env.OS_CLIENT_CONFIG_FILE], ['OS_CLIENT_SECURE_FILE', env.OS_CLIENT_SECURE_FILE]] as const) {
    if (value && !existsSync(value)) {
      throw new ConfigError(`${variable} is set to ${value}, but that file does not exist`, { file: value, key: variable });
    }
  }
  const clouds = await loadFirstFile(candidateFiles('clouds', opts));
  const secure = await loadFirstFile(candidateFiles('secure', opts));
  const result: CloudsFiles = { names: [], searched: configDirs(opts) };
  if (clouds) result.clouds = { path: clouds.path, clouds: cloudsOf(clouds.path, clouds.data) };
  if (secure) result.secure = { path: secure.path, clouds: cloudsOf(secure.path, secure.data) };
  result.names = Object.keys(result.clouds?.clouds ?? {});
  return result;
}

function cloudsOf(path: string, data: unknown): Record<string, unknown> {
  if (data === null || data === undefined) return {};
  if (!isMapping(data)) throw new ConfigError(`${describeFile(path)}: the file must be a mapping with a "clouds" key`, { file: path, key: 'clouds' });
  if (data.clouds === undefined || data.clouds === null) return {};
  if (!isMapping(data.clouds)) {
    throw new ConfigError(`${describeFile(path)}: clouds must be a mapping of cloud names to settings`, { file: path, key: 'clouds' });
  }
  return data.clouds;
}

/**
 * The settings of cloud `name` from clouds.yaml, with secure.yaml's entry for the same cloud merged over them.
 * A name that clouds.yaml does not define is a ConfigError that lists the clouds it does define.
 */
export function cloudLayer(files: CloudsFiles, name: string): ConfigLayer {
  const values: RawCloud = {};
  const sources: Record<string, ValueSource> = {};
  const inClouds = files.clouds?.clouds[name];
  const inSecure = files.secure?.clouds[name];
  if (inClouds === undefined) {
    if (!files.clouds) {
      throw new ConfigError(`cloud "${name}" not found: no clouds.yaml in ${files.searched.join(', ')} `
        + '(set OS_CLIENT_CONFIG_FILE to use another file)', { key: 'cloud' });
    }
    const defined = files.names.length > 0 ? files.names.join(', ') : 'none';
    throw new ConfigError(`${describeFile(files.clouds.path)}: cloud "${name}" not found; clouds defined: ${defined}`,
      { file: files.clouds.path, key: `clouds.${name}` });
  }
  readCloudMapping(inClouds, `clouds.${name}`, files.clouds!.path, values, sources);
  if (inSecure !== undefined) readCloudMapping(inSecure, `clouds.${name}`, files.secure!.path, values, sources);
  const paths = [files.clouds!.path, ...(inSecure !== undefined ? [files.secure!.path] : [])];
  return { values, sources, files: paths, cloud: name };
}

/** A provider of cloud `name` from clouds.yaml + secure.yaml on the search path. */
export function fromCloudsYaml(name: string, opts: SearchPathOptions = {}): () => Promise<ConfigLayer> {
  return async () => cloudLayer(await readCloudsFiles(opts), name);
}
