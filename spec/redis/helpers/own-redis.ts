import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { repoRoot } from '../../keyring/helpers/build-keyring.js';

const run = promisify(execFile);

/**
 * A Redis of the describe block's own (scripts/real-redis), for specs that stop, hang or password-protect it.
 * Started before the block's tests, stopped and removed after them; `stop()` stops it early.
 */
export function useOwnRedis(name: string, password?: string) {
  const redis = { dir: '', url: '', pid: 0, stop: () => run('bash', [join(repoRoot, 'scripts/real-redis/stop.sh'), redis.dir]) };
  beforeAll(async () => {
    redis.dir = await mkdtemp(join(tmpdir(), `stackclient-redis-${name}-`));
    const args = [join(repoRoot, 'scripts/real-redis/start.sh'), redis.dir, ...(password ? [password] : [])];
    const { stdout } = await run('bash', args);
    redis.url = /REDIS_URL='([^']+)'/.exec(stdout)![1]!;
    redis.pid = Number(await readFile(join(redis.dir, 'redis.pid'), 'utf8'));
  });
  afterAll(async () => {
    try { process.kill(redis.pid, 'SIGCONT'); } catch { /* already stopped */ }
    await redis.stop().catch(() => undefined);
    await rm(redis.dir, { recursive: true, force: true });
  });
  return redis;
}
