import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `redis-cli -u URL ...args`, its stdout; what an operator with access to the Redis sees. */
export async function redisCli(url: string, ...args: string[]): Promise<string> {
  return (await run('redis-cli', ['-u', url, '--no-auth-warning', ...args])).stdout;
}

/** Every key `redis-cli --scan` lists under `prefix`. */
export async function scanKeys(url: string, prefix: string): Promise<string[]> {
  return (await redisCli(url, '--scan', '--pattern', `${prefix}*`)).split('\n').filter((k) => k !== '');
}

/** Polls until `check` holds (every 20 ms), or fails after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
