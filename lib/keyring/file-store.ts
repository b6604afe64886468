import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { AuthState } from '../auth-plugin.js';
import { describeError, keyringLog } from './debug-log.js';
import { decodeEntry, encodeEntry } from './entry-codec.js';
import { untrustedBecause } from './file-trust.js';
import { KeyringError } from './keyring-error.js';
import { keyringAccount, type AuthStateStore } from './store.js';

/** Options of {@link FileStore}. */
export interface FileStoreOptions {
  /** Directory of the entries. @default `$XDG_CONFIG_HOME/stackclient`, else `~/.config/stackclient` */
  dir?: string;
}

/** `$XDG_CONFIG_HOME/stackclient`, or `~/.config/stackclient` (the XDG spec ignores a relative value). */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg !== undefined && isAbsolute(xdg) ? xdg : join(homedir(), '.config');
  return join(base, 'stackclient');
}

/**
 * One file per key for headless machines: directory 0700, files 0600, named by the hashed key.
 * Writes go to a unique temp file that is renamed over the entry, so concurrent writers from many
 * processes leave one whole entry (the last rename wins), never a torn one.
 * A corrupt or foreign file is ignored with a debug line, and so is any entry this user may not have written:
 * a file or directory that is a symlink, owned by someone else, or writable by group or others.
 */
export class FileStore implements AuthStateStore {
  readonly name = 'file';
  readonly dir: string;

  constructor(options: FileStoreOptions = {}) {
    this.dir = options.dir ?? defaultStoreDir();
  }

  /** The path of the entry for `key`. */
  pathFor(key: string): string {
    return join(this.dir, `${keyringAccount(key)}.json`);
  }

  async get(key: string): Promise<AuthState | undefined> {
    const account = keyringAccount(key);
    let text: string | undefined;
    try {
      text = await this.#readTrusted(key, account);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
        keyringLog('file: cannot read entry %s, ignored: %s', account, describeError(err));
      }
      return undefined;
    }
    if (text === undefined) return undefined;
    const decoded = decodeEntry(key, text);
    if (!decoded.ok) {
      keyringLog('file: entry %s ignored: %s', account, decoded.problem);
      return undefined;
    }
    return decoded.state;
  }

  async set(key: string, state: AuthState): Promise<void> {
    await this.#ensureDir();
    const target = this.pathFor(key);
    const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      // 'wx': never follow or reuse an existing path; mode 0600 from the first byte.
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.chmod(0o600); // the umask may have taken bits off the open() mode
        await handle.writeFile(encodeEntry(key, state), 'utf8');
        // Flushed before the rename, so a crash cannot leave an empty entry behind a complete name.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (err) {
      await unlink(temp).catch(() => undefined);
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathFor(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }

  /** The entry's text, or undefined (with a debug line) when its directory or file is not to be trusted. */
  async #readTrusted(key: string, account: string): Promise<string | undefined> {
    const refuse = (problem: string) => void keyringLog('file: entry %s refused: %s', account, problem);
    const dirProblem = untrustedBecause(await lstat(this.dir), 'directory');
    if (dirProblem !== undefined) return refuse(`${dirProblem} (${this.dir})`);
    const path = this.pathFor(key);
    // lstat names a symlink on every platform; O_NOFOLLOW then closes the gap until open (ELOOP if one appeared),
    // and O_NONBLOCK keeps a FIFO planted at the path from blocking the open.
    const linkProblem = untrustedBecause(await lstat(path), 'file');
    if (linkProblem !== undefined) return refuse(linkProblem);
    let handle;
    try {
      handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ELOOP') return refuse('the file is a symlink');
      throw err;
    }
    try {
      const problem = untrustedBecause(await handle.stat(), 'file');
      if (problem !== undefined) return refuse(problem);
      return await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  }

  async #ensureDir(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const stats = await lstat(this.dir);
    if (stats.isSymbolicLink() || !stats.isDirectory() || (process.geteuid && stats.uid !== process.geteuid())) {
      const problem = untrustedBecause(stats, 'directory') ?? 'it is not a directory';
      keyringLog('file: refusing to write in %s: %s', this.dir, problem);
      throw new KeyringError(`file: refusing to write in ${this.dir}: ${problem}; remove it, or give the file store another dir`, { backend: 'file' });
    }
    // mkdir's mode passes through the umask, and our directory may predate us: tighten it either way.
    await chmod(this.dir, 0o700);
  }
}
