import { describeFile } from './load-file.js';
import type { ValueSource } from './types.js';

/** `--os-auth-type`, `OS_AUTH_TYPE` or `clouds.yaml (/path): clouds.prod.auth_type`. */
export function describeSource(source: ValueSource | undefined, fallback: string): string {
  if (!source) return fallback;
  if (source.kind === 'file' && source.file) return `${describeFile(source.file)}: ${source.name}`;
  return source.name;
}

/** `{ file }` for a ConfigError when the value came from a file. */
export function fileOf(source: ValueSource | undefined): { file?: string } {
  return source?.file ? { file: source.file } : {};
}
