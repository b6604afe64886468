import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { runCli, type CliRun } from '../../cli/helpers/cli.js';

/** The admin's OS_* variables of the real cloud (scripts/test-all.sh or /tmp/devcloud/env.sh exports them). */
export function realCloudEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (k.startsWith('OS_') && v !== undefined) env[k] = v;
  return env;
}

function hasOpenstack(): boolean {
  try {
    execFileSync('openstack', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * On only with STACKCLIENT_REAL_CLOUD=1, the admin's OS_* and a Nova on loopback (NOVA_URL), and python-openstackclient
 * installed: the parity specs create and delete things on the cloud they are pointed at.
 */
export function parityEnabled(): boolean {
  const e = process.env;
  if (e.STACKCLIENT_REAL_CLOUD !== '1' || !e.OS_AUTH_URL || !e.OS_PASSWORD || !e.NOVA_URL) return false;
  try {
    if (!['127.0.0.1', 'localhost'].includes(new URL(e.NOVA_URL).hostname)) return false;
  } catch {
    return false;
  }
  return hasOpenstack();
}

/** A name no other run on the shared cloud uses. */
export function uniqueName(what: string): string {
  return `cli-compute-parity-${what}-${randomBytes(3).toString('hex')}`;
}

/** Runs `openstack …args` with the same OS_* variables, in a private HOME. */
export function runOpenstack(args: string[], home: string): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, ...realCloudEnv() };
  const started = Date.now();
  return new Promise((resolve) => {
    execFile('openstack', args, { env, cwd: home, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Runs stackclient (the built dist/bin) with the same OS_* variables. */
export function runOurs(args: string[], home: string): Promise<CliRun> {
  return runCli(['--no-keyring', ...args], home, { env: realCloudEnv(), timeoutMs: 120_000 });
}

/** Both tools' `-f json` answers, parsed, each checked for exit 0. */
export async function bothJson(args: string[], home: string): Promise<{ ours: unknown; theirs: unknown }> {
  const [ours, theirs] = [await runOurs([...args, '-f', 'json'], home), await runOpenstack([...args, '-f', 'json'], home)];
  expect(ours.code, `stackclient ${args.join(' ')}: ${ours.stderr}`).toBe(0);
  expect(theirs.code, `openstack ${args.join(' ')}: ${theirs.stderr}`).toBe(0);
  return { ours: JSON.parse(ours.stdout), theirs: JSON.parse(theirs.stdout) };
}

/**
 * Asserts equal `-f json` from both tools. Other runs share the cloud and may create or delete things between the two
 * calls, so an unequal pair is tried again, up to three times, before it fails.
 */
export async function expectSameJson(args: string[], home: string, ignore: string[] = []): Promise<unknown> {
  let last: { ours: unknown; theirs: unknown } | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    last = await bothJson(args, home);
    if (JSON.stringify(without(last.ours, ignore)) === JSON.stringify(without(last.theirs, ignore))) return last.ours;
  }
  expect(without(last!.ours, ignore), `stackclient vs openstack: ${args.join(' ')}`).toEqual(without(last!.theirs, ignore));
  return last!.ours;
}

/** A record (or each record of a list) without the given keys: ids and timestamps of things made in the run. */
export function without(value: unknown, keys: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => without(v, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => !keys.includes(k)));
}
