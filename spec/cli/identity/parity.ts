import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { realKeystone } from '../../real/helpers/real-keystone.js';
import { afterAll, beforeAll } from 'vitest';
import { ensureBuilt, runCli, tempHome, type CliRun } from '../helpers/cli.js';

/** python-openstackclient 6, installed with python3-keystone; the parity specs compare against it. */
export const OSC = '/usr/bin/openstack';
export const hasOsc = existsSync(OSC);

export type Who = 'admin' | 'demo' | 'unscoped';

/** The real Keystone's logins as OS_* variables: the admin, the demo (non-admin) user, and the admin without a scope. */
export function loginEnv(who: Who): Record<string, string> {
  const k = realKeystone()!;
  const common = { OS_AUTH_URL: k.authUrl, OS_REGION_NAME: k.regionName, OS_IDENTITY_API_VERSION: '3', OS_USER_DOMAIN_NAME: k.admin.userDomainName };
  if (who === 'demo') {
    return { ...common, OS_USERNAME: k.demo.username, OS_PASSWORD: k.demo.password, OS_PROJECT_NAME: k.demo.projectName, OS_PROJECT_DOMAIN_NAME: 'Default' };
  }
  const admin = { ...common, OS_USERNAME: k.admin.username, OS_PASSWORD: k.admin.password };
  return who === 'unscoped' ? admin : { ...admin, OS_PROJECT_NAME: k.admin.projectName, OS_PROJECT_DOMAIN_NAME: k.admin.projectDomainName };
}

/** `openstack …args` as `who`: exit code, stdout, stderr. */
export function osc(args: string[], who: Who = 'admin'): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(OSC, args, { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...loginEnv(who) }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr, ms: Date.now() - started }));
  });
}

/** `stackclient …args` as `who` (no keyring: each run authenticates, as openstack does). */
export function ours(home: string, args: string[], who: Who = 'admin'): Promise<CliRun> {
  return runCli(['--no-keyring', ...args], home, { env: loginEnv(who), timeoutMs: 60_000 });
}

/** A name no other run or helper on the shared Keystone uses. */
export function uniqueName(what: string): string {
  return `cli-identity-${what}-${randomBytes(4).toString('hex')}`;
}

/** The `-f json` output of a run that must have succeeded. */
export function json(run: CliRun, label: string): unknown {
  if (run.code !== 0) throw new Error(`${label} exited ${String(run.code)}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** List rows in a stable order, so two tools' lists compare as sets. */
export function sortedRows(value: unknown): unknown {
  return Array.isArray(value) ? [...value].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : value;
}

/** A record without the fields that differ between two creations (ids, timestamps, the names themselves). */
export function withoutVolatile(record: unknown, volatile: string[]): Record<string, unknown> {
  const out = { ...(record as Record<string, unknown>) };
  for (const k of volatile) if (k in out) out[k] = `<${k}>`;
  return out;
}

/** One resource's create / set / show / delete, for {@link compareLifecycle}. */
export interface Lifecycle {
  /** The create command for a resource named `name` (without `-f json`). */
  create(name: string): string[];
  set?(name: string): string[];
  show(name: string): string[];
  delete(name: string): string[];
  /** Fields that differ between two creations besides the name: ids, timestamps, secrets. */
  volatile: string[];
  /**
   * stackclient's not-found line after the delete, where osc's is wrong: for resources Keystone cannot filter by
   * name (regions, endpoints) keystoneclient's find(name=…) gets every record back and osc says "More than one …".
   */
  goneLine?(name: string): string;
}

/**
 * Creates one resource with openstack and one with stackclient (unique names), compares the `-f json` records
 * (volatile fields masked); sets each with its own tool, compares both tools' shows; deletes each with its own
 * tool and compares the not-found answers. Returns the names, for a clean-up after a failure.
 */
export async function compareLifecycle(home: string, spec: Lifecycle, names: [string, string], expectEqual: (a: unknown, b: unknown) => void) {
  const [a, b] = names;
  const mask = (v: unknown) => withoutVolatile(v, ['name', ...spec.volatile]);
  const created = await Promise.all([osc([...spec.create(a), '-f', 'json']), ours(home, [...spec.create(b), '-f', 'json'])]);
  expectEqual(mask(json(created[1], 'stackclient create')), mask(json(created[0], 'openstack create')));
  if (spec.set) {
    const set = await Promise.all([osc(spec.set(a)), ours(home, spec.set(b))]);
    expectEqual([set[1].code, set[1].stdout, set[1].stderr], [0, '', '']);
    expectEqual([set[0].code, set[0].stdout], [0, '']);
  }
  // Both tools show both resources: the same record from each tool, and the same (masked) record for each.
  const shown = await Promise.all([osc([...spec.show(a), '-f', 'json']), ours(home, [...spec.show(a), '-f', 'json']),
    osc([...spec.show(b), '-f', 'json']), ours(home, [...spec.show(b), '-f', 'json'])]);
  expectEqual(json(shown[1], 'stackclient show'), json(shown[0], 'openstack show'));
  expectEqual(json(shown[3], 'stackclient show'), json(shown[2], 'openstack show'));
  expectEqual(mask(json(shown[3], 'stackclient show')), mask(json(shown[0], 'openstack show')));
  const deleted = await Promise.all([osc(spec.delete(a)), ours(home, spec.delete(b))]);
  expectEqual([deleted[1].code, deleted[1].stdout, deleted[1].stderr], [0, '', '']);
  expectEqual(deleted[0].code, 0);
  const gone = await Promise.all([osc(spec.show(a)), ours(home, spec.show(b))]);
  if (spec.goneLine) expectEqual([gone[1].code, gone[1].stderr, gone[0].code], [1, `${spec.goneLine(b)}\n`, 1]);
  else expectEqual([gone[1].code, gone[1].stderr.replaceAll(b, '<name>')], [gone[0].code, gone[0].stderr.replaceAll(a, '<name>')]);
}

/** Inside a describe: the CLI built, a private home, and `made`: commands that delete what the specs made, run afterwards. */
export function parityFixture() {
  const home = tempHome();
  const made: string[][] = [];
  beforeAll(ensureBuilt);
  afterAll(async () => {
    for (const args of made) await ours(home.dir, args);
    home.cleanup();
  });
  return { home, made };
}
