import { getPath, setPath } from './set-path.js';
import type { ConfigLayer, RawCloud, ValueSource } from './types.js';

/** A link of the configuration chain, AWS SDK style: a function that yields one layer of settings. */
export type ConfigProvider = () => Promise<ConfigLayer>;

/**
 * Folds providers into one: for each setting, the first provider that has it wins (pass them as
 * flags → environment → clouds.yaml). A provider that throws ends the chain with its error: a broken
 * clouds.yaml is reported, never silently skipped.
 * @example const layer = await chain(fromArgs(args), fromEnv(env), fromCloudsYaml('prod'))();
 */
export function chain(...providers: ConfigProvider[]): ConfigProvider {
  return async () => {
    const values: RawCloud = {};
    const sources: Record<string, ValueSource> = {};
    const files: string[] = [];
    let cloud: string | undefined;
    for (const provider of providers) {
      const layer = await provider();
      for (const [path, source] of Object.entries(layer.sources)) {
        if (path in sources) continue;
        const value = getPath(layer.values, path);
        if (value === undefined) continue;
        setPath(values, path, value as string | boolean);
        sources[path] = source;
      }
      if (layer.files) files.push(...layer.files);
      cloud ??= layer.cloud;
    }
    return { values, sources, files, ...(cloud !== undefined ? { cloud } : {}) };
  };
}
