import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe } from 'vitest';

const OSC = '/usr/bin/openstack';
const NEED = ['OS_AUTH_URL', 'OS_USERNAME', 'OS_PASSWORD', 'OS_PROJECT_NAME', 'TROVE_URL'];

/**
 * The dev/CI real cloud's admin login as OS_* variables (scripts/test-all.sh or `source /tmp/devcloud/env.sh`), when
 * STACKCLIENT_REAL_CLOUD=1 and Keystone is on loopback; else undefined. These specs create and delete things.
 */
export function realCloudEnv(): Record<string, string> | undefined {
  const e = process.env;
  if (e.STACKCLIENT_REAL_CLOUD !== '1' || NEED.some((k) => !e[k])) return undefined;
  let host = '';
  try { host = new URL(e.OS_AUTH_URL!).hostname; } catch { return undefined; }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) return undefined;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(e)) if (k.startsWith('OS_') && v !== undefined) env[k] = v;
  return env;
}

/** True when `openstack` and python-troveclient's OSC plugin (python3-troveclient) are installed. */
function hasTrovePlugin(): boolean {
  if (!existsSync(OSC)) return false;
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import troveclient.osc.v1.database_instances'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** `describe` when the real cloud and `openstack` with the Trove plugin are there; else `describe.skip`. */
export const describeRealCloudOsc: typeof describe = realCloudEnv() && hasTrovePlugin() ? describe : (describe.skip as typeof describe);

export interface OscRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `openstack …args` with only PATH, HOME and the OS_* variables. */
export function osc(args: string[], home: string): Promise<OscRun> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, ...realCloudEnv() };
  return new Promise((resolve) => {
    execFile(OSC, args, { env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}
