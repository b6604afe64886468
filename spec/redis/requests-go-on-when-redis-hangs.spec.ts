import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../keyring/helpers/build-keyring.js';
import { describeWithRedis, useFleetSuite } from './helpers/fleet.js';

const run = promisify(execFile);
const FLEET = 5;

describeWithRedis('Redis hangs (SIGSTOP: connections stay open, nothing answers)', () => {
  const suite = useFleetSuite();
  let dir = '';
  let url = '';
  let pid = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stackclient-redis-hang-'));
    const { stdout } = await run('bash', [join(repoRoot, 'scripts/real-redis/start.sh'), dir]);
    url = /REDIS_URL='([^']+)'/.exec(stdout)![1]!;
    pid = Number(await readFile(join(dir, 'redis.pid'), 'utf8'));
  });
  afterAll(async () => {
    if (pid) process.kill(pid, 'SIGCONT');
    await run('bash', [join(repoRoot, 'scripts/real-redis/stop.sh'), dir]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('each process waits one bounded command (500 ms), then authenticates by itself', async () => {
    const fleet = Array.from({ length: FLEET }, () => suite.spawn({ store: { url }, rounds: 2 }));
    const first = await Promise.all(fleet.map((c) => c.next(60_000)));
    expect(first.every((r) => r.status === 200)).toBe(true);
    expect(suite.cloud.authCount()).toBe(1);

    process.kill(pid, 'SIGSTOP');
    suite.cloud.revokeAllTokens();
    const wentAt = Date.now();
    for (const child of fleet) child.go();
    const second = await Promise.all(fleet.map((c) => c.next(60_000)));
    const allAnsweredMs = Date.now() - wentAt;

    expect(second.map((r) => r.error).filter(Boolean)).toEqual([]);
    expect(second.every((r) => r.status === 200)).toBe(true);
    expect(suite.cloud.authCount()).toBe(1 + FLEET);
    for (const child of fleet) expect(child.stderr).toMatch(/redis: unavailable after \d+ ms \(.*timed out.*\); authenticating by itself/i);
    expect(allAnsweredMs).toBeGreaterThanOrEqual(500);
    expect(allAnsweredMs).toBeLessThan(5_000);
  }, 120_000);
});
