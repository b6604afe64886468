import { execFile, execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FakeCloud } from '../../../lib/testing/index.js';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The built CLI (`npm run build` makes it; CI builds before the tests). STACKCLIENT_CLI points elsewhere. */
export const CLI = process.env.STACKCLIENT_CLI ?? join(ROOT, 'dist/bin/stackclient.js');

/**
 * Builds the CLI when dist has none (a test run without `npm run build`). Several spec files may ask at
 * once: one builds under a lock file, the others wait for it.
 */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(CLI)) return;
  const lock = join(tmpdir(), 'stackclient-cli-build.lock');
  let mine = false;
  try {
    closeSync(openSync(lock, 'wx'));
    mine = true;
  } catch { /* another worker builds */ }
  if (mine) {
    try {
      execFileSync('npx', ['tsup'], { cwd: ROOT, stdio: 'ignore', timeout: 180_000 });
    } finally {
      rmSync(lock, { force: true });
    }
    return;
  }
  for (let waited = 0; waited < 180_000 && existsSync(lock); waited += 500) await new Promise((r) => setTimeout(r, 500));
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing; run npm run build`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  /** Variables on top of a clean environment (no OS_* of the test runner's, a temp HOME and XDG_CONFIG_HOME). */
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
  /** Extra node flags, e.g. `--import` of a hook. */
  nodeArgs?: string[];
}

/** A private HOME for one test file: its XDG_CONFIG_HOME holds the file keyring store and any clouds.yaml. */
export function tempHome(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'stackclient-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `node dist/bin/stackclient.js …args` as a child process and collects its output and exit code. */
export function runCli(args: string[], home: string, opts: RunOptions = {}): Promise<CliRun> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v !== undefined) env[k] = v;
  const started = Date.now();
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [...(opts.nodeArgs ?? []), CLI, ...args], {
      env, cwd: opts.cwd ?? home, timeout: opts.timeoutMs ?? 30_000, maxBuffer: 16 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolvePromise({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** The fake cloud's admin login as OS_* variables, the way a user exports them. */
export function fakeCloudEnv(cloud: FakeCloud, who: 'admin' | 'demo' = 'admin'): Record<string, string> {
  const c = who === 'admin' ? cloud.admin : cloud.credentials;
  return {
    OS_AUTH_URL: cloud.authUrl, OS_USERNAME: c.username, OS_PASSWORD: c.password, OS_PROJECT_NAME: c.projectName,
    OS_USER_DOMAIN_NAME: c.userDomainName, OS_PROJECT_DOMAIN_NAME: c.projectDomainName,
  };
}

/** The lines of a stream, without the empty last one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.length > 0);
}
