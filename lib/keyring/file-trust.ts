import type { Stats } from 'node:fs';

/**
 * Whether a file or directory of the file store may be trusted: not a symlink, owned by the current user,
 * and not writable by group or others (anyone else who can write it could plant an entry: a token of their
 * own, or one that sends our requests elsewhere through its catalog). `stats` comes from lstat, or fstat of a
 * handle opened with O_NOFOLLOW. Returns why not, or undefined when it is trusted.
 * Windows has no POSIX owner or mode bits: only the symlink and kind checks apply there.
 */
export function untrustedBecause(stats: Stats, kind: 'file' | 'directory'): string | undefined {
  if (stats.isSymbolicLink()) return `the ${kind} is a symlink`;
  if (kind === 'file' ? !stats.isFile() : !stats.isDirectory()) return `it is not a ${kind}`;
  if (process.platform === 'win32') return undefined;
  const uid = process.geteuid?.();
  if (uid !== undefined && stats.uid !== uid) return `the ${kind} is owned by uid ${stats.uid}, not by the current user (uid ${uid})`;
  if ((stats.mode & 0o022) !== 0) return `the ${kind} is writable by group or others (mode ${(stats.mode & 0o777).toString(8)})`;
  return undefined;
}
