import { SETTINGS, type ConfigArgs } from './keys.js';
import { setPath } from './set-path.js';
import type { ConfigLayer, RawCloud, ValueSource } from './types.js';

/**
 * Values given as `--os-*` flags. Undefined and empty values are skipped so the next link (env, file) supplies them.
 * @example const layer = await fromArgs({ authUrl: 'https://keystone/v3', username: 'demo' })();
 */
export function fromArgs(args: ConfigArgs): () => Promise<ConfigLayer> {
  return async () => {
    const values: RawCloud = {};
    const sources: Record<string, ValueSource> = {};
    for (const setting of SETTINGS) {
      const value = args[setting.arg];
      if (value === undefined || value === '' || (setting.bool && value === false)) continue;
      if (typeof value !== 'string' && typeof value !== 'boolean') continue;
      setPath(values, setting.path, value);
      sources[setting.path] = { kind: 'flag', name: setting.flag };
    }
    if (args.keyring === false) {
      values.keyring = false;
      sources.keyring = { kind: 'flag', name: '--no-keyring' };
    }
    return { values, sources };
  };
}
