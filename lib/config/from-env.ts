import { ConfigError } from '../errors/framework-errors.js';
import { SETTINGS } from './keys.js';
import { parseBool } from './raw-cloud.js';
import { setPath } from './set-path.js';
import type { ConfigLayer, RawCloud, ValueSource } from './types.js';

/**
 * The `OS_*` variables python-openstackclient reads (`OS_TENANT_*` and `OS_ENDPOINT_TYPE` as aliases).
 * An empty variable counts as unset, as osc's `utils.env` treats it.
 * @example const layer = await fromEnv(process.env)();
 */
export function fromEnv(env: NodeJS.ProcessEnv = process.env): () => Promise<ConfigLayer> {
  return async () => {
    const values: RawCloud = {};
    const sources: Record<string, ValueSource> = {};
    for (const setting of SETTINGS) {
      const name = setting.env.find((n) => env[n] !== undefined && env[n] !== '');
      if (name === undefined) continue;
      const raw = env[name]!;
      let value: string | boolean = raw;
      if (setting.bool) {
        const parsed = parseBool(raw);
        if (parsed === undefined) throw new ConfigError(`${name}=${JSON.stringify(raw)} is not a boolean; use true or false`, { key: name });
        value = parsed;
      }
      setPath(values, setting.path, value);
      sources[setting.path] = { kind: 'env', name };
    }
    return { values, sources };
  };
}
