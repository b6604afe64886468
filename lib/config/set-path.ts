import type { RawCloud } from './types.js';

/** Sets `auth.auth_url`-style dotted keys (one level of nesting, as clouds.yaml has). */
export function setPath(target: RawCloud, path: string, value: string | boolean): void {
  const [head, tail] = path.split('.', 2) as [string, string | undefined];
  if (tail === undefined) {
    (target as Record<string, unknown>)[head] = value;
    return;
  }
  const inner = ((target as Record<string, unknown>)[head] ??= {}) as Record<string, unknown>;
  inner[tail] = value;
}

export function getPath(source: RawCloud, path: string): unknown {
  const [head, tail] = path.split('.', 2) as [string, string | undefined];
  const value = (source as Record<string, unknown>)[head];
  if (tail === undefined) return value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[tail] : undefined;
}
